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
}
