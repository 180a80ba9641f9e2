package csp.enrollment.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.TakesScreenshot;

import csp.enrollment.events.Topics;
import tools.jackson.databind.JsonNode;

/**
 * The operator console (contract §10) in a real headless Chromium against the whole local
 * stack: a reviewer logs in at the identity provider, finds a pending case, approves it
 * and sees the enrollment reach VERIFIED; a reviewer cannot reach the dead letters; an
 * operator replays one; an operator sets a partner-network membership that a reviewer may
 * look up but not change. Needs Debian's {@code chromium} and {@code chromium-driver} (CI
 * installs them); skipped with a message where they are missing. Screenshots of the pages
 * land in {@code target/console-screenshots}.
 */
class OperatorConsoleBrowserIntegrationTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    @TempDir
    static Path dataDir;

    private static LocalStack stack;

    private static PipelineClient client;

    private WebDriver browser;

    @BeforeAll
    static void startTheStack() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium here: install Debian's chromium and chromium-driver to run the console's browser tests");
        stack = LocalStack.startOnFreePorts(dataDir);
        client = new PipelineClient(stack.urls());
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @BeforeEach
    void openABrowser() {
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile())
            .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-dev-shm-usage", "--window-size=1366,900");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReviewerApprovesAPendingCaseAndSeesTheEnrollmentVerified() throws Exception {
        String mpnId = String.valueOf(ThreadLocalRandom.current().nextLong(6_000_000_000L, 7_000_000_000L));
        var submitted = client.submit(SampleApplications.indirectReseller(mpnId, "eva." + mpnId + "@tailspin.nl"));
        assertThat(submitted.status()).isEqualTo(202);
        String enrollmentId = submitted.body().path("enrollmentId").asString();
        await().atMost(PATIENCE)
            .until(() -> "IN_REVIEW".equals(client.enrollment(enrollmentId).body().path("status").asString()));

        logIn("reviewer", "reviewer");
        assertThat(browser.getCurrentUrl()).endsWith("/reviews");
        assertThat(text("person")).isEqualTo("reviewer");
        assertThat(Integer.parseInt(text("review-count"))).isPositive();
        assertThat(browser.findElements(By.linkText("Dead letters"))).as("a reviewer sees no operator page").isEmpty();
        screenshot("review-queue");

        browser.findElement(By.cssSelector("a[data-enrollment-id='" + enrollmentId + "']")).click();
        assertThat(text("reasons")).contains("not in the partner-network directory");
        screenshot("review-case");
        browser.findElement(By.id("approve")).click();
        assertThat(browser.getCurrentUrl()).as("a decision without a reason is not sent").contains("/reviews/");
        browser.findElement(By.id("reason")).sendKeys("MPN ID confirmed with Partner Center");
        browser.findElement(By.id("approve")).click();

        await().atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(browser.getCurrentUrl())
                .as(() -> browser.findElement(By.tagName("main")).getText())
                .endsWith("/enrollments/" + enrollmentId));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Approved by reviewer");
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.navigate().refresh();
            return text("status").equals("VERIFIED");
        });
        assertThat(text("timeline")).contains("SUBMITTED", "IN_REVIEW", "VERIFIED");
        screenshot("enrollment");

        browser.get(stack.urls().console() + "/reviews/" + enrollmentId);
        assertThat(text("decided-by")).isEqualTo("reviewer");
        JsonNode decided = client.enrollment(enrollmentId).body();
        assertThat(decided.path("status").asString()).isEqualTo("VERIFIED");
    }

    @Test
    void aReviewerCannotReachTheDeadLetters() {
        logIn("reviewer", "reviewer");

        browser.get(stack.urls().console() + "/dead-letters");

        assertThat(browser.findElements(By.id("forbidden"))).hasSize(1);
        assertThat(browser.findElements(By.id("dead-letters"))).isEmpty();
    }

    @Test
    void anOperatorReplaysADeadLetterOnce() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(stack.parts().kafka.clientProperties(KafkaDevelopmentLogins.ADMIN),
                new StringSerializer(), new ByteArraySerializer())) {
            producer
                .send(new ProducerRecord<>(Topics.SUBMITTED, key,
                        "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8)))
                .get(30, TimeUnit.SECONDS);
        }
        await().atMost(PATIENCE).until(() -> listedAtVerification(key) != null);

        logIn("operator", "operator");
        browser.get(stack.urls().console() + "/dead-letters");
        String row = "#dead-letters tr[data-key='" + key + "']";
        WebElement letter = browser.findElements(By.cssSelector(row))
            .stream()
            .filter(found -> found.getText().contains("verification-service"))
            .findFirst()
            .orElseThrow();
        screenshot("dead-letters");
        letter.findElement(By.tagName("button")).click();

        assertThat(notice()).contains("Replayed");
        assertThat(listedAtVerification(key).path("replayed").asBoolean()).isTrue();
        assertThat(listedAtVerification(key).path("replayedBy").asString()).isEqualTo("operator");
    }

    @Test
    void anOperatorSetsAMembershipThatAReviewerMayOnlyLookUp() throws Exception {
        String mpnId = String.valueOf(ThreadLocalRandom.current().nextLong(7_000_000_000L, 8_000_000_000L));
        logIn("operator", "operator");
        browser.get(stack.urls().console() + "/directory?mpnId=" + mpnId);
        assertThat(text("not-in-directory")).contains(mpnId);

        browser.findElement(By.id("country")).sendKeys("QQ");
        browser.findElement(By.id("save-membership")).click();
        await().atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(browser.findElements(By.cssSelector("[role=alert]")))
                .as(() -> browser.getCurrentUrl() + ": " + browser.findElement(By.tagName("body")).getText())
                .hasSize(1));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).as("the service's words")
            .contains("Not saved", "countryCode");
        browser.findElement(By.id("country")).sendKeys("nl");
        browser.findElement(By.id("status-active")).click();
        browser.findElement(By.id("save-membership")).click();

        assertThat(notice()).isEqualTo("Saved: MPN ID " + mpnId + " is active for NL.");
        assertThat(text("membership-status")).isEqualTo("Active");
        assertThat(text("membership-country")).isEqualTo("NL");
        screenshot("directory");

        closeTheBrowser();
        openABrowser();
        logIn("reviewer", "reviewer");
        browser.get(stack.urls().console() + "/directory?mpnId=" + mpnId);
        assertThat(text("membership-status")).isEqualTo("Active");
        assertThat(browser.findElements(By.id("set-membership"))).as("a reviewer sees no edit").isEmpty();
        assertThat(text("read-only")).contains("not change them");

    }

    /**
     * Verification-service's dead letter of the record with this key (the first: a replay
     * that fails again adds one).
     */
    private static JsonNode listedAtVerification(String key) throws IOException {
        JsonNode first = null;
        for (JsonNode letter : client.deadLetters(stack.urls().verification(), Topics.SUBMITTED, 500).body()) {
            if (key.equals(letter.path("key").asString())
                    && (first == null || letter.path("offset").asLong() < first.path("offset").asLong())) {
                first = letter;
            }
        }
        return first;
    }

    /**
     * Opens the console, which sends the browser to the identity provider's login form
     * and back.
     */
    /**
     * The notice of the page a form led to: a click on a submit button returns before the
     * browser has the next page.
     */
    private String notice() {
        await().atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(browser.findElements(By.cssSelector("[role=status]")))
                .as(() -> browser.getCurrentUrl() + ": " + browser.findElement(By.tagName("body")).getText())
                .hasSize(1));
        return browser.findElement(By.cssSelector("[role=status]")).getText();
    }

    private void logIn(String username, String password) {
        browser.get(stack.urls().console() + "/");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.getCurrentUrl().startsWith(stack.urls().console()));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private void screenshot(String page) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(page + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

}
