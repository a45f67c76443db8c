package net.techmonitor.site.urls;

import net.techmonitor.site.reference.IssueId;
import net.techmonitor.site.reference.Country;

import java.util.Locale;

/**
 * The one authority for where every page goes and what its URL is. Pages are written as
 * {@code <path>/index.html} and linked as {@code <base>/<path>/}, which GitHub Pages and any static server
 * resolve. No template or renderer builds a URL by concatenation; they ask this class. Absolute URLs are made only
 * by {@link #absolute}, from the site URL ({@code site.url} or {@code --site-url}).
 *
 * <p>Over 300 lines on purpose: it is the one authority on every page's file and URL and on absolute URLs, so
 * that no other class composes a path; split, the rules would again live in several places.</p>
 */
public final class SiteUrls {
    public static final String ISSUES = "issues";
    public static final String ACTIVITIES = "activities";
    public static final String THEMES = "themes";
    public static final String COUNTRIES = "countries";
    public static final String PARTNERS = "partners";
    public static final String CONTRIBUTIONS = "contributions";
    public static final String PROGRAMMES = "programmes";
    public static final String TECHNOLOGY = "technology";
    public static final String ASSETS = "assets";
    /** First path segments the generator itself writes: a plain page may not take one of these slugs. */
    public static final java.util.List<String> RESERVED_SEGMENTS =
        java.util.List.of(ISSUES, ACTIVITIES, THEMES, COUNTRIES, PARTNERS, CONTRIBUTIONS, PROGRAMMES, TECHNOLOGY, ASSETS, "css", "js",
            "report", "statistics", "search");

    /** Where the real site lives, when a site's jbake.properties has no {@code site.url}. */
    public static final String DEFAULT_SITE_URL = "https://techmonitor.net/";

    private final String basePath;
    private final String origin;

    /** @param basePath where the site is served from: "/" for a domain, "/techmonitor/" for a project site */
    public SiteUrls(String basePath) {
        this(basePath, parseSiteUrl(DEFAULT_SITE_URL, "site.url").origin());
    }

    /**
     * @param basePath where the site is served from: "/" for a domain, "/techmonitor/" for a project site
     * @param origin   scheme, host and port the site is published at ({@link SiteAddress#origin()}), from which every
     *                 absolute URL (canonical links, Open Graph, citation tags, JSON-LD, feeds, calendar, sitemap,
     *                 robots.txt) is made here and nowhere else
     */
    public SiteUrls(String basePath, String origin) {
        this.basePath = normalizeBasePath(basePath);
        SiteAddress address = parseSiteUrl(origin, "site origin");
        if (!address.basePath().equals("/")) {
            throw new IllegalArgumentException("bad site origin '" + origin + "' (expected a scheme and host without a path; the path is the base path)");
        }
        this.origin = address.origin();
    }

    /** The URLs of the site that lives at {@code address}. */
    public SiteUrls(SiteAddress address) {
        this(address.basePath(), address.origin());
    }

    /**
     * Where a site lives, split into the two parts the generator uses: its origin ({@code https://org.github.io}) and
     * the base path under it ({@code /techmonitor/}).
     */
    public record SiteAddress(String origin, String basePath) {
        /** The site's URL as an editor writes it: {@code https://org.github.io/techmonitor/}. */
        public String url() {
            return origin + basePath;
        }
    }

