package net.techmonitor.site.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs and comparison keys for names written in any Latin spelling. */
public final class Slugs {
    /** How many names each memory below keeps before it starts again: names, not content, so few. */
    private static final int MEMORY_LIMIT = 50_000;
    private static final java.util.Map<String, String> SORT_KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    /** What docs/content-format.md allows for ids and slugs: lower-case ASCII words joined by '-'. */
    public static final Pattern VALID_SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    /** "Lao People's Democratic Republic" becomes "lao-peoples-democratic-republic"; "Côte d'Ivoire", "cote-divoire". */
    public static String of(String name) {
        if (SLUGS.size() > MEMORY_LIMIT) {
            SLUGS.clear();
        }
        return SLUGS.computeIfAbsent(name, Slugs::slugOf);
    }

    private static String slugOf(String name) {
        String folded = sortKey(name).replace("'", "");
        return NON_WORD.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
    }

    /** Lower case, accents removed, typographic apostrophes made plain, spaces collapsed. */
    public static String sortKey(String name) {
        // Sorting countries asks for the same few names' keys thousands of times a build; the set of names is small.
        if (SORT_KEYS.size() > MEMORY_LIMIT) {
            SORT_KEYS.clear();
        }
        return SORT_KEYS.computeIfAbsent(name, Slugs::foldForSorting);
    }

    private static String foldForSorting(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("")
            .replace('\u2019', '\'').replace('\u2018', '\'')
            .toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID_SLUG.matcher(slug).matches();
    }
}
