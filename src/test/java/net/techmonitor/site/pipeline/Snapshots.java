package net.techmonitor.site.pipeline;

import net.techmonitor.site.TestSites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What an output holds, as a reader opening it through its path sees it, and what builds left beside it. */
final class Snapshots {
    private Snapshots() {
    }

    /** Every file of the output by its relative path, with the SHA-256 of its bytes; comparable with equals. */
    static Map<String, String> of(Path output) {
        Map<String, String> digests = new TreeMap<>();
        TestSites.files(output).forEach((path, bytes) -> {
            try {
                digests.put(path, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
        return digests;
    }

    /**
     * Names beside the output that a build makes and removes: staging, previous, link and unused version folders. (Not
     * the spare a build on the last build's state keeps on purpose, for the next such build: see SitePublisher.)
     */
    static List<String> leftovers(Path parent, String name) {
        Path current;
        try {
            current = Files.isSymbolicLink(parent.resolve(name)) ? Files.readSymbolicLink(parent.resolve(name)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.map(entry -> entry.getFileName().toString())
                .filter(entry -> entry.startsWith("." + name + "-") && !entry.equals(String.valueOf(current))
                    && !entry.equals("." + name + "-spare"))
                .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
