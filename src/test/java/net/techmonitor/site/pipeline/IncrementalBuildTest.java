package net.techmonitor.site.pipeline;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.bench.SyntheticSite;
import net.techmonitor.site.settings.SiteSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code build} after an edit renders and writes only what the edit changed, on what the last build kept
 * ({@link BuildState}), and must then publish exactly what a cold plain build of the same content writes, file for
 * file and byte for byte: after body edits, header edits, added, deleted and renamed articles, and an edited template.
 * A failed build leaves the output as it was, and what it builds on still valid for the next.
 */
class IncrementalBuildTest {
    private static final Pattern CHANGED = Pattern.compile("render: ([0-9]+) of ([0-9]+) pages changed");

    @TempDir
    Path temp;

    private final SyntheticSite synthetic = new SyntheticSite(45);
    private Path site;
    private Path output;
    private int coldBuilds;

    @BeforeEach
    void firstBuild() throws IOException {
        site = temp.resolve("synthetic");
        synthetic.write(site);
        TestSites.addRepositoryTemplatesAndAssets(site);
        output = temp.resolve("out/site");
        TestSites.Run first = TestSites.build(site, output);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("pages written"), "the first build renders every page: " + first.out());
    }

    @Test
    void aBodyEditRendersOnlyItsPageAndWritesWhatAColdBuildWrites() throws IOException {
        Path edited = article(10);
        Files.writeString(edited, Files.readString(edited).replace("== Section 2", "== Section two, edited"));
        int[] changed = buildOnLastBuild("after a body edit");
        assertEquals(1, changed[0], "only the edited article's page is rendered again");
        assertSameAsColdBuild("after a body edit");
        assertTrue(Files.readString(page(10)).contains("Section two, edited"));

        // An issue's introduction and a theme's description are bodies too.
        Path issue = article(10).resolveSibling("index.adoc");
        Files.writeString(issue, Files.readString(issue) + "\nAn introduction, edited.\n");
        assertEquals(1, buildOnLastBuild("after an issue's introduction was edited")[0]);
        assertSameAsColdBuild("after an issue's introduction was edited");
    }

    @Test
    void aHeaderEditRendersThePagesThatShowItAndWritesWhatAColdBuildWrites() throws IOException {
        Path edited = article(3);
        String text = Files.readString(edited);
        Matcher themes = Pattern.compile("(?m)^:themes: (.*)$").matcher(text);
        assertTrue(themes.find());
        String added = themes.group(1).contains("digital-health") ? "biotechnology" : "digital-health";
        Files.writeString(edited, themes.replaceFirst(":themes: $1, " + added));
        int[] changed = buildOnLastBuild("after a theme was added");
        assertTrue(changed[0] > 1 && changed[0] < changed[1] / 2,
            "the article, its new theme's page and the listings that count themes, not every page: " + changed[0] + " of " + changed[1]);
        assertSameAsColdBuild("after a theme was added to an article");

        Files.writeString(edited, Files.readString(edited).replaceFirst("= Synthetic article 4:", "= Retitled article 4:"));
        buildOnLastBuild("after an article was retitled");
        assertSameAsColdBuild("after an article was retitled");
    }

    @Test
    void aHeaderEditThatTheBodyReadsConvertsTheBodyAgain() throws IOException {
        // A theme is metadata, left out of what the body's conversion reads, unless the body refers to it.
        Path edited = article(5);
        Files.writeString(edited, Files.readString(edited) + "\nFiled under {themes}.\n");
        buildOnLastBuild("after a body that reads its themes was added");
        String text = Files.readString(edited);
        Matcher themes = Pattern.compile("(?m)^:themes: (.*)$").matcher(text);
        assertTrue(themes.find());
        String added = themes.group(1).contains("digital-health") ? "biotechnology" : "digital-health";
        Files.writeString(edited, themes.replaceFirst(":themes: $1, " + added));
        buildOnLastBuild("after a theme the body reads was added");
        assertTrue(Files.readString(page(5)).contains(", " + added + "."), "the body shows the new theme");
        assertSameAsColdBuild("after a theme the body reads was added");
    }

    @Test
    void addedDeletedAndRenamedArticlesAreAsInAColdBuild() throws IOException {
        Path added = article(4).resolveSibling("added-article.adoc");
        Files.writeString(added, Files.readString(article(4)).replaceFirst("= Synthetic article 5:", "= An added article:"));
        buildOnLastBuild("after an article was added");
        assertTrue(Files.isRegularFile(output.resolve(synthetic.articlePath(4).replaceFirst("[^/]+$", "added-article/index.html"))));
        assertSameAsColdBuild("after an article was added");

        Path deletedPage = page(7);
        Files.delete(article(7));
        buildOnLastBuild("after an article was deleted");
        assertFalse(Files.exists(deletedPage.getParent()), "the deleted article's folder is gone");
        assertSameAsColdBuild("after an article was deleted");

        Path renamed = article(8).resolveSibling("renamed-article.adoc");
        Files.move(article(8), renamed);
        buildOnLastBuild("after an article was renamed");
        assertFalse(Files.exists(page(8).getParent()), "the old address is gone");
        assertSameAsColdBuild("after an article was renamed");
    }

    @Test
    void anEditedTemplateOrForceRendersEveryPage() throws IOException {
        Path template = site.resolve("templates/layout.ftlh");
        Files.writeString(template, Files.readString(template).replace("</main>", "<p>Edited template.</p></main>"));
        TestSites.Run afterTemplate = TestSites.build(site, output);
        assertEquals(0, afterTemplate.exitCode(), afterTemplate.err());
        assertTrue(afterTemplate.out().contains("pages written") && !afterTemplate.out().contains("pages changed"), afterTemplate.out());
        assertTrue(Files.readString(page(0)).contains("Edited template."));
        assertSameAsColdBuild("after a template was edited");

        Path edited = article(2);
        Files.writeString(edited, Files.readString(edited) + "\nOne more sentence.\n");
        TestSites.Run forced = TestSites.build(site, output, "--force");
        assertTrue(forced.out().contains("pages written") && !forced.out().contains("pages changed"), "--force renders every page: " + forced.out());
        assertSameAsColdBuild("after --force");
        Files.writeString(edited, Files.readString(edited) + "\nAnd another.\n");
        assertEquals(1, buildOnLastBuild("after a forced build, which kept its state")[0]);
        assertSameAsColdBuild("after a build on a forced build");
    }

    /**
     * Files beside a document are copied as its body refers to them: the plan takes what the last build read of the
     * bodies that did not change, and a file beside a document that changes (it is not AsciiDoc) renders everything.
     */
    @Test
    void filesBesideDocumentsAreCopiedAsInAColdBuild() throws IOException {
        Path referring = article(14);
        Path chart = referring.resolveSibling("chart.svg");
        Files.writeString(chart, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
        String before = Files.readString(referring);
        Files.writeString(referring, before + "\nimage::chart.svg[A chart]\n");
        TestSites.Run added = TestSites.build(site, output);
        assertEquals(0, added.exitCode(), added.err());
        String chartPath = synthetic.articlePath(14).replaceFirst("[^/]+$", "chart.svg");
        assertTrue(Files.isRegularFile(output.resolve(chartPath)), "the file the body refers to is published");
        assertSameAsColdBuild("after a body began referring to a file");

        Files.writeString(article(15), Files.readString(article(15)) + "\nAnother body edited.\n");
        assertEquals(1, buildOnLastBuild("after another body was edited")[0]);
        assertTrue(Files.isRegularFile(output.resolve(chartPath)), "still published: the unchanged body still refers to it");
        assertSameAsColdBuild("after another body was edited");

        Files.writeString(chart, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>\n");
        TestSites.Run changed = TestSites.build(site, output);
        assertTrue(changed.out().contains("pages written"), "a changed file beside a document renders everything: " + changed.out());
        assertSameAsColdBuild("after the file changed");

        Files.writeString(referring, before);
        TestSites.Run dropped = TestSites.build(site, output);
        assertEquals(0, dropped.exitCode(), dropped.err());
        assertFalse(Files.exists(output.resolve(chartPath)), "a file nothing refers to any more is gone");
        assertSameAsColdBuild("after the reference was removed");
    }

    /**
     * A build that fails (a broken link) publishes nothing: the output is byte for byte what it was, and the next
     * build, once the link is mended, still builds on the last good build's state.
     */
    @Test
    void aFailedBuildLeavesTheOutputAsItWasAndTheNextStillBuildsOnTheLastGoodOne() throws IOException {
        Map<String, String> before = Snapshots.of(output);
        Path version = output.toRealPath();
        Path edited = article(5);
        String good = Files.readString(edited);
        Files.writeString(edited, good + "\nSee link:/no-such-page/[nothing].\n");
        TestSites.Run failed = TestSites.build(site, output);
        assertEquals(1, failed.exitCode(), failed.out());
        assertTrue(failed.err().contains("broken link '/no-such-page/'"), failed.err());
        assertEquals(before, Snapshots.of(output), "the output is as it was");
        assertEquals(version, output.toRealPath(), "the same version of the output");
        assertEquals(java.util.List.of(), Snapshots.leftovers(output.getParent(), "site"), "the staging folder is gone");

        Files.writeString(edited, good + "\nOne more sentence, and no broken link.\n");
        assertEquals(1, buildOnLastBuild("after the link was mended")[0]);
        assertSameAsColdBuild("after the link was mended");
    }

    /**
     * The staging folder starts as hard links to the published files: every file the build writes there must be a new
     * file, never the published one written through its link. Links of the test's own to every published file show
     * it: whatever the build does, they keep their bytes.
     */
    @Test
    void theBuildNeverWritesIntoThePublishedFiles() throws IOException {
        // The first build on the last one seeds a new staging folder; it keeps the version it replaces as the spare,
        // which the next moves in as its staging folder: both must leave the published files alone.
        Files.writeString(article(1), Files.readString(article(1)) + "\nA first edit.\n");
        buildOnLastBuild("after a first edit");
        assertTrue(Files.isDirectory(output.resolveSibling(".site-spare")), "the version replaced is kept as the spare");
        Path witness = temp.resolve("witness");
        Map<String, byte[]> published = TestSites.files(output);
        Path version = output.toRealPath();
        for (String path : published.keySet()) {
            Path link = witness.resolve(path);
            Files.createDirectories(link.getParent());
            Files.createLink(link, version.resolve(path));
        }
        Path edited = article(6);
        Files.writeString(edited, Files.readString(edited).replaceFirst(":themes: ", ":themes: big-data, ")
            .replace("== Section 3", "== Section three"));
        buildOnLastBuild("after an edit");
        assertSameAsColdBuild("after an edit");
        Map<String, byte[]> witnessed = TestSites.files(witness);
        assertEquals(published.keySet(), witnessed.keySet());
        published.forEach((path, bytes) -> assertArrayEquals(bytes, witnessed.get(path), "the published " + path + " was written into"));
        assertFalse(java.util.Arrays.equals(published.get(synthetic.articlePath(6).replace(".adoc", "/index.html")),
            TestSites.files(output).get(synthetic.articlePath(6).replace(".adoc", "/index.html"))), "the edited page was written anew");
    }

    /**
     * The same on a site with covers, whose resized copies the build makes itself rather than copies: a build on the
     * last one writes them anew, never into the published ones.
     */
    @Test
    void aBuildOnASiteWithCoversNeverWritesIntoThePublishedCopies() throws IOException {
        Path journal = TestSites.fixture("journal", temp.resolve("journal"));
        Path journalOutput = temp.resolve("journal-out/site");
        assertEquals(0, TestSites.build(journal, journalOutput).exitCode());
        Path article = journal.resolve("content/issues/2021-q1/omega-special.adoc");
        Files.writeString(article, Files.readString(article) + "\nA first edit.\n");
        assertEquals(0, TestSites.build(journal, journalOutput).exitCode());
        Map<String, byte[]> published = TestSites.files(journalOutput);
        assertTrue(published.keySet().stream().anyMatch(path -> path.matches(".*-[0-9]+w\\.(png|jpe?g)")), "the fixture has resized covers");
        Path witness = temp.resolve("journal-witness");
        Path version = journalOutput.toRealPath();
        Map<String, java.nio.file.attribute.FileTime> times = new HashMap<>();
        for (String path : published.keySet()) {
            Files.createDirectories(witness.resolve(path).getParent());
            Files.createLink(witness.resolve(path), version.resolve(path));
            times.put(path, Files.getLastModifiedTime(witness.resolve(path)));
        }
        Files.writeString(article, Files.readString(article) + "\nA second edit.\n");
        TestSites.Run second = TestSites.build(journal, journalOutput);
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(CHANGED.matcher(second.out()).find(), "built on the last build: " + second.out());
        Map<String, byte[]> witnessed = TestSites.files(witness);
        published.forEach((path, bytes) -> assertArrayEquals(bytes, witnessed.get(path), "the published " + path + " was written into"));
        // Bytes written again the same are still a write into the live site (a reader or a crash meets it half done).
        for (Map.Entry<String, java.nio.file.attribute.FileTime> entry : times.entrySet()) {
            assertEquals(entry.getValue(), Files.getLastModifiedTime(witness.resolve(entry.getKey())),
                "the published " + entry.getKey() + " was written again in place");
        }
    }

    /**
     * What this process kept, another builds on: each page's inputs, worked out and digested there again, give the
     * digests they gave here (a hash map's order or an enum's identity hash differ between processes, never a digest).
     */
    @Test
    void anotherProcessBuildsOnWhatThisOneKept() throws IOException, InterruptedException {
        Path edited = article(12);
        Files.writeString(edited, Files.readString(edited).replace("== Section 4", "== Section four, edited in another process"));
        Path log = temp.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dtechmonitor.tuned=true",
            "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp", System.getProperty("java.class.path"), "net.techmonitor.site.cli.SiteCommandLine",
            "build", "--source", site.toString(), "--output", output.toString())
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "the child build ends");
        String printed = Files.readString(log);
        assertEquals(0, child.exitValue(), printed);
        Matcher changed = CHANGED.matcher(printed);
        assertTrue(changed.find() && changed.group(1).equals("1"), "one page rendered in the other process: " + printed);
        assertSameAsColdBuild("after a build in another process");
    }

    /** Where the output cannot be a link (what Windows gets), the build on the last one publishes by two renames. */
    @Test
    void withoutLinksTheBuildOnTheLastOneIsPublishedByTwoRenames() throws IOException {
        System.setProperty(SitePublisher.LINKS_PROPERTY, "false");
        try {
            Files.writeString(article(9), Files.readString(article(9)) + "\nA first sentence.\n");
            TestSites.Run realFolder = TestSites.build(site, output);
            assertEquals(0, realFolder.exitCode(), realFolder.err());
            assertTrue(Files.isDirectory(output, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the output is a real folder");
            Files.writeString(article(9), Files.readString(article(9)) + "\nA second sentence.\n");
            assertEquals(1, buildOnLastBuild("without links")[0]);
            assertSameAsColdBuild("without links");
            assertEquals(java.util.List.of(), Snapshots.leftovers(output.getParent(), "site"));
            assertFalse(Files.exists(output.resolveSibling(".site-spare")), "no spare where no version folder is kept");
        } finally {
            System.clearProperty(SitePublisher.LINKS_PROPERTY);
        }
    }

    /** Builds on the last build and returns how many pages it rendered, of how many. */
    private int[] buildOnLastBuild(String when) {
        TestSites.Run run = TestSites.build(site, output);
        assertEquals(0, run.exitCode(), when + ": " + run.err());
        Matcher changed = CHANGED.matcher(run.out());
        assertTrue(changed.find(), when + ": the build builds on the last one: " + run.out());
        return new int[]{Integer.parseInt(changed.group(1)), Integer.parseInt(changed.group(2))};
    }

    private Path article(int index) {
        return site.resolve("content").resolve(synthetic.articlePath(index));
    }

    private Path page(int index) {
        return output.resolve(synthetic.articlePath(index).replace(".adoc", "/index.html"));
    }

    private void assertSameAsColdBuild(String when) throws IOException {
        SiteSettings plain = SiteSettingsLoader.load(site, temp.resolve("cold-" + (++coldBuilds) + "/site"), null).plain();
        SiteBuild.run(plain);
        Map<String, byte[]> want = TestSites.files(plain.output());
        Map<String, byte[]> got = new HashMap<>(TestSites.files(output));
        assertEquals(want.keySet(), got.keySet(), when + ": the same files");
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), when + ": the same bytes in " + path));
        assertEquals(folders(plain.output()), folders(output), when + ": the same folders");
    }

    private static java.util.List<String> folders(Path output) throws IOException {
        Path root = output.toRealPath();
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(folder -> root.relativize(folder).toString()).sorted().toList();
        }
    }
}
