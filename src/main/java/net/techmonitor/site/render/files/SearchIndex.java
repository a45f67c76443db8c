package net.techmonitor.site.render.files;

import net.techmonitor.site.source.SearchableText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.urls.SiteUrls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index, written with Jackson: one entry per article, technology offer or request, issue, activity, theme,
 * country and partner, with its URL, title, type and plain text (no markup, so the search script can only ever show
 * text).
 */
public final class SearchIndex {
    /** Enough text to find a page by what it says, small enough to download on a phone. */
    static final int MAX_TEXT = SearchableText.MAX_TEXT;
    /** Made once: an ObjectMapper is costly to set up, and a preview writes the index on every save. */
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    private SearchIndex() {
    }

    public record Entry(String url, String title, String type, String text) {
    }

    /**
     * The search text of each (head, body) of the last index made, for the next: a preview makes the index again on
     * every save, and reading the text of every document again was most of that. Bodies of unchanged documents are
     * the very same strings from one save to the next, so a lookup costs no comparison of their text. Each index
     * keeps only what it used, so this holds one site's worth.
     */
    private static volatile Map<TextKey, String> lastTexts = Map.of();

    private record TextKey(String head, String body) {
    }

    public static List<Entry> entries(Catalog catalog, SiteUrls urls) {
        Map<TextKey, String> known = lastTexts;
        Map<TextKey, String> used = new HashMap<>();
        List<Entry> entries = entries(catalog, urls, (head, body) -> used.computeIfAbsent(new TextKey(head, body), key -> {
            String earlier = known.get(key);
            return earlier != null ? earlier : text(head, body);
        }));
        lastTexts = used;
        return entries;
    }

    private static List<Entry> entries(Catalog catalog, SiteUrls urls, java.util.function.BinaryOperator<String> text) {
        List<Entry> entries = new ArrayList<>();
        catalog.articles().forEach(a -> entries.add(new Entry(urls.article(a.issueId(), a.slug()).url(), a.title(), "Article",
            text.apply(String.join("; ", a.authorNames()) + ". " + a.description() + " ", catalog.bodyText(a.source())))));
        catalog.technology().forEach(t -> entries.add(new Entry(urls.technologyEntry(t.issueId(), t.slug()).url(), t.title(),
            t.kind().label(), text.apply(t.country().name() + ". " + t.description() + " " + (t.contact() == null ? "" : t.contact() + " "),
                catalog.bodyText(t.source())))));
        catalog.issues().forEach(i -> entries.add(new Entry(urls.issue(i.id()).url(), i.title(), "Issue",
            text.apply(i.period() + ". ", catalog.bodyText(i.source())))));
        catalog.activities().forEach(a -> entries.add(new Entry(urls.activity(a.year(), a.slug()).url(), a.title(), "Activity",
            text.apply(a.city() + ", " + a.country().name() + ". ", catalog.bodyText(a.source())))));
        catalog.themes().forEach(t -> entries.add(new Entry(urls.theme(t.id()).url(), t.title(), "Theme", text.apply("", catalog.bodyText(t.source())))));
        for (Country country : catalog.countriesNamed()) {
            entries.add(new Entry(urls.country(country).url(), country.name(), "Country",
                text.apply("", String.join(" ", country.aliases()) + " " + country.alpha2() + " " + country.alpha3())));
        }
        catalog.partners().forEach(p -> entries.add(new Entry(urls.partner(p.id()).url(), p.title(), "Partner institution",
            text.apply(p.country() == null ? "" : p.country().name() + ". ", catalog.bodyText(p.source())))));
        catalog.pages().forEach(p -> entries.add(new Entry(urls.page(p.slug()).url(), p.title(), "Page", text.apply("", catalog.bodyText(p.source())))));
        return entries;
    }

    /**
     * Each entry as JSON in the last index made, for the next: a preview writes the index on every save, and writing
     * every entry's text again was most of a body-only save's work. Unchanged entries hold the very same strings from
     * one save to the next, whose hashes are kept, so finding one costs no pass over its text.
     */
    private static volatile Map<Entry, String> lastJson = Map.of();

    /** The index as Jackson writes the list of entries, one entry at a time: {@code [{...},{...}]}. */
    public static String json(Catalog catalog, SiteUrls urls) {
        return json(entries(catalog, urls));
    }

    static String json(List<Entry> entries) {
        Map<Entry, String> known = lastJson;
        Map<Entry, String> used = new HashMap<>();
        StringBuilder out = new StringBuilder(known.size() * (MAX_TEXT / 2 + 100) + 16).append('[');
        for (Entry entry : entries) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(used.computeIfAbsent(entry, key -> {
                String earlier = known.get(key);
                return earlier != null ? earlier : write(key);
            }));
        }
        lastJson = used;
        return out.append("]\n").toString();
    }

    private static String write(Entry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }

    /** {@link #text(String, String)} of one text. */
    static String text(String text) {
        return text("", text);
    }

    /**
     * The head followed by the body, with every run of whitespace ({@code \\s}) made one space, stripped, and cut to
     * {@link #MAX_TEXT} characters. It reads only as far as the cut, and never joins the two into one string: a
     * preview recomputes the index on every save, and bodies are long.
     */
    static String text(String head, String body) {
        int length = head.length() + body.length();
        StringBuilder out = new StringBuilder(Math.min(length, MAX_TEXT));
        int i = 0;
        while (i < length) {
            char next = charAt(head, body, i);
            if (isRegexSpace(next)) {
                while (i < length && isRegexSpace(charAt(head, body, i))) {
                    i++;
                }
                next = ' ';
            } else {
                i++;
            }
            if (out.isEmpty() && Character.isWhitespace(next)) {
                continue; // leading whitespace, as strip() removes it
            }
            if (out.length() == MAX_TEXT) {
                if (!Character.isWhitespace(next)) {
                    return out.toString(); // more text follows the cut, so the cut stands
                }
                continue;
            }
            out.append(next);
        }
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(0, end);
    }

    private static char charAt(String head, String body, int index) {
        return index < head.length() ? head.charAt(index) : body.charAt(index - head.length());
    }

    private static boolean isRegexSpace(char c) {
        return SearchableText.isRegexSpace(c);
    }
}
