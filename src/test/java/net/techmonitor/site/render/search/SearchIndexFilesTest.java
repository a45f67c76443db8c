package net.techmonitor.site.render.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.techmonitor.site.bench.SearchFetch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index's files (docs/search-index.md): every term findable where the script looks for it, with the
 * fields it is in; ranking by title, then tags, then text; the same files whether made afresh or from what an
 * earlier index remembered; and a changed body changing only the files of the terms it gained or lost.
 */
class SearchIndexFilesTest {
    private static final String FOLDER = "search-index/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aQueryFindsTitlesFirstThenTagsThenTextAndCountriesByTheirNames() throws Exception {
        List<SearchDocument> documents = List.of(
            document("/a/", "Energy in the region", "Author One; India", "Technology transfer in practice."),
            document("/b/", "Technology transfer to small firms", "Nepal; Theme technology transfer", "Energy and more."),
            document("/c/", "A report on water", "Nepal", "Technology transfer and water in the hills."),
            document("/d/", "Water", "Viet Nam; Vietnam", "Nothing about the other words."));
        SearchFetch fetch = SearchFetch.ofFiles(SearchIndexFiles.files(documents, FOLDER), FOLDER);

        SearchFetch.Result nepal = fetch.search("technology transfer Nepal");
        assertEquals(List.of("Technology transfer to small firms", "A report on water"), nepal.titles(),
            "the article tagged Nepal is found; the one with the words in its title first");
        assertEquals(List.of("Technology transfer to small firms", "Energy in the region", "A report on water"),
            fetch.search("transfer").titles(), "a title match, then the others in the order of the documents");
        assertEquals(List.of("Water"), fetch.search("vietnam").titles(), "a country's alias finds it");
        assertEquals(List.of("Technology transfer to small firms", "A report on water"), fetch.search("transfer nep").titles(),
            "the word being typed matches the words it begins");
        assertEquals(List.of(), fetch.search("transfer nepalese").titles(), "every word must be found");
        assertEquals(List.of("manifest.json"), fetch.search("zzz").files().stream().map(SearchFetch.Fetched::path).toList(),
            "a word no shard can hold fetches nothing more");
    }

    @Test
    void ofTitlesWithTheQueryTheNearestToItAloneComesFirst() throws Exception {
        List<SearchDocument> documents = List.of(
            document("/a/", "Training for senior officials from Bhutan", "Bhutan", "A programme."),
            document("/b/", "A workshop held in Bhutan", "Bhutan", "A workshop."),
            document("/c/", "Bhutan", "", "The country's page."),
            document("/d/", "Another subject", "Bhutan", "Bhutan is named here."));
        Map<String, String> files = SearchIndexFiles.files(documents, FOLDER);
        assertEquals(List.of(6, 5, 1, 2), java.util.stream.StreamSupport.stream(JSON.readTree(files.get(FOLDER + "manifest.json"))
            .get("titleWords").spliterator(), false).map(node -> node.asInt()).toList(), "each title's words, counted as terms");
        assertEquals(List.of("Bhutan", "A workshop held in Bhutan", "Training for senior officials from Bhutan", "Another subject"),
            SearchFetch.ofFiles(files, FOLDER).search("bhutan").titles(),
            "the country's own page first, then the shorter title, then a document without the word in its title");
    }

    @Test
    void everyTermIsInTheShardOfTheLongestKeyThatBeginsItWithItsFields() throws Exception {
        // Enough documents sharing terms that begin with "co" for their shard to be split by three letters.
        List<String> words = List.of("co", "coal", "coast", "cobalt", "code", "coffee", "cold", "colour", "comb", "come", "cone",
            "cook", "cool", "copper", "core", "corn", "cost", "cotton", "count", "cover", "cow", "cozy", "dam", "é");
        List<SearchDocument> documents = IntStream.range(0, 2000).mapToObj(i -> document("/d" + i + "/", words.get(i % words.size()),
            i % 3 == 0 ? "Côte" : "", String.join(" ", words) + " n" + i)).toList();
        Map<String, String> files = SearchIndexFiles.files(documents, FOLDER);
        JsonNode manifest = JSON.readTree(files.get(FOLDER + "manifest.json"));
        Set<String> keys = new TreeSet<>();
        manifest.get("terms").fieldNames().forEachRemaining(keys::add);
        assertTrue(keys.contains("co") && keys.contains("coa") && keys.contains("cob") && !keys.contains("c"),
            "the shard of 'co' is split, 'co' itself kept in it: " + keys);
        assertTrue(keys.contains("dam") || keys.contains("da"));
        assertTrue(keys.contains("e"), "one letter, its own key (é without its accent)");
        for (String key : keys) {
            assertEquals(SearchIndexFiles.hash(files.get(FOLDER + "terms/" + SearchIndexFiles.fileName(key) + ".json")),
                manifest.get("terms").get(key).asText(), "the manifest gives the version of each file: " + key);
        }
        assertEquals(SearchIndexFiles.hash(files.get(FOLDER + "docs/0.json")), manifest.get("docs").get(0).asText());
        assertEquals(keys.size() + 1 + (documents.size() + SearchIndexFiles.DOCS_PER_CHUNK - 1) / SearchIndexFiles.DOCS_PER_CHUNK,
            files.size(), "the manifest, one file per key and one per chunk of documents");

        Map<String, JsonNode> shards = new java.util.HashMap<>();
        Map<String, List<Set<Integer>>> postings = new java.util.HashMap<>();
        for (int id = 0; id < documents.size(); id++) {
            SearchDocument document = documents.get(id);
            DocumentTerms terms = DocumentTerms.of(document.title(), document.meta(), document.body());
            for (int t = 0; t < terms.size(); t++) {
                String term = terms.term(t);
                String key = longestKey(term, keys);
                JsonNode shard = shards.computeIfAbsent(key, ignored -> read(files.get(FOLDER + "terms/"
                    + SearchIndexFiles.fileName(key) + ".json")));
                assertTrue(shard.has(term), term + " in the shard of " + key);
                List<Set<Integer>> byField = postings.computeIfAbsent(term, ignored -> IntStream.range(0, 3)
                    .mapToObj(field -> ids(shard.get(term).get(field))).toList());
                int fields = 0;
                for (int field = 0; field < 3; field++) {
                    if (byField.get(field).contains(id)) {
                        fields |= 1 << field;
                    }
                }
                assertEquals(terms.fields(t), fields, term + " of document " + id);
            }
        }
        JsonNode chunk = JSON.readTree(files.get(FOLDER + "docs/3.json"));
        assertEquals("/d" + 3 * SearchIndexFiles.DOCS_PER_CHUNK + "/", chunk.get(0).get(0).asText());
        assertEquals(SearchIndexFiles.DOCS_PER_CHUNK, chunk.size());
    }

    @Test
    void aChangedBodyChangesOnlyTheManifestAndTheShardsOfTheTermsItGainedOrLost() {
        List<SearchDocument> documents = IntStream.range(0, 200).mapToObj(i -> document("/d" + i + "/", "Title " + i, "Nepal",
            "alpha beta gamma delta " + (i % 7 == 0 ? "epsilon" : "zeta"))).toList();
        Map<String, String> before = SearchIndexFiles.files(documents, FOLDER);
        List<SearchDocument> changed = new ArrayList<>(documents);
        SearchDocument saved = documents.get(43);
        changed.set(43, new SearchDocument(saved.url(), saved.title(), saved.type(), saved.meta(), "alpha beta gamma delta omega",
            saved.excerpt()));
        Map<String, String> after = SearchIndexFiles.files(changed, FOLDER);
        Set<String> written = after.entrySet().stream().filter(file -> !file.getValue().equals(before.get(file.getKey())))
            .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(3, written.size(), "the manifest, the shard of 'omega' (new) and that of 'zeta' (lost): " + written);
        assertTrue(written.contains(FOLDER + "manifest.json"));
        assertTrue(written.contains(FOLDER + "terms/om.json") && written.contains(FOLDER + "terms/ze.json"), written.toString());
        assertEquals(before.keySet(), new TreeSet<>(after.keySet()).stream().filter(path -> !path.endsWith("/om.json"))
            .collect(Collectors.toSet()), "the same files but the new shard, each rewritten in place");
        JsonNode versionsBefore = read(before.get(FOLDER + "manifest.json")).get("terms");
        JsonNode versionsAfter = read(after.get(FOLDER + "manifest.json")).get("terms");
        assertTrue(!versionsBefore.get("ze").equals(versionsAfter.get("ze")) && versionsBefore.get("al").equals(versionsAfter.get("al")),
            "the manifest gives the changed shard a new version, and the others their old one");
    }

    /**
     * A preview makes the index from what the last one remembered: the files must be those made from nothing, on the
     * first index and on one made after documents changed, were added or were removed.
     */
    @Property(tries = 200)
    void theIndexIsTheSameMadeAfreshOrFromAnEarlierOne(@ForAll("documentLists") List<SearchDocument> first,
                                                      @ForAll("documentLists") List<SearchDocument> other) {
        List<SearchDocument> again = new ArrayList<>(first.subList(0, first.size() / 2));
        again.addAll(other);
        again.addAll(first.subList(first.size() / 2, first.size()));
        SearchIndexFiles.files(first, FOLDER);
        Map<String, String> remembered = SearchIndexFiles.files(again, FOLDER);
        SearchIndexFiles.forgetEarlier();
        assertEquals(SearchIndexFiles.files(again, FOLDER), remembered);
    }

    /** A save changes a few documents of the same list: the index is then patched, and must be what is made afresh. */
    @Property(tries = 300)
    void theIndexPatchedForAFewChangedDocumentsIsTheSameMadeAfresh(@ForAll("longDocumentLists") List<SearchDocument> first,
                                                                  @ForAll("documentLists") List<SearchDocument> replacements,
                                                                  @ForAll long seed) {
        List<SearchDocument> again = new ArrayList<>(first);
        java.util.Random random = new java.util.Random(seed);
        for (SearchDocument replacement : replacements.subList(0, Math.min(replacements.size(), first.size() / 8))) {
            again.set(random.nextInt(first.size()), replacement);
        }
        SearchIndexFiles.files(first, FOLDER);
        Map<String, String> remembered = SearchIndexFiles.files(again, FOLDER);
        SearchIndexFiles.forgetEarlier();
        assertEquals(SearchIndexFiles.files(again, FOLDER), remembered);
    }

    @Provide
    Arbitrary<List<SearchDocument>> longDocumentLists() {
        return documentLists().list().ofMinSize(2).ofMaxSize(4).map(lists -> lists.stream().flatMap(List::stream).toList())
            .filter(list -> list.size() >= 16);
    }

    @Provide
    Arbitrary<List<SearchDocument>> documentLists() {
        Arbitrary<String> text = Arbitraries.of("co", "coal", "cobalt", "Côte", "nepal", "Nepal", "é", "技术", "x1", "<b>", "\"")
            .list().ofMaxSize(6).map(parts -> String.join(" ", parts));
        return Combinators.combine(text, text, text, text).as((title, meta, body, excerpt) -> new SearchDocument("/" + title.hashCode() + "/",
            title, "Article", meta, body, excerpt)).list().ofMaxSize(25);
    }

    private static SearchDocument document(String url, String title, String meta, String body) {
        return new SearchDocument(url, title, "Article", meta, body, SearchText.excerpt(body));
    }

    private static String longestKey(String term, Set<String> keys) {
        int points = term.codePointCount(0, term.length());
        for (int n = points; n >= Math.min(2, points); n--) {
            String key = term.substring(0, term.offsetByCodePoints(0, n));
            if (keys.contains(key)) {
                return key;
            }
        }
        throw new AssertionError("no key for " + term);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<Integer> ids(JsonNode deltas) {
        Set<Integer> ids = new TreeSet<>();
        int id = 0;
        for (Iterator<JsonNode> i = deltas.elements(); i.hasNext(); ) {
            id += i.next().asInt();
            ids.add(id);
        }
        return ids;
    }
}
