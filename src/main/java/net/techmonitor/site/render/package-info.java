/**
 * Rendering through JBake. In: the catalog (carried by {@link net.techmonitor.site.render.CatalogContentStore}).
 * Out: one view model per page, built by {@link net.techmonitor.site.render.view.PageViewBuilder}, rendered by our
 * escaping Freemarker engine into the files JBake's renderer writes.
 */
package net.techmonitor.site.render;
