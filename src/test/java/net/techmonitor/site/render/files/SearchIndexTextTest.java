package net.techmonitor.site.render.files;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index's text is cut while it is collapsed, without a regular expression over the whole body; it must
 * give exactly what collapsing the whole text with one, stripping and cutting gives.
 */
class SearchIndexTextTest {

    @Property(tries = 2000)
    void collapsesStripsAndCutsLikeTheRegularExpression(@ForAll("bodies") String body) {
        String collapsed = body.replaceAll("\\s+", " ").strip();
        String expected = collapsed.length() <= SearchIndex.MAX_TEXT ? collapsed : collapsed.substring(0, SearchIndex.MAX_TEXT);
        assertEquals(expected, SearchIndex.text(body));
    }

    @Property(tries = 1000)
    void aHeadJoinedToABodyGivesWhatTheirConcatenationGives(@ForAll("bodies") String head, @ForAll("bodies") String body) {
        assertEquals(SearchIndex.text(head + body), SearchIndex.text(head, body));
    }

    @Property(tries = 2000)
    void theUsablePartOfABodyGivesWhatTheWholeBodyGivesWhateverTheHead(@ForAll("bodies") String head, @ForAll("longBodies") String body) {
        String usable = net.techmonitor.site.source.SearchableText.usablePart(body);
        assertTrue(body.startsWith(usable));
        assertEquals(SearchIndex.text(head, body), SearchIndex.text(head, usable));
        assertEquals(SearchIndex.text("", body), SearchIndex.text("", usable));
    }

    /**
     * The index is written an entry at a time, each entry remembered for the next index (a preview's next save): it
     * must be what Jackson writes of the whole list, on the first index and on one made after some entries changed.
     */
    @Property(tries = 300)
    void theIndexIsWhatJacksonWritesOfTheListAlsoWhenMadeAgain(@ForAll("entryLists") java.util.List<SearchIndex.Entry> first,
                                                               @ForAll("entryLists") java.util.List<SearchIndex.Entry> changed) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper jackson = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals(jackson.writeValueAsString(first) + "\n", SearchIndex.json(first));
        java.util.List<SearchIndex.Entry> again = new java.util.ArrayList<>(first.subList(0, first.size() / 2));
        again.addAll(changed);
        again.addAll(first);
        assertEquals(jackson.writeValueAsString(again) + "\n", SearchIndex.json(again));
    }

    @Provide
    Arbitrary<java.util.List<SearchIndex.Entry>> entryLists() {
        Arbitrary<String> texts = Arbitraries.strings().all().ofMaxLength(40);
        return net.jqwik.api.Combinators.combine(texts, texts, Arbitraries.of("Article", "Issue", "Country"), texts)
            .as(SearchIndex.Entry::new).list().ofMaxSize(8);
    }

    /** Bodies around and past the cut, some opening or ending with long runs of spaces of every kind. */
    @Provide
    Arbitrary<String> longBodies() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abcé字").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> spaces = Arbitraries.strings().withChars(" \t\n\r\f\u000B\u2003\u001C\u00A0").ofMinLength(1).ofMaxLength(40);
        return Arbitraries.oneOf(words, spaces).list().ofMinSize(100).ofMaxSize(900).map(parts -> String.join("", parts));
    }

    /** Words and every kind of space, including spaces strip() knows and \s does not, around the cut. */
    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> words = Arbitraries.strings().withChars("abcé字").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> spaces = Arbitraries.strings().withChars(" \t\n\r\f\u000B\u2003\u001C\u00A0").ofMinLength(1).ofMaxLength(4);
        return Arbitraries.oneOf(words, spaces).list().ofMaxSize(700).map(parts -> String.join("", parts));
    }
}
