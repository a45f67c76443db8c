package net.techmonitor.site.convert;

import net.techmonitor.site.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Passthrough HTML is held to one allow-list: parser-confusion payloads come out inert and stay so when cleaned
 * again, and what Asciidoctor writes comes out byte for byte as it went in.
 */
class UnsafeHtmlRemoverTest {
    @TempDir
    Path temp;

    /** Payloads that got script past deny-lists (mutation XSS, SVG animation, namespace confusion) and their kin. */
    private static final List<String> HOSTILE = List.of(
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<svg><animate attributeName=href values=javascript:alert(1) /><a><text x=20 y=20>x</text></a></svg>",
        "<svg><set attributeName=href to=javascript:alert(1) /><a><text>x</text></a></svg>",
        "<svg><animate xlink:href=#x attributeName=href values=javascript:alert(1) /><a id=x><text>x</text></a></svg>",
        "<svg></p><title><a id=\"</title><img src=x onerror=alert(1)>\"></a></title></svg>",
        "<svg><p><style><a id=\"</style><img src=x onerror=alert(1)>\"></a></style></p></svg>",
        "<svg></p><style><a id=\"</style><img src=x onerror=alert(1)>\">",
        "<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>",
        "<svg><use href=\"data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+#x\"/></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a><a href=\" java&#9;script:alert(1)\"><text>y</text></a></svg>",
        "<svg><script>alert(1)</script><handler>alert(1)</handler></svg>",
        "<svg><style>@import 'https://evil.example/x.css';</style></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<math href=\"javascript:alert(1)\"><mtext>x</mtext></math>",
        "<template><img src=x onerror=alert(1)></template>",
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<plaintext><img src=x onerror=alert(1)>",
        "<noembed><img src=x onerror=alert(1)></noembed>",
        "<noframes><img src=x onerror=alert(1)></noframes>",
        "<select><style><img src=x onerror=alert(1)></style></select>",
        "<textarea><img src=x onerror=alert(1)></textarea><title><img src=x onerror=alert(1)></title>",
        "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">go</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><base href=\"javascript:alert(1)//\">",
        "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\"><style>body{}</style>",
        "<a href=\" java&#9;script:alert(1)\">x</a><a href=\"JaVaScRiPt&colon;alert(1)\">y</a><a href=\"vbscript:msgbox(1)\">z</a>",
        "<a href=\"&#x01;javascript:alert(1)\">x</a><a href=\"java\nscript:alert(1)\">y</a>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe><div srcdoc=\"x\">d</div>",
        "<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">x</a><img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\">",
        "<img src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\" alt=\"\">",
        "<iframe src=\"https://example.org/\"></iframe><object data=\"x.swf\"></object><embed src=\"x.swf\"><applet code=x></applet>",
        "<p style=\"color:red\" onclick=\"alert(1)\">styled</p>",
        "<input autofocus onfocus=\"alert(1)\"><input type=\"checkbox\" checked autofocus onfocus=\"alert(1)\">",
        "<details open ontoggle=\"alert(1)\"><summary>s</summary></details>",
        "<x-widget onclick=\"alert(1)\"><span>inside</span></x-widget><font color=red>f</font>",
        "<video poster=\"javascript:alert(1)\" src=\"clip.mp4\" onerror=\"alert(1)\"></video><audio src=\"javascript:alert(1)\"></audio>",
        "<blockquote cite=\"javascript:alert(1)\">q</blockquote><img srcset=\"x.png 1x, javascript:alert(1) 2x\" src=\"x.png\">",
        "<svg><image href=\"x.png\"/><a href=\"#f\"><text>t</text></a></svg>",
        "<div><script>alert(1)</script><SCRIPT SRC=//evil.example/x.js></SCRIPT></div>",
        "<img src=x onerror=alert(1)><img src=\"x\"onerror=\"alert(1)\"><a/onclick=alert(1) href=\"#\">x</a>"
    );

