package io.switchboard.billing.internal;

import io.switchboard.billing.Markets;
import io.switchboard.billing.NewRate;
import io.switchboard.billing.PricingCategory;
import io.switchboard.billing.PricingModel;
import io.switchboard.billing.RateImport.RejectedRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a rate card CSV: {@code country,category,model,price,currency,effective_from}, an optional header
 * line, comma or semicolon separated, prices with a decimal point, dates as {@code 2026-10-01}. Every bad row
 * is reported with its reason; the good ones are returned to be stored.
 */
public final class RateCsv {
    /** The rows to store and the rows rejected. */
    public record Parsed(List<NewRate> rates, List<RejectedRow> rejected) {}

    static final String HEADER = "country,category,model,price,currency,effective_from";
    private static final Pattern SEPARATOR = Pattern.compile("[,;]");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal MAX_PRICE = new BigDecimal("100000000");

    private RateCsv() {}

    public static Parsed parse(String csv) {
        var rates = new ArrayList<NewRate>();
        var rejected = new ArrayList<RejectedRow>();
        var seen = new HashMap<String, Integer>();
        var lines = csv.split("\r?\n", -1);
        for (var i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            var number = i + 1;
            if (line.isEmpty() || (rates.isEmpty() && rejected.isEmpty() && isHeader(line))) {
                continue;
            }
            try {
                var rate = row(line);
                var key = rate.country() + "|" + rate.category() + "|" + rate.effectiveFrom();
                var earlier = seen.putIfAbsent(key, number);
                if (earlier != null) {
                    throw new IllegalArgumentException(
                            "the same country, category and effective_from as line " + earlier + ".");
                }
                rates.add(rate);
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(number, line, e.getMessage()));
            }
        }
        return new Parsed(rates, rejected);
    }

    private static boolean isHeader(String line) {
        return line.toLowerCase(Locale.ROOT).replace('"', ' ').strip().startsWith("country");
    }

    private static NewRate row(String line) {
        var cells = SEPARATOR.split(line, -1);
        if (cells.length != 6) {
            throw new IllegalArgumentException("Expected 6 columns (" + HEADER + "), found " + cells.length + ".");
        }
        for (var i = 0; i < cells.length; i++) {
            cells[i] = cells[i].replace("\"", "").strip();
        }
        var country = Markets.parse(cells[0])
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown country '" + cells[0] + "': use an ISO code such as IT, or OTHER."));
        var category = category(cells[1]);
        var model = switch (cells[2].toUpperCase(Locale.ROOT)) {
            case "CBP" -> PricingModel.CBP;
            case "PMP" -> PricingModel.PMP;
            default -> throw new IllegalArgumentException("Unknown model '" + cells[2] + "': use CBP or PMP.");
        };
        return new NewRate(country, category, model, price(cells[3]), currency(cells[4]), date(cells[5]));
    }

    public static PricingCategory category(String text) {
        try {
            return PricingCategory.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown category '" + text
                    + "': use MARKETING, UTILITY, AUTHENTICATION, AUTHENTICATION_INTERNATIONAL or SERVICE.");
        }
    }

    public static BigDecimal price(String text) {
        BigDecimal price;
        try {
            price = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The price '" + text + "' is not a number like 0.0625.");
        }
        if (price.signum() < 0
                || price.compareTo(MAX_PRICE) >= 0
                || price.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException(
                    "The price '" + text + "' must be between 0 and 99999999 with at most 6 decimals.");
        }
        return price;
    }

    public static String currency(String text) {
        var currency = text.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("The currency '" + text + "' is not a three-letter code like USD.");
        }
        return currency;
    }

    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The date '" + text + "' is not a date like 2026-10-01.");
        }
    }
}
