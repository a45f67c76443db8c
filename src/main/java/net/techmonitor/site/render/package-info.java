/**
 * The rendering stage. In: the site model (catalog, URLs). Out: each page's view model, built for its typed
 * {@link net.techmonitor.site.render.PageSubject} by {@link net.techmonitor.site.render.view.PageViewBuilder}, rendered
 * by {@link net.techmonitor.site.render.PageRenderer} through our escaping Freemarker engine, a JBake template engine.
 */
package net.techmonitor.site.render;
