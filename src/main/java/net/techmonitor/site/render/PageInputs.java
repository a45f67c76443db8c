package net.techmonitor.site.render;

import net.techmonitor.site.render.head.PageHead;
import net.techmonitor.site.render.view.PageMeta;
import net.techmonitor.site.render.view.PageViewBuilder;
import net.techmonitor.site.render.view.PageView;
import net.techmonitor.site.render.view.SiteView;

/**
 * Everything a page's template is given: the frame every page shares, the page's view model, its title and
 * description, and its head metadata. A page is a pure function of these and its template, and all of them are
 * records of strings, numbers and lists, so two equal inputs render to the same bytes: a preview re-renders only
 * the pages whose inputs changed.
 */
public record PageInputs(SiteView frame, PageView view, PageMeta meta, PageHead head) {

    static PageInputs of(SiteModel site, PageSubject subject) {
        PageViewBuilder.BuiltPage page = site.views().build(subject);
        return new PageInputs(site.frame(), page.view(), page.meta(), site.heads().build(subject, page.meta()));
    }
}
