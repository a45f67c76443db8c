package net.techmonitor.site.urls;

import net.techmonitor.site.reference.IssueId;
import net.techmonitor.site.reference.Country;

import java.util.Locale;

/**
 * The one authority for where every page goes and what its URL is. Pages are written as
 * {@code <path>/index.html} and linked as {@code <base>/<path>/}, which GitHub Pages and any static server
 * resolve. No template or renderer builds a URL by concatenation; they ask this class.
 */
public final class SiteUrls {
    public static final String ISSUES = "issues";
    public static final String ACTIVITIES = "activities";
    public static final String THEMES = "themes";
    public static final String COUNTRIES = "countries";
    public static final String PARTNERS = "partners";
    public static final String CONTRIBUTIONS = "contributions";
    public static final String PROGRAMMES = "programmes";
    public static final String ASSETS = "assets";
    /** First path segments the generator itself writes: a plain page may not take one of these slugs. */
    public static final java.util.List<String> RESERVED_SEGMENTS =
        java.util.List.of(ISSUES, ACTIVITIES, THEMES, COUNTRIES, PARTNERS, CONTRIBUTIONS, PROGRAMMES, ASSETS, "css", "js",
            "report", "statistics", "search");

    private final String basePath;
    private final String host;

    /** @param basePath where the site is served from: "/" for a domain, "/techmonitor/" for a project site */
    public SiteUrls(String basePath) {
        this(basePath, DEFAULT_HOST);
    }

    /** @param host scheme and host the site is published at, for absolute URLs (feeds, canonical links, sitemap) */
    public SiteUrls(String basePath, String host) {
        this.basePath = normalizeBasePath(basePath);
        this.host = normalizeHost(host);
    }

    public static final String DEFAULT_HOST = "https://techmonitor.net";

    /** "https://techmonitor.net/" becomes "https://techmonitor.net"; anything but an http(s) origin is refused. */
    public static String normalizeHost(String host) {
        String trimmed = host == null ? "" : host.strip().replaceAll("/+$", "");
        if (!trimmed.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
            throw new IllegalArgumentException("site host '" + host + "' (expected a scheme and host such as https://techmonitor.net)");
        }
        return trimmed;
    }

    /** The absolute form of a URL path of this site: {@code /issues/} becomes {@code https://techmonitor.net/issues/}. */
    public String absolute(String url) {
        return host + url;
    }

    public String host() {
        return host;
    }

    /** "" or "techmonitor" or "/techmonitor" become "/" and "/techmonitor/". */
    public static String normalizeBasePath(String basePath) {
        String trimmed = basePath == null ? "" : basePath.strip();
        trimmed = trimmed.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            return "/";
        }
        if (!trimmed.matches("[A-Za-z0-9._~/-]+") || trimmed.contains("//") || trimmed.contains("..")) {
            throw new IllegalArgumentException("base path '" + basePath + "' (expected a URL path such as /techmonitor/)");
        }
        return "/" + trimmed + "/";
    }

    public String basePath() {
        return basePath;
    }

    public PagePath home() {
        return directory("");
    }

    public PagePath issueArchive() {
        return directory(ISSUES);
    }

    public PagePath issue(IssueId id) {
        return directory(ISSUES + "/" + id);
    }

    public PagePath article(IssueId id, String slug) {
        return directory(ISSUES + "/" + id + "/" + slug);
    }

    public PagePath activityIndex() {
        return directory(ACTIVITIES);
    }

    public PagePath activityYear(int year) {
        return directory(ACTIVITIES + "/" + year);
    }

    public PagePath activity(int year, String slug) {
        return directory(ACTIVITIES + "/" + year + "/" + slug);
    }

    public PagePath programme(String id) {
        return directory(PROGRAMMES + "/" + id);
    }

    public PagePath themeIndex() {
        return directory(THEMES);
    }

    public PagePath theme(String id) {
        return directory(THEMES + "/" + id);
    }

    public PagePath countryIndex() {
        return directory(COUNTRIES);
    }

    public PagePath country(Country country) {
        return directory(COUNTRIES + "/" + country.slug());
    }

    public PagePath partnerIndex() {
        return directory(PARTNERS);
    }

    public PagePath partner(String id) {
        return directory(PARTNERS + "/" + id);
    }

    public PagePath contributions(int year) {
        return directory(CONTRIBUTIONS + "/" + year);
    }

    public PagePath page(String slug) {
        return directory(slug);
    }

    /** The activity report of the configured reporting period. */
    public PagePath report() {
        return directory("report");
    }

    public PagePath statistics() {
        return directory("statistics");
    }

    public PagePath search() {
        return directory("search");
    }

    /** The search index the search page's script reads. */
    public PagePath searchIndex() {
        return file("search-index.json", "");
    }

    /** The issue as one PDF: cover, editorial and its articles. */
    public PagePath issuePdf(IssueId id) {
        return file("tech-monitor-" + id + ".pdf", ISSUES + "/" + id + "/");
    }

    public PagePath articlePdf(IssueId id, String slug) {
        return file(slug + ".pdf", ISSUES + "/" + id + "/" + slug + "/");
    }

    /** The Atom feed of the whole site: new articles and activities. */
    public PagePath siteFeed() {
        return file("feed.xml", "");
    }

    public PagePath themeFeed(String id) {
        return file("feed.xml", THEMES + "/" + id + "/");
    }

    public PagePath countryFeed(Country country) {
        return file("feed.xml", COUNTRIES + "/" + country.slug() + "/");
    }

    /** Every activity as an iCalendar event. */
    public PagePath calendar() {
        return file("activities.ics", "");
    }

    public PagePath sitemap() {
        return file("sitemap.xml", "");
    }

    public PagePath robots() {
        return file("robots.txt", "");
    }

    /** The page GitHub Pages serves for a missing address; it must sit at the root as 404.html. */
    public PagePath notFound() {
        return file("404.html", "");
    }

    private PagePath file(String name, String folder) {
        return new PagePath(folder + name, basePath + folder + name);
    }

    /** A file copied as it is (stylesheet, image beside an article): {@code assets/site.css}. */
    public String file(String outputPath) {
        String path = outputPath.startsWith("/") ? outputPath.substring(1) : outputPath;
        return basePath + path;
    }

    /** The folder a source file's images and PDFs are copied to, as a URL ending in '/'. */
    public String contentFolder(String folderInsideContent) {
        String folder = folderInsideContent.replace('\\', '/').replaceAll("^/+|/+$", "");
        return folder.isEmpty() ? basePath : basePath + folder + "/";
    }

    private PagePath directory(String path) {
        if (!path.equals(path.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("page paths are lower case: " + path);
        }
        String output = path.isEmpty() ? "index.html" : path + "/index.html";
        String url = path.isEmpty() ? basePath : basePath + path + "/";
        return new PagePath(output, url);
    }
}
