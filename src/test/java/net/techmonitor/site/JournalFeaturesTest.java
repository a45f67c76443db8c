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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
        assertEquals(List.of("Special theme", "Short articles and guides", "Technology offers and requests", "Other articles"),
            contents.select("h3").eachText(), "sections in site.sections order, articles without a section last");
        assertEquals(List.of("Fixture solar dryer", "Water quality sensors sought"),
            contents.select("#section-offers-requests + ul.technology-toc li > a").eachText(), "offers before requests");
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
    void anIssueLeavesOutTheSectionsItHasNothingIn() {
        Element contents = run.page("issues/2021-q2/").selectFirst("section[aria-labelledby=contents-heading]");
        assertEquals(List.of("Special theme", "Short articles and guides", "Technology offers and requests", "Other articles"),
            contents.select("h3").eachText());
        assertEquals(List.of("Beta overview", "Beta methods", "Field notes", "Data guide", "Later article"),
            contents.select("ol.toc li > a").eachText(), "by :order:, the article without one after those with one");
        assertEquals(List.of("Rice husk stove"), contents.select("ul.technology-toc li > a").eachText());
    }

    @Test
    void anIssueWithoutSectionedArticlesHasNoSectionHeading() throws Exception {
        // The article fixture's issue has no :section: anywhere; with sections defined, its contents are one list.
        Path site = TestSites.fixture("articles", temp.resolve("unsectioned"));
        Files.writeString(site.resolve("jbake.properties"), "\nsite.sections=special-theme: Special theme\n",
            java.nio.file.StandardOpenOption.APPEND);
        TestSites.Run unsectioned = TestSites.build(site, temp.resolve("unsectioned-out"));
        assertEquals(0, unsectioned.exitCode(), unsectioned.err());
        Element contents = unsectioned.page("issues/2020-q1/").selectFirst("section[aria-labelledby=contents-heading]");
        assertTrue(contents.select("h3").isEmpty(), contents.html());
        assertFalse(contents.select("ol.toc li > a").isEmpty());
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
    void coversCarryTheirSizeAndAreLazyEverywhereButOnTheirIssuePage() throws Exception {
        int[] file = pixelSize("issues/2021-q1/cover.png");
        assertTrue(file[0] > 1280, "the fixture's PNG is wider than every copy: " + file[0]);
        Element own = run.page("issues/2021-q1/").selectFirst(".cover img");
        assertEquals("/issues/2021-q1/cover-640w.png", own.attr("src"), "a browser without srcset loads the 640-pixel copy");
        assertEquals("/issues/2021-q1/cover-320w.png 320w, /issues/2021-q1/cover-640w.png 640w, /issues/2021-q1/cover-1280w.png 1280w",
            own.attr("srcset"));
        assertEquals("(max-width: 22rem) calc(100vw - 2rem), 20rem", own.attr("sizes"));
        assertEquals("The cover of Fixture Journal, Vol. 37, No. 2: circles over the title, the special theme on a yellow band",
            own.attr("alt"));
        assertEquals(String.valueOf(file[0]), own.attr("width"), "the file's size: the page keeps its shape while a copy loads");
        assertEquals(String.valueOf(file[1]), own.attr("height"));
        assertFalse(own.hasAttr("loading"), "the issue page shows its cover at once");
        List<Element> archive = run.page("issues/").select("img.card-cover");
        assertEquals(List.of("/issues/2021-q2/art/cover.svg", "/issues/2021-q1/cover-640w.png"), archive.stream().map(img -> img.attr("src")).toList());
        assertEquals("300", archive.get(0).attr("width"), "an SVG's size from its viewBox");
        assertEquals("400", archive.get(0).attr("height"));
        assertFalse(archive.get(0).hasAttr("srcset"), "an SVG scales by itself: one file");
        assertEquals(own.attr("srcset"), archive.get(1).attr("srcset"));
        assertEquals("12rem", archive.get(1).attr("sizes"), "a card shows its cover at most 12rem wide");
        archive.forEach(img -> assertEquals("lazy", img.attr("loading")));
        Element home = run.page("").selectFirst("section[aria-labelledby=latest-issue-heading] img.card-cover");
        assertEquals("/issues/2021-q2/art/cover.svg", home.attr("src"), "the home page's latest issue");
        assertEquals("lazy", home.attr("loading"));
        assertTrue(Files.isRegularFile(run.output().resolve("issues/2021-q1/cover.png")), "the file plan publishes a cover");
        assertTrue(Files.isRegularFile(run.output().resolve("issues/2021-q2/art/cover.svg")));
    }

    @Test
    void eachCopyOfACoverHasTheSizeItsSrcsetGivesAndTheCoversShapeAndFormat() throws Exception {
        int[] file = pixelSize("issues/2021-q1/cover.png");
        String srcset = run.page("issues/2021-q1/").selectFirst(".cover img").attr("srcset");
        for (String candidate : srcset.split(", ")) {
            String url = candidate.substring(0, candidate.indexOf(' '));
            int width = Integer.parseInt(candidate.substring(candidate.indexOf(' ') + 1, candidate.length() - 1));
            int[] copy = pixelSize(url.substring(1));
            assertEquals(width, copy[0], url);
            assertEquals(Math.round((double) file[1] * width / file[0]), copy[1], url + ": the cover's shape");
            assertEquals("png", format(url.substring(1)), url + ": a PNG cover's copies are PNGs");
        }
        try (java.util.stream.Stream<Path> files = Files.list(run.output().resolve("issues/2021-q1"))) {
            assertEquals(List.of("cover-1200w.png", "cover-1280w.png", "cover-320w.png", "cover-640w.png", "cover.png"),
                files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("cover")).sorted().toList(),
                "the srcset's copies and Open Graph's, and nothing else");
        }
    }

    @Test
    void openGraphNamesTheCoverAbsoluteWithItsTextAndSize() throws Exception {
        int[] file = pixelSize("issues/2021-q1/cover.png");
        for (String page : List.of("issues/2021-q1/", "issues/2021-q1/zeta-special/")) {
            Document document = run.page(page);
            assertEquals("https://journal.example.org/issues/2021-q1/cover-1200w.png", property(document, "og:image"),
                page + ": the 1200-pixel copy Open Graph asks for");
            assertEquals("The cover of Fixture Journal, Vol. 37, No. 2: circles over the title, the special theme on a yellow band",
                property(document, "og:image:alt"), page);
            assertEquals("1200", property(document, "og:image:width"), page);
            assertEquals(String.valueOf(Math.round(1200.0 * file[1] / file[0])), property(document, "og:image:height"), page);
        }
        assertArrayEquals(new int[] {1200, Integer.parseInt(property(run.page("issues/2021-q1/"), "og:image:height"))},
            pixelSize("issues/2021-q1/cover-1200w.png"));
        Document later = run.page("issues/2021-q2/");
        assertEquals("https://journal.example.org/issues/2021-q2/art/cover.svg", property(later, "og:image"), "an SVG as it is");
        assertEquals("300", property(later, "og:image:width"));
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

    /** The width and height of a published image, from its file. */
    private static int[] pixelSize(String outputPath) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(run.output().resolve(outputPath).toFile());
        assertNotNull(image, outputPath);
        return new int[] {image.getWidth(), image.getHeight()};
    }

    private static String format(String outputPath) throws Exception {
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(run.output().resolve(outputPath).toFile())) {
            return javax.imageio.ImageIO.getImageReaders(in).next().getFormatName().toLowerCase(java.util.Locale.ROOT);
        }
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
