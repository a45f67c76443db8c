package net.techmonitor.site.render.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.urls.SiteUrls;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index's files (docs/search-index.md): {@code manifest.json}; the term shards, {@code terms/<key>.json},
 * each term's postings by field; and the documents' display data, {@code docs/<n>.json},
 * {@link #DOCS_PER_CHUNK} documents a file. A query fetches the manifest, one shard per word (a few for the word
 * being typed) and the chunks of the results it shows. The manifest gives each file's hash, which the script asks
 * for with it ({@code terms/te.json?v=<hash>}), so a browser or a CDN may keep a file until it changes; the names
 * themselves stay, so a save rewrites a file in place rather than adding one and deleting another (which would
 * make the preview check every link of the site again).
 *
 * <p>A preview makes the index again on every save, so what every part costs is remembered for the next time, and
 * used again only where its input is the same: each document's terms (by its text), each term's postings, each
 * shard and each chunk. A body-only save therefore tokenizes again the one changed document and changes only the
 * files of the terms it gained or lost, its chunk if its excerpt changed, and the manifest. Each time keeps only what it
 * used, so this holds one site's worth.</p>
 */
public final class SearchIndexFiles {
    /** The format of the files, in the manifest: a script reading another refuses it. */
    static final int FORMAT = 1;
    /** Documents per display file: a result page of ten fetches at most ten of these small files. */
    static final int DOCS_PER_CHUNK = 10;
    private static final ObjectMapper JSON_TREE = new ObjectMapper();
    private static final ObjectWriter JSON = JSON_TREE.writer();

    private static volatile Map<TextOfDocument, DocumentTerms> lastTerms = Map.of();
    private static volatile TermPostings lastPostings = null;
    private static volatile Map<String, Made> lastShards = Map.of();
    private static volatile Map<Display, String> lastRows = Map.of();
    private static volatile Map<Integer, Made> lastChunks = Map.of();

    private SearchIndexFiles() {
    }

    /** What a document's terms are made from. Bodies of unchanged documents are the very same strings every save. */
    private record TextOfDocument(String title, String meta, String body) {
    }

    /** What a result shows. */
    private record Display(String url, String title, String type, String excerpt) {
    }

