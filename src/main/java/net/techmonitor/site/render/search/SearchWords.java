package net.techmonitor.site.render.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one rule by which text becomes search terms, here and in {@code assets/js/search.js} (docs/search-index.md):
 * lower-cased, decomposed (NFD) with every combining mark removed ("Côte" is "cote"), then split into runs of
 * letters and digits (Unicode categories L and N); each term is cut to {@link #MAX_TERM} code points.
 */
public final class SearchWords {
    /** Longer terms are cut: a hostile run of letters must not make one term as long as the text. */
    public static final int MAX_TERM = 32;

    private SearchWords() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        // Text of ASCII alone is its own NFD and has no marks; most text is, and decomposing costs a pass and a copy.
        String folded = isAscii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder word = new StringBuilder();
        int codePoints = 0;
        for (int i = 0; i < folded.length(); ) {
            char ascii = folded.charAt(i);
            int c;
            boolean letterOrNumber;
            if (ascii < 0x80) {
                // The same rule, without Unicode's tables: an ASCII letter or digit, and never a mark.
                c = ascii;
                i++;
                letterOrNumber = ascii >= 'a' && ascii <= 'z' || ascii >= '0' && ascii <= '9' || ascii >= 'A' && ascii <= 'Z';
            } else {
                c = folded.codePointAt(i);
                i += Character.charCount(c);
                if (isMark(c)) {
                    continue; // removed, as if never there: "e" and its accent stay one word
                }
                letterOrNumber = isLetterOrNumber(c);
            }
            if (letterOrNumber) {
                if (codePoints < MAX_TERM) {
                    word.appendCodePoint(c);
                }
                codePoints++;
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
                codePoints = 0;
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The first {@code count} code points of a term (all of it when shorter): a shard's key. */
    static String prefix(String term, int count) {
        int codePoints = term.codePointCount(0, term.length());
        return codePoints <= count ? term : term.substring(0, term.offsetByCodePoints(0, count));
    }

    static int length(String term) {
        return term.codePointCount(0, term.length());
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** What {@code [\p{L}\p{N}]} matches in JavaScript. */
    private static boolean isLetterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
