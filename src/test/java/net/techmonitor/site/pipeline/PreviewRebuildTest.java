package net.techmonitor.site.pipeline;

import net.techmonitor.site.settings.SiteSettings;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.bench.SyntheticSite;
import net.techmonitor.site.problems.SiteProblemsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A preview rebuilds in place after AsciiDoc is saved, rendering only the pages whose inputs changed. Whatever the
 * edit, the preview must then hold exactly what a whole plain build of the same content writes, file for file.
 */
class PreviewRebuildTest {
    @TempDir
    Path temp;

    private final SyntheticSite synthetic = new SyntheticSite(45);
    private Path site;
    private SiteSettings preview;
    private PreviewRebuilder rebuilder;
    private int plainBuilds;

    @BeforeEach
    void firstBuild() throws IOException {
        site = temp.resolve("synthetic");
        synthetic.write(site);
        TestSites.addRepositoryTemplatesAndAssets(site);
        preview = SiteSettingsLoader.load(site, temp.resolve("preview/site"), null);
        rebuilder = new PreviewRebuilder(preview, new ReentrantReadWriteLock().writeLock(), message -> { },
            net.techmonitor.site.timing.ProgressDisplay.OFF);
        PreviewRebuilder.Result first = rebuilder.rebuild(Set.of(), true);
        assertTrue(first.whole(), "the first build is whole");
        assertSameAsPlainBuild("after the first build");
    }

    @Test
    void anEditedArticleRewritesOnlyWhatItAppearsInAndMatchesAWholeBuild() throws IOException {
        Path edited = article(10);
        Files.writeString(edited, Files.readString(edited).replace("== Section 2", "== Section two, edited"));
        PreviewRebuilder.Result result = rebuilder.rebuild(Set.of(edited), false);

        assertFalse(result.whole(), "a saved article is rebuilt in place");
        assertTrue(result.written() >= 1 && result.written() < result.pages() / 10,
            "only the article's page and the files that carry its text are written: " + result);
        assertSameAsPlainBuild("after editing an article's body");
        assertTrue(Files.readString(page(10)).contains("Section two, edited"));
        assertEquals(Files.getPosixFilePermissions(page(0)), Files.getPosixFilePermissions(page(10)),
            "a page rewritten in place is as readable as the others");

        // A body appears on its own document's page only, so a save that changes only bodies works out only those
        // pages' inputs: an issue's introduction and a theme's description are bodies too.
        Path issue = article(10).resolveSibling("index.adoc");
        Path theme;
        try (var themes = Files.list(site.resolve("content/themes"))) {
            theme = themes.sorted().findFirst().orElseThrow();
        }
        Files.writeString(issue, Files.readString(issue) + "\nAn introduction, edited.\n");
        Files.writeString(theme, Files.readString(theme) + "\nA description, edited.\n");
        assertFalse(rebuilder.rebuild(Set.of(issue, theme), false).whole());
        assertSameAsPlainBuild("after editing an issue's introduction and a theme's description");

        Files.writeString(edited, Files.readString(edited).replaceFirst("= Synthetic article 11:", "= Renamed article 11:"));
        assertFalse(rebuilder.rebuild(Set.of(edited), false).whole());
        assertSameAsPlainBuild("after renaming an article (its issue, themes and countries list it)");
    }

    @Test
    void aRenamedArticleIsRenamedInItsNeighboursPreviousAndNextLinks() throws IOException {
        org.jsoup.nodes.Element next = org.jsoup.Jsoup.parse(Files.readString(page(10))).selectFirst("a[rel=next]");
        org.jsoup.nodes.Element previous = org.jsoup.Jsoup.parse(Files.readString(page(10))).selectFirst("a[rel=prev]");
        org.jsoup.nodes.Element neighbour = next != null ? next : previous;
        assertTrue(neighbour != null, "article 11 has a neighbour in its issue's contents");
        String href = neighbour.attr("href");
        Path renamed = site.resolve("content" + href.substring(0, href.length() - 1) + ".adoc");
        String text = Files.readString(renamed);
        // The number stays first, so the contents (by title) keep their order and the link stays the same neighbour's.
        Files.writeString(renamed, text.replaceFirst("(?m)^= (Synthetic article [0-9]+:).*$", "= $1 a neighbour renamed"));
        assertFalse(rebuilder.rebuild(Set.of(renamed), false).whole());
        org.jsoup.nodes.Element link = org.jsoup.Jsoup.parse(Files.readString(page(10)))
            .selectFirst(next != null ? "a[rel=next]" : "a[rel=prev]");
        assertTrue(link.text().endsWith(": a neighbour renamed"), "the link to the renamed neighbour carries its new title: " + link.text());
        assertSameAsPlainBuild("after renaming an article its neighbours link to");
    }