    /** A file made from parts (the very objects): its text and its hash, the version the manifest gives. */
    private record Made(List<String> parts, String text, String hash) {
        boolean madeOf(List<String> now) {
            if (now.size() != parts.size()) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                if (now.get(i) != parts.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Every file of the site's index by output path, the manifest first. */
    public static Map<String, String> of(Catalog catalog, SiteUrls urls) {
        return files(SearchDocuments.of(catalog, urls), urls.searchIndexFolder());
    }

    /**
     * Every file of the index by output path, the manifest first.
     *
     * @param folder the index's output folder, {@code search-index/}
     */
    public static Map<String, String> files(List<SearchDocument> documents, String folder) {
        List<DocumentTerms> terms = termsOf(documents);
        Map<String, String> files = new LinkedHashMap<>();
        ObjectNode manifest = JSON_TREE.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("documents", documents.size());
        manifest.put("docsPerChunk", DOCS_PER_CHUNK);
        ObjectNode shardHashes = manifest.putObject("terms");
        var chunkHashes = manifest.putArray("docs");
        // Each document's number of title words: of two documents whose titles hold the query, the one whose title is
        // nearest to it alone (the country page "Bhutan" before "A workshop in Bhutan") comes first.
        var titleWords = manifest.putArray("titleWords");
        for (DocumentTerms document : terms) {
            titleWords.add(document.titleWords());
        }
        Map<String, String> shardFiles = new LinkedHashMap<>();
        shards(terms).forEach((key, made) -> {
            shardHashes.put(key, made.hash());
            shardFiles.put(folder + "terms/" + fileName(key) + ".json", made.text());
        });
        Map<String, String> chunkFiles = new LinkedHashMap<>();
        List<Made> chunks = chunks(documents);
        for (int i = 0; i < chunks.size(); i++) {
            chunkHashes.add(chunks.get(i).hash());
            chunkFiles.put(folder + "docs/" + i + ".json", chunks.get(i).text());
        }
        files.put(folder + "manifest.json", write(manifest) + "\n");
        files.putAll(shardFiles);
        files.putAll(chunkFiles);
        return files;
    }

    /** Forgets what earlier indexes made: the next is made from nothing (for tests comparing the two). */
    static void forgetEarlier() {
        lastTerms = Map.of();
        lastPostings = null;
        lastShards = Map.of();
        lastRows = Map.of();
        lastChunks = Map.of();
    }

    /** Each document's terms, tokenized again only where its text changed. */
    private static List<DocumentTerms> termsOf(List<SearchDocument> documents) {
        Map<TextOfDocument, DocumentTerms> known = lastTerms;
        Map<TextOfDocument, DocumentTerms> used = new HashMap<>();
        List<DocumentTerms> terms = new ArrayList<>(documents.size());
        for (SearchDocument document : documents) {
            terms.add(used.computeIfAbsent(new TextOfDocument(document.title(), document.meta(), document.body()), key -> {
                DocumentTerms earlier = known.get(key);
                return earlier != null ? earlier : DocumentTerms.of(key.title(), key.meta(), key.body());
            }));
        }
        lastTerms = used;
        return terms;
    }

    /** The shards by key, in key order, each made again only where one of its terms' postings changed. */
    private static Map<String, Made> shards(List<DocumentTerms> documents) {
        TermPostings postings = TermPostings.of(documents, lastPostings);
        lastPostings = postings;
        List<String> sorted = postings.sorted();
        List<String> fragments = new ArrayList<>(sorted.size());
        int[] sizes = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            fragments.add(postings.postings().get(sorted.get(i)).json());
            sizes[i] = fragments.get(i).length();
        }
        Map<String, Made> knownShards = lastShards;
        Map<String, Made> usedShards = new LinkedHashMap<>();
        for (TermShards.Shard shard : TermShards.of(sorted, sizes)) {
            List<String> parts = fragments.subList(shard.from(), shard.to());
            Made earlier = knownShards.get(shard.key());
            usedShards.put(shard.key(), earlier != null && earlier.madeOf(parts) ? earlier : made(List.copyOf(parts), "{", ",", "}\n"));
        }
        lastShards = usedShards;
        return usedShards;
    }

    /** The display files, {@link #DOCS_PER_CHUNK} documents each, each made again only where a document's display changed. */
    private static List<Made> chunks(List<SearchDocument> documents) {
        Map<Display, String> knownRows = lastRows;
        Map<Display, String> usedRows = new HashMap<>();
        Map<Integer, Made> knownChunks = lastChunks;
        Map<Integer, Made> usedChunks = new HashMap<>();
        List<Made> chunks = new ArrayList<>();
        for (int from = 0; from < documents.size(); from += DOCS_PER_CHUNK) {
            List<String> rows = new ArrayList<>(DOCS_PER_CHUNK);
            for (SearchDocument document : documents.subList(from, Math.min(documents.size(), from + DOCS_PER_CHUNK))) {
                rows.add(usedRows.computeIfAbsent(new Display(document.url(), document.title(), document.type(), document.excerpt()), key -> {
                    String earlier = knownRows.get(key);
                    return earlier != null ? earlier : write(List.of(key.url(), key.title(), key.type(), key.excerpt()));
                }));
            }
            Made earlier = knownChunks.get(chunks.size());
            Made chunk = earlier != null && earlier.madeOf(rows) ? earlier : made(List.copyOf(rows), "[", ",", "]\n");
            usedChunks.put(chunks.size(), chunk);
            chunks.add(chunk);
        }
        lastRows = usedRows;
        lastChunks = usedChunks;
        return chunks;
    }

    private static Made made(List<String> parts, String open, String separator, String close) {
        String text = open + String.join(separator, parts) + close;
        return new Made(parts, text, hash(text));
    }

    /** The first 8 hexadecimal digits of the SHA-256 of the text: enough to tell two versions of one file apart. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * A shard's file name for its key: the key itself when it is all ASCII letters and digits, else {@code _} and the
     * hexadecimal of its UTF-8 bytes (no term has {@code _}, so the two never meet), so names are portable everywhere.
     */
    static String fileName(String key) {
        if (key.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
            return key;
        }
        return "_" + HexFormat.of().formatHex(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }
}
