package csp.enrollment.creditcheck.bureau;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An external credit bureau over HTTP: {@code GET
 * {base-url}/reports/{mpnId}?countryCode=&legalName=}.
 * <ul>
 * <li>200 {@code {"score": 0..100}}: the score; 202, or 200 {@code {"status":
 * "PENDING"}}: the report is not ready</li>
 * <li>404: the bureau has no record of the company</li>
 * <li>5xx, 408, 429, connection failure, timeout: retried a few times with back-off
 * within this call, then {@link BureauUnavailableException} (the check waits and is asked
 * again later)</li>
 * <li>anything else (another 4xx, an unreadable body): {@link BureauUnavailableException}
 * at once; retrying now would not help, and the partner is not at fault</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(prefix = "credit-check.bureau", name = "mode", havingValue = "http", matchIfMissing = true)
class HttpCreditBureau implements CreditBureau {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;

    private final RestClient client;

    private final RetryTemplate retries;

    HttpCreditBureau(BureauSettings settings) {
        BureauSettings.Http http = settings.http();
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(http.connectTimeout());
        requests.setReadTimeout(http.readTimeout());
        this.name = http.name();
        this.client = RestClient.builder().baseUrl(http.baseUrl().toString()).requestFactory(requests).build();
        this.retries = new RetryTemplate(RetryPolicy.builder()
            .maxRetries(http.maxRetries())
            .delay(http.retryDelay())
            .multiplier(http.retryMultiplier())
            .maxDelay(http.retryMaxDelay())
            .includes(TransientFault.class, ResourceAccessException.class)
            .build());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public BureauAnswer report(CompanyRef company) {
        try {
            return retries.execute(() -> ask(company));
        }
        catch (RetryException failed) {
            Throwable last = failed.getLastException();
            throw last instanceof BureauUnavailableException unavailable ? unavailable
                    : new BureauUnavailableException("Credit bureau " + name + " did not answer: " + last, last);
        }
    }

    private BureauAnswer ask(CompanyRef company) {
        return client.get()
            .uri(uri -> uri.path("/reports/{mpnId}")
                .queryParam("countryCode", company.countryCode())
                .queryParam("legalName", company.legalName())
                .build(company.mpnId()))
            .accept(MediaType.APPLICATION_JSON)
            .exchange((request, response) -> {
                HttpStatusCode status = response.getStatusCode();
                if (status.value() == HttpStatus.NOT_FOUND.value()) {
                    return BureauAnswer.noRecord();
                }
                if (status.value() == HttpStatus.ACCEPTED.value()) {
                    return BureauAnswer.pending();
                }
                if (status.is5xxServerError() || status.value() == HttpStatus.REQUEST_TIMEOUT.value()
                        || status.value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
                    throw new TransientFault("Credit bureau " + name + " answered " + status.value());
                }
                if (status.value() != HttpStatus.OK.value()) {
                    throw new BureauUnavailableException("Credit bureau " + name + " answered " + status.value());
                }
                // Read as text whatever the content type: a missing header must not stall
                // every check.
                return toAnswer(response.bodyTo(String.class));
            });
    }

    private BureauAnswer toAnswer(String json) {
        ReportBody body = parse(json);
        if (body != null && "PENDING".equalsIgnoreCase(body.status())) {
            return BureauAnswer.pending();
        }
        if (body == null || body.score() == null || body.score() < BureauAnswer.Score.MIN
                || body.score() > BureauAnswer.Score.MAX) {
            throw new BureauUnavailableException("Credit bureau " + name + " sent no valid score");
        }
        return BureauAnswer.score(body.score());
    }

    private ReportBody parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(json, ReportBody.class);
        }
        catch (JacksonException unreadable) {
            throw new BureauUnavailableException("Credit bureau " + name + " sent an unreadable answer", unreadable);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReportBody(Integer score, String status) {
    }

    /** A fault worth retrying at once (5xx, 408, 429). */
    static final class TransientFault extends BureauUnavailableException {

        TransientFault(String message) {
            super(message);
        }

    }

}
