package net.techmonitor.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.techmonitor.site.render.cite.ArticleReference;
import net.techmonitor.site.render.cite.ReferenceFiles;
import net.techmonitor.site.render.cite.ReferenceStyles;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "How to cite" on article pages and its three downloads, read back with real parsers (jbibtex, Jackson, the RIS tag
 * grammar) and held to the article's header: the fixture's {@code second-article.adoc} (two authors, an issue with
 * volume and number) and, added here, an article whose title is hostile markup and whose first author's name is
 * kept whole.
 */
class HowToCiteTest {
    private static final String SITE_URL = "https://org.github.io/techmonitor/";
    private static final String PERIODICAL = "Asia-Pacific Tech Monitor";
    private static final String HOSTILE_TITLE = "<script>alert(1)</script> & <b>bold</b> {braces} 50% $5 #1 a_b";
    private static final String WHOLE_NAME = "María José de la Cruz Santos";

    @TempDir
    static Path temp;
    static TestSites.Run run;
    static Path site;

    /** The header of the fixture's second article, as its file has it. */
    record Header(String title, List<String> authors, LocalDate date, int volume, int number) {
    }

    static Header second;

    @BeforeAll
    static void build() throws Exception {
        site = TestSites.fixture("articles", temp.resolve("a"));
        Files.writeString(site.resolve("content/issues/2020-q1/hostile-title.adoc"), "= " + HOSTILE_TITLE + "\n"
            + WHOLE_NAME + "; Ann Author\n:jbake-type: article\n:jbake-status: published\n:jbake-date: 2020-03-05\n"
            + ":themes: alpha\n:description: A title that is markup.\n\nSee the link:/issues/2020-q1/second-article/cite.bib[BibTeX]"
            + " of the second article.\n");
        run = TestSites.build(site, temp.resolve("out"), "--site-url", SITE_URL, "--base-path", "/techmonitor/");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(site.resolve("content/issues/2020-q1/second-article.adoc"));
        List<String> authors = new ArrayList<>();
        for (String author : lines.get(1).split(";")) {
            authors.add(author.replaceAll("<[^>]*>", "").strip());
        }
        second = new Header(lines.get(0).substring(2), authors, LocalDate.parse(attribute(lines, "jbake-date")),
            Integer.parseInt(attribute(Files.readAllLines(site.resolve("content/issues/2020-q1/index.adoc")), "volume")),
            Integer.parseInt(attribute(Files.readAllLines(site.resolve("content/issues/2020-q1/index.adoc")), "number")));
    }

    private static String attribute(List<String> lines, String name) {
        return lines.stream().filter(line -> line.startsWith(":" + name + ": ")).findFirst().orElseThrow()
            .substring(name.length() + 3).strip();
    }

    private static String url(String slug) {
        return run.page("issues/2020-q1/" + slug + "/").selectFirst("link[rel=canonical]").attr("href");
    }

    private static String file(String slug, String name) throws Exception {
        return Files.readString(run.output().resolve("issues/2020-q1/" + slug + "/" + name));
    }

