package net.techmonitor.site.render;

import net.techmonitor.site.urls.PagePath;

/**
 * One page of the site: its kind, the key of its subject (issue id, "2018/slug", country code; "" for
 * singletons), where it goes, and the content file it comes from (null for generated pages).
 */
public record PageSpec(PageKind kind, String key, PagePath path, String sourcePath) {

    public PageSpec(PageKind kind, String key, PagePath path) {
        this(kind, key, path, null);
    }
}
