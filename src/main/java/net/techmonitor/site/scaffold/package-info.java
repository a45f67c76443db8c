/**
 * Scaffolding for editors. In: what an editor knows about a new article, issue, activity, partner or theme. Out: a file in
 * the right folder with every attribute filled or marked, which the site builds at once.
 */
package net.techmonitor.site.scaffold;