    private static String family(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String given(String name) {
        return name.substring(0, name.lastIndexOf(' '));
    }

    @Test
    void theSectionLinksTheThreeDownloadsWhichAreFilesOfTheSite() {
        Element section = run.page("issues/2020-q1/second-article/").selectFirst("section.how-to-cite");
        assertNotNull(section);
        assertEquals("How to cite", section.selectFirst("h2").text());
        Map<String, String> types = Map.of("cite.ris", "application/x-research-info-systems", "cite.bib", "application/x-bibtex",
            "cite.json", "application/vnd.citationstyles.csl+json");
        List<Element> links = section.select("a[href]");
        assertEquals(3, links.size());
        for (Element link : links) {
            String name = link.attr("href").substring(link.attr("href").lastIndexOf('/') + 1);
            assertEquals("/techmonitor/issues/2020-q1/second-article/" + name, link.attr("href"));
            assertEquals(types.get(name), link.attr("type"), name);
            assertTrue(link.hasAttr("download"), name);
            assertTrue(Files.isRegularFile(run.output().resolve("issues/2020-q1/second-article/" + name)), name);
        }
        // A body's link to a download is an internal link the link check resolved (the build passed).
        assertEquals("/techmonitor/issues/2020-q1/second-article/cite.bib",
            run.page("issues/2020-q1/hostile-title/").selectFirst(".body a[href$=cite.bib]").attr("href"));
    }

    @Test
    void apaAndChicagoAreMadeFromTheHeader() {
        Element section = run.page("issues/2020-q1/second-article/").selectFirst("section.how-to-cite");
        List<Element> entries = section.select("dd.reference");
        String first = second.authors().get(0);
        String last = second.authors().get(1);
        String year = String.valueOf(second.date().getYear());
        String apa = family(first) + ", " + given(first).charAt(0) + "., &amp; " + family(last) + ", " + given(last).charAt(0) + ". ("
            + year + "). " + second.title() + ". <i>" + PERIODICAL + "</i>, <i>" + second.volume() + "</i>(" + second.number() + "). "
            + url("second-article");
        assertEquals(apa, entries.get(0).html());
        String chicago = family(first) + ", " + given(first) + ", and " + last + ". " + year + ". “" + titleCase(second.title())
            + ".” <i>" + PERIODICAL + "</i> " + second.volume() + " (" + second.number() + "). " + url("second-article") + ".";
        assertEquals(chicago, entries.get(1).html());
        assertEquals(List.of("APA (7th edition)", "Chicago (17th edition, author-date)"), section.select("dt").eachText());
    }

    /** Chicago's title case, for a title of plain words: each capitalised, but an article, conjunction or preposition inside. */
    private static String titleCase(String title) {
        Set<String> small = Set.of("a", "an", "the", "and", "but", "or", "of", "in", "on", "to", "for", "at", "by");
        String[] words = title.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            out.append(i > 0 ? " " : "").append(i > 0 && small.contains(word) ? word
                : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return out.toString();
    }

    @Test
    void risFollowsTheTagGrammarAndHoldsTheHeader() throws Exception {
        String ris = file("second-article", "cite.ris");
        assertTrue(ris.endsWith("\r\n"));
        List<String> lines = List.of(ris.split("\r\n"));
        assertEquals("TY  - JOUR", lines.get(0));
        assertEquals("ER  - ", lines.get(lines.size() - 1));
        for (String line : lines) {
            assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), line);
        }
        List<String> expected = new ArrayList<>(List.of("TY  - JOUR", "TI  - " + second.title()));
        second.authors().forEach(author -> expected.add("AU  - " + family(author) + ", " + given(author)));
        expected.addAll(List.of("PY  - " + second.date().getYear(),
            String.format("DA  - %04d/%02d/%02d", second.date().getYear(), second.date().getMonthValue(), second.date().getDayOfMonth()),
            "T2  - " + PERIODICAL, "VL  - " + second.volume(), "IS  - " + second.number(),
            "PB  - Asian and Pacific Centre for Transfer of Technology (APCTT)", "UR  - " + url("second-article"), "ER  - "));
        assertEquals(expected, lines);
    }

    @Test
    void bibtexParsesAndHoldsTheHeader() throws Exception {
        BibTeXEntry entry = onlyEntry(file("second-article", "cite.bib"));
        assertEquals(BibTeXEntry.TYPE_ARTICLE, entry.getType());
        assertEquals("techmonitor-2020-q1-second-article", entry.getKey().getValue());
        assertEquals(second.title(), latex(entry.getField(BibTeXEntry.KEY_TITLE)));
        assertEquals(String.join(" and ", second.authors().stream().map(a -> family(a) + ", " + given(a)).toList()),
            latex(entry.getField(BibTeXEntry.KEY_AUTHOR)));
        assertEquals(PERIODICAL, latex(entry.getField(BibTeXEntry.KEY_JOURNAL)));
        assertEquals(String.valueOf(second.date().getYear()), latex(entry.getField(BibTeXEntry.KEY_YEAR)));
        assertEquals(second.date().toString(), latex(entry.getField(new Key("date"))));
        assertEquals(String.valueOf(second.volume()), latex(entry.getField(BibTeXEntry.KEY_VOLUME)));
        assertEquals(String.valueOf(second.number()), latex(entry.getField(BibTeXEntry.KEY_NUMBER)));
        assertEquals(url("second-article"), entry.getField(BibTeXEntry.KEY_URL).toUserString());
    }

