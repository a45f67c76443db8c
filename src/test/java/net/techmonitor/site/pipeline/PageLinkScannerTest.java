package net.techmonitor.site.pipeline;

import net.techmonitor.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The link check's tag scanner must read every page exactly as a full Jsoup parse does. */
class PageLinkScannerTest {
    @TempDir
    Path temp;

    private static void assertSameReading(String html, String where) {
        assertEquals(PageReadings.jsoupReading(html), PageLinkScanner.scan(html), where);
    }

    @Test
    void everyPageOfTheRealSiteAndTheFixturesReadsAsJsoupReadsIt() throws IOException {
        Path hostile = TestSites.fixture("hostile", temp.resolve("hostile"));
        // Trusted raw HTML keeps the scripts, styles and odd markup editors may pass through.
        Files.writeString(hostile.resolve("jbake.properties"), "content.raw-html=trusted\n", StandardOpenOption.APPEND);
        List<Path> sites = List.of(TestSites.repository(), hostile, TestSites.fixture("articles", temp.resolve("articles")),
            TestSites.fixture("minimal", temp.resolve("minimal")), TestSites.fixture("journal", temp.resolve("journal")));
        int pages = 0;
        for (int i = 0; i < sites.size(); i++) {
            Path output = temp.resolve("out-" + i).resolve("site");
            // Each with a cache of its own: the repository's target/.techmonitor-cache is left alone.
            TestSites.Run run = TestSites.build(sites.get(i), output, "--cache", temp.resolve("cache-" + i).toString());
            assertEquals(0, run.exitCode(), run.err());
            try (Stream<Path> walk = Files.walk(output.toRealPath())) {
                for (Path page : walk.filter(path -> path.toString().endsWith(".html")).toList()) {
                    assertSameReading(Files.readString(page), page.toString());
                    pages++;
                }
            }
        }
        assertTrue(pages > 100, "read " + pages + " pages");
    }

    @Test
    void everyImageASrcsetOffersIsAReferenceAsTheStandardSplitsIt() {
        String html = "<img src=\"/a-640w.png\" srcset=\"/a-320w.png 320w,/a-640w.png 640w , /a,b.png 2x,/c.png,, /d.png\">"
            + "<picture><source srcset=\"/e.png\"></picture><a srcset=\"/not-an-image.png\">x</a>";
        assertEquals(List.of("/a-640w.png", "/a-320w.png", "/a-640w.png", "/a,b.png", "/c.png", "/d.png", "/e.png"),
            PageLinkScanner.scan(html).references());
        assertSameReading(html, "srcset");
    }

    @Test
    void tagsHiddenInCommentsRawTextAndAttributesAreNotRead() {
        String html = """
            <!DOCTYPE html><html><head><title>A <a href="/title/"> in a title</title>
            <style>a[href="/style/"] { color: red }</style>
            <script>document.write('<a href="/script/">x</a>'); if (a </b) {}</script>
            <script src="/assets/site.js"></script></head>
            <body><!-- <a href="/comment/"> --><!--> <a href="/after-empty-comment/">x</a>
            <textarea><img src="/textarea.png"></textarea>
            <p title='<a href="/in-attribute/">'>x</p>
            <svg><![CDATA[ <a href="/cdata/"> ]]></svg>
            <a href="/real/">real</a> 1 < 2 and <3
            </body></html>""";
        assertSameReading(html, "hidden tags");
        assertEquals(List.of("/assets/site.js", "/after-empty-comment/", "/real/"), PageLinkScanner.scan(html).references());
    }

    @Test
    void attributesAreReadAsTheTokenizerReadsThem() {
        String html = """
            <body><A HREF=/bare/>bare</A><a href='/single/?a=1&amp;b=2'>single</a>
            <a id="top" name="old-anchor" href="/first/" href="/second/">first of two</a>
            <img alt="x" src = "/spaced.png" / ><a name=legacy></a><div ID="Mixed">m</div>
            <a href="/amp?x=1&copy=2&lt;">entities</a><a href>empty</a><link rel="icon" href="/favicon.ico">
            <video src="/v.mp4"><source src="/v.webm"></video><audio src="/a.ogg"></audio>
            <img href="/img-href/" src="/img-src.png"><span href="/not-a-link/" id=bare-id>s</span>
            </body>""";
        assertSameReading(html, "attributes");
    }

    /** Google Scholar's tags, for {@link ScholarTagCheck}: every citation_ meta in order, wherever it stands, and no other. */
    @Test
    void citationTagsAreReadInOrderAsJsoupReadsThem() {
        String html = """
            <!DOCTYPE html><html><head><meta name="citation_title" content="A &amp; B"><meta name="description" content="d">
            <meta name="CITATION_AUTHOR" content='Ann' content="second"><meta content="Bo" name=citation_author>
            <meta name="citation_author" name="other" content="Cy"><meta name="citation_doi"><meta property="citation_x" content="p">
            <!-- <meta name="citation_title" content="in a comment"> --><script>x = '<meta name="citation_title" content="s">'</script>
            </head><body><meta name="citation_pdf_url" content="/x.pdf"></body></html>""";
        assertSameReading(html, "citation tags");
        assertEquals(List.of(new PageLinkScanner.Meta("citation_title", "A & B"), new PageLinkScanner.Meta("citation_author", "Ann"),
                new PageLinkScanner.Meta("citation_author", "Bo"), new PageLinkScanner.Meta("citation_author", "Cy"),
                new PageLinkScanner.Meta("citation_doi", ""), new PageLinkScanner.Meta("citation_pdf_url", "/x.pdf")),
            PageLinkScanner.scan(html).citations());
    }

    /** Pages the build writes end properly; a cut-off one must still end the scan, its last tag unread (as the HTML spec says). */
    @Test
    void unfinishedMarkupEndsTheScanQuietly() {
        for (String html : List.of("<a href=\"/open", "<a href=", "<a", "<", "<!--", "<script>", "<title>x", "<a href='x' id")) {
            assertEquals(new PageLinkScanner.Found(List.of(), Set.of()), PageLinkScanner.scan(html), html);
        }
        assertEquals(List.of("/kept/"), PageLinkScanner.scan("<a href=\"/kept/\">k</a><a href=\"/cut").references());
    }
}
