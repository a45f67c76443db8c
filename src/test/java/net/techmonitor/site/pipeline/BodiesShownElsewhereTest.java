package net.techmonitor.site.pipeline;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.settings.SiteSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A save or build that changed only bodies works out only the pages that show those bodies ({@code BodyChanges}).
 * Which those are is found here, not assumed: every body of the real site and of the journal fixture gets a marker
 * of its own, and every page and site file a cold build writes is searched for markers. Then every body that shows
 * anywhere but on its own page is edited at once, and both the preview and an incremental {@code build} must write
 * what a cold build writes.
 */
class BodiesShownElsewhereTest {
    private static final Pattern MARKER = Pattern.compile("Bodymarker([0-9]+)x");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"real", "journal"})
    void bodiesShownBeyondTheirOwnPageAreRebuiltWhereTheyShow(String which) throws IOException {
        Path site;
        if (which.equals("real")) {
            site = temp.resolve("site");
            Path repository = TestSites.repository();
            for (String part : List.of("content", "templates", "assets")) {
                TestSites.copyTree(repository.resolve(part), site.resolve(part));
            }
            Files.copy(repository.resolve("jbake.properties"), site.resolve("jbake.properties"));
        } else {
            site = TestSites.fixture(which, temp);
        }
        List<Path> documents = published(site.resolve("content"));
        for (int i = 0; i < documents.size(); i++) {
            Files.writeString(documents.get(i), Files.readString(documents.get(i)) + "\nBodymarker" + i + "x\n");
        }
        Path output = temp.resolve("out/site");
        TestSites.Run first = TestSites.build(site, output);
        assertEquals(0, first.exitCode(), first.err());

        // Where each body shows: its document's own page is the page whose folder is named as the document.
        Map<Integer, Set<String>> shownElsewhere = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : TestSites.files(output).entrySet()) {
            Matcher marker = MARKER.matcher(new String(file.getValue(), StandardCharsets.UTF_8));
            while (marker.find()) {
                int document = Integer.parseInt(marker.group(1));
                if (!isOwnPage(file.getKey(), documents.get(document), site.resolve("content"))) {
                    shownElsewhere.computeIfAbsent(document, d -> new TreeSet<>()).add(file.getKey());
                }
            }
        }
        if (which.equals("real")) {
            assertFalse(shownElsewhere.isEmpty(), "the report page shows the bodies of the report's sections");
        }

        // The preview of the same site, then every such body edited at once (and one more, shown on its page alone).
        SiteSettings previewSettings = SiteSettingsLoader.load(site, temp.resolve("preview/site"), null);
        PreviewRebuilder preview = new PreviewRebuilder(previewSettings, new ReentrantReadWriteLock().writeLock(), message -> { },
            net.techmonitor.site.timing.ProgressDisplay.OFF);
        preview.rebuild(Set.of(), true);
        List<Path> edited = new ArrayList<>();
        shownElsewhere.keySet().forEach(document -> edited.add(documents.get(document)));
        documents.stream().filter(document -> !edited.contains(document)).findFirst().ifPresent(edited::add);
        for (Path document : edited) {
            Files.writeString(document, Files.readString(document).replaceFirst("Bodymarker([0-9]+)x", "Bodymarker$1x, edited"));
        }
        assertFalse(preview.rebuild(Set.copyOf(edited), false).whole(), "a body-only save is rebuilt in place");
        TestSites.Run incremental = TestSites.build(site, output);
        assertEquals(0, incremental.exitCode(), incremental.err());
        assertTrue(Pattern.compile("render: [0-9]+ of [0-9]+ pages changed").matcher(incremental.out()).find(),
            "the build builds on the last one: " + incremental.out());

        SiteSettings plain = SiteSettingsLoader.load(site, temp.resolve("cold/site"), null).plain();
        SiteBuild.run(plain);
        Map<String, byte[]> want = TestSites.files(plain.output());
        for (Path built : List.of(output, previewSettings.output())) {
            Map<String, byte[]> got = new HashMap<>(TestSites.files(built));
            assertEquals(want.keySet(), got.keySet(), built + ": the same files");
            want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), built + ": the same bytes in " + path
                + " after editing bodies shown elsewhere: " + shownElsewhere));
        }
    }

    private static boolean isOwnPage(String outputPath, Path document, Path content) {
        String name = document.getFileName().toString().replaceFirst("\\.adoc$", "");
        String folder = content.relativize(document.getParent()).toString().replace('\\', '/');
        return outputPath.endsWith("/" + name + "/index.html") || outputPath.equals(name + "/index.html")
            || name.equals("index") && outputPath.endsWith(folder.replaceFirst("^[^/]+/", "") + "/index.html")
            || outputPath.startsWith("search-index/");
    }

    private static List<Path> published(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(file -> file.toString().endsWith(".adoc")).sorted().filter(file -> {
                try {
                    return Files.readString(file).contains(":jbake-status: published");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
