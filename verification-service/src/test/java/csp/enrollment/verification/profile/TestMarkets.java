package csp.enrollment.verification.profile;

import csp.enrollment.verification.market.Markets;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The markets table shipped with the service. */
final class TestMarkets {

    private TestMarkets() {
    }

    static Markets shipped() {
        return Markets.fromCsv(new InputStreamReader(TestMarkets.class.getResourceAsStream("/markets/csp-markets.csv"),
                StandardCharsets.UTF_8));
    }

    static ConsumerMailDomains shippedMailDomains() {
        return ConsumerMailDomains.fromLines(new InputStreamReader(
                TestMarkets.class.getResourceAsStream("/mail/consumer-mail-domains.txt"), StandardCharsets.UTF_8));
    }

}
