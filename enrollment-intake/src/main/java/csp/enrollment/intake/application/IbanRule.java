package csp.enrollment.intake.application;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code bank.iban}, when given, is an ISO 13616 IBAN: upper-case letters and digits
 * (spaces between groups allowed, as on paper), the length its country registered, and
 * check digits that pass the ISO 7064 mod-97 check. Messages never repeat the IBAN.
 */
final class IbanRule implements ApplicationRule {

    static final String FIELD = "bank.iban";

    private static final Pattern STRUCTURE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}");

    /** IBAN length per country: SWIFT IBAN registry (release of 2024). */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(entry("AD", 24), entry("AE", 23), entry("AL", 28),
            entry("AT", 20), entry("AZ", 28), entry("BA", 20), entry("BE", 16), entry("BG", 22), entry("BH", 22),
            entry("BI", 27), entry("BR", 29), entry("BY", 28), entry("CH", 21), entry("CR", 22), entry("CY", 28),
            entry("CZ", 24), entry("DE", 22), entry("DJ", 27), entry("DK", 18), entry("DO", 28), entry("EE", 20),
            entry("EG", 29), entry("ES", 24), entry("FI", 18), entry("FK", 18), entry("FO", 18), entry("FR", 27),
            entry("GB", 22), entry("GE", 22), entry("GI", 23), entry("GL", 18), entry("GR", 27), entry("GT", 28),
            entry("HN", 28), entry("HR", 21), entry("HU", 28), entry("IE", 22), entry("IL", 23), entry("IQ", 23),
            entry("IS", 26), entry("IT", 27), entry("JO", 30), entry("KW", 30), entry("KZ", 20), entry("LB", 28),
            entry("LC", 32), entry("LI", 21), entry("LT", 20), entry("LU", 20), entry("LV", 21), entry("LY", 25),
            entry("MC", 27), entry("MD", 24), entry("ME", 22), entry("MK", 19), entry("MN", 20), entry("MR", 27),
            entry("MT", 31), entry("MU", 30), entry("NI", 28), entry("NL", 18), entry("NO", 15), entry("OM", 23),
            entry("PK", 24), entry("PL", 28), entry("PS", 29), entry("PT", 25), entry("QA", 29), entry("RO", 24),
            entry("RS", 22), entry("RU", 33), entry("SA", 24), entry("SC", 31), entry("SD", 18), entry("SE", 24),
            entry("SI", 19), entry("SK", 24), entry("SM", 27), entry("SO", 23), entry("ST", 25), entry("SV", 28),
            entry("TL", 23), entry("TN", 24), entry("TR", 26), entry("UA", 29), entry("VA", 22), entry("VG", 24),
            entry("XK", 20), entry("YE", 30));

    @Override
    public void check(ApplicationForm form, Violations violations) {
        if (form.bank() == null || Violations.isBlank(form.bank().iban())) {
            return;
        }
        problemWith(form.bank().compactIban())
            .ifPresent(message -> violations.add(FIELD, ViolationCode.INVALID_IBAN, message));
    }

    /** What is wrong with the IBAN (in its compact form), if anything. */
    static Optional<String> problemWith(String iban) {
        if (!STRUCTURE.matcher(iban).matches()) {
            return Optional.of("must be a country code, two check digits and the account number, "
                    + "in upper-case letters and digits");
        }
        String country = iban.substring(0, 2);
        Integer length = LENGTHS.get(country);
        if (length == null) {
            return Optional.of("country " + country + " does not use IBANs: give accountNumber and routingNumber");
        }
        if (iban.length() != length) {
            return Optional.of("an IBAN from " + country + " has " + length + " characters");
        }
        if (!hasValidCheckDigits(iban)) {
            return Optional.of("check digits do not match (ISO 13616 mod-97 check)");
        }
        return Optional.empty();
    }

    /**
     * ISO 7064 MOD 97-10: check digits 02 to 98, and the rearranged number leaves
     * remainder 1.
     */
    static boolean hasValidCheckDigits(String iban) {
        int checkDigits = Integer.parseInt(iban.substring(2, 4));
        if (checkDigits < 2 || checkDigits > 98) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            int value = Character.digit(c, 36);
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder == 1;
    }

}