    @Test
    void everyHostilePayloadComesOutInertAndStaysSo() {
        for (String payload : HOSTILE) {
            UnsafeHtmlRemover.Cleaned cleaned = UnsafeHtmlRemover.clean(payload);
            assertFalse(cleaned.removed().isEmpty(), "nothing removed from " + payload);
            assertInert(cleaned.html(), payload);
            UnsafeHtmlRemover.Cleaned again = UnsafeHtmlRemover.clean(cleaned.html());
            assertEquals(new UnsafeHtmlRemover.Cleaned(cleaned.html(), List.of()), again, "cleaning again changes " + payload);
        }
    }

    /** What a browser would need to run script: none of it may be in the cleaned body, parsed again. */
    private static void assertInert(String html, String payload) {
        String where = payload + " became " + html;
        Document document = Jsoup.parseBodyFragment(html);
        assertTrue(document.select("script, noscript, template, animate, set, animateMotion, animateTransform, foreignObject, use, "
            + "style, math, iframe, object, embed, applet, form, base, meta, link, xmp, plaintext, noembed, noframes, textarea, title:not(svg title), "
            + "select, handler").isEmpty(), where);
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on") || key.equals("srcdoc") || key.equals("attributename") || key.equals("formaction"), where);
                String scheme = attribute.getValue().replaceAll("[\\x00-\\x20\\x7F]", "").toLowerCase(Locale.ROOT);
                assertFalse(scheme.startsWith("javascript:") || scheme.startsWith("vbscript:"), where);
                assertFalse(scheme.startsWith("data:") && !(element.nameIs("img") && scheme.matches("data:image/(png|jpeg|gif|webp)[;,].*")), where);
            }
        }
        // A parser that reads the markup differently (a browser leaving SVG at <p>) must find no handler either.
        assertFalse(html.toLowerCase(Locale.ROOT).matches("(?s).*\\bon[a-z]+\\s*=.*"), where);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), where);
    }

    @Test
    void theRemovalListNamesElementsAttributesAndSchemes() {
        assertEquals(List.of("<noscript>"),
            UnsafeHtmlRemover.clean("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>").removed());
        assertEquals(List.of("<animate>"),
            UnsafeHtmlRemover.clean("<svg><animate attributeName=href values=javascript:alert(1) /><a><text>x</text></a></svg>").removed());
        assertEquals(List.of("<a>", "<p>"), UnsafeHtmlRemover.clean("<svg></p><title><a id=\"</title><img src=x onerror=alert(1)>\"></a></title></svg>")
            .removed(), "HTML that Jsoup keeps inside SVG (a browser would not)");
        assertEquals(List.of("<button>", "<form>"),
            UnsafeHtmlRemover.clean("<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">go</button></form>").removed());
        assertEquals(List.of("javascript: URL", "vbscript: URL"),
            UnsafeHtmlRemover.clean("<a href=\" java&#9;script:alert(1)\">x</a><a href=\"vbscript:msgbox(1)\">z</a>").removed());
        assertEquals(List.of("<input>", "autofocus attribute", "onfocus attribute"),
            UnsafeHtmlRemover.clean("<input autofocus onfocus=\"alert(1)\"><input type=\"checkbox\" checked autofocus onfocus=\"alert(1)\">").removed());
        assertEquals(List.of("data: URL", "srcdoc attribute"),
            UnsafeHtmlRemover.clean("<div srcdoc=\"x\">d</div><img src=\"data:image/svg+xml,x\" alt=\"\">").removed());
    }

    @Test
    void whatIsRemovedGoesAndTheRestStaysAsWritten() {
        assertEquals("<p title=\"t\">styled</p>", UnsafeHtmlRemover.clean("<p title=\"t\" onclick=\"alert(1)\">styled</p>").html());
        assertEquals("<span>inside</span>f", UnsafeHtmlRemover.clean("<x-widget onclick=\"alert(1)\"><span>inside</span></x-widget><font color=red>f</font>").html(),
            "an unknown element is unwrapped: its content stays");
        assertEquals("<div></div>", UnsafeHtmlRemover.clean("<div><noscript><p>x</p></noscript></div>").html(),
            "a dropped element's content goes with it");
        assertEquals("<a href=\"../other/#part\">x</a><img src=\"chart.png\" alt=\"c\"><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"p\">",
            UnsafeHtmlRemover.clean("<a href=\"../other/#part\" onclick=\"x()\">x</a><img src=\"chart.png\" alt=\"c\">"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"p\">").html(), "relative links and data: pictures stay");
        assertEquals("<svg viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\" fill=\"red\" /></svg>",
            UnsafeHtmlRemover.clean("<svg viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\" fill=\"red\" onclick=\"x()\"/></svg>").html());
    }

    /** Typical Asciidoctor 2 output, as it writes it (no tbody in admonitions, style on col, data-lang, checklists). */
    private static final List<String> ASCIIDOCTOR_LIKE = List.of(
        "<div class=\"admonitionblock note\">\n<table>\n<tr>\n<td class=\"icon\">\n<div class=\"title\">Note</div>\n</td>\n"
            + "<td class=\"content\">\nAn admonition.\n</td>\n</tr>\n</table>\n</div>",
        "<div class=\"listingblock\">\n<div class=\"content\">\n<pre class=\"highlight\"><code class=\"language-java\" data-lang=\"java\">"
            + "for (int i = 0; i &lt; n; i++) { }</code></pre>\n</div>\n</div>",
        "<div class=\"paragraph\">\n<p>Text.<sup class=\"footnote\">[<a id=\"_footnoteref_1\" class=\"footnote\" href=\"#_footnotedef_1\" "
            + "title=\"View footnote.\">1</a>]</sup></p>\n</div>\n<div id=\"footnotes\">\n<hr>\n<div class=\"footnote\" id=\"_footnotedef_1\">\n"
            + "<a href=\"#_footnoteref_1\">1</a>. The note.\n</div>\n</div>",
        "<div class=\"ulist checklist\">\n<ul class=\"checklist\">\n<li>\n<p>&#10003; done</p>\n</li>\n<li>\n<p>&#10063; open</p>\n</li>\n"
            + "</ul>\n</div>\n<ul class=\"checklist\">\n<li>\n<p><input type=\"checkbox\" data-item-complete=\"1\" checked> done</p>\n</li>\n"
            + "<li>\n<p><input type=\"checkbox\" data-item-complete=\"0\"> open</p>\n</li>\n</ul>",
        "<table class=\"tableblock frame-all grid-all stretch\">\n<colgroup>\n<col style=\"width: 33.3333%;\">\n<col style=\"width: 66.6667%;\">\n"
            + "</colgroup>\n<thead>\n<tr>\n<th class=\"tableblock halign-left valign-top\">A</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
            + "<td class=\"tableblock halign-left valign-top\" colspan=\"2\"><p class=\"tableblock\">1</p></td>\n</tr>\n</tbody>\n</table>",
        "<div class=\"imageblock\">\n<div class=\"content\">\n<a class=\"image\" href=\"https://example.org/\" target=\"_blank\" rel=\"noopener\">"
            + "<img src=\"chart.png\" alt=\"Chart\" width=\"300\" height=\"200\"></a>\n</div>\n<div class=\"title\">Figure 1. A chart</div>\n</div>",
        "<div class=\"videoblock\">\n<div class=\"content\">\n<video src=\"clip.mp4\" width=\"640\" poster=\"poster.png\" autoplay controls>\n"
            + "Your browser does not support the video tag.\n</video>\n</div>\n</div>\n<div class=\"audioblock\">\n<div class=\"content\">\n"
            + "<audio src=\"sound.mp3\" controls>\nYour browser does not support the audio tag.\n</audio>\n</div>\n</div>",
        "<details class=\"title\"><summary class=\"title\">More</summary>\n<div class=\"content\">\n<p>Hidden.</p>\n</div>\n</details>",
        "<div class=\"olist arabic\">\n<ol class=\"arabic\" start=\"3\" reversed>\n<li>\n<p>three</p>\n</li>\n</ol>\n</div>",
        "<p>Press <kbd>Ctrl</kbd>+<kbd>T</kbd>, <b class=\"button\">OK</b>, <span class=\"menuseq\"><b class=\"menu\">File</b>&#160;"
            + "<b class=\"caret\">&#8250;</b> <b class=\"menuitem\">Save</b></span>. <span class=\"icon\"><i class=\"fa fa-heart\"></i></span> "
            + "<mark>m</mark> <sup>s</sup><sub>b</sub> <span class=\"underline\">u</span><br>\n<a href=\"mailto:a@example.org\">Mail</a></p>",
        "<div class=\"quoteblock\">\n<blockquote>\n<div class=\"paragraph\">\n<p>A quote.</p>\n</div>\n</blockquote>\n"
            + "<div class=\"attribution\">\n&#8212; Someone<br>\n<cite>Somewhere</cite>\n</div>\n</div>",
        "<div class=\"colist arabic\">\n<table>\n<tr>\n<td><i class=\"conum\" data-value=\"1\"></i><b>1</b></td>\n<td>A callout.</td>\n"
            + "</tr>\n</table>\n</div>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 20\" role=\"img\" aria-label=\"Bar\"><title>Bar</title>"
            + "<rect x=\"0\" y=\"0\" width=\"40\" height=\"20\" fill=\"#369\"/><text x=\"45\" y=\"15\" font-size=\"12\">40%</text></svg>"
    );

    @Test
    void asciidoctorLikeBodiesPassByteForByte() {
        for (String html : ASCIIDOCTOR_LIKE) {
            assertEquals(new UnsafeHtmlRemover.Cleaned(html, List.of()), UnsafeHtmlRemover.clean(html), html);
        }
    }

    @Test
    void everyConvertedBodyOfTheRealSiteTheSafeFixturesAndAFeatureSamplePassesByteForByte() throws IOException {
        Path sample = temp.resolve("sample/sample.adoc");
        Files.createDirectories(sample.getParent());
        Files.writeString(sample, String.join("\n", "= Sample", ":experimental:", ":icons: font", ":toc:", "", "== Section", "",
            "NOTE: An admonition.", "", "[source,java]", "----", "class A {} // <1>", "----", "<1> A callout.", "",
            "A footnote.footnote:[The note.]", "", "* [x] done", "* [ ] open", "", "[%interactive]", "* [x] ticked", "* [ ] not", "",
            "[cols=\"1,2\",options=\"header\"]", "|===", "|A |B", "|1 |2", "|===", "",
            "image::chart.png[Chart,300,200,link=https://example.org/,title=\"A chart\"]", "",
            "video::clip.mp4[width=640,poster=poster.png,opts=autoplay]", "", "audio::sound.mp3[]", "",
            "[quote,Someone,Somewhere]", "____", "A quote.", "____", "", "[verse]", "____", "A verse.", "____", "",
            ".Collapsible", "[%collapsible]", "====", "Hidden.", "====", "", "[start=3,%reversed]", ". three", "",
            "[horizontal]", "Term:: Description.", "", "[qanda]", "What?:: That.", "",
            "Press kbd:[Ctrl+T], btn:[OK], menu:File[Save]. icon:heart[] *b* _e_ `m` #mark# ^sup^ ~sub~ [.underline]#u# +",
            "hard break. <<section,A cross reference>>. https://example.org[External]. mailto:a@example.org[Mail].", "",
            "****", "A sidebar.", "****", "", "'''", "", "stem:[x^2]", ""));
        List<Path> contents = List.of(TestSites.repository().resolve("content"),
            TestSites.fixture("articles", temp.resolve("articles")).resolve("content"),
            TestSites.fixture("minimal", temp.resolve("minimal")).resolve("content"), sample.getParent());
        int bodies = 0;
        for (Path content : contents) {
            for (String html : bodiesOf(content)) {
                assertEquals(new UnsafeHtmlRemover.Cleaned(html, List.of()), UnsafeHtmlRemover.clean(html), html);
                bodies++;
            }
        }
        assertTrue(bodies > 10, "only " + bodies + " bodies");
    }

    /** Every AsciiDoc body under a content folder, as the converter writes it. */
    static List<String> bodiesOf(Path content) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".adoc")).sorted().toList()) {
                bodies.add(AsciidocConverter.shared().convert(file, Files.readString(file), (line, message) -> { }).html());
            }
        }
        return bodies;
    }
}
