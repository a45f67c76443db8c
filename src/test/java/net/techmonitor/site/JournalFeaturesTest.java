package net.techmonitor.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.techmonitor.site.catalog.Periodical;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "journal" fixture, a fictional periodical: an ISSN, sections, a licence, covers (PNG and SVG), volume and
 * number, and articles with sections and orders. None of these facts is the Tech Monitor's.
 */
class JournalFeaturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        run = TestSites.build(TestSites.fixture("journal", temp), temp.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void contentsAreGroupedBySectionInTheSitesOrderThenByOrderThenByTitle() {
        Document issue = run.page("issues/2021-q1/");
        Element contents = issue.selectFirst("section[aria-labelledby=contents-heading]");
        assertEquals(List.of("Special theme", "Short articles and guides", "Other articles"), contents.select("h3").eachText(),
            "sections in site.sections order, the empty one left out, articles without a section last");
        List<Element> lists = contents.select("ol.toc");
        assertEquals(List.of("Omega special", "Zeta special", "Alpha special"), lists.get(0).select("li > a").eachText(),
            ":order: 1, :order: 2, then the article without an order");
        assertEquals(List.of("Short guide"), lists.get(1).select("li > a").eachText());
        assertEquals(List.of("Loose article"), lists.get(2).select("li > a").eachText());
        Element first = lists.get(0).selectFirst("li");
        assertEquals("Ben Fixture; Cy Fixture", first.selectFirst(".byline").text());
        assertEquals("The abstract of Omega special.", first.selectFirst(".abstract").text());
    }

    @Test
    void anIssueWithoutSectionedArticlesHasNoSectionHeading() {
        Element contents = run.page("issues/2021-q2/").selectFirst("section[aria-labelledby=contents-heading]");
        assertTrue(contents.select("h3").isEmpty());
        assertEquals(List.of("Later article"), contents.select("ol.toc li > a").eachText());
    }

    @Test
    void volumeAndNumberAreShownOnTheIssueInItsTitleAndInTheArchive() {
        Document issue = run.page("issues/2021-q1/");
        assertTrue(issue.title().startsWith("Fixture special theme (Vol. 37, No. 2, January–March 2021)"), issue.title());
        assertTrue(issue.selectFirst(".kicker").text().endsWith("· Vol. 37, No. 2"));
        Document archive = run.page("issues/");
        assertEquals(List.of("April–June 2021", "January–March 2021 · Vol. 37, No. 2"), archive.select(".card-kicker").eachText(),
            "an issue without volume or number shows neither");
        assertFalse(run.page("issues/2021-q2/").title().contains("Vol."));
    }

    @Test
    void coversCarryTheirSizeAndAreLazyEverywhereButOnTheirIssuePage() {
        Element own = run.page("issues/2021-q1/").selectFirst(".cover img");
        assertEquals("/issues/2021-q1/cover.png", own.attr("src"));
        assertEquals("A grey fixture rectangle", own.attr("alt"));
        assertEquals("60", own.attr("width"));
        assertEquals("80", own.attr("height"));
        assertFalse(own.hasAttr("loading"), "the issue page shows its cover at once");
        List<Element> archive = run.page("issues/").select("img.card-cover");
        assertEquals(List.of("/issues/2021-q2/art/cover.svg", "/issues/2021-q1/cover.png"), archive.stream().map(img -> img.attr("src")).toList());
        assertEquals("300", archive.get(0).attr("width"), "an SVG's size from its viewBox");
        assertEquals("400", archive.get(0).attr("height"));
        archive.forEach(img -> assertEquals("lazy", img.attr("loading")));
        Element home = run.page("").selectFirst("section[aria-labelledby=latest-issue-heading] img.card-cover");
        assertEquals("/issues/2021-q2/art/cover.svg", home.attr("src"), "the home page's latest issue");
        assertEquals("lazy", home.attr("loading"));
        assertTrue(Files.isRegularFile(run.output().resolve("issues/2021-q1/cover.png")), "the file plan publishes a cover");
        assertTrue(Files.isRegularFile(run.output().resolve("issues/2021-q2/art/cover.svg")));
    }

    @Test
    void openGraphNamesTheCoverAbsoluteWithItsTextAndSize() {
        for (String page : List.of("issues/2021-q1/", "issues/2021-q1/zeta-special/")) {
            Document document = run.page(page);
            assertEquals("https://journal.example.org/issues/2021-q1/cover.png", property(document, "og:image"), page);
            assertEquals("A grey fixture rectangle", property(document, "og:image:alt"), page);
            assertEquals("60", property(document, "og:image:width"), page);
            assertEquals("80", property(document, "og:image:height"), page);
        }
    }

    @Test
    void articlesCarryCitationTagsKeywordsAndTheLicence() {
        Document article = run.page("issues/2021-q1/omega-special/");
        assertEquals("37", named(article, "citation_volume"));
        assertEquals("2", named(article, "citation_issue"));
        assertEquals("0000-0000", named(article, "citation_issn"));
        assertEquals("Alpha theme", named(article, "citation_keywords"));
        assertEquals("Fixture Licence 1.0, https://licence.example.org/fixture-1.0", named(article, "DC.rights"));
        Element licence = article.selectFirst("a[rel=license]");
        assertEquals("https://licence.example.org/fixture-1.0", licence.attr("href"));
        assertEquals("Fixture Licence 1.0", licence.text());
        assertEquals("Abstract", article.selectFirst(".abstract h2").text());
        assertEquals("The abstract of Omega special.", article.selectFirst(".abstract .description").text());
        assertEquals("ISSN 0000-0000", run.page("").selectFirst("footer .issn").text(), "the footer of every page");
        assertNull(run.page("issues/2021-q2/later-article/").selectFirst("meta[name=citation_volume]"), "no volume, no tag");
    }

    @Test
    void previousAndNextFollowTheContentsOrder() {
        Document first = run.page("issues/2021-q1/omega-special/");
        assertNull(first.selectFirst("a[rel=prev]"), "the first article has no previous one");
        assertEquals("/issues/2021-q1/zeta-special/", first.selectFirst("a[rel=next]").attr("href"));
        Document middle = run.page("issues/2021-q1/alpha-special/");
        assertEquals("Zeta special", middle.selectFirst("a[rel=prev]").text());
        assertEquals("Short guide", middle.selectFirst("a[rel=next]").text(), "across sections");
        Document last = run.page("issues/2021-q1/loose-article/");
        assertEquals("Short guide", last.selectFirst("a[rel=prev]").text());
        assertNull(last.selectFirst("a[rel=next]"));
    }

    @Test
    void relatedArticlesShareAThemeOrACountryNewestFirstWithoutTheArticleItself() {
        Document article = run.page("issues/2021-q1/omega-special/");
        assertEquals(List.of("Later article", "Loose article", "Alpha special", "Zeta special"),
            article.select("section.related .card-title a").eachText(),
            "alpha's articles and India's (Loose article), newest first; Short guide shares neither");
    }

    @Test
    void jsonLdChainsTheArticleToItsIssueVolumeAndPeriodical() throws Exception {
        JsonNode article = JSON.readTree(run.page("issues/2021-q1/omega-special/").selectFirst("script[type=application/ld+json]").data());
        assertEquals("ScholarlyArticle", article.get("@type").asText());
        assertEquals("[\"Alpha theme\"]", article.get("keywords").toString());
        assertEquals("https://licence.example.org/fixture-1.0", article.get("license").asText());
        JsonNode issue = article.get("isPartOf");
        assertEquals("PublicationIssue", issue.get("@type").asText());
        assertEquals("2", issue.get("issueNumber").asText());
        assertEquals("https://journal.example.org/issues/2021-q1/cover.png", issue.get("image").asText());
        JsonNode volume = issue.get("isPartOf");
        assertEquals("PublicationVolume", volume.get("@type").asText());
        assertEquals("37", volume.get("volumeNumber").asText());
        JsonNode periodical = volume.get("isPartOf");
        assertEquals("Periodical", periodical.get("@type").asText());
        assertEquals("0000-0000", periodical.get("issn").asText());
        JsonNode later = JSON.readTree(run.page("issues/2021-q2/").selectFirst("script[type=application/ld+json]").data());
        assertEquals("Periodical", later.get("isPartOf").get("@type").asText(), "no volume: the issue is part of the periodical");
    }

    @Test
    void aSiteWithALicenceHearsNothingAboutIt() {
        assertFalse(run.out().contains("site.license"), run.out());
    }

    @Test
    void aSiteWithoutOnePublishesNoneAndSaysSoOnce() {
        TestSites.Run minimal = TestSites.build(TestSites.fixture("minimal", temp.resolve("minimal")), temp.resolve("minimal-out"));
        assertEquals(0, minimal.exitCode(), minimal.err());
        String notice = "config: no site.license.name and site.license.url in jbake.properties: articles carry no licence";
        assertEquals(1, minimal.out().lines().filter(line -> line.strip().equals(notice)).count(), minimal.out());
        assertNull(minimal.page("").selectFirst("footer .issn"), "no ISSN is invented");
    }

    @Test
    void anIssnIsCheckedByItsCheckDigit() {
        assertTrue(Periodical.isValidIssn("0000-0000"));
        assertTrue(Periodical.isValidIssn("0317-8471"));
        assertTrue(Periodical.isValidIssn("2434-561X"));
        assertFalse(Periodical.isValidIssn("0317-8472"));
        assertFalse(Periodical.isValidIssn("03178471"));
        assertFalse(Periodical.isValidIssn("0317-847x"));
    }

    private static String property(Document document, String name) {
        Element tag = document.selectFirst("meta[property=" + name + "]");
        assertNotNull(tag, name);
        return tag.attr("content");
    }

    private static String named(Document document, String name) {
        Element tag = document.selectFirst("meta[name=" + name + "]");
        assertNotNull(tag, name);
        return tag.attr("content");
    }
}
