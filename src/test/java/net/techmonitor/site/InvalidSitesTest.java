package net.techmonitor.site;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One broken site per validation rule ({@code sites/invalid/<rule>/}: files laid over the valid "minimal" site,
 * its {@code content/}, for a rule about settings its {@code jbake.properties}, and for a rule about what templates
 * write (Google Scholar's tags) the broken {@code templates/} files over the repository's; and {@code expected.txt},
 * the exact messages). Each must end in those messages, exit status 1, no stack
 * trace, and the previous good output left exactly as it was.
 */
class InvalidSitesTest {
    @TempDir
    Path temp;

    static Stream<String> rules() throws IOException {
        try (Stream<Path> folders = Files.list(TestSites.repository().resolve("src/test/resources/sites/invalid"))) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void brokenSiteIsRejectedWithItsExactMessagesAndTheLastGoodOutputIsKept(String rule) throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Path output = temp.resolve("out");
        TestSites.Run good = TestSites.build(site, output);
        assertEquals(0, good.exitCode(), good.err());
        Map<String, String> before = snapshot(output);

        Path overlay = TestSites.repository().resolve("src/test/resources/sites/invalid").resolve(rule);
        if (Files.isDirectory(overlay.resolve("content"))) {
            TestSites.copyTree(overlay.resolve("content"), site.resolve("content"));
        }
        // A rule about the site's settings (site.issn, site.sections) brings its own jbake.properties.
        if (Files.isRegularFile(overlay.resolve("jbake.properties"))) {
            Files.copy(overlay.resolve("jbake.properties"), site.resolve("jbake.properties"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        // A rule about the written pages brings the templates that break it, in place of the repository's.
        if (Files.isDirectory(overlay.resolve("templates"))) {
            TestSites.copyTree(overlay.resolve("templates"), site.resolve("templates"));
        }
        TestSites.Run broken = TestSites.build(site, output);

        List<String> expected = Files.readAllLines(overlay.resolve("expected.txt"));
        List<String> lines = broken.errorLines();
        assertEquals(1, broken.exitCode(), broken.err());
        assertEquals(expected, lines.subList(0, lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).startsWith("Failed: " + expected.size() + " problem(s)."), broken.err());
        assertFalse(broken.err().contains("Exception") || broken.err().contains("\tat "), "no stack trace: " + broken.err());
        assertEquals(before, snapshot(output), "the previous output must be left exactly as it was");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
                .filter(name -> name.contains("-staging-") || name.contains("-previous-")).toList(),
                "a failed build leaves no staging folder behind");
        }
    }

    private static Map<String, String> snapshot(Path output) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        // The output path is a link to the current version's folder: a walk of the link alone would see no file.
        Path folder = output.toRealPath();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(folder.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
