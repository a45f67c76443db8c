/**
 * URLs. In: a record's identity (issue id, slug, country) and the site's base path. Out: the file each page
 * is written to and the URL readers use, computed in one place so links and files can never disagree.
 */
package net.techmonitor.site.urls;
