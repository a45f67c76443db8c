package net.techmonitor.site.cli;

import net.techmonitor.site.TestSites;
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
 * {@code build} skips the work when nothing it reads changed and the output is as it left it, and builds whenever
 * either is not so: an edit, a different base path, a page deleted from the output, a failed build in between.
 */
class UpToDateBuildTest {
    @TempDir
    Path temp;

    @Test
    void aSecondBuildOfTheSameSiteIsSkippedAndAnyChangeBuildsAgain() throws IOException {
        Path site = TestSites.fixture("articles", temp.resolve("site"));
        // A first build hashes the AsciiDoc files as it reads them and every other file before it starts; a file beside
        // an article is one of those others, and the next build, which hashes all of them first, must agree.
        Path picture = anyContentFile(site).resolveSibling("figure.svg");
        Files.writeString(picture, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
        Path output = temp.resolve("out/site");
        TestSites.Run first = TestSites.build(site, output);
        assertEquals(ExitStatus.OK, first.exitCode(), first.err());
        assertTrue(first.out().contains("Built "), first.out());
        Map<String, byte[]> built = TestSites.files(output);

        TestSites.Run second = TestSites.build(site, output);
        assertEquals(ExitStatus.OK, second.exitCode(), second.err());
        assertTrue(second.out().contains("Up to date: nothing changed since the last build"), second.out());
        assertFalse(second.out().contains("Built "), second.out());
        assertSameFiles(built, TestSites.files(output));

        TestSites.Run forced = TestSites.build(site, output, "--force");
        assertTrue(forced.out().contains("Built "), "--force builds anyway: " + forced.out());

        Files.writeString(picture, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>\n");
        TestSites.Run afterPicture = TestSites.build(site, output);
        assertTrue(afterPicture.out().contains("Built "), "an edited file beside an article is built: " + afterPicture.out());
        Path template = site.resolve("templates/layout.ftlh");
        Files.writeString(template, Files.readString(template) + "\n");
        TestSites.Run afterTemplate = TestSites.build(site, output);
        assertTrue(afterTemplate.out().contains("Built "), "an edited template is built: " + afterTemplate.out());

        Path page = onePage(output);
        Files.delete(page);
        TestSites.Run afterDeletion = TestSites.build(site, output);
        assertTrue(afterDeletion.out().contains("Built "), "a page missing from the output is built again: " + afterDeletion.out());
        assertTrue(Files.isRegularFile(page));

        // The build writes no links; one put into the output afterwards is a change to it, whatever it points to.
        Path link = page.resolveSibling("copy-of-" + page.getFileName());
        Files.createSymbolicLink(link, page.getFileName());
        TestSites.Run afterLink = TestSites.build(site, output);
        assertTrue(afterLink.out().contains("Built "), "a link added to the output is a change to it: " + afterLink.out());
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the new output replaces the old");

        TestSites.Run otherBase = TestSites.build(site, output, "--base-path", "/techmonitor/");
        assertTrue(otherBase.out().contains("Built "), "another base path is another site: " + otherBase.out());

        Path content = anyContentFile(site);
        Files.writeString(content, Files.readString(content) + "\nOne more sentence.\n");
        TestSites.Run afterEdit = TestSites.build(site, output, "--base-path", "/techmonitor/");
        assertTrue(afterEdit.out().contains("Built "), "an edited content file is built: " + afterEdit.out());
    }

    @Test
    void aSkippedBuildRepeatsTheLastBuildsNoticesButNotItsRoutine() {
        Path site = TestSites.fixture("hostile", temp.resolve("site"));
        Path output = temp.resolve("out/site");
        TestSites.Run first = TestSites.build(site, output);
        assertEquals(ExitStatus.OK, first.exitCode(), first.err());
        String notice = "html: content/pages/passthrough.adoc: removed ";
        assertTrue(first.out().contains(notice) && first.out().contains("  crawl: "), first.out());

        TestSites.Run second = TestSites.build(site, output);
        assertTrue(second.out().contains("Up to date: "), second.out());
        assertTrue(second.out().contains("  " + notice), "the editor still learns what the published pages lack: " + second.out());
        assertFalse(second.out().contains("crawl: ") || second.out().contains("render: ") || second.out().contains("links: "),
            "a build that did nothing does not say it read, wrote or checked anything: " + second.out());
    }

    @Test
    void afterAFailedBuildTheNextBuildIsNotSkipped() throws IOException {
        Path site = TestSites.fixture("articles", temp.resolve("site"));
        Path output = temp.resolve("out/site");
        assertEquals(ExitStatus.OK, TestSites.build(site, output).exitCode());
        Path content = anyContentFile(site);
        String good = Files.readString(content);
        Files.writeString(content, good.replaceFirst(":jbake-status: published", ":jbake-status: publishd"));
        assertEquals(ExitStatus.PROBLEMS, TestSites.build(site, output).exitCode());
        Files.writeString(content, good);
        TestSites.Run mended = TestSites.build(site, output);
        assertEquals(ExitStatus.OK, mended.exitCode(), mended.err());
        // The content is back as it was at the last good build, but a failed build forgets what it was: built again.
        assertTrue(mended.out().contains("Built "), mended.out());
    }

    private static Path onePage(Path output) throws IOException {
        // The output path is a link to the current version's folder: walked there, named through the output path.
        Path real = output.toRealPath();
        try (var walk = Files.walk(real)) {
            return output.resolve(real.relativize(walk.filter(path -> path.toString().endsWith(".html")
                && !path.getFileName().toString().equals("404.html")).sorted().findFirst().orElseThrow()));
        }
    }

    private static Path anyContentFile(Path site) throws IOException {
        try (var walk = Files.walk(site.resolve("content"))) {
            return walk.filter(path -> path.toString().endsWith(".adoc") && !path.toString().contains("/pages/")).sorted()
                .filter(path -> {
                    try {
                        return Files.readString(path).contains(":jbake-status: published");
                    } catch (IOException e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        }
    }

    private static void assertSameFiles(Map<String, byte[]> want, Map<String, byte[]> got) {
        assertEquals(want.keySet(), got.keySet());
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), path));
    }
}
