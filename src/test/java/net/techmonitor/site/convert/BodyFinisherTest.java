package net.techmonitor.site.convert;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What finishing does to a converted body, step by step, and that a body with nothing to change comes back as written. */
class BodyFinisherTest {
    private static BodyFinisher.Finished finish(String html, String basePath, RawHtmlPolicy policy) {
        return BodyFinisher.finish(html, basePath + "issues/2020-q1/", basePath, policy);
    }

    @Test
    void aBodyWithNothingToChangeIsKeptAsWrittenAndGivesItsText() {
        String html = "<div class=\"paragraph\">\n<p>One &amp; <em>two</em>,&#8217;three</p>\n</div>\n<div><p>four</p></div>"
            + "<a href=\"https://example.org/\" rel=\"noopener\">out</a> <a href=\"#top\">here</a> <a href=\"/about/\">rooted</a>";
        BodyFinisher.Finished finished = finish(html, "/", RawHtmlPolicy.SAFE);
        assertSame(html, finished.html());
        assertEquals("One & two,\u2019three four out here rooted", finished.text());
        assertEquals(List.of(), finished.insecureEmbeds());
        assertEquals(List.of(), finished.removed());
        assertEquals(new BodyFinisher.Finished("", "", List.of(), List.of()), finish("", "/", RawHtmlPolicy.SAFE));
    }

    @Test
    void referencesAreRebasedAndExternalLinksHardened() {
        BodyFinisher.Finished finished = finish("<p><img src=\"chart.png\" alt=\"c\"> <a href=\"/about/\">rooted</a> "
            + "<a href=\"https://example.org/?a=1&amp;b=2\">out</a></p>", "/techmonitor/", RawHtmlPolicy.SAFE);
        assertTrue(finished.html().contains("src=\"/techmonitor/issues/2020-q1/chart.png\""), finished.html());
        assertTrue(finished.html().contains("href=\"/techmonitor/about/\""), finished.html());
        assertTrue(finished.html().contains("href=\"https://example.org/?a=1&amp;b=2\" rel=\"noopener\""), finished.html());
        assertEquals("rooted out", finished.text());
    }

    @Test
    void insecureEmbedsAreReportedAndUnsafeMarkupRemovedOnlyUnderSafe() {
        String html = "<img src=\"http://example.org/a.png\" alt=\"x\"><a href=\"javascript:alert(1)\">x</a><div><script>alert(1)</script></div>";
        BodyFinisher.Finished safe = finish(html, "/", RawHtmlPolicy.SAFE);
        assertEquals(List.of("http://example.org/a.png"), safe.insecureEmbeds());
        assertFalse(safe.removed().isEmpty());
        assertFalse(safe.html().contains("script"), safe.html());
        BodyFinisher.Finished trusted = finish(html, "/", RawHtmlPolicy.TRUSTED);
        assertEquals(List.of(), trusted.removed());
        assertTrue(trusted.html().contains("<script>alert(1)</script>"), trusted.html());
    }
}
