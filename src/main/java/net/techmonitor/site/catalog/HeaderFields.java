package net.techmonitor.site.catalog;

import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.reference.CountryDirectory;
import net.techmonitor.site.source.HeaderAttribute;
import net.techmonitor.site.source.HeaderReads;
import net.techmonitor.site.source.SourceHeader;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reading of one file's header attributes. Each getter reports what is wrong at the attribute's own
 * line (or at the title line when the attribute is missing) and returns a usable fallback, so that one run
 * reports every problem of every file.
 */
final class HeaderFields {
    static final String STAGE = "validate";
    /**
     * Dates outside these years are typing mistakes (the Centre was founded in 1977; the site reports what happened
     * and what is scheduled): a year 9999 would otherwise reach calendars, feeds and year folders.
     */
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2100;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final String path;
    private final SourceHeader header;
    private final ProblemCollector problems;
    private final CountryDirectory countries;
    private final HeaderReads reads;

    HeaderFields(String path, SourceHeader header, ProblemCollector problems, CountryDirectory countries) {
        this.path = path;
        this.header = header;
        this.problems = problems;
        this.countries = countries;
        this.reads = new HeaderReads(header, this::problem);
    }

    String path() {
        return path;
    }

    SourceHeader header() {
        return header;
    }

    void problem(int line, String message) {
        problems.add(STAGE, path, line, message);
    }

    int lineOf(String name) {
        return header.attribute(name).map(HeaderAttribute::line).orElse(header.titleLine());
    }

    /**
     * Every read of an attribute comes here, through {@link HeaderReads}: an optional attribute written below the
     * header (the partners, the countries) would otherwise vanish from the page without a word.
     */
    Optional<String> optional(String name) {
        return reads.value(name).filter(value -> !value.isBlank());
    }

    /** After the file's fields are read: see {@link HeaderReads#reportBelowHeader()}. */
    void reportBelowHeader() {
        reads.reportBelowHeader();
    }

    /** @param expected what a correct value looks like, for the message ("the city, e.g. ':city: Bangkok'") */
    String required(String name, String expected) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            reads.missing(name, expected);
            return "";
        }
        return value.get();
    }

    /** @return the date, or null after reporting it missing or malformed */
    LocalDate requiredDate(String name) {
        String value = required(name, "a date as YYYY-MM-DD");
        return value.isEmpty() ? null : date(name, value);
    }

    Optional<LocalDate> optionalDate(String name) {
        return optional(name).map(value -> date(name, value));
    }

    private LocalDate date(String name, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value, ISO_DATE);
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                problem(lineOf(name), "date '" + value + "' in :" + name + ": is out of range (expected a year from " + FIRST_YEAR
                    + " to " + LAST_YEAR + ")");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(lineOf(name), "bad date '" + value + "' in :" + name + ": (expected a real date as YYYY-MM-DD, e.g. 2018-03-20)");
            return null;
        }
    }

    /** Comma-separated values, trimmed, empty items dropped. */
    List<String> list(String name) {
        return optional(name).map(value -> Arrays.stream(value.split(","))
            .map(String::strip).filter(item -> !item.isEmpty()).toList()).orElse(List.of());
    }

    List<Country> countries(String name) {
        List<Country> resolved = new ArrayList<>();
        for (String written : list(name)) {
            country(name, written).filter(country -> !resolved.contains(country)).ifPresent(resolved::add);
        }
        return resolved;
    }

    Optional<Country> country(String name, String written) {
        Optional<Country> country = countries.resolve(written);
        if (country.isEmpty()) {
            List<String> suggestions = countries.suggestionsFor(written);
            problem(lineOf(name), "unknown country '" + written + "' in :" + name + ": (expected a country name, alias or ISO code"
                + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions.stream().map(s -> "'" + s + "'").toList()) + "?")
                + ")");
        }
        return country;
    }

    Optional<Integer> optionalInteger(String name) {
        return optional(name).flatMap(value -> {
            if (value.matches("[0-9]{1,6}")) {
                return Optional.of(Integer.parseInt(value));
            }
            problem(lineOf(name), "bad number '" + value + "' in :" + name + ": (expected a whole number, e.g. 35)");
            return Optional.empty();
        });
    }

    <T> Optional<T> parsed(String name, String value, Function<String, Optional<T>> parser, String expected) {
        Optional<T> parsed = parser.apply(value);
        if (parsed.isEmpty() && !value.isEmpty()) {
            problem(lineOf(name), "bad value '" + value + "' in :" + name + ": (expected " + expected + ")");
        }
        return parsed;
    }
}
