package net.techmonitor.site.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publish atomically: a build writes into a fresh staging folder beside the output, and only a build that succeeded
 * replaces the output. A failed build deletes its staging folder and leaves the last good output exactly as it was.
 *
 * <p>Where the file system has symbolic links (Linux, macOS), the output path is a link to a versioned folder beside
 * it, {@code .<name>-v<N>}. Publishing renames the finished staging folder to the next version, makes a new link to it
 * beside the output and renames that link over the output: one {@code rename(2)}, atomic, so at every instant the
 * output is the complete previous site or the complete new one, whatever kills the process. Only then is the previous
 * version deleted. Where links cannot be made (Windows without the privilege, file systems without links, or the
 * first publish over an output that is still a real folder), the output is renamed aside and the new site renamed in:
 * between the two renames the output is missing, and a build killed there leaves the complete site in
 * {@code .<name>-previous-*}, which the next build (or {@code serve}, or {@code check}) renames back first.
 *
 * <p>A build that seeds its staging folder with the output's files (hard links: a {@code build} on the last build's
 * state) keeps the version the output leaves as {@code .<name>-spare} instead of deleting it, and the next such build
 * moves it in as its staging folder: most of its files are already the output's, and its folders need not be made
 * again. Deleting and making a site's thousand folders cost a second on this project's machines, most of such a build.
 *
 * <p>The output carries a marker file, and a folder that has files but no marker is never replaced: a mistyped
 * {@code --output} must not delete anyone's files. Every leftover of a killed build (staging, version, link and
 * previous folders) is removed, under the output's lock, by the next one.
 *
 * <p>Over 300 lines because it is one protocol: the lock, the version folders, the link swap, the two-rename
 * fallback and the recovery of an interrupted swap share their state and their order, and each step is only
 * safe given the others; read together they can be checked together.</p>
 */
public final class SitePublisher {
    public static final String MARKER = ".techmonitor-site";

    private static final String STAGING = "-staging-";
    private static final String PREVIOUS = "-previous-";
    private static final String VERSION = "-v";
    private static final String LINK = "-link-";
    /** The version before the output, kept by builds that seed their staging folder from the output (see {@link #recycleSpare}). */
    private static final String SPARE = "-spare";
    /**
     * Test seam: {@code -Dtechmonitor.test.pauseAt=<step>} makes a publish stop at that step, print
     * {@code test seam: paused at <step>} on standard error and wait, so that a test can kill the process exactly there.
     * Steps: {@code swap} (the new site is complete, nothing renamed yet), {@code version} (it is renamed to its version
     * folder), {@code link} (the new link exists beside the output), {@code aside} (only without links: the old output is
     * renamed aside and the new one not yet in), {@code published} (the output is the new site, the old one not yet deleted).
     */
    static final String PAUSE_PROPERTY = "techmonitor.test.pauseAt";
    /** {@code -Dtechmonitor.publish.links=false}: publish by two renames even where links work (what Windows gets). */
    static final String LINKS_PROPERTY = "techmonitor.publish.links";

    /** The file operations a publish makes; a test replaces them to make one fail. */
    interface FileMoves {
        /** Renames {@code from} to {@code to}; {@code to} may be an existing symbolic link, which is replaced. */
        void move(Path from, Path to) throws IOException;

        /** Creates the symbolic link {@code link} pointing to {@code target}, a name relative to the link's folder. */
        void link(Path link, Path target) throws IOException;

        void deleteTree(Path root) throws IOException;
    }

    static final FileMoves SYSTEM = new FileMoves() {
        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        }

        @Override
        public void link(Path link, Path target) throws IOException {
            Files.createSymbolicLink(link, target);
        }

