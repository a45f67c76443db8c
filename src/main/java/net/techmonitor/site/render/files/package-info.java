/**
 * Machine-readable files. In: the catalog and the URL authority. Out: Atom feeds, the iCalendar file of
 * activities, sitemap.xml and robots.txt, written into the output by a JBake rendering tool.
 */
package net.techmonitor.site.render.files;
