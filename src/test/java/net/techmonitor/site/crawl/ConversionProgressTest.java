package net.techmonitor.site.crawl;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.pipeline.SiteSettingsLoader;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.settings.SiteSettings;
import net.techmonitor.site.source.LoadedDocument;
import net.techmonitor.site.timing.ProgressDisplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conversion counts the files it converts, from every converting thread, on the display it is given; files taken
 * from the cache are not conversions and count for nothing.
 */
class ConversionProgressTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    @Test
    void aConversionOfEnoughFilesCountsEachConvertedFileAndACachedOneNot() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Files.createDirectories(site.resolve("content/pages"));
        for (int i = 1; i <= ContentLoader.SHOW_PROGRESS_FROM; i++) {
            Files.writeString(site.resolve(String.format("content/pages/page-%03d.adoc", i)),
                "= Page " + i + "\n:jbake-type: page\n:jbake-status: published\n\nA page.\n");
        }
        SiteSettings settings = SiteSettingsLoader.load(site, temp.resolve("out/site"), null);
        assertTrue(settings.threads() >= 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // Each look at the clock is a second later: a plain line every fifth file, whichever thread converts it.
        AtomicLong clock = new AtomicLong();
        ProgressDisplay display = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), ProgressDisplay.Mode.PLAIN,
            "  ", () -> clock.getAndAdd(1_000_000_000L));

        List<LoadedDocument> documents = read(settings, display);
        long converted = documents.stream().filter(LoadedDocument::published).count();
        assertTrue(converted > ContentLoader.SHOW_PROGRESS_FROM, "the pages and the fixture's documents: " + converted);
        StringBuilder expected = new StringBuilder();
        for (long done = 5; done <= converted; done += 5) {
            expected.append("  convert: ").append(done).append(" of ").append(converted).append(" documents").append(NL);
        }
        if (converted % 5 != 0) {
            expected.append("  convert: ").append(converted).append(" of ").append(converted).append(" documents").append(NL);
        }
        assertEquals(expected.toString(), bytes.toString(StandardCharsets.UTF_8));

        bytes.reset();
        read(settings, display);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "every file from the cache: nothing converted, nothing shown");
    }

    private static List<LoadedDocument> read(SiteSettings settings, ProgressDisplay display) {
        ProblemCollector problems = new ProblemCollector();
        SourceReading reading = new SourceReading(settings, settings.urls(), AsciidocConverter::shared, settings.conversionCache(), problems,
            message -> { }, display);
        List<LoadedDocument> documents = reading.read(Map.of(), Map.of()).documents();
        assertEquals(List.of(), problems.sorted());
        return documents;
    }
}
