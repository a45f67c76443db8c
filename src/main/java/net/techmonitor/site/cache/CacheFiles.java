package net.techmonitor.site.cache;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Writing files that another process may read at any moment: cache entries shared by a preview and a build, a preview's pages. */
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
        Path partial = partialIn(file.getParent());
        Files.write(partial, bytes);
        moveIntoPlace(partial, file);
    }

    /** A new name in this folder for a file being written; keepOnly recognises such names as partial. */
    static Path partialIn(Path folder) {
        return folder.resolve("partial-" + UUID.randomUUID());
    }

    /**
     * Renames a finished file over its place, atomically where the file system can, so that a reader (another build,
     * the preview server) sees the old file or the new one and never a half-written one.
     */
    public static void moveIntoPlace(Path finished, Path place) throws IOException {
        try {
            Files.move(finished, place, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, place, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
