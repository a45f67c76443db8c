package net.techmonitor.site.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converted documents kept between builds, keyed by {@link ContentKey}s that cover all their inputs: on disk in a
 * folder beside the output, and the same entries in memory for the rest of the process (a preview server rebuilding
 * on each save reads nothing twice).
 *
 * <p>On disk, the conversions one load makes go into one {@link ConversionPack}, written as they are made and put in
 * place by {@link #finishWriting} (whether or not the build then succeeds, so a failed build's work is not lost). A
 * preview's save therefore makes a small pack; {@link #keepOnly}, after a successful build, deletes the packs that
 * build did not use and, once the folder holds many packs or many unused entries, packs the used ones into one.</p>
 *
 * <p>This class is the policy: what is kept, under which key, and when it is forgotten. How one entry is written as
 * bytes is {@link ConversionCodec}'s; how entries are laid out in a file is {@link ConversionPack}'s.</p>
 */
public final class ConversionCache {
    /** Past this many packs, or this many unused entries (or a quarter of the used ones, if more), keepOnly repacks. */
    private static final int MANY_PACKS = 8;
    private static final int MANY_UNUSED = 64;
    /** What this process knows of each cache folder. */
    private static final Map<Path, Shelf> SHELVES = new ConcurrentHashMap<>();

    private final Path folder;
    private final boolean enabled;
    private final Shelf shelf;
    /** Each cache opened (once per build) looks at the folder once, for the packs other processes wrote since. */
    private final java.util.concurrent.atomic.AtomicBoolean looked = new java.util.concurrent.atomic.AtomicBoolean();

    /** The memory side and the open packs of one folder, shared by every build of this process. */
    private static final class Shelf {
        final Map<String, Conversion> memory = new ConcurrentHashMap<>();
        final Map<Path, ConversionPack> packs = new ConcurrentHashMap<>();
        ConversionPack.Writer writer;
    }

    private ConversionCache(Path folder, boolean enabled) {
        this(folder, enabled, enabled ? SHELVES.computeIfAbsent(folder.toAbsolutePath().normalize(), ignored -> new Shelf()) : new Shelf());
    }

    private ConversionCache(Path folder, boolean enabled, Shelf shelf) {
        this.folder = folder.toAbsolutePath().normalize();
        this.enabled = enabled;
        this.shelf = shelf;
    }

    /** @param enabled false for a build that must convert everything (the plain build it is compared with) */
    public static ConversionCache open(Path folder, boolean enabled) {
        return new ConversionCache(folder, enabled);
    }

    /** The folder as a new process sees it: nothing in memory, every pack read from disk (for tests). */
    static ConversionCache openAsAnotherProcess(Path folder) {
        return new ConversionCache(folder, true, new Shelf());
    }

    /**
     * Whether this cache holds no conversion at all, in memory or on disk: a build with such a cache converts every
     * file, so it can start Asciidoctor before it knows which files it has. A disabled cache holds nothing.
     */
    public boolean holdsNothing() {
        if (!enabled) {
            return true;
        }
        lookAtFolder();
        return shelf.memory.isEmpty() && shelf.packs.values().stream().allMatch(pack -> pack.keys().isEmpty());
    }

    public Optional<Conversion> find(String key) {
        if (!enabled) {
            return Optional.empty();
        }
        Conversion remembered = shelf.memory.get(key);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        lookAtFolder();
        for (ConversionPack pack : shelf.packs.values()) {
            try {
                Optional<byte[]> entry = pack.read(key);
                if (entry.isPresent()) {
                    Conversion read = ConversionCodec.decode(entry.get());
                    shelf.memory.put(key, read);
                    return Optional.of(read);
                }
            } catch (IOException | RuntimeException e) {
                // a pack another build deleted, or a damaged entry: a miss
            }
        }
        return Optional.empty();
    }

    /** Keeps a new conversion in memory and appends it to this load's pack (see {@link #finishWriting}). */
    public void store(String key, Conversion conversion) {
        if (!enabled) {
            return;
        }
        shelf.memory.put(key, conversion);
        try {
            byte[] entry = ConversionCodec.encode(conversion);
            ConversionPack.Writer writer;
            synchronized (shelf) {
                if (shelf.writer == null) {
                    shelf.writer = ConversionPack.Writer.start(folder);
                }
                writer = shelf.writer;
            }
            writer.add(key, entry);
        } catch (IOException e) {
            // A cache that cannot be written costs the next build time, never correctness.
        }
    }

    /** Puts the pack of conversions stored since the last call in place, for later builds and other processes. */
    public void finishWriting() {
        ConversionPack.Writer writer;
        synchronized (shelf) {
            writer = shelf.writer;
            shelf.writer = null;
        }
        if (writer == null) {
            return;
        }
        if (writer.isEmpty()) {
            writer.abandon();
            return;
        }
        try {
            Path pack = writer.finish();
            shelf.packs.put(pack, ConversionPack.open(pack));
        } catch (IOException e) {
            writer.abandon(); // as in store
        }
    }

    /** Opens the packs in the folder this process has not seen yet and forgets those another process deleted. */
    private void lookAtFolder() {
        if (!looked.compareAndSet(false, true)) {
            return;
        }
        synchronized (shelf) {
            Set<Path> present = new java.util.HashSet<>();
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> packs = Files.newDirectoryStream(folder, "*" + ConversionPack.SUFFIX)) {
                    packs.forEach(present::add);
                } catch (IOException e) {
                    // an unreadable folder holds nothing
                }
            }
            shelf.packs.keySet().removeIf(file -> {
                if (present.contains(file)) {
                    return false;
                }
                shelf.packs.get(file).close();
                return true;
            });
            for (Path file : present) {
                if (!shelf.packs.containsKey(file)) {
                    try {
                        shelf.packs.put(file, ConversionPack.open(file));
                    } catch (IOException e) {
                        // not a whole pack: keepOnly removes it
                    }
                }
            }
        }
    }

    /**
     * After a successful build: forgets every entry but these in memory, deletes the packs that hold none of them
     * (and anything else in the folder: partial files left by killed builds, older formats), and packs the used
     * entries into one file once the folder holds many packs or many unused entries.
     */
    public void keepOnly(Set<String> used) {
        if (!enabled) {
            return;
        }
        shelf.memory.keySet().retainAll(used);
        if (!Files.isDirectory(folder)) {
            return;
        }
        lookAtFolder();
        synchronized (shelf) {
            if (shelf.writer != null) {
                return; // a load is still writing: tidy up after a later build
            }
            List<ConversionPack> unused = shelf.packs.values().stream().filter(pack -> pack.keys().stream().noneMatch(used::contains)).toList();
            unused.forEach(pack -> forget(pack));
            long unusedEntries = shelf.packs.values().stream().flatMap(pack -> pack.keys().stream()).filter(key -> !used.contains(key)).count();
            if (shelf.packs.size() > MANY_PACKS || unusedEntries > Math.max(MANY_UNUSED, used.size() / 4)) {
                repack(used);
            }
            deleteAllBut(shelf.packs.keySet());
        }
    }

    /** Writes the used entries into one new pack, then deletes the old ones. Called holding the shelf. */
    private void repack(Set<String> used) {
        List<ConversionPack> old = List.copyOf(shelf.packs.values());
        ConversionPack.Writer writer = null;
        try {
            writer = ConversionPack.Writer.start(folder);
            for (String key : new java.util.TreeSet<>(used)) {
                Optional<byte[]> entry = Optional.empty();
                for (ConversionPack pack : old) {
                    entry = pack.read(key);
                    if (entry.isPresent()) {
                        break;
                    }
                }
                if (entry.isEmpty() && shelf.memory.containsKey(key)) {
                    entry = Optional.of(ConversionCodec.encode(shelf.memory.get(key)));
                }
                if (entry.isPresent()) {
                    writer.add(key, entry.get());
                }
            }
            Path pack = writer.finish();
            writer = null;
            shelf.packs.put(pack, ConversionPack.open(pack));
            old.forEach(this::forget);
        } catch (IOException e) {
            if (writer != null) {
                writer.abandon();
            }
        }
    }

    private void forget(ConversionPack pack) {
        shelf.packs.remove(pack.file());
        pack.close();
        try {
            Files.deleteIfExists(pack.file());
        } catch (IOException e) {
            // left-over packs are only disk space
        }
    }

    /** A partial pack younger than this may be another process's load, still writing. */
    private static final java.time.Duration STILL_WRITING = java.time.Duration.ofMinutes(10);

    private static boolean beingWritten(Path entry) throws IOException {
        return entry.getFileName().toString().startsWith("partial-")
            && Files.getLastModifiedTime(entry).toInstant().isAfter(java.time.Instant.now().minus(STILL_WRITING));
    }

    private void deleteAllBut(Set<Path> kept) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (!kept.contains(entry) && !beingWritten(entry)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            // as above
        }
    }
}
