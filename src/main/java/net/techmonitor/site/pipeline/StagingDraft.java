package net.techmonitor.site.pipeline;

import net.techmonitor.site.problems.BuildMessage;
import net.techmonitor.site.urls.SlashPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
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
     * Fills the (empty) staging folder with the published output's files, each a hard link to the output's (a copy
     * where the file system makes none), but for the marker, which publishing writes, and these output paths (the
     * files the build copies again, and those it deletes; a folder left empty goes too, as a whole build makes none). Reads
     * the output's listing on the way (as {@link UpToDateCheck} lists it): if it is not {@code listing}, the output is
     * not what the last build left, and the folder is emptied again.
     *
     * @return whether the folder now holds the output as the last build left it
     */
    boolean seed(Path output, String listing, Set<String> leftOut) throws IOException {
        if (!Files.isDirectory(output)) {
            return false;
        }
        Path live = output.toRealPath();
        SortedMap<Path, String> lines = new TreeMap<>();
        boolean[] linking = {true};
        Files.walkFileTree(live, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(live)) {
                    Files.createDirectory(staging.resolve(live.relativize(dir).toString()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exception) throws IOException {
                if (exception != null) {
                    throw exception;
                }
                Path folder = staging.resolve(live.relativize(dir).toString());
                if (!dir.equals(live)) {
                    try (var entries = Files.list(folder)) {
                        if (entries.findAny().isEmpty()) {
                            Files.delete(folder);
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String path = SlashPaths.relative(live, file);
                lines.put(file, UpToDateCheck.listingLine(path, attributes));
                if (!attributes.isRegularFile() || path.equals(SitePublisher.MARKER) || leftOut.contains(path)) {
                    return FileVisitResult.CONTINUE;
                }
                Path target = staging.resolve(path);
                if (linking[0]) {
                    try {
                        Files.createLink(target, file);
                        return FileVisitResult.CONTINUE;
                    } catch (UnsupportedOperationException | IOException e) {
                        linking[0] = false; // a file system without hard links (or across devices): copies from here on
                    }
                }
                Files.copy(file, target);
                return FileVisitResult.CONTINUE;
            }
        });
        if (!UpToDateCheck.listingDigest(java.util.List.copyOf(lines.values())).equals(listing)) {
            empty();
            return false;
        }
        seeded = true;
        return true;
    }

    /** Deletes everything in the staging folder, not the folder. */
    private void empty() throws IOException {
        try (var entries = Files.list(staging)) {
            for (Path entry : entries.toList()) {
                SitePublisher.deleteTree(entry);
            }
        }
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
