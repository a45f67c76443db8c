package net.techmonitor.site.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time into one output: a lock on a file beside the output, held from staging to publishing. The
 * operating system releases it when the process dies, so a killed build never leaves the output locked. A second
 * build refuses at once rather than waiting: it would otherwise build what the first is building.
 */
final class OutputLock {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock acquire(Path output) throws IOException {
        Files.createDirectories(output.getParent());
        return tryAcquire(output).orElseThrow(() -> new SitePublisher.OutputRefusedException("another build is writing " + output
            + " now (expected one build at a time into one output folder; wait for it to finish, or choose another --output)"));
    }

    /** The lock, or empty when another build holds it. */
    static java.util.Optional<OutputLock> tryAcquire(Path output) throws IOException {
        Path file = output.getParent().resolve("." + output.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            channel.close();
            if (e instanceof IOException io) {
                throw io;
            }
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new OutputLock(channel, lock));
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock; nothing is left to do
        }
    }
}
