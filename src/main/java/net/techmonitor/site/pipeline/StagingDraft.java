package net.techmonitor.site.pipeline;

import net.techmonitor.site.problems.BuildMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;

/**
 * A whole build's draft: a staging folder beside the output, swapped in by {@link SitePublisher} in one step. A
 * {@code build} on the last build's state first {@link #seed seeds} it with the output's files, as hard links, and
 * then writes only what changed: the swap stays one step, and the output before it is never written.
 */
final class StagingDraft implements OutputDraft {
    private final SitePublisher publisher;
    private final Path staging;
    private final Consumer<BuildMessage> progress;
    /**
     * Whether the folder holds the output's files: then each write replaces the file, never writes into it, since
     * it is the very file (the same inode) the published output shows.
     */
    private volatile boolean seeded;

    private StagingDraft(SitePublisher publisher, Path staging, Consumer<BuildMessage> progress) {
        this.publisher = publisher;
        this.staging = staging;
        this.progress = progress;
    }

    /**
     * @param publishing false for a {@code check}, whose staging folder is never published
     * @param swapLock   held while the new output is swapped in (the preview server reads under its read side), or null
     */
    static StagingDraft open(Path output, boolean publishing, Lock swapLock, Consumer<BuildMessage> progress) throws IOException {
        SitePublisher publisher = new SitePublisher(output, swapLock);
        Path staging = publisher.prepareStaging(publishing);
        if (publisher.recovered()) {
            // Routine, not a notice: it is about this run, and an up-to-date build must not repeat it.
            progress.accept(BuildMessage.routine("publish: restored the last complete site into " + output
                + " (an earlier build was stopped while it replaced the output)"));
        }
        return new StagingDraft(publisher, staging, progress);
    }

    /**
     * Makes the staging folder hold the published output's files, each a hard link to the output's (a copy where the
     * file system makes none), but for the marker, which publishing writes, and these output paths (the files the build
     * copies again, and those it deletes; a folder left empty goes too, as a whole build makes none). The output's
     * listing is read first (as {@link UpToDateCheck} lists it): if it is not {@code listing}, the output is not what
     * the last build left, and nothing is done. The staging folder is the spare the last such build left, when there
     * is one ({@link SitePublisher#recycleSpare}): then only what differs from the output is unlinked and linked again.
     *
     * @return whether the folder now holds the output as the last build left it
     */
    boolean seed(Path output, String listing, Set<String> leftOut) throws IOException {
        if (!Files.isDirectory(output)) {
            return false;
        }
        Path live = output.toRealPath();
        String liveFolder = live.toString();
        SortedMap<String, String> lines = new TreeMap<>();
        // Every entry of the output by its path in it, with its file key (device and inode): sorted, folders first.
        SortedMap<String, Entry> wanted = new TreeMap<>();
        Files.walkFileTree(live, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(live)) {
                    wanted.put(UpToDateCheck.relativeTo(liveFolder, dir), new Entry(true, null, dir));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String path = UpToDateCheck.relativeTo(liveFolder, file);
                lines.put(path, UpToDateCheck.listingLine(path, attributes));
                if (attributes.isRegularFile() && !path.equals(SitePublisher.MARKER) && !leftOut.contains(path)) {
                    wanted.put(path, new Entry(false, attributes.fileKey(), file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (!UpToDateCheck.listingDigest(java.util.List.copyOf(lines.values())).equals(listing)) {
            return false;
        }
        if (publisher.recycleSpare(staging)) {
            removeWhatDiffers(wanted);
        }
        boolean linking = true;
        for (Map.Entry<String, Entry> entry : wanted.entrySet()) {
            Path target = staging.resolve(entry.getKey());
            if (entry.getValue().folder()) {
                if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectory(target);
                }
                continue;
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue; // the spare's, the very file of the output
            }
            if (linking) {
                try {
                    Files.createLink(target, entry.getValue().file());
                    continue;
                } catch (UnsupportedOperationException | IOException e) {
                    linking = false; // a file system without hard links: copies from here on
                }
            }
            Files.copy(entry.getValue().file(), target);
        }
        // The folders whose every file was left out, deepest first: only those of left-out files can be.
        java.util.SortedSet<String> folders = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        for (String path : leftOut) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        for (String folder : folders) {
            Path target = staging.resolve(folder);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && SitePublisher.isEmpty(target)) {
                Files.delete(target);
            }
        }
        seeded = true;
        return true;
    }

    /** One entry of the output: a folder, or a file with its key. */
    private record Entry(boolean folder, Object key, Path file) {
    }

    /** In the recycled spare: deletes every entry that is not the output's very file or folder at the same path. */
    private void removeWhatDiffers(Map<String, Entry> wanted) throws IOException {
        String folder = staging.toString();
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Entry want = wanted.get(UpToDateCheck.relativeTo(folder, file));
                if (want == null || want.folder() || !attributes.isRegularFile() || want.key() == null
                    || !want.key().equals(attributes.fileKey())) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exception) throws IOException {
                if (exception != null) {
                    throw exception;
                }
                if (!dir.equals(staging)) {
                    Entry want = wanted.get(UpToDateCheck.relativeTo(folder, dir));
                    if (want == null || !want.folder()) {
                        SitePublisher.deleteTree(dir);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void write(String outputPath, String text) throws IOException {
        Path target = staging.resolve(outputPath);
        Files.createDirectories(target.getParent());
        if (seeded) {
            // A new file in the staging folder: the output's, linked here, keeps its bytes.
            Files.deleteIfExists(target);
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } else {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
    }

    @Override
    public Optional<Path> folder() {
        return Optional.of(staging);
    }

    /**
     * A new staging folder has nothing of the built site in it, and a seeded one was seeded without what is deleted:
     * either way there is nothing to delete.
     */
    @Override
    public void publish(Set<String> deleted) throws IOException {
        publisher.publish(staging);
        publisher.leftBehind().ifPresent(left -> progress.accept(BuildMessage.routine("publish: " + left)));
    }

    @Override
    public void discard() throws IOException {
        publisher.discard(staging);
    }
}
