package net.techmonitor.site.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.techmonitor.site.render.search.SearchWords;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * What a first search downloads: the files {@code assets/js/search.js} fetches for a query on a page opened afresh
 * (the manifest, each word's term file, the typed word's completions when few, the display files of the first page
 * of results), replayed here by the script's own rules (docs/search-index.md), with each file's size as it is and
 * gzip-compressed (level 6, what web servers use), computed in Java. The Chromium search check compares it with what
 * the browser fetched.
 */
public final class SearchFetch {
    /** Results the script shows at once. */
    static final int PAGE = 10;
    /** Term files the script fetches for the words a typed word may become. */
    static final int MAX_COMPLETIONS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One file fetched: its path inside the index's folder, its size and its gzip-compressed size, in bytes. */
    public record Fetched(String path, long bytes, long gzipBytes) {
    }

    /** What a query fetched, in the order the script asks for it, and the titles of the results shown. */
    public record Result(String query, int results, List<Fetched> files, List<String> titles) {
        public long bytes() {
            return files.stream().mapToLong(Fetched::bytes).sum();
        }

        public long gzipBytes() {
            return files.stream().mapToLong(Fetched::gzipBytes).sum();
        }

        public String summary() {
            long terms = files.stream().filter(f -> f.path().startsWith("terms/")).count();
            long docs = files.stream().filter(f -> f.path().startsWith("docs/")).count();
            return String.format(java.util.Locale.ROOT, "\"%s\": %d results; %d files (manifest, %d term, %d display): %.1f kB gzip (%.1f kB as is)",
                query, results, files.size(), terms, docs, gzipBytes() / 1000.0, bytes() / 1000.0);
        }
    }

    private final Function<String, String> read;

    /**
     * {@code java -cp target/test-classes:target/techmonitor-site.jar net.techmonitor.site.bench.SearchFetch
     * <site>/search-index "query"}: the first search as JSON ({@code query, results, titles, files: [{path, bytes,
     * gzipBytes}]}), which the Chromium search check compares with what the browser fetched.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SearchFetch <search-index folder> <query>");
            System.exit(2);
        }
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ofFolder(Path.of(args[0])).search(args[1])));
    }

    /** @param read a file's text by its path inside the index's folder ({@code manifest.json}, {@code terms/...}) */
    public SearchFetch(Function<String, String> read) {
        this.read = read;
    }

    /** The index written under a built site's {@code search-index/}. */
    public static SearchFetch ofFolder(Path index) {
        return new SearchFetch(path -> {
            try {
                return Files.readString(index.resolve(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The index as the build makes it, by output path ({@code search-index/manifest.json}...). */
    public static SearchFetch ofFiles(Map<String, String> files, String folder) {
        return new SearchFetch(path -> {
            String text = files.get(folder + path);
            if (text == null) {
                throw new IllegalArgumentException("no " + folder + path);
            }
            return text;
        });
    }

    public Result search(String query) throws IOException {
        Set<String> fetched = new LinkedHashSet<>();
        JsonNode manifest = fetch("manifest.json", fetched);
        List<String> all = SearchWords.of(query);
        if (all.isEmpty()) {
            return result(query, 0, fetched, List.of());
        }
        String typed = all.get(all.size() - 1);
        List<String> whole = all.subList(0, all.size() - 1).stream().filter(word -> !word.equals(typed)).distinct().toList();
        int documents = manifest.get("documents").asInt();
        List<byte[]> perWord = new ArrayList<>();
        for (String word : whole) {
            perWord.add(fieldsOf(word, false, manifest, documents, fetched));
        }
        perWord.add(fieldsOf(typed, true, manifest, documents, fetched));
        List<int[]> hits = new ArrayList<>(); // id, title, meta, body
        for (int id = 0; id < documents; id++) {
            int title = 0;
            int meta = 0;
            int body = 0;
            boolean every = true;
            for (byte[] fields : perWord) {
                int f = fields[id];
                every &= f != 0;
                title += f & 1;
                meta += (f >> 1) & 1;
                body += (f >> 2) & 1;
            }
            if (every) {
                hits.add(new int[] {id, title, meta, body});
            }
        }
        JsonNode titleWords = manifest.get("titleWords");
        hits.sort(Comparator.<int[]>comparingInt(h -> -h[1]).thenComparingInt(h -> h[1] > 0 && titleWords != null ? titleWords.path(h[0]).asInt(0) : 0)
            .thenComparingInt(h -> -h[2]).thenComparingInt(h -> -h[3]).thenComparingInt(h -> h[0]));
        int perChunk = manifest.get("docsPerChunk").asInt();
        List<String> titles = new ArrayList<>();
        for (int[] hit : hits.subList(0, Math.min(PAGE, hits.size()))) {
            int chunk = hit[0] / perChunk;
            JsonNode rows = fetch("docs/" + chunk + ".json", fetched);
            titles.add(rows.get(hit[0] % perChunk).get(1).asText());
        }
        return result(query, hits.size(), fetched, titles);
    }

    private byte[] fieldsOf(String word, boolean typed, JsonNode manifest, int documents, Set<String> fetched) throws IOException {
        byte[] fields = new byte[documents];
        JsonNode keys = manifest.get("terms");
        List<String> files = new ArrayList<>();
        String own = fileOf(word, keys);
        if (own != null) {
            files.add(own);
        }
        if (typed) {
            List<String> longer = new ArrayList<>();
            keys.fieldNames().forEachRemaining(key -> {
                if (key.startsWith(word) && !key.equals(word)) {
                    longer.add(key);
                }
            });
            if (longer.size() <= MAX_COMPLETIONS) {
                files.addAll(longer);
            }
        }
        for (String key : files) {
            JsonNode shard = fetch("terms/" + fileName(key) + ".json", fetched);
            for (Iterator<Map.Entry<String, JsonNode>> terms = shard.fields(); terms.hasNext(); ) {
                Map.Entry<String, JsonNode> term = terms.next();
                if (!term.getKey().equals(word) && !(typed && term.getKey().startsWith(word))) {
                    continue;
                }
                for (int field = 0; field < 3; field++) {
                    int id = 0;
                    for (JsonNode delta : term.getValue().get(field)) {
                        id += delta.asInt();
                        fields[id] |= (byte) (1 << field);
                    }
                }
            }
        }
        return fields;
    }

    /** The longest key that begins the term (a one-letter key holds only that letter). */
    private static String fileOf(String term, JsonNode keys) {
        int points = term.codePointCount(0, term.length());
        for (int n = points; n >= Math.min(2, points); n--) {
            String key = term.substring(0, term.offsetByCodePoints(0, n));
            if (keys.has(key)) {
                return key;
            }
        }
        return null;
    }

    private static String fileName(String key) {
        return key.matches("[a-z0-9]+") ? key : "_" + HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode fetch(String path, Set<String> fetched) throws IOException {
        fetched.add(path);
        return JSON.readTree(read.apply(path));
    }

    private Result result(String query, int results, Set<String> paths, List<String> titles) {
        List<Fetched> files = paths.stream().map(path -> {
            byte[] bytes = read.apply(path).getBytes(StandardCharsets.UTF_8);
            return new Fetched(path, bytes.length, gzipSize(bytes));
        }).toList();
        return new Result(query, results, files, titles);
    }

    static long gzipSize(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
