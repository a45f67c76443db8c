package net.techmonitor.site.cache;

import net.techmonitor.site.problems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversionCacheTest {
    @TempDir
    Path temp;

    private static final Conversion CONVERTED = new Conversion("<p>Body with ü and 中文</p>", "Body with ü and 中文",
        List.of(new Problem("convert", "content/pages/x.adoc", 7, "asciidoc: something odd")), List.of("content/pages/x.adoc: removed <script>"));

    @Test
    void anEntryWrittenByOneBuildIsReadByTheNextProcessUnchanged() throws Exception {
        String key = ContentKey.of("test").with("text").hex();
        ConversionCache.open(temp, true).store(key, CONVERTED);
        // A fresh folder key in memory is not shared, so read the file as another process would.
        Conversion read = ConversionCache.decode(Files.readAllBytes(temp.resolve(key + ".conversion")));
        assertEquals(CONVERTED, read);
        assertEquals(Optional.of(CONVERTED), ConversionCache.open(temp, true).find(key));
    }

    @Test
    void aDamagedOrForeignEntryIsAMissNeverAnError() throws Exception {
        String key = ContentKey.of("test").with("damaged").hex();
        Files.createDirectories(temp.resolve("other"));
        Files.write(temp.resolve("other").resolve(key + ".conversion"), new byte[]{0, 0, 0, 2, 0, 0, 9, 9});
        assertEquals(Optional.empty(), ConversionCache.open(temp.resolve("other"), true).find(key));
    }

    @Test
    void aDisabledCacheNeitherFindsNorWrites() {
        String key = ContentKey.of("test").with("off").hex();
        ConversionCache.open(temp.resolve("off"), false).store(key, CONVERTED);
        assertFalse(Files.exists(temp.resolve("off")));
        assertEquals(Optional.empty(), ConversionCache.open(temp.resolve("off"), false).find(key));
    }

    @Test
    void keepOnlyForgetsWhatTheLastBuildDidNotUse() throws Exception {
        Path folder = temp.resolve("prune");
        ConversionCache cache = ConversionCache.open(folder, true);
        String kept = ContentKey.of("test").with("kept").hex();
        String dropped = ContentKey.of("test").with("dropped").hex();
        cache.store(kept, CONVERTED);
        cache.store(dropped, CONVERTED);
        Files.writeString(folder.resolve("partial-left-by-a-killed-build"), "x");
        cache.keepOnly(Set.of(kept));
        try (var left = Files.list(folder)) {
            assertEquals(List.of(kept + ".conversion"), left.map(path -> path.getFileName().toString()).toList());
        }
        assertEquals(Optional.empty(), cache.find(dropped));
        assertTrue(cache.find(kept).isPresent());
    }

    @Test
    void keysSeparateTheirParts() {
        assertNotEquals(ContentKey.of("k").with("ab").with("c").hex(), ContentKey.of("k").with("a").with("bc").hex());
        assertEquals(ContentKey.of("k").with("ab").hex(), ContentKey.of("k").with("ab").hex());
    }
}
