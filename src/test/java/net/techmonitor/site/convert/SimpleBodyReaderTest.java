package net.techmonitor.site.convert;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.bench.SyntheticSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader that spares most bodies a Jsoup parse must read every body it accepts exactly as Jsoup does, and
 * finishing through it must give what finishing through a parse gives, for every policy and base path.
 */
class SimpleBodyReaderTest {
    @TempDir
    Path temp;

    /** Jsoup's reading of a body: its text, and its a[href] and img[src] in document order. */
    private static SimpleBodyReader.Reading byJsoup(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        List<SimpleBodyReader.Reference> references = new ArrayList<>();
        for (Element element : document.body().select("a[href], img[src]")) {
            boolean link = element.nameIs("a");
            references.add(new SimpleBodyReader.Reference(element.normalName(), link ? "href" : "src",
                element.attr(link ? "href" : "src"), link ? element.attr("rel") : ""));
        }
        return new SimpleBodyReader.Reading(document.body().text(), references);
    }

    /** Asserts the reader agrees with Jsoup on this body (when it accepts it); says whether it accepted it. */
    private static boolean assertReadAsJsoupReads(String html, String where) {
        Optional<SimpleBodyReader.Reading> reading = SimpleBodyReader.read(html);
        reading.ifPresent(read -> assertEquals(byJsoup(html), read, where));
        for (RawHtmlPolicy policy : RawHtmlPolicy.values()) {
            for (String basePath : List.of("/", "/techmonitor/")) {
                assertEquals(BodyFinisher.finishParsed(html, "/issues/2020-q1/", basePath, policy),
                    BodyFinisher.finish(html, "/issues/2020-q1/", basePath, policy), where + " under " + policy + " at " + basePath);
            }
        }
        return reading.isPresent();
    }

