package net.techmonitor.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents that would stop the build for good or exhaust the machine end in their limit's message, exit status 1,
 * the last good output byte-identical and no staging folder left, well within the time limit. Each of these ran past
 * three minutes, took 6.5 GB or ended in exit status 3 before the limits.
 */
class ConversionLimitsTest {
    /** Refusals by reading are immediate; this leaves room for a busy machine, far below the minutes they took. */
    private static final long MARGIN_MILLIS = 20_000;

    @TempDir
    Path temp;

    private static String page(String title, String body) {
        return "= " + title + "\n:jbake-type: page\n:jbake-status: published\n\n" + body + "\n";
    }

    private void assertRefusedQuickly(Map<String, String> files, String expected, long limitMillis, String... properties) throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        for (String property : properties) {
            Files.writeString(site.resolve("jbake.properties"), property + "\n", StandardOpenOption.APPEND);
        }
        Path output = temp.resolve("out");
        TestSites.Run good = TestSites.build(site, output);
        assertEquals(0, good.exitCode(), good.err());
        Map<String, byte[]> before = TestSites.files(output);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = site.resolve("content/pages").resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        long started = System.nanoTime();
        TestSites.Run refused = TestSites.build(site, output);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(1, refused.exitCode(), refused.err());
        assertEquals(expected, refused.errorLines().get(0));
        assertTrue(millis < limitMillis + MARGIN_MILLIS, "refused after " + millis + " ms");
        Map<String, byte[]> after = TestSites.files(output);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(name -> name.contains("-staging-")).toList());
        }
    }

    @Test
    void anIncludeBombIsRefusedAtItsFirstInclude() throws IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        files.put("bomb.adoc", page("Bomb", "include::_b0.txt[]"));
        for (int level = 0; level < 24; level++) {
            files.put("_b" + level + ".txt", "include::_b" + (level + 1) + ".txt[]\ninclude::_b" + (level + 1) + ".txt[]\n");
        }
        files.put("_b24.txt", "leaf\n");
        assertRefusedQuickly(files, "convert: content/pages/bomb.adoc:5: includes nested more than 8 deep (expected at most 8; "
            + "content.limit.include-depth in jbake.properties)", 0);
    }

    @Test
    void aWideIncludeFanOutIsRefusedByTheSizeItWouldExpandTo() throws IOException {
        String hundred = IntStream.range(0, 100).mapToObj(i -> "include::_next.txt[]").collect(Collectors.joining("\n"));
        Map<String, String> files = Map.of(
            "wide.adoc", page("Wide", hundred.replace("_next", "_one")),
            "_one.txt", hundred.replace("_next", "_two"),
            "_two.txt", hundred.replace("_next", "_three"),
            "_three.txt", "A line of text that is included a million times.\n");
        assertRefusedQuickly(files, "convert: content/pages/wide.adoc:45: includes expand the document to more than 20,000,000 "
            + "characters (expected a document that stays under that size with every include read in, each as often as it is included;"
            + " content.limit.expanded-size in jbake.properties)", 0);
    }

    @Test
    void thousandsOfNestedListLevelsAreRefused() throws IOException {
        String lists = IntStream.rangeClosed(1, 5_000).mapToObj(level -> "*".repeat(level % 200 + 1) + " item " + level)
            .collect(Collectors.joining("\n"));
        assertRefusedQuickly(Map.of("lists.adoc", page("Lists", lists)), "convert: content/pages/lists.adoc:104: list items nested more"
            + " than 100 levels deep (expected at most 100; content.limit.nesting in jbake.properties)", 0);
    }

    @Test
    void twoThousandNestedBlocksAreRefused() throws IOException {
        String open = IntStream.range(0, 2_000).mapToObj(level -> "=".repeat(4 + level)).collect(Collectors.joining("\n"));
        String close = IntStream.range(0, 2_000).mapToObj(level -> "=".repeat(4 + 1_999 - level)).collect(Collectors.joining("\n"));
        assertRefusedQuickly(Map.of("blocks.adoc", page("Blocks", open + "\ninner\n" + close)), "convert: content/pages/blocks.adoc:105: "
            + "blocks nested more than 100 levels deep (expected at most 100; content.limit.nesting in jbake.properties)", 0);
    }

    @Test
    void aMegabyteLineOfInlineMarkupIsRefused() throws IOException {
        assertRefusedQuickly(Map.of("line.adoc", page("Line", "*a* _b_ `c` ".repeat(90_000))), "convert: content/pages/line.adoc:5: "
            + "line of 1,080,000 characters (expected at most 100,000: break it into lines; content.limit.line-length in jbake.properties)", 0);
    }

    @Test
    void attributesThatDoubleAtEachStepAreRefusedWhereTheyPassTheLimit() throws IOException {
        String attributes = ":a0: xxxxxxxxxx\n" + IntStream.rangeClosed(1, 30).mapToObj(i -> ":a" + i + ": {a" + (i - 1) + "}{a" + (i - 1) + "}")
            .collect(Collectors.joining("\n"));
        Map<String, String> files = Map.of("grow.adoc", "= Grow\n:jbake-type: page\n:jbake-status: published\n" + attributes + "\n\n{a30}\n");
        assertRefusedQuickly(files, "convert: content/pages/grow.adoc:25: attribute references expand to more than 20,000,000 characters"
            + " (expected a document that stays under that size once its attributes are filled in; content.limit.expanded-size in "
            + "jbake.properties)", 0);
    }

    @Test
    void aDocumentThatConvertsTooSlowlyIsStoppedAtTheTimeLimit() throws IOException {
        // Unclosed macro brackets make Asciidoctor's inline scan quadratic: about 12 s for this line on a quiet machine.
        assertRefusedQuickly(Map.of("slow.adoc", page("Slow", "link:x[".repeat(12_000))), "convert: content/pages/slow.adoc: converting"
            + " took longer than 2 s (expected a document that converts within the limit; content.limit.seconds in jbake.properties)",
            2_000, "content.limit.seconds=2");
    }

    @Test
    void aLimitSetOutOfItsRangeIsAConfigurationProblem() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Files.writeString(site.resolve("jbake.properties"), "content.limit.seconds=0\n", StandardOpenOption.APPEND);
        TestSites.Run run = TestSites.build(site, temp.resolve("out"));
        assertEquals(1, run.exitCode());
        assertEquals("config: jbake.properties: bad content.limit.seconds '0' (expected a whole number from 1 to 3,600)", run.errorLines().get(0));
    }
}
