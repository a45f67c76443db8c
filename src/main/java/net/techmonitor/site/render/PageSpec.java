package net.techmonitor.site.render;

import net.techmonitor.site.urls.PagePath;

/**
 * One page of the site: what it is about, where it goes, and the content file it comes from (null for generated
 * pages).
 */
public record PageSpec(PageSubject subject, PagePath path, String sourcePath) {

    public PageSpec(PageSubject subject, PagePath path) {
        this(subject, path, null);
    }

    /** The kind of page, which names its template. */
    public PageKind kind() {
        return subject.kind();
    }
}
