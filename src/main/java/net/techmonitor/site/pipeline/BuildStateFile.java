package net.techmonitor.site.pipeline;

import net.techmonitor.site.cache.CacheFiles;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link BuildState} as a file of the build cache: its format line, then every distinct string once (the pages of a
 * site share most of their links: 56,000 references of 1,000 articles are 5,400 strings), then the state as indexes
 * into that table. Read at the start of every {@code build} that follows another, so it is binary and read in one go;
 * a file of another format, or one that does not read whole, is no state (the build renders everything).
 */
final class BuildStateFile {
    private static final byte[] FORMAT = "techmonitor-build-state 3\n".getBytes(StandardCharsets.US_ASCII);

    private BuildStateFile() {
    }

    static void write(Path file, BuildState state) throws IOException {
        Strings strings = new Strings();
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(body);
        out.writeInt(strings.index(state.frame()));
        out.writeInt(strings.index(state.listing()));
        out.writeInt(strings.index(state.plan()));
        out.writeInt(state.documents().size());
        for (Map.Entry<String, BuildState.Document> document : state.documents().entrySet()) {
            out.writeInt(strings.index(document.getKey()));
            out.writeInt(strings.index(document.getValue().file()));
            out.writeInt(strings.index(document.getValue().header()));
            out.writeInt(strings.index(document.getValue().body()));
            writeList(out, strings, document.getValue().references());
        }
        writeMap(out, strings, state.pages());
        writeMap(out, strings, state.files());
        Set<String> files = state.links().files();
        out.writeInt(files.size());
        for (String path : files) {
            out.writeInt(strings.index(path));
        }
        out.writeInt(state.links().pageCount());
        for (LinkChecker.PageReferences page : state.links().pages()) {
            out.writeInt(strings.index(page.outputPath()));
            out.writeBoolean(page.hasPolicy());
            writeList(out, strings, page.references());
            writeList(out, strings, List.copyOf(page.anchors()));
            out.writeInt(page.citations().size());
            for (PageLinkScanner.Meta meta : page.citations()) {
                out.writeInt(strings.index(meta.name()));
                out.writeInt(strings.index(meta.content()));
            }
        }
        out.flush();

        ByteArrayOutputStream whole = new ByteArrayOutputStream(body.size() + (1 << 18));
        whole.write(FORMAT);
        DataOutputStream table = new DataOutputStream(whole);
        table.writeInt(strings.all.size());
        for (String text : strings.all) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            table.writeInt(bytes.length);
            table.write(bytes);
        }
        body.writeTo(table);
        table.flush();
        CacheFiles.writeWhole(file, whole.toByteArray());
    }

    /** The state in the file; empty when there is none, or it is of another format or damaged. */
    static Optional<BuildState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream in = new DataInputStream(stream);
            byte[] format = new byte[FORMAT.length];
            in.readFully(format);
            if (!java.util.Arrays.equals(format, FORMAT)) {
                return Optional.empty();
            }
            String[] strings = new String[count(in)];
            for (int i = 0; i < strings.length; i++) {
                byte[] bytes = new byte[count(in)];
                in.readFully(bytes);
                strings[i] = new String(bytes, StandardCharsets.UTF_8);
            }
            Table table = new Table(strings, in);
            String frame = table.next();
            String listing = table.next();
            String plan = table.next();
            int documentCount = count(in);
            Map<String, BuildState.Document> documents = new HashMap<>();
            for (int i = 0; i < documentCount; i++) {
                documents.put(table.next(), new BuildState.Document(table.next(), table.next(), table.next(), readList(table)));
            }
            Map<String, String> pages = readMap(table);
            Map<String, String> files = readMap(table);
            int fileCount = count(in);
            Set<String> linkFiles = new HashSet<>();
            for (int i = 0; i < fileCount; i++) {
                linkFiles.add(table.next());
            }
            int pageCount = count(in);
            List<LinkChecker.PageReferences> references = new ArrayList<>(pageCount);
            for (int i = 0; i < pageCount; i++) {
                String outputPath = table.next();
                boolean policy = in.readBoolean();
                List<String> links = readList(table);
                Set<String> anchors = new HashSet<>(readList(table));
                int citationCount = count(in);
                List<PageLinkScanner.Meta> citations = new ArrayList<>(citationCount);
                for (int c = 0; c < citationCount; c++) {
                    citations.add(new PageLinkScanner.Meta(table.next(), table.next()));
                }
                references.add(new LinkChecker.PageReferences(outputPath, links, anchors, policy, citations));
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new BuildState(frame, listing, plan, documents, pages, files, LinkChecker.SiteLinks.of(linkFiles, references)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // only a cache: the build renders everything and writes a new one
        }
    }

    private static void writeMap(DataOutputStream out, Strings strings, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> entry : map.entrySet()) {
            out.writeInt(strings.index(entry.getKey()));
            out.writeInt(strings.index(entry.getValue()));
        }
    }

    private static void writeList(DataOutputStream out, Strings strings, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String text : list) {
            out.writeInt(strings.index(text));
        }
    }

    private static Map<String, String> readMap(Table table) throws IOException {
        int size = count(table.in);
        Map<String, String> map = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            map.put(table.next(), table.next());
        }
        return map;
    }

    private static List<String> readList(Table table) throws IOException {
        int size = count(table.in);
        List<String> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(table.next());
        }
        return List.copyOf(list);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative count");
        }
        return count;
    }

    /** The strings of a file being written, each given an index the first time it is seen. */
    private static final class Strings {
        final List<String> all = new ArrayList<>();
        final Map<String, Integer> indexes = new LinkedHashMap<>();

        int index(String text) {
            if (text == null) {
                throw new IllegalArgumentException("a build state holds no null");
            }
            return indexes.computeIfAbsent(text, added -> {
                all.add(added);
                return all.size() - 1;
            });
        }
    }

    /** The strings of a file being read, and the stream of indexes into them. */
    private record Table(String[] strings, DataInputStream in) {
        String next() throws IOException {
            return strings[in.readInt()];
        }
    }
}
