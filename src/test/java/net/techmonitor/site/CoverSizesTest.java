package net.techmonitor.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The copies of a cover in other sizes: a JPEG's are JPEGs and none is wider than the cover; two builds write the
 * same bytes; a rebuild takes them from the build cache, which keeps only the current covers' copies; a content file
 * may not take a copy's name.
 */
class CoverSizesTest {
    private static final String COVER = "content/issues/2020-q1/cover.jpg";

    @TempDir
    Path temp;

    /** The minimal fixture, its issue given a JPEG cover of this size (a gradient, so that the JPEG has something to encode). */
    private Path siteWithJpegCover(String name, int width, int height) throws Exception {
        Path site = TestSites.fixture("minimal", temp.resolve(name));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(11, 79, 108), width, height, new Color(242, 193, 78)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ImageIO.write(image, "jpeg", site.resolve(COVER).toFile());
        Path index = site.resolve("content/issues/2020-q1/index.adoc");
        Files.writeString(index, Files.readString(index).replace(":themes: alpha\n",
            ":themes: alpha\n:cover: cover.jpg\n:cover-alt: A gradient from blue to yellow\n"));
        return site;
    }

    @Test
    void aJpegCoverIsCopiedAsJpegsAndNeverEnlarged() throws Exception {
        TestSites.Run run = TestSites.build(siteWithJpegCover("jpeg", 900, 1200), temp.resolve("jpeg-out"));
        assertEquals(0, run.exitCode(), run.err());
        Element img = run.page("issues/2020-q1/").selectFirst(".cover img");
        assertEquals("/issues/2020-q1/cover-320w.jpg 320w, /issues/2020-q1/cover-640w.jpg 640w, /issues/2020-q1/cover.jpg 900w",
            img.attr("srcset"), "the cover itself stands in for 1280 pixels: it is narrower");
        assertEquals("/issues/2020-q1/cover-640w.jpg", img.attr("src"));
        assertArrayEquals(new int[] {320, 427}, size(run.output().resolve("issues/2020-q1/cover-320w.jpg")));
        assertArrayEquals(new int[] {640, 853}, size(run.output().resolve("issues/2020-q1/cover-640w.jpg")));
        assertEquals("jpeg", format(run.output().resolve("issues/2020-q1/cover-640w.jpg")));
        assertFalse(Files.exists(run.output().resolve("issues/2020-q1/cover-1280w.jpg")), "never enlarged");
        assertFalse(Files.exists(run.output().resolve("issues/2020-q1/cover-1200w.jpg")));
        Document issue = run.page("issues/2020-q1/");
        assertEquals("https://techmonitor.net/issues/2020-q1/cover.jpg",
            issue.selectFirst("meta[property=og:image]").attr("content"), "Open Graph gets the cover itself when it is narrower than 1200");
        assertEquals("900", issue.selectFirst("meta[property=og:image:width]").attr("content"));
        assertEquals("1200", issue.selectFirst("meta[property=og:image:height]").attr("content"));
    }

    @Test
    void twoBuildsWriteTheSameBytesAndARebuildTakesTheCopiesFromTheCache() throws Exception {
        Path site = siteWithJpegCover("twice", 1600, 1000);
        Path cache = temp.resolve("cache");
        TestSites.Run first = TestSites.build(site, temp.resolve("first"), "--cache", cache.toString());
        TestSites.Run second = TestSites.build(site, temp.resolve("second"), "--cache", temp.resolve("other-cache").toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, second.exitCode(), second.err());
        List<String> names = List.of("cover-320w.jpg", "cover-640w.jpg", "cover-1200w.jpg", "cover-1280w.jpg");
        for (String name : names) {
            byte[] bytes = Files.readAllBytes(first.output().resolve("issues/2020-q1/" + name));
            assertArrayEquals(bytes, Files.readAllBytes(second.output().resolve("issues/2020-q1/" + name)), name + ", made twice anew");
        }
        List<Path> cached = files(cache.resolve("covers"));
        assertEquals(4, cached.size(), cached.toString());
        // A rebuild publishes what the cache holds, without decoding the cover: marked entries show it.
        byte[] marked = Files.readAllBytes(first.output().resolve("issues/2020-q1/cover-320w.jpg"));
        marked[marked.length - 3] ^= 1;
        Path entry = cached.stream().filter(path -> path.getFileName().toString().endsWith("-320.jpg")).findFirst().orElseThrow();
        Files.write(entry, marked);
        TestSites.Run rebuilt = TestSites.build(site, temp.resolve("first"), "--cache", cache.toString(), "--force");
        assertEquals(0, rebuilt.exitCode(), rebuilt.err());
        assertArrayEquals(marked, Files.readAllBytes(rebuilt.output().resolve("issues/2020-q1/cover-320w.jpg")));

        // A new cover: its copies are made, and the old one's leave the cache.
        BufferedImage other = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(other, "jpeg", site.resolve(COVER).toFile());
        TestSites.Run changed = TestSites.build(site, temp.resolve("first"), "--cache", cache.toString());
        assertEquals(0, changed.exitCode(), changed.err());
        List<Path> now = files(cache.resolve("covers"));
        assertEquals(4, now.size(), now.toString());
        assertTrue(now.stream().noneMatch(cached::contains), "the old cover's copies are gone: " + now);
    }

    @Test
    void aContentFileMayNotTakeTheNameOfACopy() throws Exception {
        Path site = siteWithJpegCover("clash", 700, 900);
        Files.copy(site.resolve(COVER), site.resolve("content/issues/2020-q1/cover-320w.jpg"));
        TestSites.Run run = TestSites.build(site, temp.resolve("clash-out"));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("files: content/issues/2020-q1/cover-320w.jpg: would be published as issues/2020-q1/cover-320w.jpg, which the"
            + " generator writes itself (expected one source for each file of the site; rename or move this file)", run.errorLines().get(0));
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static int[] size(Path file) throws Exception {
        BufferedImage image = ImageIO.read(file.toFile());
        return new int[] {image.getWidth(), image.getHeight()};
    }

    private static String format(Path file) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            return reader.getFormatName().toLowerCase(Locale.ROOT);
        }
    }
}
