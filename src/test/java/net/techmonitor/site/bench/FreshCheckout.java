package net.techmonitor.site.bench;

import net.techmonitor.site.TestSites;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * What the Pages workflow builds from: a fresh checkout of the site (as {@code actions/checkout}: every file written
 * anew, so with new modification times, and no output folder) with the build cache of the last deploy restored (as
 * {@code actions/cache}). That action packs the folder with {@code tar --posix -cf ARCHIVE -P -C WORKSPACE PATH} and
 * unpacks it with {@code tar -xf ARCHIVE -P -C WORKSPACE} (actions/toolkit, packages/cache/src/internal/tar.ts),
 * without {@code --touch}: the restored files keep the modification times they were saved with (the POSIX format
 * keeps them below the second). This does the same with the system's tar, uncompressed (the action adds zstd).
 * A runner checks out into the same workspace every time, so the checkout belongs where the site was.
 */
final class FreshCheckout {
    /** The build cache the workflow keeps, as {@code pages.yml} names it (the build's default, under the source). */
    static final String CACHE = "target/.techmonitor-cache";

    private FreshCheckout() {
    }

    /**
     * Writes a fresh copy of {@code site} (everything but its {@code target/}) to {@code checkout}, a folder not there
     * yet, then restores the site's build cache into it through a tar archive made in {@code work}.
     */
    static void make(Path site, Path checkout, Path work) throws IOException, InterruptedException {
        if (!Files.isDirectory(site.resolve(CACHE))) {
            throw new IllegalStateException("no build cache to restore at " + site.resolve(CACHE));
        }
        if (Files.exists(checkout)) {
            throw new IllegalStateException(checkout + " is there already: a checkout is made into a new folder");
        }
        Files.createDirectories(checkout);
        try (var entries = Files.list(site)) {
            for (Path entry : entries.filter(path -> !path.getFileName().toString().equals("target")).sorted().toList()) {
                Path copy = checkout.resolve(entry.getFileName().toString());
                if (Files.isDirectory(entry)) {
                    TestSites.copyTree(entry, copy);
                } else {
                    // Without COPY_ATTRIBUTES: a new file, as a checkout writes it.
                    Files.copy(entry, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path archive = work.resolve("deploy-cache-" + System.nanoTime() + ".tar");
        try {
            tar(List.of("tar", "--posix", "-cf", archive.toString(), "-P", "-C", site.toString(), CACHE), work);
            tar(List.of("tar", "-xf", archive.toString(), "-P", "-C", checkout.toString()), work);
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    private static void tar(List<String> command, Path folder) throws IOException, InterruptedException {
        MeasuredProcess.Result result = MeasuredProcess.run(command, folder);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + result.exitCode() + "):\n" + result.output());
        }
    }
}
