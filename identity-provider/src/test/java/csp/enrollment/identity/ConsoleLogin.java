package csp.enrollment.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * A person logging in to the operator console, as a browser does it: the authorization
 * request with PKCE, the login form with its CSRF token, the redirect back with the code,
 * and the console exchanging the code for tokens.
 */
final class ConsoleLogin {

    static final String CLIENT_ID = "operator-console";
    static final String SECRET = "operator-console-secret";
    static final String REDIRECT_URI = "http://localhost:8085/login/oauth2/code/identity-provider";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String issuer;

    // one browser: the session cookie carries the login from the form back to the
    // authorization request
    private final TokenRequests browser;

    private final TokenRequests console;

    ConsoleLogin(String issuer) {
        this.issuer = issuer;
        this.browser = new TokenRequests(HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .build(), issuer);
        this.console = new TokenRequests(HttpClient.newHttpClient(), issuer);
    }

    /** Logs {@code username} in asking for {@code scope}; answers the token response. */
    JsonNode logIn(String username, String password, String scope) {
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(8);
        String authorize = "/oauth2/authorize?response_type=code&client_id=" + CLIENT_ID + "&redirect_uri="
                + encode(REDIRECT_URI) + "&scope=" + encode(scope) + "&state=" + state + "&code_challenge="
                + challenge(verifier) + "&code_challenge_method=S256";

        TokenRequests.Answer toLogin = browser.get(authorize, "text/html");
        assertThat(toLogin.status()).as("not logged in yet: to the form").isEqualTo(302);
        String loginPage = location(toLogin);
        assertThat(loginPage).isEqualTo(issuer + "/login");

        TokenRequests.Answer form = browser.get(loginPage, "text/html");
        Matcher csrf = CSRF.matcher(form.response().body());
        assertThat(csrf.find()).as("the form has a CSRF token").isTrue();

        TokenRequests.Answer loggedIn = browser.postForm("/login", null,
                TokenRequests.form("username", username, "password", password, "_csrf", csrf.group(1)));
        assertThat(loggedIn.status()).isEqualTo(302);
        assertThat(location(loggedIn)).as("back to the authorization request").contains("/oauth2/authorize");

        TokenRequests.Answer toConsole = browser.get(location(loggedIn), "text/html");
        assertThat(toConsole.status()).isEqualTo(302);
        URI callback = URI.create(location(toConsole));
        assertThat(callback.toString()).as("no consent page: straight back to the console").startsWith(REDIRECT_URI);
        assertThat(parameter(callback, "state")).isEqualTo(state);

        TokenRequests.Answer tokens = console.postForm("/oauth2/token", TokenRequests.basic(CLIENT_ID, SECRET),
                TokenRequests.form("grant_type", "authorization_code", "code", parameter(callback, "code"),
                        "redirect_uri", REDIRECT_URI, "code_verifier", verifier));
        assertThat(tokens.status()).as(tokens.response().body()).isEqualTo(200);
        return tokens.body();
    }

    /** What a browser that has not logged in, or whose password was wrong, is sent to. */
    String failedLogIn(String username, String password) {
        browser.get("/oauth2/authorize?response_type=code&client_id=" + CLIENT_ID, "text/html");
        Matcher csrf = CSRF.matcher(browser.get("/login", "text/html").response().body());
        assertThat(csrf.find()).isTrue();
        return location(browser.postForm("/login", null,
                TokenRequests.form("username", username, "password", password, "_csrf", csrf.group(1))));
    }

    JsonNode refresh(String refreshToken) {
        return console
            .postForm("/oauth2/token", TokenRequests.basic(CLIENT_ID, SECRET),
                    TokenRequests.form("grant_type", "refresh_token", "refresh_token", refreshToken))
            .body();
    }

    private String location(TokenRequests.Answer answer) {
        String location = answer.response().headers().firstValue("Location").orElseThrow();
        return location.startsWith("/") ? issuer + location : location;
    }

    private static String parameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            if (nameAndValue[0].equals(name)) {
                return URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(uri + " has no " + name);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