    @Test
    void addedAndDeletedArticlesAppearAndDisappearAsInAWholeBuild() throws IOException {
        Path added = article(4).resolveSibling("added-article.adoc");
        Files.writeString(added, Files.readString(article(4)).replaceFirst("= Synthetic article 5:", "= An added article:"));
        assertFalse(rebuilder.rebuild(Set.of(added), false).whole());
        assertSameAsPlainBuild("after adding an article");

        Path deleted = article(7);
        Path deletedPage = page(7);
        Files.delete(deleted);
        PreviewRebuilder.Result result = rebuilder.rebuild(Set.of(deleted), false);
        assertFalse(result.whole());
        assertTrue(result.deleted() >= 1, result.toString());
        assertFalse(Files.exists(deletedPage.getParent()), "the deleted article's folder is gone");
        assertSameAsPlainBuild("after deleting an article");
    }

    @Test
    void aSaveWithProblemsWritesNothingAndTheNextGoodSaveCatchesUp() throws IOException {
        Map<String, byte[]> before = TestSites.files(preview.output());
        Path edited = article(2);
        String good = Files.readString(edited);
        Files.writeString(edited, good.replaceFirst(":countries: [^\\n]*", ":countries: Atlantis"));
        SiteProblemsException problems = assertThrows(SiteProblemsException.class, () -> rebuilder.rebuild(Set.of(edited), false));
        assertTrue(problems.problems().toString().contains("Atlantis"), problems.problems().toString());
        assertSameFiles(before, TestSites.files(preview.output()), "after a save with problems");

        Files.writeString(edited, good.replace("== Section 3", "== Section three"));
        assertFalse(rebuilder.rebuild(Set.of(edited), false).whole());
        assertSameAsPlainBuild("after the problem was mended");
    }

    /**
     * A save checks the links of the pages it wrote, and every page's again when it changed what they could lead to:
     * a broken link in the saved article, and an anchor another article links to that the save removed, are both
     * refused, as a whole build refuses them.
     */
    @Test
    void aSaveIsRefusedForABrokenLinkOrForRemovingAnAnchorAnotherPageUses() throws IOException {
        Path target = article(5);
        String targetText = Files.readString(target);
        Files.writeString(target, targetText.replace("== Section 2", "[[kept-anchor]]\n== Section 2"));
        assertFalse(rebuilder.rebuild(Set.of(target), false).whole());
        Path referring = article(4);
        String referringText = Files.readString(referring);
        String url = "/" + synthetic.articlePath(5).replace(".adoc", "/") + "#kept-anchor";
        Files.writeString(referring, referringText + "\nSee link:" + url + "[that section].\n");
        assertFalse(rebuilder.rebuild(Set.of(referring), false).whole());
        assertSameAsPlainBuild("after a link to another article's anchor");

        Map<String, byte[]> before = TestSites.files(preview.output());
        Files.writeString(referring, referringText + "\nSee link:/no-such-page/[nothing].\n");
        SiteProblemsException broken = assertThrows(SiteProblemsException.class, () -> rebuilder.rebuild(Set.of(referring), false));
        assertTrue(broken.problems().toString().contains("broken link '/no-such-page/'"), broken.problems().toString());
        Files.writeString(referring, referringText + "\nSee link:" + url + "[that section].\n");

        Files.writeString(target, targetText);
        SiteProblemsException gone = assertThrows(SiteProblemsException.class, () -> rebuilder.rebuild(Set.of(referring, target), false));
        assertTrue(gone.problems().toString().contains("link to a missing anchor '" + url + "'"), gone.problems().toString());
        assertSameFiles(before, TestSites.files(preview.output()), "after two refused saves");
    }

    @Test
    void aSavedTemplateRebuildsTheWholeSite() throws IOException {
        Path template = site.resolve("templates/layout.ftlh");
        Files.writeString(template, Files.readString(template).replace("</main>", "<p>Edited template.</p></main>"));
        assertTrue(rebuilder.rebuild(Set.of(template), false).whole());
        assertTrue(Files.readString(page(0)).contains("Edited template."));
        assertSameAsPlainBuild("after editing a template");
    }

