package net.techmonitor.site.pipeline;

import net.techmonitor.site.problems.BuildMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;

/** A whole build's draft: a staging folder beside the output, swapped in by {@link SitePublisher} in one step. */
final class StagingDraft implements OutputDraft {
    private final SitePublisher publisher;
    private final Path staging;
    private final Consumer<BuildMessage> progress;

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

    @Override
    public void write(String outputPath, String text) throws IOException {
        Path target = staging.resolve(outputPath);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    @Override
    public Optional<Path> folder() {
        return Optional.of(staging);
    }

    /** A staging folder is new: there is nothing of the built site in it to delete. */
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
