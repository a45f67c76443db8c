package net.techmonitor.site.cache;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Writing cache entries that builds sharing the cache folder (a preview and a build) may read at any moment. */
public final class CacheFiles {
    private CacheFiles() {
    }

    /**
     * Writes the bytes under a unique name in the same folder, then renames: a reader sees the whole entry or
     * none. (Not createTempFile: its files are private to the user, and a web server must be able to read a PDF
     * copied from here.)
     */
    public static void writeWhole(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling("partial-" + UUID.randomUUID());
        Files.write(partial, bytes);
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
