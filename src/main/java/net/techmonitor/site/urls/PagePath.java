package net.techmonitor.site.urls;

/**
 * Where a page is written and where readers find it.
 *
 * @param outputPath path of the file inside the output folder ({@code issues/2018-q3/index.html})
 * @param url        its public URL path, base path included ({@code /techmonitor/issues/2018-q3/})
 */
public record PagePath(String outputPath, String url) {
    /** The file a folder's URL serves: the one rule for it, kept by the pages, the link check and the preview server. */
    public static final String FOLDER_PAGE = "index.html";

    /** The file a path inside the site names: itself, or the folder's page when it is a folder ("" or ending in '/'). */
    public static String fileOf(String pathInSite) {
        return pathInSite.isEmpty() || pathInSite.endsWith("/") ? pathInSite + FOLDER_PAGE : pathInSite;
    }
}
