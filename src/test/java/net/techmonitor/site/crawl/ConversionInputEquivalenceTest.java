package net.techmonitor.site.crawl;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.source.AsciidocHeaderScanner;
import net.techmonitor.site.source.ConversionInput;
import net.techmonitor.site.source.SourceHeader;
import net.techmonitor.site.source.SourceText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@link ConversionInput} claims, checked on every document of the real site and the fixture sites: converted
 * with its metadata values left out, a document gives the very body and problems it gives as written (so that the
 * conversion cache may key it by that part alone), and the metadata of most of them is left out.
 */
class ConversionInputEquivalenceTest {

    @Test
    void everyDocumentConvertsAlikeWithItsMetadataLeftOut() throws Exception {
        Path repository = TestSites.repository();
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(repository.resolve("content"), repository.resolve("src/test/resources/sites/journal"),
            repository.resolve("src/test/resources/sites/articles"), repository.resolve("src/test/resources/sites/technology"),
            repository.resolve("src/test/resources/sites/cross-references"), repository.resolve("src/test/resources/sites/print"))) {
            files.addAll(asciidocUnder(folder));
        }
        int leftOut = 0;
        for (Path file : files) {
            SourceText text = SourceText.decode(Files.readAllBytes(file));
            SourceHeader header = AsciidocHeaderScanner.scan(text.lines(), (line, message) -> { });
            if (header == null) {
                continue;
            }
            String input = ConversionInput.of(text, header, net.techmonitor.site.convert.ContentLimits.DEFAULTS.lineLength());
            if (input.equals(text.text())) {
                continue;
            }
            leftOut++;
            assertEquals(convert(file, text.text()), convert(file, input), file + ": the same body and problems");
        }
        assertTrue(leftOut > files.size() / 2, "most documents have metadata to leave out: " + leftOut + " of " + files.size());
    }

    private static String convert(Path file, String text) {
        List<String> problems = new ArrayList<>();
        String html = AsciidocConverter.shared().convert(file, text, (line, message) -> problems.add(line + ": " + message)).html();
        return html + "\n" + problems;
    }

    private static List<Path> asciidocUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.toString().endsWith(".adoc")).sorted().toList();
        }
    }
}
