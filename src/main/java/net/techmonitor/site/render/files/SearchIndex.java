package net.techmonitor.site.render.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.urls.SiteUrls;

import java.util.ArrayList;
import java.util.List;

/**
 * The search index, written with Jackson: one entry per article, issue, activity, theme, country and partner,
 * with its URL, title, type and plain text (no markup, so the search script can only ever show text).
 */
public final class SearchIndex {
    /** Enough text to find a page by what it says, small enough to download on a phone. */
    static final int MAX_TEXT = 1500;
    /** Made once: an ObjectMapper is costly to set up, and a preview writes the index on every save. */
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    private SearchIndex() {
    }

    public record Entry(String url, String title, String type, String text) {
    }

    public static List<Entry> entries(Catalog catalog, SiteUrls urls) {
        List<Entry> entries = new ArrayList<>();
        catalog.articles().forEach(a -> entries.add(new Entry(urls.article(a.issueId(), a.slug()).url(), a.title(), "Article",
            text(String.join("; ", a.authors()) + ". " + a.description() + " ", catalog.bodyText(a.source())))));
        catalog.issues().forEach(i -> entries.add(new Entry(urls.issue(i.id()).url(), i.title(), "Issue",
            text(i.period() + ". ", catalog.bodyText(i.source())))));
        catalog.activities().forEach(a -> entries.add(new Entry(urls.activity(a.year(), a.slug()).url(), a.title(), "Activity",
            text(a.city() + ", " + a.country().name() + ". ", catalog.bodyText(a.source())))));
        catalog.themes().forEach(t -> entries.add(new Entry(urls.theme(t.id()).url(), t.title(), "Theme", text(catalog.bodyText(t.source())))));
        for (Country country : catalog.countriesNamed()) {
            entries.add(new Entry(urls.country(country).url(), country.name(), "Country",
                text(String.join(" ", country.aliases()) + " " + country.alpha2() + " " + country.alpha3())));
        }
        catalog.partners().forEach(p -> entries.add(new Entry(urls.partner(p.id()).url(), p.title(), "Partner institution",
            text(p.country() == null ? "" : p.country().name() + ". ", catalog.bodyText(p.source())))));
        catalog.pages().forEach(p -> entries.add(new Entry(urls.page(p.slug()).url(), p.title(), "Page", text(catalog.bodyText(p.source())))));
        return entries;
    }

    public static String json(Catalog catalog, SiteUrls urls) {
        try {
            return JSON.writeValueAsString(entries(catalog, urls)) + "\n";
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

    /** What {@code \\s} matches in a Java regular expression. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
