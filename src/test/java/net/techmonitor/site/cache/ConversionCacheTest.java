package net.techmonitor.site.cache;

import net.techmonitor.site.problems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversionCacheTest {
    @TempDir
    Path temp;

    private static final Conversion CONVERTED = new Conversion("<p>Body with ü and 中文</p>", "Body with ü and 中文",
        List.of(new Problem("convert", "content/pages/x.adoc", 7, "asciidoc: something odd")), List.of("content/pages/x.adoc: removed <script>"));

    private static String key(String name) {
        return ContentKey.of("test").with(name).hex();
    }

    private static Conversion conversion(String body) {
        return new Conversion("<p>" + body + "</p>", body, List.of(), List.of());
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void conversionsWrittenByOneLoadAreReadByAnotherProcessUnchanged() throws Exception {
        Path folder = temp.resolve("shared");
        ConversionCache cache = ConversionCache.open(folder, true);
        cache.store(key("a"), CONVERTED);
        cache.store(key("b"), conversion("second"));
        assertEquals(Optional.empty(), ConversionCache.openAsAnotherProcess(folder).find(key("a")), "nothing is visible before the load finishes");
        cache.finishWriting();

        List<String> files = namesIn(folder);
        assertEquals(1, files.size(), "one pack for the load: " + files);
        assertTrue(files.get(0).endsWith(".pack"));
        ConversionCache another = ConversionCache.openAsAnotherProcess(folder);
        assertFalse(another.holdsNothing());
        assertEquals(Optional.of(CONVERTED), another.find(key("a")));
        assertEquals(Optional.of(conversion("second")), another.find(key("b")));
        assertEquals(Optional.empty(), another.find(key("never stored")));
    }

    @Test
    void aDamagedOrForeignPackIsAMissNeverAnError() throws Exception {
        Path folder = temp.resolve("damaged");
        ConversionCache cache = ConversionCache.open(folder, true);
        cache.store(key("whole"), CONVERTED);
        cache.finishWriting();
        Path pack = namesIn(folder).stream().map(folder::resolve).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(pack);
        Files.write(pack, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        Files.write(folder.resolve("foreign.pack"), new byte[]{0, 0, 0, 2, 0, 0, 9, 9});

        ConversionCache another = ConversionCache.openAsAnotherProcess(folder);
        assertEquals(Optional.empty(), another.find(key("whole")));
        assertTrue(another.holdsNothing());
    }

    @Test
    void aDisabledCacheNeitherFindsNorWrites() {
        ConversionCache.open(temp.resolve("off"), false).store(key("off"), CONVERTED);
        ConversionCache.open(temp.resolve("off"), false).finishWriting();
        assertFalse(Files.exists(temp.resolve("off")));
        assertEquals(Optional.empty(), ConversionCache.open(temp.resolve("off"), false).find(key("off")));
    }

    @Test
    void keepOnlyDeletesThePacksTheLastBuildDidNotUse() throws Exception {
        Path folder = temp.resolve("prune");
        ConversionCache first = ConversionCache.open(folder, true);
        first.store(key("a"), conversion("a"));
        first.store(key("b"), conversion("b"));
        first.finishWriting();
        ConversionCache second = ConversionCache.open(folder, true);
        second.store(key("c"), conversion("c"));
        second.finishWriting();
        Path killedLongAgo = folder.resolve("partial-left-by-a-killed-build");
        Files.writeString(killedLongAgo, "x");
        Files.setLastModifiedTime(killedLongAgo, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path stillWriting = folder.resolve("partial-of-a-build-running-now");
        Files.writeString(stillWriting, "x");

        ConversionCache.open(folder, true).keepOnly(Set.of(key("a"), key("c")));
        assertEquals(3, namesIn(folder).size(), "both packs hold a used entry; the fresh partial file stays: " + namesIn(folder));
        assertFalse(Files.exists(killedLongAgo));
        assertTrue(Files.exists(stillWriting));

        ConversionCache third = ConversionCache.open(folder, true);
        third.store(key("d"), conversion("d"));
        third.finishWriting();
        ConversionCache.open(folder, true).keepOnly(Set.of(key("d")));
        assertEquals(2, namesIn(folder).size(), "only the pack of d (and the fresh partial file) is left: " + namesIn(folder));
        ConversionCache another = ConversionCache.openAsAnotherProcess(folder);
        assertEquals(Optional.empty(), another.find(key("a")));
        assertEquals(Optional.of(conversion("d")), another.find(key("d")));
        assertEquals(Optional.empty(), ConversionCache.open(folder, true).find(key("b")), "forgotten in memory too");
    }

    @Test
    void manySmallPacksAreJoinedIntoOne() throws Exception {
        Path folder = temp.resolve("saves");
        List<String> keys = IntStream.range(0, 12).mapToObj(i -> key("save " + i)).toList();
        for (int i = 0; i < keys.size(); i++) {
            ConversionCache cache = ConversionCache.open(folder, true);
            cache.store(keys.get(i), conversion("save " + i));
            cache.finishWriting(); // one pack per preview save
        }
        assertEquals(12, namesIn(folder).size());
        ConversionCache.open(folder, true).keepOnly(Set.copyOf(keys));
        assertEquals(1, namesIn(folder).size(), "joined: " + namesIn(folder));
        ConversionCache another = ConversionCache.openAsAnotherProcess(folder);
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(Optional.of(conversion("save " + i)), another.find(keys.get(i)));
        }
    }

    @Test
    void keysSeparateTheirParts() {
        assertNotEquals(ContentKey.of("k").with("ab").with("c").hex(), ContentKey.of("k").with("a").with("bc").hex());
        assertEquals(ContentKey.of("k").with("ab").hex(), ContentKey.of("k").with("ab").hex());
    }
}
