package net.techmonitor.site.render.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every term's postings: the numbers of the documents it is in, by field, and their JSON in a shard. Made from the
 * documents' terms; or, when only a few documents changed since the last (a preview save), from the last postings
 * with only the changed documents' terms worked out again: building every term's postings was most of a save's
 * index work. Terms whose postings stay the same keep the very same object, so their shards are seen unchanged.
 *
 * @param documents each document's terms, by document number
 * @param sorted    every term, sorted
 * @param postings  each term's postings
 */
record TermPostings(List<DocumentTerms> documents, List<String> sorted, Map<String, Postings> postings) {
    /** Patched when at most this share of the documents changed; made again otherwise. */
    private static final int PATCH_UP_TO_ONE_IN = 8;

    /** One term's documents by field, ascending, and {@code "term":[[title...],[meta...],[body...]]}. */
    record Postings(int[] title, int[] meta, int[] body, String json) {
        static Postings of(String term, int[] title, int[] meta, int[] body, Postings earlier) {
            return earlier != null && Arrays.equals(earlier.title, title) && Arrays.equals(earlier.meta, meta)
                && Arrays.equals(earlier.body, body) ? earlier : new Postings(title, meta, body, TermPostings.json(term, title, meta, body));
        }

        int[] field(int field) {
            return field == 0 ? title : field == 1 ? meta : body;
        }
    }

    static TermPostings of(List<DocumentTerms> documents, TermPostings earlier) {
        if (earlier != null && earlier.documents.size() == documents.size()) {
            List<Integer> changed = new ArrayList<>();
            for (int id = 0; id < documents.size(); id++) {
                if (documents.get(id) != earlier.documents.get(id)) {
                    changed.add(id);
                }
            }
            if (changed.isEmpty()) {
                return new TermPostings(documents, earlier.sorted, earlier.postings);
            }
            if (changed.size() <= documents.size() / PATCH_UP_TO_ONE_IN) {
                return patched(documents, earlier, changed);
            }
        }
        return made(documents, earlier);
    }

    private static TermPostings made(List<DocumentTerms> documents, TermPostings earlier) {
        Map<String, IntLists> inverted = new HashMap<>();
        for (int id = 0; id < documents.size(); id++) {
            DocumentTerms terms = documents.get(id);
            for (int i = 0; i < terms.size(); i++) {
                inverted.computeIfAbsent(terms.term(i), ignored -> new IntLists()).add(id, terms.fields(i));
            }
        }
        List<String> sorted = new ArrayList<>(inverted.keySet());
        sorted.sort(null);
        Map<String, Postings> postings = new HashMap<>();
        for (String term : sorted) {
            IntLists lists = inverted.get(term);
            postings.put(term, Postings.of(term, lists.title.toArray(), lists.meta.toArray(), lists.body.toArray(),
                earlier == null ? null : earlier.postings.get(term)));
        }
        return new TermPostings(documents, List.copyOf(sorted), postings);
    }

    /** The earlier postings with the changed documents taken out of every term they had, and put into every term they have. */
    private static TermPostings patched(List<DocumentTerms> documents, TermPostings earlier, List<Integer> changed) {
        Set<String> affected = new HashSet<>();
        for (int id : changed) {
            addTerms(earlier.documents.get(id), affected);
            addTerms(documents.get(id), affected);
        }
        Map<String, Postings> postings = new HashMap<>(earlier.postings);
        boolean termsChanged = false;
        for (String term : affected) {
            Postings before = earlier.postings.get(term);
            int[][] fields = new int[3][];
            for (int field = 0; field < 3; field++) {
                fields[field] = patchedField(before == null ? new int[0] : before.field(field), changed, documents, term, field);
            }
            if (fields[0].length + fields[1].length + fields[2].length == 0) {
                termsChanged |= postings.remove(term) != null;
            } else {
                termsChanged |= before == null;
                postings.put(term, Postings.of(term, fields[0], fields[1], fields[2], before));
            }
        }
        List<String> sorted = earlier.sorted;
        if (termsChanged) {
            List<String> terms = new ArrayList<>(postings.keySet());
            terms.sort(null);
            sorted = List.copyOf(terms);
        }
        return new TermPostings(documents, sorted, postings);
    }

    /** One field's documents: the earlier ones but the changed, and the changed ones that now have the term there, ascending. */
    private static int[] patchedField(int[] before, List<Integer> changed, List<DocumentTerms> documents, String term, int field) {
        int[] out = new int[before.length + changed.size()];
        int size = 0;
        int next = 0; // the next changed document to place
        for (int id : before) {
            while (next < changed.size() && changed.get(next) < id) {
                size = placeChanged(out, size, changed.get(next++), documents, term, field);
            }
            if (next < changed.size() && changed.get(next) == id) {
                size = placeChanged(out, size, changed.get(next++), documents, term, field);
            } else {
                out[size++] = id;
            }
        }
        while (next < changed.size()) {
            size = placeChanged(out, size, changed.get(next++), documents, term, field);
        }
        return Arrays.copyOf(out, size);
    }

    private static int placeChanged(int[] out, int size, int id, List<DocumentTerms> documents, String term, int field) {
        if ((documents.get(id).fieldsOf(term) & (1 << field)) != 0) {
            out[size++] = id;
        }
        return size;
    }

    private static void addTerms(DocumentTerms terms, Set<String> into) {
        for (int i = 0; i < terms.size(); i++) {
            into.add(terms.term(i));
        }
    }

    /** {@code "term":[[title...],[meta...],[body...]]}, each list of document numbers as differences from the one before. */
    private static String json(String term, int[] title, int[] meta, int[] body) {
        StringBuilder out = new StringBuilder(term.length() + 8 + 3 * (title.length + meta.length + body.length));
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(term, out);
        out.append("\":[");
        appendDeltas(out, title).append(',');
        appendDeltas(out, meta).append(',');
        return appendDeltas(out, body).append("]").toString();
    }

    private static StringBuilder appendDeltas(StringBuilder out, int[] ids) {
        out.append('[');
        int previous = 0;
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(ids[i] - previous);
            previous = ids[i];
        }
        return out.append(']');
    }

    /** A term's document numbers by field, as they are found, in document order. */
    private static final class IntLists {
        final IntList title = new IntList();
        final IntList meta = new IntList();
        final IntList body = new IntList();

        void add(int id, int fields) {
            if ((fields & DocumentTerms.TITLE) != 0) {
                title.add(id);
            }
            if ((fields & DocumentTerms.META) != 0) {
                meta.add(id);
            }
            if ((fields & DocumentTerms.BODY) != 0) {
                body.add(id);
            }
        }
    }

    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
