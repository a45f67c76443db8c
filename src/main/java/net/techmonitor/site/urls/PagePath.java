package net.techmonitor.site.urls;

/**
 * Where a page is written and where readers find it.
 *
 * @param outputPath path of the file inside the output folder ({@code issues/2018-q3/index.html})
 * @param url        its public URL path, base path included ({@code /techmonitor/issues/2018-q3/})
 */
public record PagePath(String outputPath, String url) {
}
