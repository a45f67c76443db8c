package net.techmonitor.site.pipeline;

import net.techmonitor.site.cache.CacheFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.Lock;

/**
 * A preview save's draft: the changed files kept in memory, then each written beside its place and renamed over
 * it (a reader sees the old page or the new one, never half), all under the preview server's write lock.
 */
final class InPlaceDraft implements OutputDraft {
    private final Path output;
    private final Lock swapLock;
    private final Map<String, String> written = new TreeMap<>();

    InPlaceDraft(Path output, Lock swapLock) {
        this.output = output.toAbsolutePath().normalize();
        this.swapLock = swapLock;
    }

    @Override
    public synchronized void write(String outputPath, String text) {
        written.put(outputPath, text);
    }

    @Override
    public Optional<Path> folder() {
        return Optional.empty();
    }

    synchronized int size() {
        return written.size();
    }

    @Override
    public synchronized void publish(Set<String> deleted) throws IOException {
        List<Path> staged = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : written.entrySet()) {
                Path target = output.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                // Not createTempFile: its owner-only permissions would stay on the page after the rename.
                Path temporary = target.resolveSibling(".preview-" + UUID.randomUUID() + ".tmp");
                staged.add(temporary);
                Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            swapLock.lock();
            try {
                int i = 0;
                for (String path : written.keySet()) {
                    CacheFiles.moveIntoPlace(staged.get(i++), output.resolve(path));
                }
                for (String path : deleted) {
                    Path gone = output.resolve(path);
                    Files.deleteIfExists(gone);
                    deleteEmptyFolders(gone.getParent());
                }
            } finally {
                swapLock.unlock();
            }
        } finally {
            for (Path temporary : staged) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    @Override
    public synchronized void discard() {
        written.clear();
    }

    private void deleteEmptyFolders(Path folder) throws IOException {
        while (folder != null && folder.startsWith(output) && !folder.equals(output)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(folder);
            folder = folder.getParent();
        }
    }
}