    @Test
    void aRehearsalWritesNothingAndASaveAfterItIsRebuiltInPlace() throws IOException {
        Map<String, byte[]> before = TestSites.files(preview.output());
        java.nio.file.attribute.FileTime pageTime = Files.getLastModifiedTime(page(3));
        Path edited = article(3);
        // A rehearsal renders the pages of the file it pretends was saved; the file on disk says something new,
        // which must not reach the preview until it is really saved.
        Files.writeString(edited, Files.readString(edited).replace("== Section 2", "== Section two, not yet saved"));
        assertTrue(rebuilder.rehearse(edited), "no save was seen: the warm-up may go on");
        assertSameFiles(before, TestSites.files(preview.output()), "after a rehearsal");
        assertEquals(pageTime, Files.getLastModifiedTime(page(3)), "the rehearsed page was not written");

        rebuilder.saveSeen();
        assertFalse(rebuilder.rehearse(edited), "after a save the warm-up ends");
        PreviewRebuilder.Result result = rebuilder.rebuild(Set.of(edited), false);
        assertFalse(result.whole(), "a rehearsal leaves the preview able to rebuild in place");
        assertTrue(Files.readString(page(3)).contains("Section two, not yet saved"));
        assertSameAsPlainBuild("after a rehearsal and a save");
    }

    @Test
    void aSaveThatStartsOrStopsReferringToAFileCopiesOrDropsItAsAWholeBuildWould() throws IOException {
        Path edited = article(12);
        Path chart = edited.resolveSibling("saved-chart.png");
        Files.write(chart, new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        // A new file beside the article is not AsciiDoc: that rebuild is whole, and the file stays unpublished.
        rebuilder.rebuild(Set.of(chart), false);
        assertSameAsPlainBuild("after adding a file nothing refers to");
        String outputPath = synthetic.articlePath(12).replaceFirst("[^/]+$", "saved-chart.png");
        assertFalse(Files.exists(preview.output().resolve(outputPath)));

        String before = Files.readString(edited);
        Files.writeString(edited, before + "\nimage::saved-chart.png[A saved chart]\n");
        rebuilder.rebuild(Set.of(edited), false);
        assertTrue(Files.isRegularFile(preview.output().resolve(outputPath)), "the file the body now refers to is published");
        assertSameAsPlainBuild("after referring to the file");

        Files.writeString(edited, before);
        rebuilder.rebuild(Set.of(edited), false);
        assertFalse(Files.exists(preview.output().resolve(outputPath)), "the file nothing refers to any more is gone");
        assertSameAsPlainBuild("after the reference was removed");
    }

    @Test
    void aCrossReferenceWithoutTextShowsTheTargetsTitleAsEditedInThePreview() throws IOException {
        Path referring = article(5);
        Path target = article(20);
        String written = referring.getParent().relativize(target).toString().replace('\\', '/');
        Files.writeString(referring, Files.readString(referring) + "\nSee also xref:" + written + "[].\n");
        assertFalse(rebuilder.rebuild(Set.of(referring), false).whole());
        assertSameAsPlainBuild("after adding a cross-reference");
        String link = "See also <a href=\"/" + synthetic.articlePath(20).replace(".adoc", "/") + "\">";
        assertTrue(Files.readString(page(5)).contains(link + "Synthetic article 21: "), "the link shows the target's title");

        // The title is the target's header: its save works out every page's inputs, the referring page's among them.
        Files.writeString(target, Files.readString(target).replaceFirst("= Synthetic article 21:", "= Retitled article 21:"));
        assertFalse(rebuilder.rebuild(Set.of(target), false).whole());
        assertTrue(Files.readString(page(5)).contains(link + "Retitled article 21: "), "the link shows the target's new title");
        assertSameAsPlainBuild("after retitling the document a cross-reference without text refers to");

        // A save of the target's body alone leaves the referring page as it is, and so does a whole build.
        Files.writeString(target, Files.readString(target).replace("== Section 2", "== Section two, edited"));
        assertFalse(rebuilder.rebuild(Set.of(target), false).whole());
        assertSameAsPlainBuild("after editing the body of the document a cross-reference refers to");
    }

    private Path article(int index) {
        return site.resolve("content").resolve(synthetic.articlePath(index));
    }

    private Path page(int index) {
        return preview.output().resolve(synthetic.articlePath(index).replace(".adoc", "/index.html"));
    }

    private void assertSameAsPlainBuild(String when) throws IOException {
        SiteSettings plain = SiteSettingsLoader.load(site, temp.resolve("plain-" + (++plainBuilds) + "/site"), null).plain();
        SiteBuild.run(plain);
        assertSameFiles(TestSites.files(plain.output()), TestSites.files(preview.output()), when);
    }

    private static void assertSameFiles(Map<String, byte[]> want, Map<String, byte[]> got, String when) {
        assertEquals(want.keySet(), got.keySet(), when + ": the same files");
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), when + ": the same bytes in " + path));
    }
}
