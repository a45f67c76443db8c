package net.techmonitor.site.render.search;

import java.util.Objects;

/**
 * One document as search sees it, all plain text (no markup, so the search script can only ever show text).
 *
 * @param url     its page's URL, with the base path
 * @param type    what it is, as a result names it ("Article", "Partner institution")
 * @param meta    what it is tagged with: authors, countries (with their aliases and codes), themes, partner
 *                institutions, a city, a period; ranked below the title and above the body
 * @param body    the text it is found by besides ({@link SearchText#of(String, String)})
 * @param excerpt what a result shows of it, at most {@link SearchText#MAX_EXCERPT} characters and an ellipsis
 */
public record SearchDocument(String url, String title, String type, String meta, String body, String excerpt) {
    public SearchDocument {
        Objects.requireNonNull(url);
        Objects.requireNonNull(title);
        Objects.requireNonNull(type);
        Objects.requireNonNull(meta);
        Objects.requireNonNull(body);
        Objects.requireNonNull(excerpt);
    }
}
