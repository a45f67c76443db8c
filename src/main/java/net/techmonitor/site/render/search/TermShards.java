package net.techmonitor.site.render.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Which terms go together into one file: those of the same first two code points (a one-letter term alone), and
 * where such a group would be larger than {@link #MAX_CHARS}, those of the same first three, and so on; a term as
 * long as its group's key stays in the group's own file. A term's file is therefore the one whose key is the
 * longest that begins the term, which is how the search script finds it. Decided from the terms alone, so the same
 * terms always give the same files, and a change to some terms leaves the other groups' files as they were.
 */
final class TermShards {
    /** The first key length: one file per two letters keeps the manifest short at any size. */
    static final int FIRST_KEY = 2;
    /**
     * The most characters of postings in one file before it is split (about 10 kB once compressed for the usual
     * postings): a query fetches one file per word, and a common prefix ("co", "pr") holds a twentieth of them all.
     */
    static final int MAX_CHARS = 64 * 1024;

    private TermShards() {
    }

    /** One file's terms: {@code from} to {@code to} (exclusive) in the sorted terms. */
    record Shard(String key, int from, int to) {
    }

    /**
     * @param terms every term, sorted ({@link String#compareTo}: terms that begin alike are neighbours)
     * @param sizes each term's size in characters, in the same order
     */
    static List<Shard> of(List<String> terms, int[] sizes) {
        List<Shard> shards = new ArrayList<>();
        group(terms, sizes, 0, terms.size(), FIRST_KEY, shards);
        return shards;
    }

    private static void group(List<String> terms, int[] sizes, int from, int to, int keyLength, List<Shard> shards) {
        int start = from;
        while (start < to) {
            String key = SearchWords.prefix(terms.get(start), keyLength);
            int end = start;
            long chars = 0;
            boolean longer = false;
            while (end < to && terms.get(end).startsWith(key) && SearchWords.prefix(terms.get(end), keyLength).equals(key)) {
                chars += sizes[end];
                longer |= SearchWords.length(terms.get(end)) > keyLength;
                end++;
            }
            if (chars <= MAX_CHARS || !longer) {
                shards.add(new Shard(key, start, end));
            } else {
                int rest = start;
                if (terms.get(start).equals(key)) {
                    shards.add(new Shard(key, start, start + 1));
                    rest++;
                }
                group(terms, sizes, rest, end, keyLength + 1, shards);
            }
            start = end;
        }
    }
}
