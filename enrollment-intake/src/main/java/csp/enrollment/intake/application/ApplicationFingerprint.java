package csp.enrollment.intake.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of an application's canonical form: equal for the same content however it
 * was sent (JSON key order, white space, {@code 350000} or {@code 350000.00}, HTTP or
 * Kafka), so a repeated idempotency key can be told apart from a reused one.
 */
public final class ApplicationFingerprint {

    private ApplicationFingerprint() {
    }

    public static String of(ApplicationForm form) {
        Canonical canonical = new Canonical();
        canonical.add(form.enrollmentType()).add(form.mpnId()).add(form.tenantId());
        ApplicationForm.Company company = form.company();
        canonical.present(company);
        if (company != null) {
            canonical.add(company.legalName()).present(company.address());
            ApplicationForm.Address address = company.address();
            if (address != null) {
                canonical.add(address.line1())
                    .add(address.line2())
                    .add(address.city())
                    .add(address.stateOrProvince())
                    .add(address.postalCode())
                    .add(address.countryCode());
            }
        }
        ApplicationForm.Bank bank = form.bank();
        canonical.present(bank);
        if (bank != null) {
            canonical.add(bank.accountHolder())
                .add(bank.iban())
                .add(bank.bic())
                .add(bank.accountNumber())
                .add(bank.routingNumber());
        }
        ApplicationForm.Admin admin = form.admin();
        canonical.present(admin);
        if (admin != null) {
            canonical.add(admin.firstName())
                .add(admin.lastName())
                .add(admin.workEmail())
                .add(admin.preferredLanguage());
        }
        ApplicationForm.DirectBill directBill = form.directBill();
        canonical.present(directBill);
        if (directBill != null) {
            canonical.add(directBill.cspCloudRevenueTtmUsd())
                .add(directBill.perpetualSoftwareRevenueTtmUsd())
                .add(directBill.hasSigningAuthority())
                .add(directBill.providesFirstLevelSupport())
                .add(directBill.hasAccountsReceivableInfrastructure())
                .add(directBill.supportPlanPurchased())
                .add(directBill.managedServices());
        }
        return canonical.sha256();
    }

    /**
     * Length-prefixed values, so no two different applications share a canonical text.
     */
    private static final class Canonical {

        private final StringBuilder text = new StringBuilder();

        Canonical add(String value) {
            if (value == null) {
                text.append('~');
            }
            else {
                text.append(value.length()).append(':').append(value);
            }
            text.append(';');
            return this;
        }

        /**
         * Unscaled digits and scale: equal for 350000 and 350000.00, and never expands an
         * exponent.
         */
        Canonical add(BigDecimal value) {
            if (value == null) {
                return add((String) null);
            }
            BigDecimal stripped = value.stripTrailingZeros();
            return add(HexFormat.of().formatHex(stripped.unscaledValue().toByteArray()) + "e" + stripped.scale());
        }

        Canonical add(Boolean value) {
            return add(value == null ? null : value.toString());
        }

        Canonical add(List<String> values) {
            text.append('[').append(values.size()).append(']');
            values.forEach(this::add);
            return this;
        }

        Canonical present(Object section) {
            text.append(section == null ? '-' : '+');
            return this;
        }

        String sha256() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException("Every Java runtime has SHA-256", ex);
            }
        }

    }

}
