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

    private static final String STAGING = "-staging-";
    private static final String PREVIOUS = "-previous-";

    private final Path output;
    private final Lock swapLock;
    private OutputLock lock;
    private boolean recovered;

    public SitePublisher(Path output) {
        this(output, null);
    }

    /** @param swapLock held while the output is swapped, so a server reading under the matching read lock never sees it missing */
    public SitePublisher(Path output, Lock swapLock) {
        this.output = output.toAbsolutePath().normalize();
        this.swapLock = swapLock;
    }

    /**
     * Takes the output's lock (one build at a time into one output), restores the last complete site if an earlier
     * build died between the two renames of its swap, removes what killed builds left behind, refuses an output folder
     * that holds files this generator did not write, and returns a new staging folder.
     */
    public Path prepareStaging() throws IOException {
        return prepareStaging(true);
    }

    /**
     * @param publishing false for a {@code check}, which only stages and throws away: it takes no lock and leaves the
     *                   output and what earlier builds left to the builds that publish
     */
    public Path prepareStaging(boolean publishing) throws IOException {
        if (!publishing) {
            return newStaging();
        }
        lock = OutputLock.acquire(output);
        try {
            recovered = restoreInterruptedSwap();
            removeLeftovers();
            return newStaging();
        } catch (IOException | RuntimeException e) {
            releaseLock();
            throw e;
        }
    }

    /** Whether {@link #prepareStaging} put back the site an interrupted swap had moved aside. */
    public boolean recovered() {
        return recovered;
    }

    private Path newStaging() throws IOException {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new OutputRefusedException(output + " is a file, not a folder (expected a folder for the built site)");
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER)) && !isEmpty(output)) {
            throw new OutputRefusedException(output + " holds files this generator did not write (expected an empty folder, "
                + "or one written by an earlier build, which has a " + MARKER + " file); choose another --output");
        }
        Path parent = output.getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + output.getFileName() + STAGING);
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
                previous = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + PREVIOUS);
                Files.delete(previous);
                move(output, previous);
            }
            move(staging, output);
        } finally {
            if (swapLock != null) {
                swapLock.unlock();
            }
        }
        try {
            if (previous != null) {
                deleteTree(previous);
            }
        } finally {
            releaseLock();
        }
    }

    public void discard(Path staging) {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete staging folder " + staging, e);
        } finally {
            releaseLock();
        }
    }

    private void releaseLock() {
        if (lock != null) {
            lock.release();
            lock = null;
        }
    }

    /**
     * A build killed between moving the output aside and moving its staging folder in leaves no output and the last
     * complete site in a "previous" folder: that site is put back. Only a folder the generator wrote (it has the
     * marker) is restored.
     */
    private boolean restoreInterruptedSwap() throws IOException {
        if (Files.exists(output, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        for (Path previous : siblings(PREVIOUS)) {
            if (Files.isRegularFile(previous.resolve(MARKER))) {
                move(previous, output);
                return true;
            }
        }
        return false;
    }

    /** Staging and previous folders of earlier builds: under the lock no other build uses them. */
    private void removeLeftovers() throws IOException {
        for (Path leftover : siblings(STAGING)) {
            deleteTree(leftover);
        }
        for (Path leftover : siblings(PREVIOUS)) {
            deleteTree(leftover);
        }
    }

    private java.util.List<Path> siblings(String kind) throws IOException {
        Path parent = output.getParent();
        if (!Files.isDirectory(parent)) {
            return java.util.List.of();
        }
        String prefix = "." + output.getFileName() + kind;
        try (java.util.stream.Stream<Path> entries = Files.list(parent)) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith(prefix)).sorted().toList();
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
