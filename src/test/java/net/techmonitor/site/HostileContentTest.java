package net.techmonitor.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken and hostile content that must end in a correct, escaped page (this class) or in a clear message
 * with the last good output kept ({@code sites/invalid/}, and the cases here that need the file system).
 */
class HostileContentTest {
    @TempDir
    static Path shared;
    static TestSites.Run run;

    @TempDir
    Path temp;

    @BeforeAll
    static void build() {
        run = TestSites.build(TestSites.fixture("hostile", shared), shared.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void passthroughScriptsHandlersAndScriptUrlsNeverReachThePage() {
        Element body = run.page("passthrough/").selectFirst(".body");
        assertTrue(body.select("script, iframe, object, embed, style, form").isEmpty(), body.html());
        assertTrue(body.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
            .noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on")), body.html());
        assertTrue(body.select("[href], [xlink:href]").stream()
            .noneMatch(e -> (e.attr("href") + e.attr("xlink:href")).replaceAll("\\s", "").toLowerCase().matches("(javascript|vbscript|data):.*")));
        assertEquals("Raw paragraph.", body.selectFirst("#raw").text(), "harmless raw HTML stays");
        assertTrue(body.selectFirst("#pixel").attr("src").startsWith("data:image/png"), "a data: image is only a picture");
        assertTrue(run.out().contains("html: content/pages/passthrough.adoc: removed <iframe>, <script>, data: URL, javascript: URL, "
            + "onclick attribute, onerror attribute, onmouseover attribute"), run.out());
    }

    @Test
    void trustedRawHtmlIsKeptWhenTheSiteSaysSo() throws IOException {
        Path site = TestSites.fixture("hostile", temp);
        Files.writeString(site.resolve("jbake.properties"), "content.raw-html=trusted\n", java.nio.file.StandardOpenOption.APPEND);
        TestSites.Run trusted = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, trusted.exitCode(), trusted.err());
        assertNotNull(trusted.page("passthrough/").selectFirst(".body script"));
    }

    @Test
    void markupAndQuotesInHeaderAttributesAreShownAsTextEverywhere() {
        Document article = run.page("issues/2020-q1/injected/");
        String title = "Title </title><script>alert(\"title\")</script> & \"quotes\"";
        assertEquals(title, article.selectFirst("h1").text());
        assertEquals(title + " · Hostile Monitor", article.title());
        assertEquals("Ends a tag \"> <script>alert('description')</script>", article.selectFirst("meta[name=description]").attr("content"));
        assertEquals(List.of("<img src=x onerror=alert(1)>", "Second \"Author\""), article.select(".author").eachText());
        assertTrue(article.select("script:not([type=application/ld+json])").isEmpty() && article.select("img").isEmpty(),
            "nothing from the header became markup");
        assertEquals("Issue with <b>markup</b> & \"quotes\"", run.page("issues/2020-q1/").selectFirst("h1").text());
    }

    /** A technology offer's header and body are held to the rules of an article's: text in every listing, safe-mode body. */
    @Test
    void markupInATechnologyOfferIsTextOnEveryPageThatListsItAndItsBodyLosesItsScripts() {
        String title = "Offer </title><script>alert(\"offer\")</script> & \"quotes\"";
        String description = "Ends a tag \"> <script>alert('offer description')</script>";
        Document offer = run.page("issues/2020-q1/technology/injected-offer/");
        assertEquals(title, offer.selectFirst("h1").text());
        assertEquals(description, offer.selectFirst("meta[name=description]").attr("content"));
        assertEquals("<a href=\"javascript:alert('contact')\">write to us</a> & \"quote\"", offer.select(".facts dd").last().text());
        assertEquals("Raw offer paragraph.", offer.selectFirst("#offer-raw").text());
        assertFalse(offer.selectFirst("#offer-raw").hasAttr("onclick"));
        for (String path : List.of("issues/2020-q1/technology/injected-offer/", "technology/", "technology/offers/", "issues/2020-q1/",
            "themes/alpha/", "countries/thailand/", "technology/countries/thailand/")) {
            Document page = run.page(path);
            assertTrue(page.select("script:not([type=application/ld+json]):not([src])").isEmpty() && page.select("a[href^=javascript]").isEmpty(),
                "nothing from the offer became markup on " + path);
            assertTrue(page.select(path.startsWith("issues/2020-q1/technology/") ? "h1" : "a").eachText().contains(title), path);
        }
    }

    @Test
    void titlesInThaiChineseKazakhAndArabicScriptsAreKeptAsWritten() {
        assertEquals("การถ่ายทอดเทคโนโลยี", run.page("themes/thai/").selectFirst("h1").text());
        assertEquals("技术转让与创新", run.page("themes/chinese/").selectFirst("h1").text());
        assertEquals("Технологиялар трансфері", run.page("themes/kazakh/").selectFirst("h1").text());
        assertEquals("نقل التكنولوجيا والابتكار", run.page("themes/arabic/").selectFirst("h1").text());
        assertTrue(run.page("themes/").select(".card-title a").eachText().contains("نقل التكنولوجيا والابتكار"));
    }

    @Test
    void aFileWithAByteOrderMarkAndWindowsLineEndsReadsLikeAnyOther() {
        Document page = run.page("windows/");
        assertEquals("Saved on Windows", page.selectFirst("h1").text());
        assertEquals("With a byte-order mark and CRLF line ends.", page.selectFirst(".body p").text());
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyItsOwnMarkupSatisfies() throws IOException {
        try (Stream<Path> files = Files.walk(run.output().toRealPath())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = run.page(run.output().relativize(file).toString());
                String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
                assertTrue(policy.contains("script-src 'self'") && policy.contains("object-src 'none'"), file.toString());
                assertTrue(page.select("script:not([src]):not([type=application/ld+json])").isEmpty(), "no inline script: " + file);
                assertTrue(page.select("style").isEmpty(), "no style element: " + file);
                assertTrue(page.select("a[href^=http]").stream().allMatch(a -> a.attr("rel").contains("noopener")), "noopener: " + file);
            }
        }
    }

    @Test
    void anIncludeOfARemoteAddressIsALinkAndNothingIsFetched() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Files.createDirectories(site.resolve("content/pages"));
        Files.writeString(site.resolve("content/pages/remote.adoc"), "= Remote\n:jbake-type: page\n:jbake-status: published\n\n"
            + "include::https://example.org/remote.adoc[]\n");
        TestSites.Run built = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, built.exitCode(), built.err());
        assertEquals("https://example.org/remote.adoc", built.page("remote/").selectFirst(".body a").attr("href"));
    }

