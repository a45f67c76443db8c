package net.techmonitor.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeds, calendar, sitemap and page metadata, read back with real parsers (XML, Jackson) from the fixture site. */
class ReaderFeaturesTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    @TempDir
    static Path temp;
    static TestSites.Run run;
    static TestSites.Run hostile;

    @BeforeAll
    static void build() {
        run = TestSites.build(TestSites.fixture("articles", temp.resolve("a")), temp.resolve("a-out"), "--pdf-editions");
        assertEquals(0, run.exitCode(), run.err());
        hostile = TestSites.build(TestSites.fixture("hostile", temp.resolve("h")), temp.resolve("h-out"));
        assertEquals(0, hostile.exitCode(), hostile.err());
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> atomTitles(Path feed) throws Exception {
        org.w3c.dom.Document document = xml(feed);
        assertEquals(ATOM, document.getDocumentElement().getNamespaceURI());
        assertEquals("feed", document.getDocumentElement().getLocalName());
        List<String> titles = new ArrayList<>();
        NodeList entries = document.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : new String[]{"id", "title", "updated", "link"}) {
                assertEquals(1, entry.getElementsByTagNameNS(ATOM, required).getLength(), required + " in " + feed);
            }
            titles.add(entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        }
        return titles;
    }

    @Test
    void theSiteThemeAndCountryFeedsParseAsAtomAndHoldTheirItems() throws Exception {
        assertEquals(List.of("Forum on beta", "The second article", "The first article"), atomTitles(run.output().resolve("feed.xml")));
        assertEquals(List.of("Forum on beta", "The second article"), atomTitles(run.output().resolve("themes/beta/feed.xml")));
        assertEquals(List.of("The second article", "The first article"), atomTitles(run.output().resolve("countries/viet-nam/feed.xml")));
        assertEquals("/themes/beta/feed.xml",
            run.page("themes/beta/").select("link[rel=alternate][type=application/atom+xml]").eachAttr("href").get(1));
        assertEquals("/countries/viet-nam/feed.xml",
            run.page("countries/viet-nam/").select("link[rel=alternate][type=application/atom+xml]").eachAttr("href").get(1));
    }

    @Test
    void markupInTitlesIsEscapedInFeeds() throws Exception {
        List<String> titles = atomTitles(hostile.output().resolve("feed.xml"));
        assertTrue(titles.contains("Title </title><script>alert(\"title\")</script> & \"quotes\""), titles.toString());
    }

    /** Unfolds an iCalendar file into content lines, checking CRLF ends and the 75-octet limit. */
    private static List<String> calendarLines(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n") && !text.replace("\r\n", "").contains("\n"), "CRLF line ends only");
        List<String> lines = new ArrayList<>();
        for (String physical : text.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + physical);
            if (physical.startsWith(" ")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
            } else {
                lines.add(physical);
            }
        }
        return lines;
    }

    @Test
    void theCalendarParsesWithOneAllDayEventPerActivity() throws Exception {
        List<String> lines = calendarLines(run.output().resolve("activities.ics"));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0") && lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(event);
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                event.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        assertEquals(1, events.size());
        Map<String, String> forum = events.get(0);
        assertEquals("2020-forum@techmonitor.net", forum.get("UID"));
        assertEquals("20200530", forum.get("DTSTART;VALUE=DATE"));
        assertEquals(LocalDate.of(2020, 6, 2).toString().replace("-", ""), forum.get("DTEND;VALUE=DATE"), "exclusive end: the day after 1 June");
        assertTrue(forum.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"));
        assertEquals("Seoul\\, Republic of Korea", forum.get("LOCATION"));
        assertEquals("/activities.ics", run.page("activities/").select("a[href$=.ics]").attr("href"));
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        return new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void issueAndArticlePagesCarryThePeriodicalIssueArticleChain() throws Exception {
        JsonNode issue = jsonLd(run.page("issues/2020-q1/"));
        assertEquals("PublicationIssue", issue.get("@type").asText());
        assertEquals("1", issue.get("issueNumber").asText());
        assertEquals("PublicationVolume", issue.get("isPartOf").get("@type").asText());
        assertEquals("Periodical", issue.get("isPartOf").get("isPartOf").get("@type").asText());

        JsonNode article = jsonLd(run.page("issues/2020-q1/second-article/"));
        assertEquals("ScholarlyArticle", article.get("@type").asText());
        assertEquals(List.of("Ann Author", "Bo Writer"), article.get("author").findValuesAsText("name"));
        assertEquals("PublicationIssue", article.get("isPartOf").get("@type").asText());
        assertEquals("Asia-Pacific Tech Monitor", article.get("isPartOf").get("isPartOf").get("isPartOf").get("name").asText());
    }

    @Test
    void activityPagesCarryAnEventWithPlaceAddressAndOrganizers() throws Exception {
        JsonNode event = jsonLd(run.page("activities/2020/forum/"));
        assertEquals("Event", event.get("@type").asText());
        assertEquals("2020-05-30", event.get("startDate").asText());
        assertEquals("2020-06-01", event.get("endDate").asText());
        assertEquals("Place", event.get("location").get("@type").asText());
        assertEquals("PostalAddress", event.get("location").get("address").get("@type").asText());
        assertEquals("Seoul", event.get("location").get("address").get("addressLocality").asText());
        assertEquals("KR", event.get("location").get("address").get("addressCountry").asText());
        assertEquals(List.of("Asian and Pacific Centre for Transfer of Technology (APCTT)", "Institute of Fixtures"),
            event.get("organizer").findValuesAsText("name"), "the Centre co-organized it with its co-organizer");
    }

    @Test
    void articlePagesCarryScholarAndDublinCoreTags() {
        Document article = run.page("issues/2020-q1/second-article/");
        assertEquals("The second article", article.selectFirst("meta[name=citation_title]").attr("content"));
        assertEquals(List.of("Ann Author", "Bo Writer"), article.select("meta[name=citation_author]").eachAttr("content"));
        assertEquals("2020/02/10", article.selectFirst("meta[name=citation_publication_date]").attr("content"));
        assertEquals("Asia-Pacific Tech Monitor", article.selectFirst("meta[name=citation_journal_title]").attr("content"));
        assertEquals("36", article.selectFirst("meta[name=citation_volume]").attr("content"));
        assertEquals("1", article.selectFirst("meta[name=citation_issue]").attr("content"));
        assertEquals(List.of("Ann Author", "Bo Writer"), article.select("meta[name=DC.creator]").eachAttr("content"));
        assertEquals("https://techmonitor.net/issues/2020-q1/second-article/", article.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("article", article.selectFirst("meta[property=og:type]").attr("content"));
    }

    @Test
    void aClosingScriptTagInATitleCannotLeaveTheJsonLd() throws Exception {
        Document article = hostile.page("issues/2020-q1/injected/");
        assertEquals(1, article.select("script").size(), "only the JSON-LD block: nothing broke out of it");
        assertEquals("Title </title><script>alert(\"title\")</script> & \"quotes\"", jsonLd(article).get("headline").asText());
    }

    @Test
    void theSitemapListsEveryPageAbsolutelyAndRobotsPointsToIt() throws Exception {
        org.w3c.dom.Document sitemap = xml(run.output().resolve("sitemap.xml"));
        NodeList locations = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            urls.add(locations.item(i).getTextContent());
        }
        assertTrue(urls.stream().allMatch(url -> url.startsWith("https://techmonitor.net/")), urls.toString());
        assertTrue(urls.contains("https://techmonitor.net/issues/2020-q1/second-article/"));
        long pages;
        try (var files = Files.walk(run.output().toRealPath())) {
            pages = files.filter(f -> f.toString().endsWith("index.html")).count();
        }
        assertEquals(pages, urls.size(), "every page but 404.html");
        assertTrue(Files.readString(run.output().resolve("robots.txt")).contains("Sitemap: https://techmonitor.net/sitemap.xml"));
        assertNotNull(run.page("404.html").selectFirst("h1"));
    }

    @Test
    void theSearchIndexHoldsEveryKindOfPageAsPlainTextWithWorkingUrls() throws Exception {
        Path folder = run.output().resolve("search-index");
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        java.util.Set<String> listed = new java.util.TreeSet<>(List.of("manifest.json"));
        manifest.get("terms").fields().forEachRemaining(key -> listed.add("terms/" + (key.getKey().matches("[a-z0-9]+") ? key.getKey()
            : "_" + java.util.HexFormat.of().formatHex(key.getKey().getBytes(StandardCharsets.UTF_8))) + ".json"));
        java.util.Set<String> types = new java.util.TreeSet<>();
        int documents = 0;
        for (int chunk = 0; chunk < manifest.get("docs").size(); chunk++) {
            String name = "docs/" + chunk + ".json";
            listed.add(name);
            for (JsonNode row : new ObjectMapper().readTree(folder.resolve(name).toFile())) {
                documents++;
                String url = row.get(0).asText();
                types.add(row.get(2).asText());
                assertTrue(Files.isRegularFile(run.output().resolve(url.substring(1) + "index.html")), url);
                // Converted bodies are reduced to their text: none of Asciidoctor's markup is left. (Text an editor typed,
                // such as a literal "<script>" in a description, stays text, and the script only ever shows text.)
                String excerpt = row.get(3).asText();
                assertTrue(!excerpt.contains("<div") && !excerpt.contains("<p>") && !excerpt.contains("class=\""), "plain text: " + excerpt);
            }
        }
        assertEquals(manifest.get("documents").asInt(), documents);
        assertEquals(java.util.Set.of("Activity", "Article", "Country", "Issue", "Page", "Partner institution", "Theme"), types);
        java.util.Set<String> written = new java.util.TreeSet<>();
        try (var files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> written.add(folder.relativize(file).toString().replace('\\', '/')));
        }
        assertEquals(listed, written, "the manifest names every file of the index, and there is no other");
        net.techmonitor.site.bench.SearchFetch search = net.techmonitor.site.bench.SearchFetch.ofFolder(folder);
        assertEquals(List.of("The second article"), search.search("body of the second").titles(), "found by its body's text");
    }

    @Test
    void searchFindsDocumentsByTheirAuthorsCountriesThemesAndPartnersTitlesFirst() throws Exception {
        net.techmonitor.site.bench.SearchFetch search = net.techmonitor.site.bench.SearchFetch.ofFolder(run.output().resolve("search-index"));
        assertEquals(List.of("The second article"), search.search("Bo Writer").titles(), "an author");
        assertEquals(List.of("Forum on beta"), search.search("forum Laos").titles(), "a participating country by its alias");
        assertEquals(List.of("Forum on beta"), search.search("forum Institute of Fixtures").titles(), "a partner institution");
        List<String> philippines = search.search("Philippines").titles();
        assertEquals("Philippines", philippines.get(0), "the country's own page, its name its title, first: " + philippines);
        assertTrue(philippines.containsAll(List.of("The first article", "Forum on beta")), philippines.toString());
        List<String> beta = search.search("beta").titles();
        assertTrue(beta.indexOf("Beta theme") >= 0 && beta.indexOf("Beta theme") < beta.indexOf("The second article"),
            "the theme titled Beta theme before the article tagged with it: " + beta);
        assertEquals(search.search("second article").titles(), search.search("second artic").titles(),
            "the word being typed matches the words it begins");
    }

    @Test
    void theSearchPageIsAKeyboardFormWhoseScriptAndIndexFollowTheBasePath() throws Exception {
        TestSites.Run based = TestSites.build(TestSites.fixture("articles", temp.resolve("b")), temp.resolve("b-out"), "--base-path", "/techmonitor/");
        assertEquals(0, based.exitCode(), based.err());
        Document search = based.page("search/");
        assertEquals("search", search.selectFirst("form").attr("role"));
        assertEquals("search-query", search.selectFirst("label").attr("for"));
        assertNotNull(search.selectFirst("input#search-query[name=q]"));
        assertNotNull(search.selectFirst("[role=status][aria-live=polite]"));
        assertEquals("/techmonitor/search-index/manifest.json", search.selectFirst("#search").attr("data-index"));
        assertEquals("/techmonitor/js/search.js", search.selectFirst("script[src]").attr("src"));
        String script = Files.readString(based.output().resolve("js/search.js"));
        assertTrue(script.contains("textContent") && !script.matches("(?s).*\\.(innerHTML|outerHTML)\\s*=.*")
            && !script.contains("insertAdjacentHTML"), "results are text, never markup");
        JsonNode manifest = new ObjectMapper().readTree(based.output().resolve("search-index/manifest.json").toFile());
        JsonNode rows = new ObjectMapper().readTree(based.output().resolve("search-index/docs/0.json").toFile());
        assertTrue(rows.get(0).get(0).asText().startsWith("/techmonitor/"), rows.toString());
    }

    @Test
    void everyIssueAndArticleHasAPdfEditionLinkedFromItsPage() throws Exception {
        Document issue = run.page("issues/2020-q1/");
        String issuePdf = issue.selectFirst("a.download").attr("href");
        assertEquals("/issues/2020-q1/tech-monitor-2020-q1.pdf", issuePdf);
        Document article = run.page("issues/2020-q1/second-article/");
        String articlePdf = article.selectFirst("a.download").attr("href");
        assertEquals("https://techmonitor.net" + articlePdf, article.selectFirst("meta[name=citation_pdf_url]").attr("content"));
        for (String pdf : List.of(issuePdf, articlePdf, "/issues/2020-q2/tech-monitor-2020-q2.pdf", "/issues/2020-q1/first-article/first-article.pdf")) {
            byte[] bytes = Files.readAllBytes(run.output().resolve(pdf.substring(1)));
            assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII), pdf);
            assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("%%EOF"), "a whole PDF: " + pdf);
            assertEquals(List.of(), PdfReading.of(run.output().resolve(pdf.substring(1))).pdfUaFailures(), pdf);
        }
        // The issue's PDF is bigger than its editorial alone: it carries its two articles.
        assertTrue(Files.size(run.output().resolve(issuePdf.substring(1))) > Files.size(run.output().resolve("issues/2020-q2/tech-monitor-2020-q2.pdf")));
    }

    @Test
    void aBuildWithoutPdfEditionsNeitherWritesNorLinksPdfs() throws Exception {
        TestSites.Run plain = TestSites.build(TestSites.fixture("articles", temp.resolve("np")), temp.resolve("np-out"));
        assertEquals(0, plain.exitCode(), plain.err());
        assertNull(plain.page("issues/2020-q1/").selectFirst("a.download"));
        Document article = plain.page("issues/2020-q1/second-article/");
        assertNull(article.selectFirst("a.download"));
        assertNull(article.selectFirst("meta[name=citation_pdf_url]"));
        assertNotNull(article.selectFirst("meta[name=citation_title]"));
        try (var files = Files.walk(plain.output().toRealPath())) {
            assertEquals(List.of(), files.filter(path -> path.toString().endsWith(".pdf")).toList());
        }
    }
}
