package net.techmonitor.site.render.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rule by which text becomes terms (docs/search-index.md), which assets/js/search.js applies to queries. */
class SearchWordsTest {
    @Test
    void wordsAreRunsOfLettersAndDigitsInLowerCaseWithoutAccents() {
        assertEquals(List.of("technology", "transfer", "in", "cote", "d", "ivoire", "2018"),
            SearchWords.of("Technology-transfer in Côte d’Ivoire (2018)"));
        assertEquals(List.of("viet", "nam", "s", "e", "commerce"), SearchWords.of("VIET NAM's e‑commerce"));
        // A dotted capital I lower-cases to i and a combining dot, which goes with the other marks.
        assertEquals(List.of("istanbul", "ha", "noi"), SearchWords.of("İstanbul, Hà Nội"));
        assertEquals(List.of("技术转让", "ไทย"), SearchWords.of("技术转让 · ไทย"));
        assertEquals(List.of(), SearchWords.of(" — ; ! "));
    }

    @Test
    void aTermIsCutToItsFirstCodePoints() {
        String hostile = "a".repeat(5000);
        assertEquals(List.of("a".repeat(SearchWords.MAX_TERM), "b"), SearchWords.of(hostile + " b"));
        String wide = "𝐀".repeat(40); // a letter outside the BMP, two chars each: cut between letters, never inside one
        assertEquals("𝐀".repeat(SearchWords.MAX_TERM), SearchWords.of(wide).get(0));
    }

    /** The rule as docs/search-index.md words it, applied with Unicode's tables to every character. */
    private static List<String> byTheRule(String text) {
        String folded = java.text.Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
        List<String> words = new java.util.ArrayList<>();
        java.util.regex.Matcher run = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(folded);
        while (run.find()) {
            String word = run.group();
            words.add(word.codePointCount(0, word.length()) <= SearchWords.MAX_TERM ? word
                : word.substring(0, word.offsetByCodePoints(0, SearchWords.MAX_TERM)));
        }
        return words;
    }

    @Test
    void textOfAnyMixOfScriptsGivesTheWordsTheRuleGives() {
        // ASCII is read without Unicode's tables; mixed with letters, marks, digits and spaces of other scripts, the
        // words are still the rule's.
        String[] parts = {"Tech", "ASEAN", "2018", "-", " ", "\n", "’", "é", "e\u0301", "İ", "ß", "技术", "ไทย", "नेपाल", "½", "٣", "𝐀",
            "x".repeat(40), ".", "_", "Ⅻ", "ǅ", "\u00A0"};
        java.util.Random random = new java.util.Random(20181130);
        for (int sample = 0; sample < 2000; sample++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            assertEquals(byTheRule(text.toString()), SearchWords.of(text.toString()), "for '" + text + "'");
        }
    }
}