        @Override
        public void deleteTree(Path root) throws IOException {
            SitePublisher.deleteTree(root);
        }
    };

    /** Test seam: what every publisher uses for its file operations. */
    static volatile FileMoves moves = SYSTEM;

    private final Path output;
    private final Lock swapLock;
    private final FileMoves files = moves;
    private OutputLock lock;
    private boolean recovered;
    private boolean links;
    /** Where the staged site is now: the staging folder, or the version folder it was renamed to. */
    private Path staged;
    private String leftBehind;
    /** Whether the staging folder was seeded from the output: then the version the output leaves is kept as the spare. */
    private boolean keepsOldVersion;

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
            links = linksWork();
            return newStaging();
        } catch (IOException | RuntimeException e) {
            releaseLock();
            throw e;
        }
    }

    /**
     * For a command that does not publish into this output ({@code check}): restores an interrupted swap of it and
     * removes what killed builds left, if no build holds its lock now. Returns whether a site was put back.
     */
    public static boolean recover(Path output) throws IOException {
        SitePublisher publisher = new SitePublisher(output);
        Path parent = publisher.output.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return false;
        }
        boolean leftovers = false;
        for (String kind : List.of(STAGING, PREVIOUS, LINK, VERSION)) {
            leftovers |= !publisher.siblings(kind).isEmpty();
        }
        if (!leftovers) {
            return false; // nothing to repair: not even a lock file is made beside an output this command does not write
        }
        Optional<OutputLock> lock = OutputLock.tryAcquire(publisher.output);
        if (lock.isEmpty()) {
            return false;
        }
        try {
            boolean restored = publisher.restoreInterruptedSwap();
            publisher.removeLeftovers();
            return restored;
        } finally {
            lock.get().release();
        }
    }

    /** Whether {@link #prepareStaging} put back the site an interrupted swap had moved aside. */
    public boolean recovered() {
        return recovered;
    }

    /**
     * After {@link #publish}: what it could not delete (the previous site's folder), in words, for a notice; the next
     * build deletes it. Empty when everything was cleaned up.
     */
    public Optional<String> leftBehind() {
        return Optional.ofNullable(leftBehind);
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
        staged = Files.createTempDirectory(parent, "." + output.getFileName() + STAGING);
        return staged;
    }

    /**
     * Swaps the staging folder in as the output: with links, by renaming a new link over the output link (atomic);
     * otherwise by two renames, moving the old output back if the second fails.
     */
    public void publish(Path staging) throws IOException {
        // On failure the output is as it was (or, without links, restored by the next build) and the new site deleted.
        try {
            Files.writeString(staging.resolve(MARKER), "Written by the Tech Monitor site generator; this folder is replaced by every build.\n");
            pause("swap");
            boolean outputIsLink = Files.isSymbolicLink(output);
            Path oldVersion = outputIsLink ? ourVersion(output).orElse(null) : null;
            Path incoming = staging;
            if (links) {
                Path version = nextVersion();
                move(staging, version, "rename the new site's folder");
                staged = version;
                pause("version");
                incoming = output.resolveSibling("." + output.getFileName() + LINK + UUID.randomUUID());
                try {
                    files.link(incoming, version.getFileName());
                } catch (IOException e) {
                    throw new PublishIoException("cannot make the link " + incoming + " to " + version.getFileName() + ": " + reason(e), e, true);
                }
                pause("link");
            }
            Path previous = null;
            if (swapLock != null) {
                swapLock.lock();
            }
            try {
                if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !(links && outputIsLink)) {
                    // A real folder (or, without links, a link) cannot be replaced in one rename: moved aside first.
                    previous = output.resolveSibling("." + output.getFileName() + PREVIOUS + UUID.randomUUID());
                    move(output, previous, "move the output aside");
                    pause("aside");
                    try {
                        move(incoming, output, "rename the new site");
                    } catch (PublishIoException e) {
                        try {
                            files.move(previous, output);
                        } catch (IOException restoring) {
                            throw new PublishIoException(e.getMessage() + "; the last complete site is in " + previous
                                + " and the next build puts it back", e, false);
                        }
                        throw e;
                    }
                } else {
                    move(incoming, output, "rename the new site");
                }
                staged = null;
            } finally {
                if (swapLock != null) {
                    swapLock.unlock();
                }
            }
            pause("published");
            // The new site is published: what is left of the old one is a leftover, not a failure.
            List<Path> old = new ArrayList<>();
            if (previous != null) {
                old.add(previous);
            }
            if (oldVersion != null && !oldVersion.equals(currentVersion().orElse(null))) {
                old.add(oldVersion);
            }
            for (Path folder : old) {
                if (folder.equals(oldVersion) && keptAsSpare(folder)) {
                    continue;
                }
                try {
                    files.deleteTree(folder);
                } catch (IOException e) {
                    leftBehind = "could not delete the previous site's folder " + folder + " (the next build deletes it)";
                }
            }
        } catch (IOException | RuntimeException e) {
            discard(staging);
            throw e;
        }
        releaseLock();
    }

    /**
     * For a build that seeds its staging folder from the output: moves the spare in as the (empty) staging folder, if
     * there is one, and has the version the output leaves kept as the next spare (or, should the build fail, the
     * staging folder). Returns whether the staging folder now holds the spare's files, which the caller makes the
     * output's again; only links replace files there, so the spare's files, shared with the output, are never written.
     */
    boolean recycleSpare(Path staging) throws IOException {
        if (!links) {
            return false; // the output leaves no version folder to keep (see publish): nothing would use a spare
        }
        keepsOldVersion = true;
        Path spare = spare();
        if (!Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(spare)) {
            return false;
        }
        Files.delete(staging);
        try {
            files.move(spare, staging);
            return true;
        } catch (IOException e) {
            Files.createDirectory(staging);
            return false;
        }
    }

    private Path spare() {
        return output.resolveSibling("." + output.getFileName() + SPARE);
    }

    /** Keeps a folder of a seeded build as the spare, if there is none: a folder that cannot be moved is deleted instead. */
    private boolean keptAsSpare(Path folder) {
        if (!keepsOldVersion || Files.exists(spare(), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            files.move(folder, spare());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes the staging folder (or the version it became) of a check or of a build that failed; a failure is left to the next build. */
    public void discard(Path staging) {
        try {
            if (staged != null) {
                if (!keptAsSpare(staged)) {
                    deleteTree(staged);
                }
                staged = null;
            } else if (staging != null && Files.exists(staging) && !isCurrent(staging) && !keptAsSpare(staging)) {
                deleteTree(staging);
            }
        } catch (IOException | UncheckedIOException e) {
            // Left behind: the next build into this output removes it.
        } finally {
            releaseLock();
        }
    }

    private boolean isCurrent(Path folder) throws IOException {
        return Files.exists(output) && Files.isSameFile(output, folder);
    }

    private void releaseLock() {
        if (lock != null) {
            lock.release();
            lock = null;
        }
    }

    private static void pause(String step) {
        if (step.equals(System.getProperty(PAUSE_PROPERTY))) {
            System.err.println("test seam: paused at " + step);
            System.err.flush();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether this publish may use a link: asked, and a link can be made beside the output. */
    private boolean linksWork() {
        if ("false".equals(System.getProperty(LINKS_PROPERTY)) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        Path probe = output.resolveSibling("." + output.getFileName() + LINK + UUID.randomUUID());
        try {
            Files.createDirectories(probe.getParent());
            Files.createSymbolicLink(probe, Path.of(output.getFileName() + VERSION + "0"));
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The version folder the output links to, if it is one of ours: a {@code .<name>-v<N>} folder beside it. */
    private Optional<Path> ourVersion(Path link) throws IOException {
        Path target = Files.readSymbolicLink(link);
        if (target.getNameCount() != 1 || target.isAbsolute() || versionNumber(target.getFileName().toString()) < 0) {
            return Optional.empty();
        }
        return Optional.of(link.resolveSibling(target));
    }

    private Optional<Path> currentVersion() throws IOException {
        return Files.isSymbolicLink(output) ? ourVersion(output) : Optional.empty();
    }

    private long versionNumber(String name) {
        Matcher matcher = Pattern.compile(Pattern.quote("." + output.getFileName() + VERSION) + "(\\d{1,18})").matcher(name);
        return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private Path nextVersion() throws IOException {
        long next = 1;
        for (Path version : siblings(VERSION)) {
            next = Math.max(next, versionNumber(version.getFileName().toString()) + 1);
        }
        return output.resolveSibling("." + output.getFileName() + VERSION + next);
    }

    /**
     * A build killed between moving the output aside and moving its new site in leaves no output and the last
     * complete site in a "previous" folder: that site is put back. Only a folder the generator wrote (it has the
     * marker) is restored.
     */
    private boolean restoreInterruptedSwap() throws IOException {
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        for (Path previous : siblings(PREVIOUS)) {
            if (Files.isRegularFile(previous.resolve(MARKER))) {
                move(previous, output, "put the last complete site back");
                return true;
            }
        }
        return false;
    }

    /** Staging, previous, link and unused version folders of earlier builds: under the lock no other build uses them. */
    private void removeLeftovers() throws IOException {
        Path current = currentVersion().orElse(null);
        for (String kind : List.of(STAGING, PREVIOUS, LINK, VERSION)) {
            for (Path leftover : siblings(kind)) {
                if (!leftover.equals(current) && (!kind.equals(VERSION) || versionNumber(leftover.getFileName().toString()) >= 0)) {
                    try {
                        if (Files.isSymbolicLink(leftover)) {
                            Files.delete(leftover);
                        } else {
                            files.deleteTree(leftover);
                        }
                    } catch (IOException e) {
                        throw new PublishIoException("cannot delete " + leftover + ", left by an earlier build: " + reason(e), e, true);
                    }
                }
            }
        }
    }

    private List<Path> siblings(String kind) throws IOException {
        Path parent = output.getParent();
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        String prefix = "." + output.getFileName() + kind;
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    private void move(Path from, Path to, String doing) throws PublishIoException {
        try {
            files.move(from, to);
        } catch (IOException e) {
            throw new PublishIoException("cannot " + doing + ": renaming " + from + " to " + to + " failed: " + reason(e), e, true);
        }
    }

    /** What went wrong, in words: the operating system's reason, never a Java class name. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof java.nio.file.FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return "input or output failed";
    }

    static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Deletes a folder and everything in it (a link itself, not what it points to); nothing if it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
                if (exception != null) {
                    throw exception;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * A file operation of the publish failed; the message names the operation and the files in plain words. Unless
     * {@link #outputIntact()}, the output is missing until the next build puts the last complete site back.
     */
    public static final class PublishIoException extends IOException {
        private final boolean outputIntact;

        PublishIoException(String message, IOException cause, boolean outputIntact) {
            super(message, cause);
            this.outputIntact = outputIntact;
        }

        public boolean outputIntact() {
            return outputIntact;
        }
    }

    /** The output folder may not be written; the message says why and what to do. */
    public static final class OutputRefusedException extends RuntimeException {
        public OutputRefusedException(String message) {
            super(message);
        }
    }
}
