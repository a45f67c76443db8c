package net.techmonitor.site.cache;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The digest ({@link ContentKey#ofFile}) of each input file, kept between builds with the file's size, modification
 * and change times and inode, as git's index keeps them: a file whose attributes are all as recorded is not read and
 * hashed again. Hashing every file of a site twice (the up-to-date check, then the build's reading) was a quarter of
 * a build on the last build's state: SHA-256 runs as plain Java under C1, the only compiler the build's JVM uses.
 *
 * <p>The change time cannot be set by any tool (a copy that keeps dates still changes it), and the attributes of a
 * file modified less than {@link #SETTLED} before it was hashed are not recorded: a second change within the file
 * system's time granularity would leave them as they were. Where the file system has no change time or inode (not a
 * Unix one), the size and modification time alone are compared.</p>
 *
 * <p>One record per build cache, in memory for the process (a preview's saves, a build after its up-to-date check),
 * saved by a {@code build} that succeeded. A damaged record is no record: every file is hashed.</p>
 */
public final class FileDigests {
    /** How long before it is hashed a file must have been left alone for its attributes to be recorded. */
    static final Duration SETTLED = Duration.ofSeconds(2);
    private static final String FORMAT = "techmonitor-file-digests 3";
    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    private static final String UNIX_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev";
    private static final Map<Path, FileDigests> OPEN = new ConcurrentHashMap<>();
    /** For a build without a cache: every file hashed, nothing recorded. */
    private static final FileDigests NONE = new FileDigests(null);

    /**
     * What identifies one version of a file without reading it: its size, its modification and change times in
     * nanoseconds, and its device and inode (the last three 0 where the file system has none).
     */
    public record Stamp(long size, long modified, long changed, long device, long inode) {
    }

    /** @param derived a digest derived from the same bytes ({@link #derived}), or null */
    private record Entry(Stamp stamp, String digest, String derived) {
    }

    private final Path record;
    private final Duration settled;
    /** By absolute, normalised path. */
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Whether a file was hashed and recorded since the record was read or saved. */
    private volatile boolean changed;
    /** The fingerprint of the generator whose derived digests the entries hold; null once checked against this one. */
    private String derivedBy;

    private FileDigests(Path record) {
        this(record, SETTLED);
    }

    private FileDigests(Path record, Duration settled) {
        this.record = record;
        this.settled = settled;
    }

    /** For tests: a record in this file, as a new process reads it, recording files left alone for {@code settled}. */
    static FileDigests loadedFrom(Path record, Duration settled) {
        FileDigests digests = load(record);
        FileDigests fresh = new FileDigests(record, settled);
        fresh.entries.putAll(digests.entries);
        fresh.derivedBy = digests.derivedBy;
        return fresh;
    }

    /** The record in this build cache folder, as this process knows it; {@code enabled} false for none at all. */
    public static FileDigests open(Path cacheFolder, boolean enabled) {
        if (!enabled) {
            return NONE;
        }
        return OPEN.computeIfAbsent(cacheFolder.toAbsolutePath().normalize().resolve("file-digests"), FileDigests::load);
    }

    private static FileDigests load(Path record) {
        FileDigests digests = new FileDigests(record);
        if (!Files.isRegularFile(record)) {
            return digests;
        }
        try (BufferedReader reader = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            if (first == null || !first.startsWith(FORMAT + " ")) {
                return digests;
            }
            // Derived digests are worked out by the generator's code: another generator's are not this one's. Whose
            // they are is checked at their first use: the generator's fingerprint is the digest of its jar, which an
            // up-to-date check never needs to work out (GeneratorFingerprint.knownBy).
            digests.derivedBy = first.substring(FORMAT.length() + 1);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // size modified changed device inode digest derived path ("-" for no derived digest)
                long[] numbers = new long[5];
                int at = 0;
                for (int i = 0; i < numbers.length; i++) {
                    int space = line.indexOf(' ', at);
                    numbers[i] = Long.parseLong(line, at, space, 10);
                    at = space + 1;
                }
                int space = line.indexOf(' ', at);
                int second = line.indexOf(' ', space + 1);
                String derived = line.substring(space + 1, second);
                digests.entries.put(line.substring(second + 1), new Entry(new Stamp(numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]),
                    line.substring(at, space), derived.equals("-") ? null : derived));
            }
        } catch (IOException | RuntimeException e) {
            digests.entries.clear(); // only a cache
        }
        return digests;
    }

    /** The file's size and times and inode now, read without following a link. */
    public static Stamp stamp(Path file) throws IOException {
        if (UNIX) {
            Map<String, Object> unix = Files.readAttributes(file, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            return new Stamp((Long) unix.get("size"), nanos(unix.get("lastModifiedTime")), nanos(unix.get("ctime")),
                (Long) unix.get("dev"), (Long) unix.get("ino"));
        }
        BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new Stamp(basic.size(), nanos(basic.lastModifiedTime()), 0, 0, 0);
    }

    private static long nanos(Object time) {
        return ((java.nio.file.attribute.FileTime) time).to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** Whether the file is, by its attributes, the one last hashed: then its digest is {@link #known}. */
    public boolean unchanged(Path file) throws IOException {
        return known(file, stamp(file)) != null;
    }

    /** The recorded digest of the file, if its attributes are still these; else null. */
    public String known(Path file, Stamp stamp) {
        Entry entry = record == null ? null : entries.get(key(file));
        return entry != null && entry.stamp().equals(stamp) ? entry.digest() : null;
    }

    /** The file's digest: recorded, when its attributes are as recorded, else read and hashed now. */
    public String of(Path file) throws IOException {
        Stamp stamp = stamp(file);
        String known = known(file, stamp);
        return known != null ? known : of(file, Files.readAllBytes(file), stamp);
    }

    /**
     * The digest of bytes just read from the file, whose attributes were {@code before} just before they were read: the
     * recorded one if the record and the bytes agree with them, else computed (and recorded, if the file had settled).
     */
    public String of(Path file, byte[] bytes, Stamp before) {
        String known = known(file, before);
        if (known != null && before.size() == bytes.length) {
            return known;
        }
        String digest = ContentKey.ofFile(bytes);
        if (record != null && settled(before)) {
            // The same bytes with other attributes (a fresh checkout, a touched file): what was derived from them holds.
            Entry earlier = entries.get(key(file));
            String derived = earlier != null && earlier.digest().equals(digest) ? earlier.derived() : null;
            entries.put(key(file), new Entry(before, digest, derived));
            changed = true;
        }
        return digest;
    }

    /**
     * A digest derived from the file's bytes, whose own digest ({@link #of}) is {@code digest}, such as that of the part
     * of it a conversion reads: recorded with the file's own, so that it is not worked out again for the same bytes,
     * whatever the file's attributes (a fresh checkout writes the same bytes anew).
     */
    public String derived(Path file, String digest, java.util.function.Supplier<String> derive) {
        String key = key(file);
        dropOtherGeneratorsDerived();
        Entry entry = record == null ? null : entries.get(key);
        boolean same = entry != null && entry.digest().equals(digest);
        if (same && entry.derived() != null) {
            return entry.derived();
        }
        String derived = derive.get();
        if (same) {
            // Only onto the entry of the same bytes: another thread may have recorded the file anew meanwhile.
            entries.computeIfPresent(key, (path, now) -> now.digest().equals(digest) ? new Entry(now.stamp(), digest, derived) : now);
            changed = true;
        }
        return derived;
    }

    private boolean settled(Stamp stamp) {
        Instant limit = Instant.now().minus(settled);
        long limitNanos = limit.getEpochSecond() * 1_000_000_000L + limit.getNano();
        return stamp.modified() < limitNanos && stamp.changed() < limitNanos;
    }

    /** Drops the derived digests read from another generator's record, once, before any is used or saved. */
    private synchronized void dropOtherGeneratorsDerived() {
        if (derivedBy == null) {
            return;
        }
        if (!derivedBy.equals(GeneratorFingerprint.value())) {
            entries.replaceAll((file, entry) -> entry.derived() == null ? entry : new Entry(entry.stamp(), entry.digest(), null));
        }
        derivedBy = null;
    }

    private static String formatLine() {
        return FORMAT + " " + GeneratorFingerprint.value();
    }

    /** The derived digest last recorded for the file, whatever its attributes then: what it was before an edit. */
    public String lastDerived(Path file) {
        dropOtherGeneratorsDerived();
        Entry entry = record == null ? null : entries.get(key(file));
        return entry == null ? null : entry.derived();
    }

    /** The digest last recorded for the file, whatever its attributes then. */
    public String lastDigest(Path file) {
        Entry entry = record == null ? null : entries.get(key(file));
        return entry == null ? null : entry.digest();
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** {@link #save}s the record if a file was recorded since it was read or saved. */
    public void saveIfChanged() throws IOException {
        if (changed) {
            save();
        }
    }

    /** Saves the record, for the next process: the files of this site that still exist (entries of deleted ones go). */
    public void save() throws IOException {
        if (record == null) {
            return;
        }
        dropOtherGeneratorsDerived();
        changed = false;
        StringBuilder text = new StringBuilder(formatLine()).append('\n');
        Map<String, Entry> sorted = new TreeMap<>(entries);
        sorted.forEach((file, entry) -> {
            if (!file.contains("\n") && Files.exists(Path.of(file), LinkOption.NOFOLLOW_LINKS)) {
                Stamp stamp = entry.stamp();
                text.append(stamp.size()).append(' ').append(stamp.modified()).append(' ').append(stamp.changed()).append(' ')
                    .append(stamp.device()).append(' ').append(stamp.inode()).append(' ').append(entry.digest()).append(' ')
                    .append(entry.derived() == null ? "-" : entry.derived()).append(' ').append(file).append('\n');
            }
        });
        CacheFiles.writeWhole(record, text.toString().getBytes(StandardCharsets.UTF_8));
    }

}
