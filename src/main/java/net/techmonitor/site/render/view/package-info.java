/**
 * View models. In: the catalog, the URL authority and a page's {@link net.techmonitor.site.render.PageSubject}.
 * Out: the page's {@link net.techmonitor.site.render.view.PageView} (the records of
 * {@link net.techmonitor.site.render.view.PageViews}) and its title and description. One builder per page family;
 * {@link net.techmonitor.site.render.view.PageViewBuilder} chooses among them by the subject.
 */
package net.techmonitor.site.render.view;