    private static BibTeXEntry onlyEntry(String bibtex) throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
        assertEquals(1, database.getEntries().size(), bibtex);
        return database.getEntries().values().iterator().next();
    }

    /** A field's value as text: its LaTeX read by jbibtex's LaTeX parser and printed plain. */
    private static String latex(Value value) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString()));
    }

    @Test
    void cslJsonParsesAndHoldsTheHeader() throws Exception {
        JsonNode items = new ObjectMapper().readTree(file("second-article", "cite.json"));
        assertEquals(1, items.size());
        JsonNode item = items.get(0);
        assertEquals("article-journal", item.get("type").asText());
        assertEquals(second.title(), item.get("title").asText());
        assertEquals(second.authors().size(), item.get("author").size());
        for (int i = 0; i < second.authors().size(); i++) {
            assertEquals(family(second.authors().get(i)), item.get("author").get(i).get("family").asText());
            assertEquals(given(second.authors().get(i)), item.get("author").get(i).get("given").asText());
        }
        JsonNode parts = item.get("issued").get("date-parts").get(0);
        assertEquals(List.of(second.date().getYear(), second.date().getMonthValue(), second.date().getDayOfMonth()),
            List.of(parts.get(0).asInt(), parts.get(1).asInt(), parts.get(2).asInt()));
        assertEquals(PERIODICAL, item.get("container-title").asText());
        assertEquals(String.valueOf(second.volume()), item.get("volume").asText());
        assertEquals(String.valueOf(second.number()), item.get("issue").asText());
        assertEquals(url("second-article"), item.get("URL").asText());
        assertTrue(item.get("URL").asText().startsWith(SITE_URL));
    }

    @Test
    void anIssueWithoutVolumeAndNumberGivesNeither() throws Exception {
        // Every issue of the fixture with articles has both; a reference names only what the header has.
        ArticleReference reference = new ArticleReference("k", "T", List.of(new ArticleReference.Name("Ann", "Author", null)),
            LocalDate.of(2020, 1, 2), PERIODICAL, "P", null, null, SITE_URL + "issues/2020-q1/t/", null);
        assertFalse(ReferenceFiles.ris(reference).matches("(?s).*\\r\n(VL|IS)  - .*"));
        BibTeXEntry entry = onlyEntry(ReferenceFiles.bibtex(reference));
        assertNull(entry.getField(BibTeXEntry.KEY_VOLUME));
        assertNull(entry.getField(BibTeXEntry.KEY_NUMBER));
        JsonNode item = new ObjectMapper().readTree(ReferenceFiles.cslJson(reference)).get(0);
        assertFalse(item.has("volume") || item.has("issue"));
        String apa = ReferenceStyles.html(reference, ReferenceStyles.Style.APA);
        assertEquals("Author, A. (2020). T. <i>" + PERIODICAL + "</i>. " + SITE_URL + "issues/2020-q1/t/", apa);
    }

    @Test
    void aTitleThatIsMarkupIsTextOnThePageAndInEveryDownload() throws Exception {
        Document page = run.page("issues/2020-q1/hostile-title/");
        Element section = page.selectFirst("section.how-to-cite");
        assertTrue(section.select("script, b, [style], [onclick]").isEmpty(), section.html());
        for (Element entry : section.select("dd.reference")) {
            assertTrue(entry.select("*").stream().allMatch(e -> e == entry || e.tagName().equals("i")), entry.html());
            assertFalse(entry.html().contains("<script") || entry.html().contains("<b>"), entry.html());
        }
        Element apa = section.select("dd.reference").get(0);
        assertTrue(apa.text().contains(HOSTILE_TITLE), apa.text());
        assertTrue(apa.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"), apa.html());
        assertTrue(apa.text().startsWith(WHOLE_NAME + ", & Author, A. (2020)."), apa.text());

        assertTrue(file("hostile-title", "cite.ris").contains("\r\nTI  - " + HOSTILE_TITLE + "\r\nAU  - " + WHOLE_NAME + "\r\n"));
        BibTeXEntry entry = onlyEntry(file("hostile-title", "cite.bib"));
        assertEquals(HOSTILE_TITLE, latex(entry.getField(BibTeXEntry.KEY_TITLE)));
        assertEquals("{" + WHOLE_NAME + "} and Author, Ann", entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        JsonNode item = new ObjectMapper().readTree(file("hostile-title", "cite.json")).get(0);
        assertEquals(HOSTILE_TITLE, item.get("title").asText());
        assertEquals(WHOLE_NAME, item.get("author").get(0).get("literal").asText());
        assertNull(item.get("author").get(0).get("family"));
    }

    @Test
    void theSitemapListsPagesNotDownloads() throws Exception {
        String sitemap = Files.readString(run.output().resolve("sitemap.xml"));
        assertTrue(sitemap.contains("issues/2020-q1/second-article/</loc>"));
        assertFalse(sitemap.contains("cite."), sitemap);
    }
}
