package net.techmonitor.site.catalog;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text stands in the Centre's report on its activities ({@code :report-section:} of a page, the section of a
 * programme area): the introduction, a lettered section of its major results ({@code A} to {@code Z}) or an annex
 * ({@code annex-1}, {@code annex-2}, ...). Ordered as the report is: the introduction, the letters, the annexes.
 *
 * @param part   which part of the report
 * @param number 0 for the introduction, 1 for A to 26 for Z, the annex's number for an annex
 */
public record ReportSection(Part part, int number) implements Comparable<ReportSection> {
    private static final Pattern ANNEX = Pattern.compile("annex-([1-9][0-9]?)");
    private static final Comparator<ReportSection> ORDER = Comparator.comparing(ReportSection::part).thenComparingInt(ReportSection::number);

    /** The parts of the report, in its order. */
    public enum Part { INTRODUCTION, LETTERED, ANNEX }

    /** What a correct value looks like, for messages. */
    public static final String EXPECTED = "introduction, a capital letter A to Z, or annex-1, annex-2, ...";

    public ReportSection {
        boolean valid = switch (part) {
            case INTRODUCTION -> number == 0;
            case LETTERED -> number >= 1 && number <= 26;
            case ANNEX -> number >= 1 && number <= 99;
        };
        if (!valid) {
            throw new IllegalArgumentException("no report section " + part + " " + number);
        }
    }

    public static ReportSection letter(char letter) {
        return new ReportSection(Part.LETTERED, letter - 'A' + 1);
    }

    /** Reads "introduction", "H" or "annex-2". */
    public static Optional<ReportSection> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        if (written.equals("introduction")) {
            return Optional.of(new ReportSection(Part.INTRODUCTION, 0));
        }
        if (written.length() == 1 && written.charAt(0) >= 'A' && written.charAt(0) <= 'Z') {
            return Optional.of(letter(written.charAt(0)));
        }
        Matcher annex = ANNEX.matcher(written);
        return annex.matches() ? Optional.of(new ReportSection(Part.ANNEX, Integer.parseInt(annex.group(1)))) : Optional.empty();
    }

    /** As an editor writes it: "introduction", "H", "annex-2". */
    public String written() {
        return switch (part) {
            case INTRODUCTION -> "introduction";
            case LETTERED -> String.valueOf(letter());
            case ANNEX -> "annex-" + number;
        };
    }

    /** The letter of a lettered section. */
    public char letter() {
        if (part != Part.LETTERED) {
            throw new IllegalStateException(written() + " has no letter");
        }
        return (char) ('A' + number - 1);
    }

    /** As the report numbers it: "I" (the introduction), "H", "Annex II". */
    public String label() {
        return switch (part) {
            case INTRODUCTION -> "I";
            case LETTERED -> String.valueOf(letter());
            case ANNEX -> "Annex " + roman(number);
        };
    }

    private static String roman(int number) {
        String[] tens = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[number / 10] + ones[number % 10];
    }

    @Override
    public int compareTo(ReportSection other) {
        return ORDER.compare(this, other);
    }
}
