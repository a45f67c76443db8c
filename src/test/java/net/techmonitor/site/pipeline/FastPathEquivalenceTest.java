package net.techmonitor.site.pipeline;

import net.techmonitor.site.settings.SiteSettings;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.bench.SyntheticSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast path (several threads, conversions reused from the build cache) must write exactly what a plain build
 * writes (one thread, everything converted afresh): same files, same bytes, on a cold cache, a warm one, and after
 * an edit.
 */
class FastPathEquivalenceTest {
    @TempDir
    Path temp;

    @Test
    void fastBuildsWriteTheSameBytesAsAPlainBuild() throws IOException {
        Path site = temp.resolve("synthetic");
        SyntheticSite synthetic = new SyntheticSite(45);
        synthetic.write(site);
        TestSites.addRepositoryTemplatesAndAssets(site);
        // A file that includes another: its cached conversion must follow the included file.
        Path article = site.resolve("content").resolve(synthetic.articlePath(3));
        Files.writeString(site.resolve("content").resolve(synthetic.articlePath(3)).resolveSibling("note.txt"), "First included note.\n");
        Files.writeString(article, Files.readString(article) + "\ninclude::note.txt[]\n");

        SiteSettings fast = SiteSettingsLoader.load(site, temp.resolve("fast/site"), null);
        assertTrue(fast.threads() >= 1 && fast.cache());
        SiteSettings fastFourThreads = new SiteSettings(fast.siteRoot(), fast.output(), fast.cacheFolder(), fast.basePath(), fast.title(),
            fast.reportingStartMonth(), 4, false, fast.rawHtml(), fast.origin(), fast.reportPeriod(), false, true, fast.limits(), fast.periodical());
        SiteSettings plain = SiteSettingsLoader.load(site, temp.resolve("plain/site"), null).plain();

        SiteBuild.run(plain);
        SiteBuild.run(fastFourThreads);
        assertSameFiles(plain.output(), fastFourThreads.output(), "cold cache");
        assertFalse(fast.conversionCache().holdsNothing(), "the fast build filled its cache");
        SiteBuild.run(fastFourThreads);
        assertSameFiles(plain.output(), fastFourThreads.output(), "warm cache");

        Files.writeString(site.resolve("content").resolve(synthetic.articlePath(3)).resolveSibling("note.txt"), "Second included note.\n");
        Path edited = site.resolve("content").resolve(synthetic.articlePath(10));
        Files.writeString(edited, Files.readString(edited).replace("== Section 2", "== Section two, edited"));
        SiteBuild.run(plain);
        SiteBuild.run(fastFourThreads);
        assertSameFiles(plain.output(), fastFourThreads.output(), "after editing an article and an included file");
        String page = Files.readString(fastFourThreads.output().resolve(synthetic.articlePath(3).replace(".adoc", "/index.html")));
        assertTrue(page.contains("Second included note.") && !page.contains("First included note."), "the include was followed");
    }

    private static void assertSameFiles(Path expected, Path actual, String when) throws IOException {
        Map<String, byte[]> want = TestSites.files(expected);
        Map<String, byte[]> got = TestSites.files(actual);
        assertEquals(want.keySet(), got.keySet(), when + ": the same files");
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), when + ": the same bytes in " + path));
    }

}
