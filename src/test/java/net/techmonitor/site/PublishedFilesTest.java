package net.techmonitor.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What reaches the output: exactly the pages, the generated site files, the assets, and the files beside published
 * documents that their bodies refer to. Each refusal ends in its exact message, exit status 1 and the last good
 * output byte-identical.
 */
class PublishedFilesTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @TempDir
    Path temp;

    private Path site() {
        return TestSites.fixture("minimal", temp);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String article(String title, String status, String body) {
        return "= " + title + "\nA. Writer\n:jbake-type: article\n:jbake-status: " + status + "\n:jbake-date: 2020-02-01\n"
            + ":themes: alpha\n:description: An article.\n\n" + body + "\n";
    }

    /** Builds once to have a last good output, breaks the site, builds again: exit 1, these messages, the output unchanged. */
    private void assertRefused(Path site, Runnable breakIt, List<String> expected) {
        Path output = temp.resolve("out");
        TestSites.Run good = TestSites.build(site, output);
        assertEquals(0, good.exitCode(), good.err());
        Map<String, byte[]> before = TestSites.files(output);
        breakIt.run();
        TestSites.Run broken = TestSites.build(site, output);
        assertEquals(1, broken.exitCode(), broken.out() + broken.err());
        List<String> lines = broken.errorLines();
        assertEquals(expected, lines.subList(0, lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).startsWith("Failed: " + expected.size() + " problem(s)."), broken.err());
        Map<String, byte[]> after = TestSites.files(output);
        assertEquals(before.keySet(), after.keySet(), "the last good output keeps its files");
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
    }

    private static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    @Test
    void onlyFilesThatPublishedBodiesReferToAreCopied() throws IOException {
        Path site = site();
        Path issue = site.resolve("content/issues/2020-q1");
        write(issue.resolve("open.adoc"), article("Open", "published", "image::chart.png[A chart]\n\nThe link:data.csv[data]."));
        Files.write(issue.resolve("chart.png"), PNG);
        write(issue.resolve("data.csv"), "a,b\n1,2\n");
        write(issue.resolve("embargoed.adoc"), article("Embargoed", "draft", "image::embargo.png[Embargoed chart]\n\ninclude::_embargo-text.txt[]"));
        Files.write(issue.resolve("embargo.png"), PNG);
        write(issue.resolve("_embargo-text.txt"), "The embargoed finding.\n");
        write(issue.resolve("notes.txt"), "Notes nobody links to.\n");
        TestSites.Run built = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, built.exitCode(), built.err());
        Path out = temp.resolve("out");
        assertTrue(Files.isRegularFile(out.resolve("issues/2020-q1/chart.png")), "a file a published body refers to is copied");
        assertTrue(Files.isRegularFile(out.resolve("issues/2020-q1/data.csv")));
        assertEquals("/issues/2020-q1/chart.png", built.page("issues/2020-q1/open/").selectFirst(".body img").attr("src"));
        for (String unpublished : List.of("embargo.png", "_embargo-text.txt", "notes.txt", "embargoed/index.html", "open.adoc")) {
            assertFalse(Files.exists(out.resolve("issues/2020-q1/" + unpublished)), unpublished + " must not be published");
        }
        try (Stream<Path> files = Files.walk(out.toRealPath())) {
            assertTrue(files.filter(Files::isRegularFile).noneMatch(file -> latin1(file).contains("embargo")),
                "no output file mentions the draft's embargoed files");
        }
    }

    @Test
    void aVideosPosterAndCaptionsArePublishedWithTheVideo() throws IOException {
        Path site = site();
        Path issue = site.resolve("content/issues/2020-q1");
        write(issue.resolve("film.adoc"), article("Film", "published", "video::clip.mp4[poster=poster.png]\n\n"
            + "++++\n<video src=\"clip.mp4\"><track src=\"captions.vtt\" kind=\"captions\" srclang=\"en\"></video>\n++++"));
        Files.write(issue.resolve("clip.mp4"), new byte[]{0, 0, 0, 24, 'f', 't', 'y', 'p'});
        Files.write(issue.resolve("poster.png"), PNG);
        write(issue.resolve("captions.vtt"), "WEBVTT\n");
        TestSites.Run built = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, built.exitCode(), built.err());
        for (String file : List.of("clip.mp4", "poster.png", "captions.vtt")) {
            assertTrue(Files.isRegularFile(temp.resolve("out/issues/2020-q1/" + file)), file + " is published with the video");
        }
    }

    @Test
    void aFileNameWithSpacesAndNonAsciiLettersIsEncodedOnceAndPublished() throws IOException {
        Path site = site();
        Path issue = site.resolve("content/issues/2020-q1");
        write(issue.resolve("named.adoc"), article("Named", "published", "image::my chart ü.png[A chart]\n\nThe link:my%20report%20ü.txt[report]."));
        Files.write(issue.resolve("my chart ü.png"), PNG);
        write(issue.resolve("my report ü.txt"), "A report.\n");
        TestSites.Run built = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, built.exitCode(), built.err());
        assertTrue(Files.isRegularFile(temp.resolve("out/issues/2020-q1/my chart ü.png")));
        assertTrue(Files.isRegularFile(temp.resolve("out/issues/2020-q1/my report ü.txt")));
        String src = built.page("issues/2020-q1/named/").selectFirst(".body img").attr("src");
        assertFalse(src.contains("%25"), "encoded once: " + src);
    }

    @Test
    void aReferenceToAFileOutsideTheDocumentsFolderOrToAPartialIsRefused() throws IOException {
        Path site = site();
        assertRefused(site, () -> unchecked(() -> {
            write(site.resolve("content/issues/2020-q1/reach.adoc"), article("Reach", "published",
                "image::../../themes/picture.png[Picture]\n\nThe link:_partial.txt[partial]."));
            Files.write(site.resolve("content/themes/picture.png"), PNG);
            write(site.resolve("content/issues/2020-q1/_partial.txt"), "Included text.\n");
        }), List.of(
            "files: content/issues/2020-q1/reach.adoc: refers to content/issues/2020-q1/_partial.txt, which is never published "
                + "(expected a file whose name and folders do not start with '_' or '.': those are include partials and hidden files)",
            "files: content/issues/2020-q1/reach.adoc: refers to content/themes/picture.png, outside this file's folder (expected files "
                + "in the same folder or below, as for include::; copy the file beside this one)"));
    }

    @Test
    void pageAndScriptFilesInContentAreRefusedInSafeMode() throws IOException {
        Path site = site();
        assertRefused(site, () -> unchecked(() -> {
            write(site.resolve("content/pages/evil.js"), "alert(1)\n");
            write(site.resolve("content/pages/evil.html"), "<script>alert(1)</script>\n");
            write(site.resolve("content/pages/evil.shtml"), "<script>alert(1)</script>\n");
            write(site.resolve("content/pages/evil.xhtml"), "<html xmlns='http://www.w3.org/1999/xhtml'><script>alert(1)</script></html>\n");
        }), Stream.of("html", "js", "shtml", "xhtml").map(type -> "files: content/pages/evil." + type + ": ." + type
            + " file in content/ (expected no page or script files: under content.raw-html=safe a browser would run it on the site's"
            + " own origin; pictures, PDFs and other downloads may sit beside a document)").toList());
    }

    @Test
    void aReferencedFileOfAKindSafeModeDoesNotPublishIsRefused() throws IOException {
        Path site = site();
        assertRefused(site, () -> unchecked(() -> {
            write(site.resolve("content/issues/2020-q1/data.adoc"), article("Data", "published", "The link:figures.json[figures]."));
            write(site.resolve("content/issues/2020-q1/figures.json"), "{}\n");
        }), List.of("files: content/issues/2020-q1/data.adoc: refers to content/issues/2020-q1/figures.json, a .json file, which "
            + "content.raw-html=safe does not publish (expected one of: 7z, avif, bib, bmp, csv, doc, docx, epub, flac, gif, gz, ico, jpeg, "
            + "jpg, m4a, m4v, md, mov, mp3, mp4, odp, ods, odt, oga, ogg, ogv, pdf, png, ppt, pptx, ris, rtf, srt, svg, tgz, tif, tiff, tsv, "
            + "txt, vtt, wav, webm, webp, xls, xlsx, zip)"));
    }

    @Test
    void anSvgWithScriptIsRefusedByNameAndLineTogetherWithTheRunsOtherProblems() throws IOException {
        Path site = site();
        assertRefused(site, () -> unchecked(() -> {
            write(site.resolve("content/issues/2020-q1/drawn.adoc"), article("Drawn", "published", "image::chart.svg[A chart]"));
            write(site.resolve("content/issues/2020-q1/tool.js"), "alert(1)\n");
            write(site.resolve("content/issues/2020-q1/chart.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
                + "<rect width=\"10\" height=\"10\"/>\n<script>alert(document.domain)</script>\n"
                + "<a href=\"javascript:alert(1)\"><text>x</text></a>\n</svg>\n");
        }), List.of(
            "assets: content/issues/2020-q1/chart.svg:3: SVG element <script> is not allowed (expected static SVG only: no script, "
                + "animation, foreignObject or handler)",
            "assets: content/issues/2020-q1/chart.svg:4: javascript: URL in href on <a> is not allowed (expected a relative, http: or "
                + "https: URL)",
            "files: content/issues/2020-q1/tool.js: .js file in content/ (expected no page or script files: under content.raw-html=safe a "
                + "browser would run it on the site's own origin; pictures, PDFs and other downloads may sit beside a document)"));
    }

    @Test
    void contentCannotReplaceTheGeneratorsOwnFiles() throws IOException {
        Path site = site();
        assertRefused(site, () -> unchecked(() -> {
            write(site.resolve("content/feed.xml"), "<feed/>\n");
            write(site.resolve("content/js/search.js"), "alert(1)\n");
            write(site.resolve("content/css/site.css"), "body{}\n");
        }), List.of(
            "files: content/css/site.css: would be published as css/site.css, which assets/css/site.css already writes (expected one "
                + "source for each file of the site; rename or move one of them)",
            "files: content/feed.xml: .xml file in content/ (expected no page or script files: under content.raw-html=safe a browser "
                + "would run it on the site's own origin; pictures, PDFs and other downloads may sit beside a document)",
            "files: content/js/search.js: .js file in content/ (expected no page or script files: under content.raw-html=safe a browser "
                + "would run it on the site's own origin; pictures, PDFs and other downloads may sit beside a document)",
            "files: content/js/search.js: would be published as js/search.js, which assets/js/search.js already writes (expected one "
                + "source for each file of the site; rename or move one of them)"));
        // Generated files are known once the pages are rendered: a clash with one is found then, still before publishing.
        Files.delete(site.resolve("content/feed.xml"));
        Files.delete(site.resolve("content/js/search.js"));
        Files.delete(site.resolve("content/css/site.css"));
        write(site.resolve("content/robots.txt"), "User-agent: *\n");
        write(site.resolve("content/activities.ics"), "BEGIN:VCALENDAR\n");
        TestSites.Run clash = TestSites.build(site, temp.resolve("out"));
        assertEquals(1, clash.exitCode());
        assertEquals(List.of(
            "files: content/activities.ics: would be published as activities.ics, which the generator writes itself (expected one "
                + "source for each file of the site; rename or move this file)",
            "files: content/robots.txt: would be published as robots.txt, which the generator writes itself (expected one source for "
                + "each file of the site; rename or move this file)"), clash.errorLines().subList(0, 2));
    }

    @Test
    void symbolicLinksInsideTheSiteAndAContentFolderOutsideItAreRefused() throws IOException {
        Path site = site();
        assertRefused(site, () -> unchecked(() -> {
            write(site.resolve("content/issues/2020-q1/secret.adoc"), article("Secret", "draft", "The draft's text."));
            Files.createSymbolicLink(site.resolve("content/issues/2020-q1/copy.txt"), site.resolve("content/issues/2020-q1/secret.adoc"));
        }), List.of("crawl: content/issues/2020-q1/copy.txt: symbolic link (expected a file or folder, not a link: a link can publish "
            + "a draft or a partial under another name; copy the file in instead)"));

        Path elsewhere = temp.resolve("elsewhere");
        TestSites.copyTree(site.resolve("content"), elsewhere);
        Files.delete(elsewhere.resolve("issues/2020-q1/copy.txt"));
        TestSites.copyTree(site.resolve("content"), temp.resolve("unused"));
        deleteTree(site.resolve("content"));
        Files.createSymbolicLink(site.resolve("content"), elsewhere);
        TestSites.Run outside = TestSites.build(site, temp.resolve("out"));
        assertEquals(1, outside.exitCode());
        assertEquals("crawl: content/: folder is a symbolic link to " + elsewhere.toRealPath() + ", outside the site folder (expected "
            + "content/ to be a folder of the site itself)", outside.errorLines().get(0));
    }

    @Test
    void theOutputMayNotLieInsideTheSourceNorHoldIt() throws IOException {
        Path site = site();
        TestSites.Run inside = TestSites.build(site, site.resolve("content/pages/site-out"));
        assertEquals(4, inside.exitCode(), inside.err());
        assertEquals("error: " + site.resolve("content/pages/site-out") + " is inside the site's content/ folder (expected an output "
            + "outside content/, templates/ and assets/, e.g. target/site: the next build would read the output as part of the site)",
            inside.errorLines().get(0));
        assertFalse(Files.exists(site.resolve("content/pages/site-out")));
        TestSites.Run itself = TestSites.build(site, site);
        assertEquals(4, itself.exitCode());
        assertTrue(itself.err().startsWith("error: " + site + " is the site folder itself (expected a folder of its own"), itself.err());
        TestSites.Run root = TestSites.build(site, Path.of("/"));
        assertEquals(4, root.exitCode());
        assertTrue(root.err().startsWith("error: / is a root folder (expected a folder of its own"), root.err());
    }

    @Test
    void aSecondBuildIntoTheSameOutputIsRefusedWhileTheFirstHoldsItsLock() throws IOException {
        Path site = site();
        Path output = temp.resolve("out");
        assertEquals(0, TestSites.build(site, output).exitCode());
        Map<String, byte[]> before = TestSites.files(output);
        try (FileChannel channel = FileChannel.open(temp.resolve(".out.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            TestSites.Run second = TestSites.build(site, output, "--force");
            assertEquals(4, second.exitCode(), second.err());
            assertEquals("error: another build is writing " + output + " now (expected one build at a time into one output folder; "
                + "wait for it to finish, or choose another --output)", second.errorLines().get(0));
        }
        assertEquals(before.keySet(), TestSites.files(output).keySet());
        assertEquals(0, TestSites.build(site, output, "--force").exitCode(), "once the lock is released, builds go on");
    }

    @Test
    void aBuildRemovesWhatKilledBuildsLeftAndRestoresAnInterruptedSwap() throws IOException {
        Path site = site();
        Path output = temp.resolve("out");
        assertEquals(0, TestSites.build(site, output).exitCode());
        Files.createDirectories(temp.resolve(".out-staging-123/issues"));
        // A build killed between its two renames: no output, the last complete site moved aside.
        Files.move(output, temp.resolve(".out-previous-456"));
        TestSites.Run next = TestSites.build(site, output, "--force");
        assertEquals(0, next.exitCode(), next.err());
        assertTrue(next.out().contains("publish: restored the last complete site into " + output), next.out());
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
                .filter(name -> name.contains("-staging-") || name.contains("-previous-")).toList());
        }
        assertTrue(Files.isRegularFile(output.resolve("index.html")));
    }

    private static String latin1(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
