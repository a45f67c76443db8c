package net.techmonitor.site.cache;

import net.techmonitor.site.problems.Problem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converted documents kept between builds, keyed by {@link ContentKey}s that cover all their inputs: one file per
 * document in a folder beside the output, and the same entries in memory for the rest of the process (a preview
 * server rebuilding on each save reads no file twice).
 *
 * <p>Entries are written under a unique name and renamed into place, so two builds sharing the folder (a preview
 * and a build) never read half an entry; an entry that cannot be read is a miss. After a successful build,
 * {@link #keepOnly} removes the entries that build did not use, so the folder holds one site's worth.</p>
 */
public final class ConversionCache {
    private static final int FORMAT = 2;
    private static final String SUFFIX = ".conversion";
    /** The memory side, per cache folder: what the last builds of this process found or made there. */
    private static final Map<Path, Map<String, Conversion>> MEMORY = new ConcurrentHashMap<>();

    private final Path folder;
    private final boolean enabled;
    private final Map<String, Conversion> memory;

    private ConversionCache(Path folder, boolean enabled) {
        this.folder = folder.toAbsolutePath().normalize();
        this.enabled = enabled;
        this.memory = enabled ? MEMORY.computeIfAbsent(this.folder, ignored -> new ConcurrentHashMap<>()) : new ConcurrentHashMap<>();
    }

    /** @param enabled false for a build that must convert everything (the plain build it is compared with) */
    public static ConversionCache open(Path folder, boolean enabled) {
        return new ConversionCache(folder, enabled);
    }

    /**
     * Whether this cache holds no conversion at all, in memory or on disk: a build with such a cache converts every
     * file, so it can start Asciidoctor before it knows which files it has. A disabled cache holds nothing.
     */
    public boolean holdsNothing() {
        if (!enabled) {
            return true;
        }
        if (!memory.isEmpty()) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return true;
        }
    }

    public Optional<Conversion> find(String key) {
        if (!enabled) {
            return Optional.empty();
        }
        Conversion remembered = memory.get(key);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Path file = folder.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Conversion read = decode(Files.readAllBytes(file));
            memory.put(key, read);
            return Optional.of(read);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void store(String key, Conversion conversion) {
        if (!enabled) {
            return;
        }
        memory.put(key, conversion);
        try {
            CacheFiles.writeWhole(folder.resolve(key + SUFFIX), encode(conversion));
        } catch (IOException e) {
            // A cache that cannot be written costs the next build time, never correctness.
        }
    }

    /** Forgets every entry but these, in memory and on disk (including partial files left by interrupted builds). */
    public void keepOnly(Set<String> used) {
        if (!enabled) {
            return;
        }
        memory.keySet().retainAll(used);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String key = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : null;
                if (key == null || !used.contains(key)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            // as above: left-over entries are only disk space
        }
    }

    static byte[] encode(Conversion conversion) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(conversion.body().length() + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            writeString(out, conversion.body());
            writeString(out, conversion.text());
            out.writeInt(conversion.problems().size());
            for (Problem problem : conversion.problems()) {
                writeString(out, problem.stage());
                writeString(out, problem.path());
                out.writeInt(problem.line());
                writeString(out, problem.message());
            }
            out.writeInt(conversion.notices().size());
            for (String notice : conversion.notices()) {
                writeString(out, notice);
            }
        }
        return bytes.toByteArray();
    }

    static Conversion decode(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) {
                throw new IOException("another cache format");
            }
            String body = readString(in);
            String text = readString(in);
            int problemCount = in.readInt();
            List<Problem> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                problems.add(new Problem(readString(in), readString(in), in.readInt(), readString(in)));
            }
            int noticeCount = in.readInt();
            List<String> notices = new ArrayList<>(noticeCount);
            for (int i = 0; i < noticeCount; i++) {
                notices.add(readString(in));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new Conversion(body, text, problems, notices);
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("damaged entry");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
