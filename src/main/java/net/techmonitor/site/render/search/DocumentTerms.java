package net.techmonitor.site.render.search;

import java.util.Arrays;
import java.util.List;
import java.util.HashMap;

/**
 * A document's distinct terms, sorted, each with the fields it occurs in ({@link #TITLE}, {@link #META},
 * {@link #BODY}, or-ed): what the index needs of a document, worked out once for as long as the document's text
 * stays the same.
 */
final class DocumentTerms {
    static final int TITLE = 1;
    static final int META = 2;
    static final int BODY = 4;

    private final String[] terms;
    private final byte[] fields;
    private final int titleWords;

    private DocumentTerms(String[] terms, byte[] fields, int titleWords) {
        this.terms = terms;
        this.fields = fields;
        this.titleWords = titleWords;
    }

    static DocumentTerms of(String title, String meta, String body) {
        // Gathered in a hash map, then sorted once: a tree map compares every word of a long body as it goes in.
        HashMap<String, Integer> found = new HashMap<>();
        List<String> titleWords = SearchWords.of(title);
        add(found, titleWords, TITLE);
        add(found, SearchWords.of(meta), META);
        add(found, SearchWords.of(body), BODY);
        String[] terms = found.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        byte[] fields = new byte[terms.length];
        for (int i = 0; i < terms.length; i++) {
            fields[i] = (byte) (int) found.get(terms[i]);
        }
        return new DocumentTerms(terms, fields, titleWords.size());
    }

    private static void add(HashMap<String, Integer> found, List<String> words, int field) {
        words.forEach(word -> found.merge(word, field, (a, b) -> a | b));
    }

    /** How many words its title has (a word twice counts twice). */
    int titleWords() {
        return titleWords;
    }

    int size() {
        return terms.length;
    }

    String term(int i) {
        return terms[i];
    }

    int fields(int i) {
        return fields[i];
    }

    /** The fields the term is in, 0 if it is in none. */
    int fieldsOf(String term) {
        int at = Arrays.binarySearch(terms, term);
        return at < 0 ? 0 : fields[at];
    }

    @Override
    public String toString() {
        return Arrays.toString(terms);
    }
}
