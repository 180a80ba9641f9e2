package csp.enrollment.verification.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Mail domains anyone can sign up for (gmail.com, outlook.com, ...): not a work e-mail.
 */
public final class ConsumerMailDomains {

    private final Set<String> domains;

    private ConsumerMailDomains(Set<String> domains) {
        this.domains = Set.copyOf(domains);
    }

    public static ConsumerMailDomains of(Collection<String> domains) {
        Set<String> normalized = new HashSet<>();
        domains.forEach(domain -> normalized.add(normalize(domain)));
        return new ConsumerMailDomains(normalized);
    }

    /** One domain per line; blank lines and lines starting with {@code #} are ignored. */
    public static ConsumerMailDomains fromLines(Reader lines) {
        Set<String> domains = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(lines)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String domain = line.strip();
                if (!domain.isEmpty() && !domain.startsWith("#")) {
                    domains.add(normalize(domain));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the consumer mail domains", e);
        }
        return new ConsumerMailDomains(domains);
    }

    public boolean contains(String domain) {
        return domain != null && domains.contains(normalize(domain));
    }

    public int size() {
        return domains.size();
    }

    private static String normalize(String domain) {
        String lower = domain.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

}
