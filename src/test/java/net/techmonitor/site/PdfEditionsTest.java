package net.techmonitor.site;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF editions, read back as a reader's tools read them: every PDF the fixture sites and the real site build is
 * held to PDF/UA-1 by veraPDF, its text (in the order of its structure tree, what a screen reader reads) to its
 * page's, and its links to absolute addresses.
 */
class PdfEditionsTest {
    @TempDir
    static Path temp;
    static TestSites.Run print;
    static TestSites.Run journal;
    static TestSites.Run articles;
    static TestSites.Run real;

    @BeforeAll
    static void build() {
        print = TestSites.build(TestSites.fixture("print", temp.resolve("p")), temp.resolve("p-out"), "--pdf-editions",
            "--cache", temp.resolve("p-cache").toString());
        assertEquals(0, print.exitCode(), print.err());
        journal = TestSites.build(TestSites.fixture("journal", temp.resolve("j")), temp.resolve("j-out"), "--pdf-editions");
        assertEquals(0, journal.exitCode(), journal.err());
        articles = TestSites.build(TestSites.fixture("articles", temp.resolve("a")), temp.resolve("a-out"), "--pdf-editions");
        assertEquals(0, articles.exitCode(), articles.err());
        real = TestSites.build(TestSites.repository(), temp.resolve("r-out"), "--pdf-editions", "--cache", temp.resolve("r-cache").toString());
        assertEquals(0, real.exitCode(), real.err());
    }

    private static List<Path> pdfs(TestSites.Run run) {
        try (Stream<Path> files = Files.walk(run.output())) {
            return files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PdfReading pdf(TestSites.Run run, String path) {
        return PdfReading.of(run.output().resolve(path));
    }

    /** Text compared as words without the spaces between them: a PDF's spacing is its layout's, not its text. */
    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u00ad]+", "");
    }

    @Test
    void everyPdfTheTestsBuildConformsToPdfUa1() {
        List<Path> all = new ArrayList<>();
        for (TestSites.Run run : List.of(print, journal, articles, real)) {
            all.addAll(pdfs(run));
        }
        // 3 of the print fixture, 12 of the journal (2 issues, 10 articles), 4 of the articles fixture, the real site's 4 issues.
        assertEquals(3 + 12 + 4 + 4, all.size(), all.toString());
        List<String> failures = all.stream().flatMap(file -> PdfReading.of(file).pdfUaFailures().stream()).toList();
        assertEquals(List.of(), failures);
    }

    @Test
    void anArticlesPdfReadsAsItsPageDoesInTheSameOrder() {
        for (TestSites.Run run : List.of(print, journal, articles)) {
            for (Path file : pdfs(run)) {
                String path = run.output().relativize(file).toString();
                if (path.matches("issues/[^/]+/[^/]+/[^/]+\\.pdf")) {
                    String page = path.substring(0, path.lastIndexOf('/') + 1);
                    assertInOrder(PdfReading.of(file).readingText(), articleBlocks(run.page(page)), path);
                }
            }
        }
    }

    @Test
    void anArticlesPdfCarriesItsIssueVolumeNumberLicenceAndHowToCite() {
        String text = squeezed(pdf(print, "issues/2022-q1/every-block/every-block.pdf").readingText());
        Document page = print.page("issues/2022-q1/every-block/");
        for (String expected : List.of("Asia-Pacific Tech Monitor", "January–March 2022: Fixture printing theme", "Vol. 38, No. 1",
            "This article is published under Fixture Licence 1.0.", "How to cite",
            page.selectFirst(".how-to-cite dd").text())) {
            assertTrue(text.contains(squeezed(expected)), expected + " in " + text);
        }
    }

