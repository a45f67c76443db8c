package net.techmonitor.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "articles" fixture: issues with articles, a draft, files beside an article, country aliases, escaping. */
class FixtureSiteTest {
    @TempDir
    static Path temp;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        Path site = TestSites.fixture("articles", temp);
        run = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void issuePageListsArticlesInIssueOrder() {
        Document issue = run.page("issues/2020-q1/");
        assertEquals(List.of("The first article", "The second article"), issue.select("ol.toc li a").eachText());
        assertEquals("Alpha & beta in the region", issue.selectFirst("article h1").text());
        assertTrue(issue.selectFirst(".kicker").text().contains("Vol. 36, No. 1"));
    }

    @Test
    void issueArchiveIsNewestFirstAndAnIssueInPressSaysSo() {
        Document archive = run.page("issues/");
        assertEquals(List.of("Beta futures", "Alpha & beta in the region"), archive.select(".card-title a").eachText());
        assertTrue(run.page("issues/2020-q2/").selectFirst(".status").text().contains("in press"));
        assertNotNull(archive.selectFirst(".badge"));
    }

    @Test
    void articlePageShowsAuthorsIssueThemesCountriesAndDescription() {
        Document article = run.page("issues/2020-q1/second-article/");
        assertAll(
            () -> assertEquals(List.of("Ann Author", "Bo Writer"), article.select(".byline .author").eachText()),
            () -> assertEquals("/issues/2020-q1/", article.selectFirst(".kicker a").attr("href")),
            () -> assertEquals(List.of("Alpha theme", "Beta theme"), article.select(".tags").get(0).select("a").eachText()),
            () -> assertEquals(List.of("Viet Nam", "Republic of Korea"), article.select(".tags").get(1).select("a").eachText()),
            () -> assertEquals("10 February 2020", article.selectFirst("time").text()),
            () -> assertEquals("2020-02-10", article.selectFirst("time").attr("datetime")),
            () -> assertEquals("A section", article.selectFirst(".body h2").text()));
    }

    @Test
    void headerTextIsEscapedInPagesAndMetaTags() {
        Document article = run.page("issues/2020-q1/second-article/");
        assertTrue(article.select("script:not([type=application/ld+json])").isEmpty(), "no script element may come from a description");
        assertEquals("About <script>alert(\"x\")</script> & \"quotes\" in descriptions.", article.selectFirst(".description").text());
        assertEquals("About <script>alert(\"x\")</script> & \"quotes\" in descriptions.",
            article.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void everyWayOfWritingACountryLeadsToOneCountryPage() {
        // "Vietnam" (alias), "Viet Nam" (the Centre's name); "KR" (code) and "South Korea" (alias).
        Document vietNam = run.page("countries/viet-nam/");
        assertEquals("Viet Nam", vietNam.selectFirst("h1").text());
        assertEquals(List.of("The first article", "The second article"),
            vietNam.select("#articles-heading + ul .card-title a").eachText().stream().sorted().toList());
        assertEquals(List.of("Institute of Fixtures"), vietNam.select("#partners-heading + ul a").eachText());
        Document korea = run.page("countries/republic-of-korea/");
        assertEquals(List.of("Forum on beta"), korea.select("#hosted-heading + ul .card-title a").eachText());
        assertEquals(List.of("The second article"), korea.select("#articles-heading + ul .card-title a").eachText());
        assertEquals(List.of("Lao People's Democratic Republic"),
            run.page("countries/lao-peoples-democratic-republic/").select("h1").eachText());
    }

    @Test
    void themePageListsItsIssuesArticlesAndActivities() {
        Document beta = run.page("themes/beta/");
        assertEquals(List.of("Beta futures"), beta.select("#issues-heading + ul .card-title a").eachText());
        assertEquals(List.of("The second article"), beta.select("#articles-heading + ul .card-title a").eachText());
        assertEquals(List.of("Forum on beta"), beta.select("#activities-heading + ul .card-title a").eachText());
    }

    @Test
    void activityPageShowsDatesPlaceRolePartnersParticipantsAndProgramme() {
        Document forum = run.page("activities/2020/forum/");
        assertEquals(List.of("Dates", "Place", "The Centre's role", "Co-organized by", "Partner institutions", "Participants",
            "Experts and participants from", "Themes"), forum.select(".facts dt").eachText());
        List<String> facts = forum.select(".facts dd").eachText();
        assertEquals(List.of("30 May–1 June 2020", "Seoul, Republic of Korea", "Co-organized by the Centre", "Institute of Fixtures",
            "Institute of Fixtures", "about 120", "Lao People's Democratic Republic, Philippines, Japan", "Beta theme"), facts);
        assertEquals("/partners/institute/", forum.selectFirst(".facts a[href^=/partners/]").attr("href"));
        assertEquals("Promoting new and emerging technologies", forum.selectFirst(".kicker a").text());
        assertNull(forum.selectFirst(".notice"), "a held activity carries no 'still ahead' notice");
    }

    @Test
    void draftsNeverReachTheOutput() throws IOException {
        try (Stream<Path> files = Files.walk(run.output().toRealPath())) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertTrue(all.stream().noneMatch(file -> file.toString().contains("draft")), all.toString());
            for (Path file : all) {
                if (file.toString().endsWith(".html")) {
                    assertFalse(TestSites.read(file).contains("Secret draft text"), file.toString());
                    assertFalse(TestSites.read(file).contains("An unfinished draft"), file.toString());
                }
            }
        }
    }

    @Test
    void everyPageLinksTheFaviconWhichIsPublished() throws IOException {
        Path output = run.output().toRealPath();
        Path icon = output.resolve("favicon.svg");
        assertTrue(Files.isRegularFile(icon), "assets/favicon.svg is published at the site's root");
        assertTrue(TestSites.read(icon).contains("<svg"), "an SVG image");
        try (Stream<Path> files = Files.walk(output)) {
            List<Path> pages = files.filter(file -> file.toString().endsWith(".html")).toList();
            assertFalse(pages.isEmpty());
            assertAll(pages.stream().map(page -> () -> {
                Element link = org.jsoup.Jsoup.parse(TestSites.read(page)).selectFirst("head link[rel=icon]");
                assertNotNull(link, output.relativize(page) + " links the favicon");
                assertEquals("/favicon.svg", link.attr("href"), output.relativize(page).toString());
                assertEquals("image/svg+xml", link.attr("type"), output.relativize(page).toString());
            }));
        }
    }

    @Test
    void filesBesideAnArticleAreCopiedAndLinkedFromItsPage() {
        Document article = run.page("issues/2020-q1/first-article/");
        Element image = article.selectFirst(".body img");
        assertEquals("/issues/2020-q1/chart.svg", image.attr("src"));
        assertTrue(Files.isRegularFile(run.output().resolve("issues/2020-q1/chart.svg")));
        assertEquals("/issues/2020-q1/report.txt", article.selectFirst(".body a").attr("href"));
        assertTrue(Files.isRegularFile(run.output().resolve("issues/2020-q1/report.txt")));
    }

    @Test
    void siteRootedLinksInContentPointIntoTheSite() {
        assertEquals("/issues/", run.page("about/").selectFirst(".body a").attr("href"));
    }
}