    /**
     * Reads a site URL such as {@code https://techmonitor.net/} or {@code https://org.github.io/techmonitor} (the
     * trailing slash may be left out, as {@code actions/configure-pages} leaves it out). The scheme and host are made
     * lower case; the path is the base path, normalised as {@link #normalizeBasePath} does.
     *
     * @param name what the value is called where the editor wrote it ({@code site.url}, {@code --site-url}), for the
     *             message
     * @throws IllegalArgumentException "bad NAME 'VALUE' (expected ...)", one reason per rule
     */
    public static SiteAddress parseSiteUrl(String written, String name) {
        String value = written == null ? "" : written.strip();
        String bad = "bad " + name + " '" + written + "' (expected ";
        java.net.URI uri;
        try {
            uri = new java.net.URI(value);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(bad + "a web address such as https://techmonitor.net/ or https://org.github.io/techmonitor/)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.isOpaque()) {
            throw new IllegalArgumentException(bad + "an address starting with https:// or http://, such as https://techmonitor.net/)");
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            throw new IllegalArgumentException(bad + "a host after " + scheme + "://, such as https://org.github.io/techmonitor/)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(bad + "no user name or password before the host)");
        }
        if (uri.getHost() == null || !uri.getHost().matches("[A-Za-z0-9.-]+") || uri.getRawAuthority().endsWith(":") || uri.getPort() > 65535) {
            throw new IllegalArgumentException(bad + "a host name of letters, digits, dots and hyphens, and at most a port number, "
                + "such as https://org.github.io/ or http://localhost:8820/)");
        }
        if (uri.getRawQuery() != null) {
            throw new IllegalArgumentException(bad + "no query: the site URL is where the site's pages start, such as https://org.github.io/techmonitor/)");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException(bad + "no #fragment: the site URL is where the site's pages start, such as https://org.github.io/techmonitor/)");
        }
        String path;
        try {
            path = normalizeBasePath(uri.getRawPath());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(bad + "a path of letters, digits and . _ ~ - between slashes after the host, such as /techmonitor/)");
        }
        String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return new SiteAddress(origin, path);
    }

    /** The absolute form of a URL path of this site: {@code /issues/} becomes {@code https://techmonitor.net/issues/}. */
    public String absolute(String url) {
        if (!url.startsWith(basePath)) {
            throw new IllegalArgumentException("not a URL of this site under " + basePath + ": " + url);
        }
        return origin + url;
    }

    /** The site's own URL: {@code https://techmonitor.net/}, {@code https://org.github.io/techmonitor/}. */
    public String siteUrl() {
        return origin + basePath;
    }

    /**
     * The iCalendar UID of an activity: globally unique and the same in every build, so a subscribed calendar updates
     * the event rather than adding it twice. It is named after the host the site is published at (RFC 5545's
     * advice), as {@code 2018-kunming-forum@techmonitor.net}.
     */
    public String calendarUid(int year, String slug) {
        return year + "-" + slug + "@" + origin.replaceFirst("^https?://", "");
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

    /** A technology offer or request of an issue, under the issue as its source is: {@code /issues/2018-q3/technology/x/}. */
    public PagePath technologyEntry(IssueId id, String slug) {
        return directory(ISSUES + "/" + id + "/" + TECHNOLOGY + "/" + slug);
    }

    /** Every technology offer and request. */
    public PagePath technologyIndex() {
        return directory(TECHNOLOGY);
    }

    /** The offers or the requests alone: {@code /technology/offers/}. */
    public PagePath technologyOfKind(String segment) {
        return directory(TECHNOLOGY + "/" + segment);
    }

    /** The offers and requests from one country: {@code /technology/countries/india/}. */
    public PagePath technologyFrom(Country country) {
        return directory(TECHNOLOGY + "/" + COUNTRIES + "/" + country.slug());
    }

    /** The offers and requests of one theme: {@code /technology/themes/financing-innovation/}. */
    public PagePath technologyWithTheme(String themeId) {
        return directory(TECHNOLOGY + "/" + THEMES + "/" + themeId);
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

    /** The search index's manifest, where the search page's script starts (docs/search-index.md). */
    public PagePath searchManifest() {
        return file("manifest.json", searchIndexFolder());
    }

    /** The output folder of the search index's files: the manifest, the term shards and the display chunks. */
    public String searchIndexFolder() {
        return "search-index/";
    }

    /** The issue as one PDF: cover, editorial and its articles. */
    public PagePath issuePdf(IssueId id) {
        return file("tech-monitor-" + id + ".pdf", ISSUES + "/" + id + "/");
    }

    public PagePath articlePdf(IssueId id, String slug) {
        return file(slug + ".pdf", ISSUES + "/" + id + "/" + slug + "/");
    }

    /**
     * The article's reference as a file to download, beside its page: {@code cite.ris}, {@code cite.bib} or
     * {@code cite.json} for the extension {@code ris}, {@code bib} or {@code json}.
     */
    public PagePath articleReference(IssueId id, String slug, String extension) {
        return file("cite." + extension, ISSUES + "/" + id + "/" + slug + "/");
    }

    /** The Atom feed of the whole site: new articles, activities, technology offers and requests. */
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
        String output = PagePath.fileOf(path.isEmpty() ? "" : path + "/");
        String url = path.isEmpty() ? basePath : basePath + path + "/";
        return new PagePath(output, url);
    }
}
