package net.techmonitor.site.cli;

import net.techmonitor.site.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor's day: scaffold, check, preview with live reload, and builds that repeat byte for byte. */
class EditorWorkflowTest {
    @TempDir
    Path temp;

    private static CommandLineRunner.Output run(String... args) {
        return CommandLineRunner.run(args);
    }

    @Test
    void aNewArticleShowsOnItsIssueThemeAndCountryPagesAtTheNextBuild() {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output created = run("new", "article", "--source", site.toString(), "--issue", "2020-q1", "--title", "Green bonds for innovation",
            "--authors", "Ann Author", "--description", "Financing innovation with green bonds.", "--countries", "Viet Nam",
            "--date", "2020-02-15");
        assertEquals(0, created.code(), created.err());
        assertTrue(Files.isRegularFile(site.resolve("content/issues/2020-q1/green-bonds-for-innovation.adoc")));

        TestSites.Run built = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, built.exitCode(), built.err());
        String url = "/issues/2020-q1/green-bonds-for-innovation/";
        assertEquals(List.of(url), built.page("issues/2020-q1/").select("ol.toc a").eachAttr("href"));
        assertTrue(built.page("themes/alpha/").select("#articles-heading + ul a").eachAttr("href").contains(url), "theme inherited from the issue");
        assertTrue(built.page("countries/viet-nam/").select("#articles-heading + ul a").eachAttr("href").contains(url));
        assertEquals(List.of("Ann Author"), built.page(url.substring(1)).select(".author").eachText());
    }

    @Test
    void aScaffoldWithGapsIsADraftThatBuildsAndIsNeverOverwritten() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output created = run("new", "activity", "--source", site.toString(), "--title", "Workshop on beta", "--start-date", "2020-06-01");
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().contains("- :city: (the city where it took place)"), created.out());
        Path file = site.resolve("content/activities/2020/workshop-on-beta.adoc");
        assertTrue(Files.readString(file).contains(":jbake-status: draft"));

        TestSites.Run built = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, built.exitCode(), built.err());
        assertFalse(Files.exists(built.output().resolve("activities/2020/workshop-on-beta")));

        String before = Files.readString(file);
        CommandLineRunner.Output again = run("new", "activity", "--source", site.toString(), "--title", "Workshop on beta", "--start-date", "2020-06-01");
        assertEquals(2, again.code(), "a refused new is a wrong command line");
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals(before, Files.readString(file));
    }

    private static final String PARTNER = "Example Institute";

    @Test
    void aNewActivityTakesItsOrganizersAndBuildsWithThem() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output created = run("new", "activity", "--source", site.toString(), "--title", "Forum on alpha", "--start-date", "2020-07-01",
            "--city", "Bangkok", "--country", "Thailand", "--programme", "technology-transfer", "--role", "supported",
            "--partners", "institute", "--organizers", "institute; Ministry of Science and Technology of the Royal Thai Government",
            "--participants", "40");
        assertEquals(0, created.code(), created.err());
        String text = Files.readString(site.resolve("content/activities/2020/forum-on-alpha.adoc"));
        assertTrue(text.contains(":organizers: institute; Ministry of Science and Technology of the Royal Thai Government\n"), text);
        assertTrue(text.contains("//:co-organizers:"), "the other parts are offered, commented out: " + text);
        TestSites.Run built = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, built.exitCode(), built.err());
        org.jsoup.nodes.Element organized = built.page("activities/2020/forum-on-alpha/").selectFirst(".facts dt:contains(Organized by) + dd");
        assertEquals(PARTNER + "; Ministry of Science and Technology of the Royal Thai Government", organized.text(),
            "the Centre supported it: the organizers are the others, the partner linked");
        assertEquals("/partners/institute/", organized.selectFirst("a").attr("href"));
    }

    @Test
    void checkReportsABrokenLinkWithItsFileAndPublishesNothing() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Path theme = site.resolve("content/themes/alpha.adoc");
        int line = Files.readAllLines(theme).size() + 2;
        Files.writeString(theme, "\nSee link:/no-such-page/[this].\n", java.nio.file.StandardOpenOption.APPEND);
        CommandLineRunner.Output checked = run("check", "--source", site.toString());
        assertEquals(1, checked.code());
        assertTrue(checked.err().startsWith("links: content/themes/alpha.adoc:" + line + ": broken link '/no-such-page/' on themes/alpha/index.html"),
            checked.err());
        // It may leave its build cache (like Maven's), but no site and no staging folder.
        if (Files.exists(site.resolve("target"))) {
            try (Stream<Path> left = Files.list(site.resolve("target"))) {
                assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(name -> !name.equals(".techmonitor-cache")).toList(),
                    "check publishes nothing");
            }
        }
    }

    @Test
    void aSuccessfulBuildReplacesTheWholeOutputSoDeletedContentDisappears() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        TestSites.Run first = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(Files.isRegularFile(first.output().resolve("activities/2020/workshop/index.html")));
        Files.delete(site.resolve("content/activities/2020/workshop.adoc"));
        TestSites.Run second = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, second.exitCode(), second.err());
        assertFalse(Files.exists(second.output().resolve("activities/2020/workshop")), "no page of a deleted source survives");
        assertFalse(Files.exists(second.output().resolve("countries/japan")), "nor a country page only it named");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
                .filter(name -> name.contains("-staging-") || name.contains("-previous-")).toList(), "no staging left");
        }
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
        Path site = TestSites.fixture("articles", temp);
        TestSites.Run first = TestSites.build(site, temp.resolve("first"));
        TestSites.Run second = TestSites.build(site, temp.resolve("second"));
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, second.exitCode(), second.err());
        Map<String, byte[]> a = TestSites.files(first.output());
        Map<String, byte[]> b = TestSites.files(second.output());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void previewRebuildsOnSaveAndTheOpenPageReloads() throws Exception {
        Path site = TestSites.fixture("articles", temp);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        var settings = net.techmonitor.site.pipeline.SiteSettingsLoader.load(site, temp.resolve("preview"), null).withOutput(temp.resolve("preview"), true);
        try (PreviewSession session = PreviewSession.start(settings, 0, out, out)) {
            HttpClient client = HttpClient.newHttpClient();
            String root = "http://127.0.0.1:" + session.port();
            Document page = Jsoup.parse(get(client, root + "/issues/2020-q1/first-article/"));
            assertEquals("The first article", page.selectFirst("h1").text());
            assertEquals(PreviewServer.SCRIPT_PATH, page.select("script[src]").last().attr("src"), "the preview adds its reload script");
            assertTrue(get(client, root + "/issues/2020-q1/").contains("An unfinished draft"), "--drafts shows drafts in the preview");
            long generation = Long.parseLong(get(client, root + PreviewServer.GENERATION_PATH));

            Path article = site.resolve("content/issues/2020-q1/first-article.adoc");
            Files.writeString(article, Files.readString(article).replace("= The first article", "= The first article, revised"));
            // As the page's script does: ask for the generation after this one; the answer comes when the rebuild is done.
            assertEquals(generation + 1, nextGeneration(client, root, generation), log.toString(StandardCharsets.UTF_8));
            Instant asked = Instant.now();
            assertEquals(generation + 1, Long.parseLong(get(client, root + PreviewServer.GENERATION_PATH + "?after=" + generation)));
            assertTrue(Duration.between(asked, Instant.now()).toMillis() < PreviewServer.LONG_POLL_MILLIS / 2,
                "a page that has not seen the newest generation is answered at once");
            assertEquals("The first article, revised", Jsoup.parse(get(client, root + "/issues/2020-q1/first-article/")).selectFirst("h1").text());
        }
        assertFalse(Files.exists(site.resolve("target/site")), "the preview never writes the published output");
    }

    /** A save with problems: open pages reload, keep the last good build and show the problems over it; a fix clears them. */
    @Test
    void aFailedSaveShowsItsProblemsInTheOpenPage() throws Exception {
        Path site = TestSites.fixture("articles", temp);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        var settings = net.techmonitor.site.pipeline.SiteSettingsLoader.load(site, temp.resolve("preview"), null);
        try (PreviewSession session = PreviewSession.start(settings, 0, out, out)) {
            HttpClient client = HttpClient.newHttpClient();
            String root = "http://127.0.0.1:" + session.port();
            assertEquals("", get(client, root + PreviewServer.PROBLEMS_PATH), "a good build has no problems to show");
            String script = get(client, root + PreviewServer.SCRIPT_PATH);
            assertTrue(script.contains(PreviewServer.PROBLEMS_PATH) && script.contains("textContent"),
                "the page's script asks for the problems and shows them as text, never as markup");

            Path article = site.resolve("content/issues/2020-q1/first-article.adoc");
            String good = Files.readString(article);
            long before = Long.parseLong(get(client, root + PreviewServer.GENERATION_PATH));
            Files.writeString(article, good.replace("= The first article", "= The first article, broken")
                .replace(":countries: Viet Nam, the Philippines", ":countries: Veit Nam, the Philippines"));
            long failed = nextGeneration(client, root, before);
            assertEquals(before + 1, failed, "a failed build moves the count too, so open pages reload and show it: " + log);
            String problems = get(client, root + PreviewServer.PROBLEMS_PATH);
            assertTrue(problems.startsWith("validate: content/issues/2020-q1/first-article.adoc:"), problems);
            assertTrue(problems.contains("unknown country 'Veit Nam'") && problems.contains("did you mean 'Viet Nam'?"), problems);
            assertTrue(problems.endsWith("Preview not updated: 1 problem(s); still serving the last good build."), problems);
            assertEquals("The first article", Jsoup.parse(get(client, root + "/issues/2020-q1/first-article/")).selectFirst("h1").text(),
                "the last good page is still served");

            Files.writeString(article, good.replace("= The first article", "= The first article, fixed"));
            assertEquals(failed + 1, nextGeneration(client, root, failed), log.toString(StandardCharsets.UTF_8));
            assertEquals("", get(client, root + PreviewServer.PROBLEMS_PATH), "the fix clears the problems");
            assertEquals("The first article, fixed", Jsoup.parse(get(client, root + "/issues/2020-q1/first-article/")).selectFirst("h1").text());
        }
    }

    /** Asks, as an open page does, for the generation after this one, until it comes (or a minute passed). */
    private static long nextGeneration(HttpClient client, String root, long after) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        long next = after;
        while (next == after && Instant.now().isBefore(deadline)) {
            next = Long.parseLong(get(client, root + PreviewServer.GENERATION_PATH + "?after=" + after));
        }
        return next;
    }

    @Test
    void thePreviewSaysWhatItRemovedAsUnsafeButNotItsRoutine() throws Exception {
        Path site = TestSites.fixture("hostile", temp);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        var settings = net.techmonitor.site.pipeline.SiteSettingsLoader.load(site, temp.resolve("preview"), null);
        try (PreviewSession ignored = PreviewSession.start(settings, 0, out, out)) {
            String said = log.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("html: content/pages/passthrough.adoc: removed "), said);
            assertFalse(said.contains("crawl: ") || said.contains("render: ") || said.contains("links: "), said);
        }
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

}
