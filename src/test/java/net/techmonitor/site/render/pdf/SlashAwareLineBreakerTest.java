package net.techmonitor.site.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF editions' line breaker offers exactly the breaks openhtmltopdf's own does, with slashes or without. */
class SlashAwareLineBreakerTest {
    @Property(tries = 3000)
    void breaksWhereOpenhtmltopdfsBreakerBreaks(@ForAll("texts") String text) {
        assertEquals(breaks(new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US)), text),
            breaks(new SlashAwareLineBreaker(), text), text);
    }

    @Example
    void aUrlIsBrokenBeforeItsPathsSlashesAndAPlainTextAsTheJdkBreaksIt() {
        String url = "See the https://www.unescap.org/a/b";
        List<Integer> breaks = breaks(new SlashAwareLineBreaker(), url);
        assertTrue(breaks.contains(url.indexOf("/a")) && breaks.contains(url.indexOf("/b")), breaks.toString());
        String plain = "One, two-three four (five)";
        BreakIterator jdk = BreakIterator.getLineInstance(Locale.US);
        jdk.setText(plain);
        List<Integer> expected = new ArrayList<>();
        for (int next = jdk.next(); next != BreakIterator.DONE; next = jdk.next()) {
            expected.add(next);
        }
        assertEquals(expected, breaks(new SlashAwareLineBreaker(), plain));
    }

    /** One breaker for several texts, as openhtmltopdf uses it: each text set on the one before. */
    private static List<Integer> breaks(FSTextBreaker breaker, String text) {
        List<Integer> breaks = new ArrayList<>();
        for (String part : List.of("a first text/with a slash", text, "and a last one")) {
            breaker.setText(part);
            breaks.clear();
            for (int next = breaker.next(); next != BreakIterator.DONE; next = breaker.next()) {
                breaks.add(next);
            }
            if (part == text) {
                return breaks;
            }
        }
        throw new AssertionError("unreachable");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.oneOf(
            Arbitraries.strings().withChars("abcdefghij").ofMinLength(1).ofMaxLength(8),
            Arbitraries.of("https://", "http://", "www.unescap.org", "/", "//", "://", ":", ".", ",", "-", "?", "!", ";",
                "a/b", "10.1234/x.5", "\u00a0", "\u00ad", "ท", "Việt", "(", ")"));
        Arbitrary<String> gaps = Arbitraries.of("", " ", "  ", "\n", "\t");
        return net.jqwik.api.Combinators.combine(words.list().ofMaxSize(25), gaps.list().ofMaxSize(25)).as((w, g) -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < w.size(); i++) {
                text.append(w.get(i)).append(i < g.size() ? g.get(i) : " ");
            }
            return text.toString();
        });
    }
}
