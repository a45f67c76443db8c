/**
 * How to cite an article: its reference, made from the article's header and its issue's alone, as APA and Chicago
 * author-date HTML (citeproc-java with the Citation Style Language's styles) and as RIS, BibTeX and CSL-JSON files
 * to download beside the page.
 */
package net.techmonitor.site.render.cite;
