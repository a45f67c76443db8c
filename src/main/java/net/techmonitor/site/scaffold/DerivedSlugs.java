package net.techmonitor.site.scaffold;

import net.techmonitor.site.reference.Slugs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The slug {@code new} gives a file when no {@code --slug} or {@code --id} names it: from the title, cut at a whole word. */
final class DerivedSlugs {
    /** Derived slugs and ids stop at the last whole word within this length. */
    static final int MAX_SLUG_LENGTH = 60;
    /** Words a derived slug does not end with when it is cut: "...-for-smes-the" reads as a slip. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "and", "or", "nor", "but", "for", "to", "in",
        "on", "at", "by", "with", "from", "as", "into", "onto", "via", "vs", "its", "their", "is", "are", "be", "than", "through",
        "toward", "towards", "between", "among", "about", "over", "under", "per", "de", "et");

    private DerivedSlugs() {
    }

    /**
     * The title's slug, whole when it fits in {@link #MAX_SLUG_LENGTH}; else its words up to the limit, without a
     * stop word at the end. A single word longer than the limit is cut at it. Empty when the title has no letter or digit.
     */
    static String of(String title) {
        String slug = Slugs.of(title);
        if (slug.length() <= MAX_SLUG_LENGTH) {
            return slug;
        }
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String word : slug.split("-")) {
            int longer = length + (kept.isEmpty() ? 0 : 1) + word.length();
            if (longer > MAX_SLUG_LENGTH) {
                break;
            }
            kept.add(word);
            length = longer;
        }
        while (kept.size() > 1 && STOP_WORDS.contains(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        return kept.isEmpty() ? slug.substring(0, MAX_SLUG_LENGTH) : String.join("-", kept);
    }
}