    @Test
    void symbolicLinksOutOfTheSiteAreRefusedAndTheLastGoodOutputKept() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        TestSites.Run good = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, good.exitCode(), good.err());
        Path outside = Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(site.resolve("content/themes/secret.txt"), outside);
        Files.createSymbolicLink(site.resolve("assets/secret.txt"), outside);
        TestSites.Run refused = TestSites.build(site, temp.resolve("out"));
        assertEquals(1, refused.exitCode());
        assertEquals(List.of(
            "crawl: assets/secret.txt: symbolic link leads outside assets/ (expected files and folders inside assets/; copy the file in instead)",
            "crawl: content/themes/secret.txt: symbolic link leads outside content/ (expected files and folders inside content/; copy the file in instead)"),
            refused.errorLines().subList(0, 2));
        assertFalse(Files.exists(temp.resolve("out/themes/secret.txt")));
        assertTrue(Files.isRegularFile(temp.resolve("out/index.html")), "the last good output is kept");
    }

    @Test
    void aVeryLargeAndDeeplyNestedFileBuilds() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        StringBuilder large = new StringBuilder("= A very large page\n:jbake-type: page\n:jbake-status: published\n\n");
        String paragraph = "Science, technology and innovation are key catalysts for the Sustainable Development Goals. ".repeat(10);
        for (int section = 1; large.length() < 5_000_000; section++) {
            large.append("== Section ").append(section).append("\n\n").append(paragraph).append("\n\n");
        }
        StringBuilder nested = new StringBuilder("= A deeply nested page\n:jbake-type: page\n:jbake-status: published\n\n");
        int depth = 60;
        for (int level = 0; level < depth; level++) {
            nested.append("=".repeat(4 + level)).append('\n');
        }
        nested.append("The innermost paragraph.\n");
        for (int level = depth - 1; level >= 0; level--) {
            nested.append("=".repeat(4 + level)).append('\n');
        }
        Files.createDirectories(site.resolve("content/pages"));
        Files.writeString(site.resolve("content/pages/large.adoc"), large, StandardCharsets.UTF_8);
        Files.writeString(site.resolve("content/pages/nested.adoc"), nested, StandardCharsets.UTF_8);
        TestSites.Run built = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, built.exitCode(), built.err());
        assertTrue(built.page("large/").select(".body h2").size() > 1000);
        assertEquals("The innermost paragraph.", built.page("nested/").select(".body p").last().text());
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLineAndKeepsTheLastGoodOutput() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        TestSites.Run good = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, good.exitCode(), good.err());
        String before = Files.readString(temp.resolve("out/themes/alpha/index.html"));
        Path template = site.resolve("templates/theme.ftlh");
        List<String> lines = Files.readAllLines(template);
        int line = lines.size();
        Files.writeString(template, String.join("\n", lines) + "\n${page.noSuchField}\n");
        TestSites.Run broken = TestSites.build(site, temp.resolve("out"));
        assertEquals(1, broken.exitCode());
        assertTrue(broken.err().startsWith("render: templates/theme.ftlh:" + (line + 1) + ": template error while rendering themes/alpha/index.html (and maybe other pages): "),
            broken.err());
        assertFalse(broken.err().contains("\tat "), "no stack trace");
        assertEquals(before, Files.readString(temp.resolve("out/themes/alpha/index.html")));

        Files.writeString(template, "<#if page.title>\n");
        TestSites.Run syntax = TestSites.build(site, temp.resolve("out"));
        assertEquals(1, syntax.exitCode());
        assertTrue(syntax.err().startsWith("render: templates/theme.ftlh:"), syntax.err());
    }

    /** One mistake in the layout is one problem, at the layout's own line, with Freemarker's whole message on it. */
    @Test
    void aSyntaxErrorInTheLayoutIsOneProblemAtItsLine() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Path layout = site.resolve("templates/layout.ftlh");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(layout));
        lines.add(0, "<#iff page.title>");
        Files.write(layout, lines);
        TestSites.Run broken = TestSites.build(site, temp.resolve("out"));
        assertEquals(1, broken.exitCode());
        assertEquals(List.of("render: templates/layout.ftlh:1: template syntax error: Unknown directive: #iff. (column 2)",
            "Failed: 1 problem(s). Nothing was published; the previous output, if any, is unchanged."), broken.errorLines());

        lines.set(0, "<#if page.title?? && >");
        Files.write(layout, lines);
        TestSites.Run unfinished = TestSites.build(site, temp.resolve("out"));
        assertEquals(1, unfinished.exitCode());
        String problem = unfinished.errorLines().get(0);
        assertTrue(problem.startsWith("render: templates/layout.ftlh:1: template syntax error: "), problem);
        assertFalse(problem.endsWith(":"), "the message goes on after its first line: " + problem);
        assertEquals(2, unfinished.errorLines().size(), unfinished.err());
    }

    @Test
    void anEmptyBinaryOrLayoutlessTemplateIsRefusedAndTheLastGoodOutputKept() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Files.createDirectories(site.resolve("content/pages"));
        Files.writeString(site.resolve("content/pages/about.adoc"), "= About\n:jbake-type: page\n:jbake-status: published\n\nText.\n");
        Path output = temp.resolve("out");
        assertEquals(0, TestSites.build(site, output).exitCode());
        java.util.Map<String, byte[]> before = TestSites.files(output);
        Path template = site.resolve("templates/page.ftlh");
        String original = Files.readString(template);

        Files.writeString(template, "");
        TestSites.Run empty = TestSites.build(site, output);
        assertEquals(1, empty.exitCode());
        assertEquals("render: templates/page.ftlh: template is empty (expected a Freemarker template that uses layout.ftlh)",
            empty.errorLines().get(0));

        Files.write(template, new byte[]{'<', 'p', '>', 0, 1, 2, 0x1b, '<', '/', 'p', '>', '\n'});
        TestSites.Run binary = TestSites.build(site, output);
        assertEquals(1, binary.exitCode());
        assertEquals("render: templates/page.ftlh:1: control character \\u0000 in the text (expected printable text: tab and line ends "
            + "are the only control characters a source file may hold)", binary.errorLines().get(0));

        Files.write(template, new byte[]{(byte) 0xff, (byte) 0xfe, 'x'});
        TestSites.Run notText = TestSites.build(site, output);
        assertEquals("render: templates/page.ftlh:1: template is not UTF-8 text (expected a Freemarker template saved as UTF-8)",
            notText.errorLines().get(0));

        Files.writeString(template, "<p>${page.title}</p>\n");
        TestSites.Run layoutless = TestSites.build(site, output);
        assertEquals(1, layoutless.exitCode());
        assertEquals("render: templates/: 1 page(s) without the layout's Content-Security-Policy, e.g. about/index.html (expected every "
            + "page's template to use layout.ftlh, which sets the policy in the page's head)", layoutless.errorLines().get(0));
        java.util.Map<String, byte[]> after = TestSites.files(output);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, after.get(path), path));
        Files.writeString(template, original);
        assertEquals(0, TestSites.build(site, output).exitCode());
    }
}
