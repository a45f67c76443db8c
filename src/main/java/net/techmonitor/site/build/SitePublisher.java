package net.techmonitor.site.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.locks.Lock;

/**
 * Publish atomically: a build writes into a fresh staging folder beside the output, and only a build that
 * succeeded replaces the output, by renaming. A failed build deletes its staging folder and leaves the last
 * good output exactly as it was. The output carries a marker file, and a folder that has files but no marker
 * is never replaced: a mistyped {@code --output} must not delete anyone's files.
 */
public final class SitePublisher {
    public static final String MARKER = ".techmonitor-site";

    private final Path output;
    private final Lock swapLock;

    public SitePublisher(Path output) {
        this(output, null);
    }

    /** @param swapLock held while the output is swapped, so a server reading under the matching read lock never sees it missing */
    public SitePublisher(Path output, Lock swapLock) {
        this.output = output.toAbsolutePath().normalize();
        this.swapLock = swapLock;
    }

    /** Refuses an output folder that holds files this generator did not write; returns a new staging folder. */
    public Path prepareStaging() throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new OutputRefusedException(output + " is a file, not a folder (expected a folder for the built site)");
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER)) && !isEmpty(output)) {
            throw new OutputRefusedException(output + " holds files this generator did not write (expected an empty folder, "
                + "or one written by an earlier build, which has a " + MARKER + " file); choose another --output");
        }
        Path parent = output.getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + output.getFileName() + "-staging-");
    }

    /** Swaps the staging folder in as the output. */
    public void publish(Path staging) throws IOException {
        Files.writeString(staging.resolve(MARKER), "Written by the Tech Monitor site generator; this folder is replaced by every build.\n");
        Path previous = null;
        if (swapLock != null) {
            swapLock.lock();
        }
        try {
            if (Files.exists(output)) {
                previous = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + "-previous-");
                Files.delete(previous);
                move(output, previous);
            }
            move(staging, output);
        } finally {
            if (swapLock != null) {
                swapLock.unlock();
            }
        }
        if (previous != null) {
            deleteTree(previous);
        }
    }

    public void discard(Path staging) {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete staging folder " + staging, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Deletes a folder and everything in it; nothing if it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exception) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The output folder may not be written; the message says why and what to do. */
    public static final class OutputRefusedException extends RuntimeException {
        public OutputRefusedException(String message) {
            super(message);
        }
    }
}
