package net.techmonitor.site.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One file of cached conversions: the encoded entries one after another, then an index of key, offset and length,
 * then where the index starts. One file per build instead of one per document because creating a thousand small
 * files cost a cold build half a second of its converting threads here (ext4 inode allocation), where appending the
 * same bytes to one file costs next to nothing.
 *
 * <p>A pack is written under a partial name and renamed into place only when complete, and never changed after:
 * a reader sees a whole pack or none, and a pack deleted while another process reads it is a miss there.</p>
 */
final class ConversionPack implements AutoCloseable {
    static final String SUFFIX = ".pack";
    private static final int MAGIC = 0x544d4350; // "TMCP"
    private static final int TRAILER = Long.BYTES + Integer.BYTES;

    private record Span(long offset, int length) {
    }

    private final Path file;
    private final FileChannel channel;
    private final Map<String, Span> index;

    private ConversionPack(Path file, FileChannel channel, Map<String, Span> index) {
        this.file = file;
        this.channel = channel;
        this.index = index;
    }

    /** Opens a pack and reads its index; a file that is not a whole pack is an IOException. */
    static ConversionPack open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            if (size < TRAILER) {
                throw new IOException("too short for a pack");
            }
            ByteBuffer trailer = readFully(channel, size - TRAILER, TRAILER);
            long indexStart = trailer.getLong();
            if (trailer.getInt() != MAGIC || indexStart < 0 || indexStart > size - TRAILER) {
                throw new IOException("not a pack");
            }
            ByteBuffer indexBytes = readFully(channel, indexStart, Math.toIntExact(size - TRAILER - indexStart));
            Map<String, Span> index = new LinkedHashMap<>();
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(indexBytes.array()))) {
                int count = in.readInt();
                for (int i = 0; i < count; i++) {
                    String key = in.readUTF();
                    Span span = new Span(in.readLong(), in.readInt());
                    if (span.offset() < 0 || span.length() < 0 || span.offset() + span.length() > indexStart) {
                        throw new IOException("damaged index");
                    }
                    index.put(key, span);
                }
            }
            return new ConversionPack(file, channel, Collections.unmodifiableMap(index));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    Path file() {
        return file;
    }

    Set<String> keys() {
        return index.keySet();
    }

    /** The encoded entry under this key, if the pack has it. Safe to call from several threads at once. */
    Optional<byte[]> read(String key) throws IOException {
        Span span = index.get(key);
        return span == null ? Optional.empty() : Optional.of(readFully(channel, span.offset(), span.length()).array());
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // a read-only file: nothing was left unwritten
        }
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("pack ends early");
            }
        }
        return buffer.flip();
    }

    /** Appends entries to a new pack; several threads may add at once. Nothing is visible until {@link #finish}. */
    static final class Writer {
        private final Path partial;
        private final FileChannel channel;
        private final Map<String, Span> index = new LinkedHashMap<>();
        private long position;

        private Writer(Path partial, FileChannel channel) {
            this.partial = partial;
            this.channel = channel;
        }

        /** (Not createTempFile: its files are private to the user, and the cache may be shared with a server's user.) */
        static Writer start(Path folder) throws IOException {
            Files.createDirectories(folder);
            Path partial = CacheFiles.partialIn(folder);
            return new Writer(partial, FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        }

        synchronized void add(String key, byte[] entry) throws IOException {
            if (index.containsKey(key)) {
                return;
            }
            writeFully(ByteBuffer.wrap(entry));
            index.put(key, new Span(position, entry.length));
            position += entry.length;
        }

        synchronized boolean isEmpty() {
            return index.isEmpty();
        }

        /** Writes the index and renames the pack into place; returns where it is. */
        synchronized Path finish() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(index.size() * 80 + 16);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(index.size());
                for (Map.Entry<String, Span> entry : index.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeLong(entry.getValue().offset());
                    out.writeInt(entry.getValue().length());
                }
                out.writeLong(position);
                out.writeInt(MAGIC);
            }
            writeFully(ByteBuffer.wrap(bytes.toByteArray()));
            channel.close();
            Path pack = partial.resolveSibling(UUID.randomUUID() + SUFFIX);
            CacheFiles.moveIntoPlace(partial, pack);
            return pack;
        }

        /** Gives the pack up (nothing was added, or it could not be written): its partial file is removed. */
        synchronized void abandon() {
            try {
                channel.close();
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // a partial file left behind is removed by the next keepOnly
            }
        }

        private void writeFully(ByteBuffer buffer) throws IOException {
            long at = position;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
        }
    }
}
