/**
 * The rendering stage. In: the site model (catalog, URLs). Out: each page's view model, built by
 * {@link net.techmonitor.site.render.PageViewBuilder}, rendered by {@link net.techmonitor.site.render.PageRenderer}
 * through our escaping Freemarker engine, a JBake template engine.
 */
package net.techmonitor.site.render;
