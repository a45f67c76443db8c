package net.techmonitor.site.render;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.reference.IssueId;

import java.util.NoSuchElementException;

/**
 * The one definition of the keys that carry a page's subject through JBake ("2018-q3/slug" for an article,
 * "2018/slug" for an activity) and their resolution back to catalog records.
 */
public final class PageKeys {
    private PageKeys() {
    }

    public static String of(Article article) {
        return article.issueId() + "/" + article.slug();
    }

    public static String of(Activity activity) {
        return activity.year() + "/" + activity.slug();
    }

    public static Article article(Catalog catalog, String key) {
        String[] parts = split(key);
        return IssueId.parse(parts[0]).flatMap(id -> catalog.article(id, parts[1]))
            .orElseThrow(() -> new NoSuchElementException("no article '" + key + "' in the catalog"));
    }

    public static Activity activity(Catalog catalog, String key) {
        String[] parts = split(key);
        return (parts[0].matches("\\d{4}") ? catalog.activity(Integer.parseInt(parts[0]), parts[1]) : java.util.Optional.<Activity>empty())
            .orElseThrow(() -> new NoSuchElementException("no activity '" + key + "' in the catalog"));
    }

    private static String[] split(String key) {
        int slash = key.indexOf('/');
        if (slash < 0) {
            throw new NoSuchElementException("not a page key: '" + key + "'");
        }
        return new String[]{key.substring(0, slash), key.substring(slash + 1)};
    }
}
