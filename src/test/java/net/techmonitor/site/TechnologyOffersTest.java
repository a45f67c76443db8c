package net.techmonitor.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "technology" fixture: technology offers and requests of two issues, from India and Viet Nam (written as a name,
 * an alias and ISO codes), of two themes, one issue's in the site's section for them, the other's in no section, and a
 * draft. None of it is the Tech Monitor's.
 */
class TechnologyOffersTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final List<String> NEWEST_FIRST = List.of("Textile dye recovery sought", "Rice husk gasifier",
        "Clean water for villages sought", "Biomass dryer", "Solar cold storage");

    @TempDir
    static Path temp;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        run = TestSites.build(TestSites.fixture("technology", temp), temp.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
    }

    private static List<String> titles(Document page) {
        return page.select(".technology-list .card-title a").eachText();
    }

    @Test
    void theListingHoldsEveryPublishedEntryNewestFirstWithItsKindCountryIssueAndThemes() {
        Document listing = run.page("technology/");
        assertEquals("Technology offers and requests", listing.selectFirst("h1").text());
        assertEquals(NEWEST_FIRST, titles(listing), "newest first; the draft is on no page");
        Element dryer = listing.select(".technology-list li").get(3);
        assertEquals("Technology offer", dryer.selectFirst(".card-kicker").text());
        assertEquals("/issues/2021-q1/technology/biomass-dryer/", dryer.selectFirst(".card-title a").attr("href"));
        assertEquals(List.of("Viet Nam", "January–March 2021", "Alpha theme", "Beta theme"), dryer.select(".card-meta a").eachText(),
            "'VNM' resolved to the country's name");
        assertEquals("/countries/viet-nam/", dryer.selectFirst(".card-meta a").attr("href"));
        assertEquals("2021-02-11", dryer.selectFirst("time").attr("datetime"));
        assertEquals("A fictional dryer for crops, fired with biomass.", dryer.select("p").get(2).text());
        assertFalse(Files.exists(run.output().resolve("issues/2021-q2/technology/embargoed-offer")), "a draft has no page");
    }

    @Test
    void everyFilterValueHasItsOwnPageLinkedFromEveryListing() {
        Document listing = run.page("technology/");
        Element filters = listing.selectFirst("nav.filters");
        assertEquals(List.of("/technology/", "/technology/offers/", "/technology/requests/", "/technology/countries/india/",
            "/technology/countries/viet-nam/", "/technology/themes/alpha/", "/technology/themes/beta/"), filters.select("a").eachAttr("href"));
        assertEquals("By country: India (3) · Viet Nam (2)", filters.select("p").get(2).text());
        assertEquals(List.of("All offers and requests"), filters.select("a[aria-current=page]").eachText());

        Map<String, List<String>> expected = new TreeMap<>(Map.of(
            "technology/offers/", List.of("Rice husk gasifier", "Biomass dryer", "Solar cold storage"),
            "technology/requests/", List.of("Textile dye recovery sought", "Clean water for villages sought"),
            "technology/countries/india/", List.of("Textile dye recovery sought", "Rice husk gasifier", "Solar cold storage"),
            "technology/countries/viet-nam/", List.of("Clean water for villages sought", "Biomass dryer"),
            "technology/themes/alpha/", List.of("Textile dye recovery sought", "Biomass dryer", "Solar cold storage"),
            "technology/themes/beta/", List.of("Rice husk gasifier", "Clean water for villages sought", "Biomass dryer")));
        expected.forEach((path, entries) -> {
            Document page = run.page(path);
            assertEquals(entries, titles(page), path);
            assertEquals(List.of("/" + path), page.select("nav.filters a[aria-current=page]").eachAttr("href"), path);
            assertNull(page.selectFirst("form, script[src]"), "a filter's page needs no script: " + path);
        });
        assertEquals("Technology offers and requests from Viet Nam", run.page("technology/countries/viet-nam/").selectFirst("h1").text());
        assertEquals("2 technology requests, published in the Asia-Pacific Tech Monitor.",
            run.page("technology/requests/").selectFirst("meta[name=description]").attr("content"));
        assertEquals("Technology offers and requests: Beta theme", run.page("technology/themes/beta/").selectFirst("h1").text());
    }

    @Test
    void theWholeListingCarriesAHiddenFormForItsScriptAndTheDataTheScriptFiltersBy() {
        Document listing = run.page("technology/");
        Element form = listing.selectFirst("form#technology-filter");
        assertTrue(form.hasAttr("hidden"), "without a script the form stays hidden and the links do the filtering");
        assertEquals(List.of("", "offer", "request"), form.select("select[name=kind] option").eachAttr("value"));
        assertEquals(List.of("", "india", "viet-nam"), form.select("select[name=country] option").eachAttr("value"));
        assertEquals(List.of("", "alpha", "beta"), form.select("select[name=theme] option").eachAttr("value"));
        assertEquals("/js/technology-filter.js", listing.selectFirst("script[src]").attr("src"));
        assertTrue(Files.isRegularFile(run.output().resolve("js/technology-filter.js")));
        Element dryer = listing.select(".technology-list li").get(3);
        assertEquals("offer", dryer.attr("data-kind"));
        assertEquals("viet-nam", dryer.attr("data-country"));
        assertEquals("alpha beta", dryer.attr("data-themes"));
    }

    @Test
    void anIssueListsItsEntriesInTheSectionTheyNameOrInTheirOwnGroupAfterTheArticles() {
        Element first = run.page("issues/2021-q1/").selectFirst("section[aria-labelledby=contents-heading]");
        assertEquals(List.of("Special theme", "Technology offers and requests", "Other articles"), first.select("h3").eachText(),
            "the site's section for them, in site.sections order, before the articles without a section");
        assertEquals("section-offers-requests", first.select("h3").get(1).id());
        Element sectioned = first.selectFirst("ul.technology-toc");
        assertEquals(List.of("Biomass dryer", "Solar cold storage", "Clean water for villages sought"), sectioned.select("li > a").eachText(),
            "offers before requests, then by title");
        assertEquals("Technology offer:", sectioned.selectFirst(".kind").text());
        assertEquals("Viet Nam", sectioned.selectFirst(".byline").text());

        Element second = run.page("issues/2021-q2/").selectFirst("section[aria-labelledby=contents-heading]");
        assertEquals(List.of("Other articles", "Technology offers and requests"), second.select("h3").eachText());
        assertEquals("technology-offers-and-requests", second.select("h3").get(1).id());
        assertEquals(List.of("Rice husk gasifier", "Textile dye recovery sought"), second.select("ul.technology-toc li > a").eachText());
        assertEquals(List.of("Later article"), second.select("ol.toc li > a").eachText());
    }

    @Test
    void anEntrysPageShowsItsFactsItsBodyAndResolvesItsCrossReferences() {
        Document page = run.page("issues/2021-q1/technology/solar-cold-storage/");
        assertEquals("Solar cold storage", page.selectFirst("h1").text());
        assertEquals("Solar cold storage · Technology Fixture", page.title());
        assertEquals(List.of("/technology/offers/", "/issues/2021-q1/"), page.select(".kicker a").eachAttr("href"));
        assertEquals("A fictional cold store run on solar power, offered for licensing.", page.selectFirst("meta[name=description]").attr("content"));
        assertEquals(List.of("From", "Themes", "Published", "Contact"), page.select(".facts dt").eachText());
        assertEquals("India", page.select(".facts dd").get(0).text());
        assertEquals("Technology Transfer Office, Fixture Institute", page.select(".facts dd").get(3).text());
        Element xref = page.selectFirst(".body a");
        assertEquals("/issues/2021-q1/special/", xref.attr("href"));
        assertEquals("Special article", xref.text());
        assertNull(run.page("issues/2021-q1/technology/biomass-dryer/").selectFirst(".facts dt:containsOwn(Contact)"), "no contact, no line");
    }

    @Test
    void countryAndThemePagesListTheirEntriesAndLinkToTheirFilterPage() {
        Document country = run.page("countries/viet-nam/");
        Element section = country.selectFirst("section[aria-labelledby=technology-heading]");
        assertEquals("Technology offers and requests from Viet Nam", section.selectFirst("h2").text());
        assertEquals(List.of("Clean water for villages sought", "Biomass dryer"), section.select(".card-title a").eachText());
        assertEquals("/technology/countries/viet-nam/", section.select("p > a").last().attr("href"));
        Element theme = run.page("themes/beta/").selectFirst("section[aria-labelledby=technology-heading]");
        assertEquals(List.of("Rice husk gasifier", "Clean water for villages sought", "Biomass dryer"), theme.select(".card-title a").eachText());
        assertEquals("/technology/themes/beta/", theme.select("p > a").last().attr("href"));
        assertEquals(List.of("India", "Viet Nam"), run.page("countries/").select("tbody th a").eachText(),
            "a country named only by offers and requests has a page");
        assertEquals("2", run.page("countries/").select("tbody tr").get(1).select("td").last().text());
        assertTrue(run.page("themes/").select(".card-meta").get(0).text().endsWith("· 3 technology offers and requests"));
    }

    @Test
    void theFeedsOfTheSiteAThemeAndACountryCarryTheirEntries() throws Exception {
        List<String> site = atomTitles(run.output().resolve("feed.xml"));
        assertEquals(List.of("Technology request: Textile dye recovery sought", "Technology offer: Rice husk gasifier", "Later article",
            "Technology request: Clean water for villages sought", "Technology offer: Biomass dryer", "Technology offer: Solar cold storage",
            "Loose article", "Special article"), site);
        assertEquals(List.of("Technology request: Textile dye recovery sought", "Technology offer: Biomass dryer",
            "Technology offer: Solar cold storage", "Special article"), atomTitles(run.output().resolve("themes/alpha/feed.xml")));
        assertEquals(List.of("Technology request: Clean water for villages sought", "Technology offer: Biomass dryer"),
            atomTitles(run.output().resolve("countries/viet-nam/feed.xml")));
        org.w3c.dom.Document feed = xml(run.output().resolve("countries/viet-nam/feed.xml"));
        org.w3c.dom.Element entry = (org.w3c.dom.Element) feed.getElementsByTagNameNS(ATOM, "entry").item(1);
        assertEquals("https://technology.example.org/issues/2021-q1/technology/biomass-dryer/",
            ((org.w3c.dom.Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
        assertEquals("A fictional dryer for crops, fired with biomass. From Viet Nam.",
            entry.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent());
    }

    @Test
    void searchFindsEachOfferAndRequestByItsTitleCountryAndContact() throws Exception {
        net.techmonitor.site.bench.SearchFetch search = net.techmonitor.site.bench.SearchFetch.ofFolder(run.output().resolve("search-index"));
        for (String title : List.of("Biomass dryer", "Clean water for villages sought", "Rice husk gasifier", "Solar cold storage",
            "Textile dye recovery sought")) {
            assertEquals(title, search.search(title).titles().get(0), "found first by its own title");
        }
        assertTrue(search.search("Fixture Institute cold").titles().contains("Solar cold storage"), "by its contact line");
        assertTrue(search.search("India cold storage").titles().contains("Solar cold storage"), "by its country");
    }

    @Test
    void theHomePageAndTheIssueArchiveLinkToTheListing() {
        assertNotNull(run.page("").selectFirst(".explore a[href=/technology/]"));
        assertNotNull(run.page("issues/").selectFirst("main a[href=/technology/]"));
    }

    @Test
    void aSiteWithoutEntriesHasTheListingSayingNoneIsListedYetAndNoFilterPage() {
        TestSites.Run minimal = TestSites.build(TestSites.fixture("minimal", temp.resolve("minimal")), temp.resolve("minimal-out"));
        assertEquals(0, minimal.exitCode(), minimal.err());
        Document listing = minimal.page("technology/");
        assertTrue(listing.selectFirst("main").text().contains("No technology offers or requests are listed yet."), listing.text());
        assertNull(listing.selectFirst("nav.filters, form, script[src], .technology-list"));
        assertFalse(Files.exists(minimal.output().resolve("technology/offers")));
        assertFalse(Files.exists(minimal.output().resolve("technology/requests")));
        assertNull(minimal.page("countries/").selectFirst("th:containsOwn(Technology)"), "no column of zeros");
    }

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> atomTitles(Path feed) throws Exception {
        NodeList entries = xml(feed).getElementsByTagNameNS(ATOM, "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(((org.w3c.dom.Element) entries.item(i)).getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        }
        return titles;
    }
}
