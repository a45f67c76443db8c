package net.techmonitor.site.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build's state, written into the build cache, reads back as it was; a damaged or foreign file reads as none. */
class BuildStateFileTest {
    @TempDir
    Path temp;

    private static BuildState state() {
        LinkChecker.PageReferences home = new LinkChecker.PageReferences("index.html", List.of("/issues/", "/css/site.css", "/issues/"),
            Set.of("main", "top"), true, List.of());
        LinkChecker.PageReferences article = new LinkChecker.PageReferences("issues/2018-q3/x/index.html",
            List.of("/issues/", "../../#main", "https://example.org/ünïcode"), Set.of(), false,
            List.of(new PageLinkScanner.Meta("citation_title", "A title"), new PageLinkScanner.Meta("citation_author", "")));
        return new BuildState("frame", "listing", "plan",
            Map.of("content/issues/2018-q3/x.adoc", new BuildState.Document("file", "header", "body", List.of("/issues/2018-q3/chart.png")),
                "content/issues/2018-q3/draft.adoc", new BuildState.Document("other file", "other header", "", List.of())),
            Map.of("index.html", "a".repeat(64), "issues/2018-q3/x/index.html", "b".repeat(64)),
            Map.of("feed.xml", "c".repeat(64)),
            LinkChecker.SiteLinks.of(Set.of("index.html", "issues/2018-q3/x/index.html", "feed.xml", "css/site.css"), List.of(home, article)));
    }

    @Test
    void aStateReadsBackAsItWasWritten() throws IOException {
        Path file = temp.resolve("cache/last-build.state");
        BuildState written = state();
        BuildStateFile.write(file, written);
        BuildState read = BuildStateFile.read(file).orElseThrow();
        assertEquals(written.frame(), read.frame());
        assertEquals(written.listing(), read.listing());
        assertEquals(written.plan(), read.plan());
        assertEquals(written.documents(), read.documents());
        assertEquals(written.pages(), read.pages());
        assertEquals(written.files(), read.files());
        assertEquals(written.links().files(), read.links().files());
        assertEquals(List.copyOf(written.links().pages()), List.copyOf(read.links().pages()));
    }

    @Test
    void aDamagedOrForeignFileIsNoState() throws IOException {
        Path file = temp.resolve("last-build.state");
        BuildStateFile.write(file, state());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
        assertEquals(Optional.empty(), BuildStateFile.read(file), "cut short");
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        Files.write(file, longer);
        assertEquals(Optional.empty(), BuildStateFile.read(file), "with bytes after the end");
        Files.writeString(file, "techmonitor-build-state 0\n");
        assertEquals(Optional.empty(), BuildStateFile.read(file), "another format");
        assertTrue(BuildStateFile.read(temp.resolve("none")).isEmpty(), "no file");
    }
}