    /** Every AsciiDoc body under a content folder, as the converter writes it (also read by UnsafeHtmlRemoverTest). */
    static List<String> bodiesOf(Path content) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".adoc")).sorted().toList()) {
                bodies.add(AsciidocConverter.shared().convert(file, Files.readString(file), (line, message) -> { }).html());
            }
        }
        return bodies;
    }

    @Test
    void everyConvertedBodyOfTheRealSiteTheFixturesAndASyntheticSiteIsReadAsJsoupReadsIt() throws IOException {
        Path synthetic = temp.resolve("synthetic");
        new SyntheticSite(40).write(synthetic);
        List<Path> contents = List.of(TestSites.repository().resolve("content"),
            TestSites.fixture("hostile", temp.resolve("hostile")).resolve("content"),
            TestSites.fixture("articles", temp.resolve("articles")).resolve("content"),
            TestSites.fixture("minimal", temp.resolve("minimal")).resolve("content"),
            synthetic.resolve("content"));
        int bodies = 0;
        int accepted = 0;
        for (Path content : contents) {
            List<String> converted = bodiesOf(content);
            for (int i = 0; i < converted.size(); i++) {
                bodies++;
                if (assertReadAsJsoupReads(converted.get(i), content + " #" + i)) {
                    accepted++;
                }
            }
        }
        // The point of the reader is that it takes most bodies; if it refused them all, this test would prove nothing.
        assertTrue(accepted * 10 >= bodies * 8, "accepted " + accepted + " of " + bodies + " bodies");
    }

    @Test
    void markupAParserWouldRearrangeIsRefusedOrReadAsJsoupReadsIt() {
        List<String> hostile = List.of(
            "<p>a<div>b</div>c</p>",
            "<p>one</p>two<span>three</span><div>four</div>five",
            "<div>a</div><div>b</div>\n<p>c<br>d<br/>e</p>",
            "<table><tr><td>x</td></tr></table>",
            "<table>stray<tbody><tr><td>x</td></tr></tbody></table>",
            "<table class=\"t\">\n<colgroup>\n<col style=\"width: 50%;\">\n<col>\n</colgroup>\n<tbody>\n<tr>\n<td>a</td>\n<td>b</td>\n</tr>\n</tbody>\n</table>",
            "<table><tbody><div>moved</div><tr><td>x</td></tr></tbody></table>",
            "<ul><li>a<li>b</ul>",
            "<ul>\n<li><p>a</p>\n<ul><li>b</li></ul></li>\n</ul>",
            "<ol start=\"3\" type=\"a\"><li>x</li></ol><dl><dt>t</dt><dd>d</dd></dl>",
            "<pre>\nfirst line kept?\n  indented</pre>after",
            "<pre class=\"highlight\"><code class=\"language-java\" data-lang=\"java\">for (int i = 0; i &lt; n; i++) {\n    x();\n}</code></pre>",
            "<a href=\"https://example.org/\">out</a> <a href=\"https://example.org/\" rel=\"noopener\">out</a>",
            "<a href=\"http://example.org/?a=1&amp;b=2\" rel=\"nofollow noopener\">q</a>",
            "<a href=\"jav&#x61;script:alert(1)\">x</a>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\" JavaScript:alert(1)\">x</a>",
            "<a href=\"data:text/html,hi\">x</a>",
            "<img src=\"data:image/png;base64,AAAA\" alt=\"\"> <img src=\"data:image/svg+xml,x\" alt=\"\">",
            "<img src=\"http://example.org/a.png\" alt=\"insecure\">",
            "<img src=\"chart.png\" alt=\"relative\"> <a href=\"/about/\">rooted</a> <a href=\"#top\">here</a>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\"onerror=\"alert(1)\">",
            "<a/onclick=alert(1) href=\"#\">x</a>",
            "<div><script>alert(1)</script></div>",
            "<iframe srcdoc=\"x\"></iframe>",
            "<!-- <a href=\"relative\"> -->text",
            "<a href=\"#a\"><a href=\"#b\">nested</a></a>",
            "<h2>one<h3>two</h3></h2>",
            "<b>bold<i>both</b>italic</i>",
            "<div/>after",
            "<br></br>",
            "x < y and y <= z",
            "&copy; &copy &amp &ampx &#128; &#0; &#x110000; &#xD800; &nbsp;|&#160;|&#8217;&#x2019;",
            "soft&#173;hyphen zero&#8203;width\ttab\fform",
            "<p>a</p>\n\n<p>b</p>",
            "<details open><summary class=\"title\">More</summary><div class=\"content\"><p>x</p></div></details>",
            "<p>unclosed",
            "<p title='single &amp; quoted' class=unquoted>v</p>",
            "<p title=\"a\" title=\"b\">dup</p>",
            "<A HREF=\"https://example.org/\" REL=\"noopener\">upper</A>",
            "<hr><p>a</p><hr/>b",
            "<del>gone</del>text<ins>new</ins>"
        );
        for (String html : hostile) {
            assertReadAsJsoupReads(html, html);
        }
    }

    @Test
    void theReaderAdmitsNoAttributeTheCleanerWouldRemoveOrTheRebaserWouldRewrite() {
        for (String attribute : SimpleBodyReader.ATTRIBUTES) {
            assertFalse(attribute.startsWith("on") || attribute.equals("srcdoc"), attribute);
            assertFalse(UnsafeHtmlRemover.URL_ATTRIBUTES.contains(attribute), attribute);
            assertFalse(List.of("src", "href", "poster").contains(attribute), attribute);
        }
    }

    @Test
    void everyElementAndAttributeTheReaderAdmitsIsOnTheCleanersAllowList() {
        // BodyFinisher skips the Cleaner for what the reader admits, so the reader must admit nothing it would remove.
        PassthroughSafelist safelist = new PassthroughSafelist();
        List<String> attributes = new ArrayList<>(SimpleBodyReader.ATTRIBUTES);
        attributes.add("rel");
        for (String name : SimpleBodyReader.ELEMENTS) {
            Element element = new Element(name); // in the HTML namespace, as the reader's elements are
            assertTrue(safelist.isSafeTag(name) && !PassthroughSafelist.dropsWithContent(element), name);
            for (String attribute : attributes) {
                element.attr(attribute, "value");
                assertTrue(safelist.isSafeAttribute(name, element, element.attribute(attribute)), name + " " + attribute);
            }
        }
        Element link = Jsoup.parseBodyFragment("<a href=\"../x/#y\"><img src=\"chart.png\"></a>").body().child(0);
        assertTrue(safelist.isSafeAttribute("a", link, link.attribute("href")));
        assertTrue(safelist.isSafeAttribute("img", link.child(0), link.child(0).attribute("src")));
    }
}
