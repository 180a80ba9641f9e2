package csp.enrollment.verification.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CSP regional markets and currencies: a company's country decides its market and
 * currency. Countries absent from the table are in no CSP market. Loaded from data so the
 * table can be updated without code.
 */
public final class Markets {

    private static final String EUROPE = "Europe";

    private final Map<String, CountryMarket> byCountry;

    private Markets(Map<String, CountryMarket> byCountry) {
        this.byCountry = Map.copyOf(byCountry);
    }

    public static Markets of(Collection<CountryMarket> rows) {
        Map<String, CountryMarket> byCountry = new LinkedHashMap<>();
        for (CountryMarket row : rows) {
            if (byCountry.putIfAbsent(row.countryCode(), row) != null) {
                throw new IllegalArgumentException(
                        "Country " + row.countryCode() + " appears twice in the markets table");
            }
        }
        return new Markets(byCountry);
    }

    /**
     * Reads the CSV table {@code country_code,country_name,market,currency} (with a
     * header line). A row without currency gets the market's usual one: EUR in Europe,
     * USD elsewhere (the source leaves five rows empty).
     */
    public static Markets fromCsv(Reader csv) {
        List<CountryMarket> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(csv)) {
            String header = lines.readLine();
            if (header == null) {
                throw new IllegalArgumentException("The markets table is empty");
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    rows.add(row(CsvLine.split(line), number));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the markets table", e);
        }
        return of(rows);
    }

    private static CountryMarket row(List<String> cells, int number) {
        if (cells.size() < 3 || cells.get(0).isBlank() || cells.get(2).isBlank()) {
            throw new IllegalArgumentException(
                    "Line " + number + " of the markets table needs a country code and a market");
        }
        String market = cells.get(2).trim();
        String currency = cells.size() > 3 && !cells.get(3).isBlank() ? cells.get(3).trim() : usualCurrencyOf(market);
        return new CountryMarket(cells.get(0).trim().toUpperCase(Locale.ROOT), cells.get(1).trim(), market, currency);
    }

    private static String usualCurrencyOf(String market) {
        return EUROPE.equals(market) ? "EUR" : "USD";
    }

    /**
     * The market of {@code countryCode}, or empty when the country is in no CSP market.
     */
    public Optional<CountryMarket> forCountry(String countryCode) {
        if (countryCode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCountry.get(countryCode.trim().toUpperCase(Locale.ROOT)));
    }

    public int size() {
        return byCountry.size();
    }

}
