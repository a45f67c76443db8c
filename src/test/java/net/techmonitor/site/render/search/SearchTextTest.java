package net.techmonitor.site.render.search;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search text is cut while it is collapsed, without a regular expression over the whole body; it must
 * give exactly what collapsing the whole text with one, stripping and cutting gives.
 */
class SearchTextTest {

    @Property(tries = 2000)
    void collapsesStripsAndCutsLikeTheRegularExpression(@ForAll("bodies") String body) {
        String collapsed = body.replaceAll("\\s+", " ").strip();
        String expected = collapsed.length() <= SearchText.MAX_TEXT ? collapsed : collapsed.substring(0, SearchText.MAX_TEXT);
        assertEquals(expected, SearchText.of(body));
    }

    @Property(tries = 1000)
    void aHeadJoinedToABodyGivesWhatTheirConcatenationGives(@ForAll("bodies") String head, @ForAll("bodies") String body) {
        assertEquals(SearchText.of(head + body), SearchText.of(head, body));
    }

    @Property(tries = 2000)
    void theUsablePartOfABodyGivesWhatTheWholeBodyGivesWhateverTheHead(@ForAll("bodies") String head, @ForAll("longBodies") String body) {
        String usable = net.techmonitor.site.source.SearchableText.usablePart(body);
        assertTrue(body.startsWith(usable));
        assertEquals(SearchText.of(head, body), SearchText.of(head, usable));
        assertEquals(SearchText.of("", body), SearchText.of("", usable));
    }

    @Property(tries = 1000)
    void anExcerptIsTheTextsBeginningCutAfterAWholeWord(@ForAll("bodies") String body) {
        String text = SearchText.of(body);
        String excerpt = SearchText.excerpt(body);
        if (text.length() <= SearchText.MAX_EXCERPT) {
            assertEquals(text, excerpt);
            return;
        }
        assertTrue(excerpt.endsWith(" …"), excerpt);
        String kept = excerpt.substring(0, excerpt.length() - 2);
        assertTrue(text.startsWith(kept) && kept.length() <= SearchText.MAX_EXCERPT, excerpt);
        char next = text.charAt(kept.length());
        assertTrue(Character.isWhitespace(next) || kept.length() >= SearchText.MAX_EXCERPT - 1,
            "cut after a whole word, unless one word is longer than half an excerpt: " + excerpt);
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