    @Test
    void anIssuesPdfHasItsCoverEditorialContentsWithPageNumbersAndEveryArticle() throws IOException {
        Path file = print.output().resolve("issues/2022-q1/tech-monitor-2022-q1.pdf");
        PdfReading issue = PdfReading.of(file);
        Document page = print.page("issues/2022-q1/");
        List<String> blocks = new ArrayList<>(List.of(page.selectFirst("h1").text(), page.selectFirst(".status").text()));
        blocks.addAll(page.select(".tags").eachText());
        blocks.add("Editorial introduction");
        blocks.addAll(page.select("section.body > :not(h2)").eachText());
        blocks.add("Contents");
        List<String> titles = page.select("ol.toc > li > a").eachText();
        for (Element entry : page.select("ol.toc > li")) {
            blocks.add(entry.selectFirst("a").text());
            blocks.add(entry.selectFirst(".byline").text());
            blocks.add(entry.selectFirst(".abstract").text());
        }
        for (Element link : page.select("ol.toc > li > a")) {
            blocks.addAll(articleBlocks(print.page(link.attr("href").substring(1))));
        }
        String text = issue.readingText();
        assertInOrder(text, blocks, "the issue's PDF");
        // The cover image, as a figure with the issue's text alternative.
        assertTrue(issue.elements().stream().anyMatch(element -> element.type().equals("Figure")
            && "A grey fixture cover".equals(element.alt())), issue.typeCounts().toString());
        // Each contents entry gives the page its article starts on: the first page after the contents with its title.
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            List<String> pageTexts = new ArrayList<>();
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                pageTexts.add(squeezed(stripper.getText(document)));
            }
            int contentsPage = indexOf(pageTexts, "Contents", 0);
            for (int i = 0; i < titles.size(); i++) {
                int starts = indexOf(pageTexts, titles.get(i), contentsPage + 1) + 1;
                String byline = page.select("ol.toc > li .byline").get(i).text();
                assertTrue(squeezed(text).contains(squeezed(titles.get(i)) + "page" + starts + squeezed(byline)),
                    titles.get(i) + " on page " + starts + " in the contents: " + text);
            }
        }
        assertTrue(issue.internalLinks() >= titles.size(), "the contents link to the articles");
        assertEquals(List.of("Fixture printing theme", "  Editorial introduction", "  Contents", "Every block of an article",
            "  Abstract", "  Lists", "  A table", "  A picture and code", "    Links", "  How to cite", "The second printed article",
            "  Abstract", "  Its only section", "  How to cite"), issue.bookmarks());
    }

    private static int indexOf(List<String> pageTexts, String text, int from) {
        for (int i = from; i < pageTexts.size(); i++) {
            if (pageTexts.get(i).contains(squeezed(text))) {
                return i;
            }
        }
        throw new AssertionError("'" + text + "' on no page from " + (from + 1));
    }

    @Test
    void everyLinkInEveryPdfIsAbsolute() {
        List<String> relative = new ArrayList<>();
        for (TestSites.Run run : List.of(print, journal, articles, real)) {
            for (Path file : pdfs(run)) {
                PdfReading.of(file).linkUris().stream().filter(uri -> !uri.matches("(https?://[^/]+/|mailto:).*"))
                    .forEach(uri -> relative.add(file.getFileName() + ": " + uri));
            }
        }
        assertEquals(List.of(), relative);
        List<String> links = pdf(print, "issues/2022-q1/every-block/every-block.pdf").linkUris();
        for (String expected : List.of("https://print.example.org/about/", "https://print.example.org/issues/2022-q1/second-article/",
            "https://www.unescap.org/", "https://print.example.org/issues/2022-q1/", "https://print.example.org/themes/alpha/",
            "https://licence.example.org/fixture-1.0", "https://print.example.org/issues/2022-q1/every-block/cite.ris")) {
            assertTrue(links.contains(expected), expected + " in " + links);
        }
        assertTrue(pdf(print, "issues/2022-q1/tech-monitor-2022-q1.pdf").linkUris().contains("https://print.example.org/about/"),
            "the editorial's link");
    }

    @Test
    void aPdfIsTaggedWithLanguageTitleHeadingsListsTablesFiguresAndBookmarks() {
        PdfReading article = pdf(print, "issues/2022-q1/every-block/every-block.pdf");
        assertEquals(List.of("en", "Every block of an article", "true"), article.languageTitleAndDisplay());
        Map<String, Integer> types = article.typeCounts();
        for (String type : List.of("H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "Link")) {
            assertTrue(types.containsKey(type), type + " in " + types);
        }
        assertEquals(2, types.get("TH"), "the table's two header cells: " + types);
        assertEquals(List.of("A grey fixture figure"), article.elements().stream().filter(element -> element.type().equals("Figure"))
            .map(PdfReading.Element::alt).toList());
        assertEquals(List.of("Every block of an article", "  Abstract", "  Lists", "  A table", "  A picture and code", "    Links",
            "  How to cite"), article.bookmarks());
        assertEquals(List.of("en", "Asia-Pacific Tech Monitor, January–March 2022: Fixture printing theme", "true"),
            pdf(print, "issues/2022-q1/tech-monitor-2022-q1.pdf").languageTitleAndDisplay());
    }

    @Test
    void theSameContentGivesTheSameBytesAndUnchangedPdfsComeFromTheCache() throws IOException {
        Path site = temp.resolve("p").resolve("site");
        TestSites.Run again = TestSites.build(site, temp.resolve("p-again"), "--pdf-editions", "--cache", temp.resolve("p-cache").toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("pdf: 3 PDF editions written, 3 of them from the cache"), again.out());
        TestSites.Run fresh = TestSites.build(site, temp.resolve("p-fresh"), "--pdf-editions", "--cache", temp.resolve("p-fresh-cache").toString());
        assertEquals(0, fresh.exitCode(), fresh.err());
        assertTrue(fresh.out().contains("pdf: 3 PDF editions written, 0 of them from the cache"), fresh.out());
        for (Path file : pdfs(print)) {
            String path = print.output().relativize(file).toString();
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(fresh.output().resolve(path)), path + " made again");
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again.output().resolve(path)), path + " from the cache");
        }
        // Another picture under the same name: the PDFs that show it are made again, the other comes from the cache.
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(picture, "png", site.resolve("content/issues/2022-q1/figure.png").toFile());
        TestSites.Run newPicture = TestSites.build(site, temp.resolve("p-picture"), "--pdf-editions", "--cache", temp.resolve("p-cache").toString());
        assertEquals(0, newPicture.exitCode(), newPicture.err());
        assertTrue(newPicture.out().contains("pdf: 3 PDF editions written, 1 of them from the cache"), newPicture.out());
    }

    @Test
    void whatAPdfCannotShowIsANoticeAndThePdfIsWrittenAllTheSame() throws IOException {
        Path site = TestSites.fixture("print", temp.resolve("n"));
        Files.writeString(site.resolve("content/issues/2022-q1/cannot-show.adoc"), """
            = What a PDF cannot show
            Lee Fixture
            :jbake-type: article
            :jbake-status: published
            :jbake-date: 2022-02-03
            :themes: alpha
            :description: A Thai letter, a picture from elsewhere and one without a text.

            The letter ท is not in the PDF's font.

            image::https://pictures.example.org/a.png[A picture from elsewhere]

            image::figure.png[""]
            """);
        TestSites.Run run = TestSites.build(site, temp.resolve("n-out"), "--pdf-editions");
        assertEquals(0, run.exitCode(), run.err());
        // Said again by a build that takes the PDF from the cache.
        TestSites.Run cached = TestSites.build(site, temp.resolve("n-again"), "--pdf-editions", "--force");
        assertEquals(0, cached.exitCode(), cached.err());
        assertTrue(cached.out().contains("4 PDF editions written, 4 of them from the cache"), cached.out());
        String source = "pdf: content/issues/2022-q1/cannot-show.adoc: ";
        for (String notice : List.of(
            "the PDF's font has no glyph for 'ท' (U+0E17 THAI CHARACTER THO THAHAN), shown as a blank",
            "the picture https://pictures.example.org/a.png is not one of the site's files: the PDF shows its text alternative",
            "the picture /issues/2022-q1/figure.png has no text alternative (alt): the PDF leaves it out")) {
            for (TestSites.Run build : List.of(run, cached)) {
                assertTrue(build.out().contains(source + notice + " (the PDF is written all the same)"), notice + " in " + build.out());
            }
        }
        PdfReading pdf = pdf(run, "issues/2022-q1/cannot-show/cannot-show.pdf");
        assertEquals(List.of(), pdf.pdfUaFailures());
        assertTrue(squeezed(pdf.readingText()).contains(squeezed("[A picture from elsewhere]")), pdf.readingText());
        assertEquals(List.of(), pdf.elements().stream().filter(element -> element.type().equals("Figure")).toList());
    }

    /**
     * What an article's page shows of it, block by block, in its order: the header, every block of its body, the
     * licence and How to cite. The site's navigation (previous, next, related articles) is not part of the PDF.
     */
    private static List<String> articleBlocks(Document page) {
        Element article = page.selectFirst("article.article");
        List<String> blocks = new ArrayList<>();
        for (String selector : List.of("header h1", "header .byline", "header time", "header .abstract h2", "header .description")) {
            blocks.add(article.selectFirst(selector).text());
        }
        blocks.addAll(article.select("header .tags").eachText());
        List<Element> body = article.selectFirst(".body").select("h2, h3, h4, h5, h6, p, pre, th, .title, .footnote");
        body.stream().filter(element -> element.parents().stream().noneMatch(body::contains)).map(Element::text)
            .filter(text -> !text.isBlank()).forEach(blocks::add);
        blocks.addAll(article.select(".licence").eachText());
        blocks.addAll(article.select(".how-to-cite h2, .how-to-cite dt, .how-to-cite dd, .how-to-cite p").eachText());
        return blocks;
    }

    /** Each block's text is in the PDF's, after the one before it. */
    private static void assertInOrder(String pdfText, List<String> blocks, String what) {
        String text = squeezed(pdfText);
        int from = 0;
        for (String block : blocks) {
            int at = text.indexOf(squeezed(block), from);
            assertTrue(at >= 0, what + ": '" + block + "' is not in the PDF after what comes before it; the PDF reads: "
                + text.substring(Math.min(from, text.length())));
            from = at + squeezed(block).length();
        }
        assertTrue(blocks.size() > 3 && !Arrays.asList(blocks.toArray()).contains(""), what + ": blocks " + blocks);
    }
}
