package net.techmonitor.site.pipeline;

import net.techmonitor.site.settings.SiteSettings;

import net.techmonitor.site.convert.ContentLimits;
import net.techmonitor.site.convert.RawHtmlPolicy;
import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.problems.SiteProblemsException;
import net.techmonitor.site.urls.SiteUrls;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import net.techmonitor.site.catalog.Periodical;
import net.techmonitor.site.catalog.ReportingPeriod;
import net.techmonitor.site.reference.Slugs;
import java.util.ArrayList;
import java.util.List;

/**
 * Load config: checks the site folder's layout and reads our settings from {@code jbake.properties}
 * ({@code site.title}, {@code site.url}, {@code reporting.period.start-month}, {@code content.raw-html}, ...);
 * command-line values win.
 */
public final class SiteSettingsLoader {
    private static final String STAGE = "config";

    private SiteSettingsLoader() {
    }

    /** Where the site is built: the --output option, or {@code <source>/target/site}. */
    public static Path outputFolder(Path source, Path output) {
        return output != null ? output.toAbsolutePath().normalize() : source.toAbsolutePath().normalize().resolve("target").resolve("site");
    }

    /**
     * Where builds keep their cache: the --cache option, or {@code <source>/target/.techmonitor-cache}, under the
     * project as Maven keeps its own (the Pages workflow caches that folder between deploys). Never beside the
     * output: an output given anywhere (/tmp/x) would scatter caches outside the project.
     */
    public static Path cacheFolder(Path source, Path cache) {
        return cache != null ? cache.toAbsolutePath().normalize()
            : source.toAbsolutePath().normalize().resolve("target").resolve(".techmonitor-cache");
    }

    /**
     * Where the command line says the site lives: {@code --site-url} gives the origin and the base path, {@code
     * --base-path} the path alone (the origin then comes from {@code site.url}); a null field is an option not given.
     */
    public record UrlOptions(SiteUrls.SiteAddress siteUrl, String basePath) {
        public static final UrlOptions NONE = new UrlOptions(null, null);

        /**
         * Reads and checks the two options; either may be null. Both given must name the same base path: which one
         * meant it cannot be guessed.
         *
         * @throws IllegalArgumentException a bad value, or the two disagreeing, in the words the editor reads
         */
        public static UrlOptions read(String siteUrl, String basePath) {
            SiteUrls.SiteAddress address = siteUrl == null ? null : SiteUrls.parseSiteUrl(siteUrl, "--site-url");
            String path;
            try {
                path = basePath == null ? null : SiteUrls.normalizeBasePath(basePath);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad --base-path '" + basePath + "' (expected a URL path such as /techmonitor/)");
            }
            if (address != null && path != null && !address.basePath().equals(path)) {
                throw new IllegalArgumentException("--site-url " + address.url() + " has the base path " + address.basePath()
                    + " but --base-path says " + path + " (expected --site-url alone, which gives both the host and the base path, "
                    + "or a --base-path that agrees with it)");
            }
            return new UrlOptions(address, path);
        }
    }

    /**
     * @param basePathOverride the --base-path option, or null
     * @param output           the --output option, or null for {@code <source>/target/site}
     * @throws IllegalArgumentException a bad base path, as {@link UrlOptions#read} says (the command line reads the
     *                                  options first, and exits 2 on one)
     */
    public static SiteSettings load(Path source, Path output, String basePathOverride) {
        return loadAt(source, output, UrlOptions.read(null, basePathOverride));
    }

    /**
     * @param output     the --output option, or null for {@code <source>/target/site}
     * @param urlOptions where the command line says the site lives ({@link UrlOptions#NONE}: where {@code site.url} says)
     */
    public static SiteSettings loadAt(Path source, Path output, UrlOptions urlOptions) {
        Path siteRoot = source.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(siteRoot)) {
            throw new SiteProblemsException(new Problem(STAGE, siteRoot.toString(), 0, "site folder does not exist (expected a folder with jbake.properties, content/, templates/ and assets/)"));
        }
        for (String folder : new String[]{"content", "templates"}) {
            if (!Files.isDirectory(siteRoot.resolve(folder))) {
                problems.add(new Problem(STAGE, folder + "/", 0, "missing folder (expected " + siteRoot.resolve(folder) + ")"));
            }
        }
        CompositeConfiguration properties;
        try {
            properties = JBakeSetup.siteProperties(siteRoot);
        } catch (ConfigurationException | IOException e) {
            throw new SiteProblemsException(new Problem(STAGE, "jbake.properties", 0, "cannot read: " + e.getMessage()));
        }
        SiteUrls.SiteAddress address = siteAddress(siteRoot, properties, urlOptions, problems);
        String basePath = address.basePath();
        Month startMonth = Month.DECEMBER;
        String month = properties.getString("reporting.period.start-month", "12");
        if (month.matches("\\d{1,2}") && Integer.parseInt(month) >= 1 && Integer.parseInt(month) <= 12) {
            startMonth = Month.of(Integer.parseInt(month));
        } else {
            problems.add(new Problem(STAGE, "jbake.properties", 0, "bad reporting.period.start-month '" + month + "' (expected a month number from 1 to 12)"));
        }
        String policy = properties.getString("content.raw-html", "safe");
        RawHtmlPolicy rawHtml = RawHtmlPolicy.parse(policy).orElse(RawHtmlPolicy.SAFE);
        if (RawHtmlPolicy.parse(policy).isEmpty()) {
            problems.add(new Problem(STAGE, "jbake.properties", 0, "bad content.raw-html '" + policy + "' (expected safe or trusted)"));
        }
        ReportingPeriod reportPeriod = null;
        try {
            LocalDate start = LocalDate.parse(properties.getString("report.period.start", "2017-12-01"));
            LocalDate end = LocalDate.parse(properties.getString("report.period.end", "2018-11-30"));
            if (end.isBefore(start)) {
                problems.add(new Problem(STAGE, "jbake.properties", 0, "report.period.end is before report.period.start (expected an end on or after the start)"));
            }
            reportPeriod = new ReportingPeriod(start, end);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(STAGE, "jbake.properties", 0, "bad date '" + e.getParsedString()
                + "' in report.period.start or report.period.end (expected YYYY-MM-DD)"));
        }
        ContentLimits limits = new ContentLimits(
            limit(properties, "content.limit.seconds", ContentLimits.DEFAULTS.seconds(), 1, 3_600, problems).intValue(),
            limit(properties, "content.limit.file-size", ContentLimits.DEFAULTS.fileBytes(), 1_000, 1_000_000_000, problems),
            limit(properties, "content.limit.line-length", ContentLimits.DEFAULTS.lineLength(), 80, 10_000_000, problems).intValue(),
            limit(properties, "content.limit.nesting", ContentLimits.DEFAULTS.nesting(), 2, 1_000, problems).intValue(),
            limit(properties, "content.limit.include-depth", ContentLimits.DEFAULTS.includeDepth(), 1, 64, problems).intValue(),
            limit(properties, "content.limit.expanded-size", ContentLimits.DEFAULTS.expandedBytes(), 1_000, 1_000_000_000, problems));
        Periodical periodical = periodical(siteRoot.resolve("jbake.properties"), properties, problems);
        if (!problems.isEmpty()) {
            throw new SiteProblemsException(problems);
        }
        String title = properties.getString("site.title", "Asia-Pacific Tech Monitor");
        Path out = outputFolder(source, output);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new SiteSettings(siteRoot, out, cacheFolder(source, null), basePath, title, startMonth, threads, false, rawHtml, address.origin(), reportPeriod, false, true, limits, periodical);
    }

    /**
     * Where the site lives: {@code --site-url}, else {@code site.url} with {@code --base-path}'s path if given. The
     * file's {@code site.url} is checked even when the option replaces it, and the two settings it replaced are
     * refused rather than ignored: an ignored {@code site.host} would publish URLs of a host the editor did not mean.
     */
    private static SiteUrls.SiteAddress siteAddress(Path siteRoot, CompositeConfiguration properties, UrlOptions options,
                                                    List<Problem> problems) {
        Path file = siteRoot.resolve("jbake.properties");
        SiteUrls.SiteAddress configured = SiteUrls.parseSiteUrl(SiteUrls.DEFAULT_SITE_URL, "site.url");
        if (properties.containsKey("site.url")) {
            try {
                configured = SiteUrls.parseSiteUrl(properties.getString("site.url"), "site.url");
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(STAGE, "jbake.properties", PropertyLines.lineOf(file, "site.url"), e.getMessage()));
            }
        }
        for (String replaced : new String[]{"site.host", "site.base-path"}) {
            if (properties.containsKey(replaced)) {
                problems.add(new Problem(STAGE, "jbake.properties", PropertyLines.lineOf(file, replaced), replaced
                    + " is no longer read (expected site.url, which gives the host and the base path together, such as "
                    + "site.url=https://techmonitor.net/ or site.url=https://org.github.io/techmonitor/)"));
            }
        }
        if (options.siteUrl() != null) {
            return options.siteUrl();
        }
        return options.basePath() != null ? new SiteUrls.SiteAddress(configured.origin(), options.basePath()) : configured;
    }

    /** A whole number setting within its range (a limit of 0 or of a billion seconds is a typing mistake too). */
    private static Long limit(CompositeConfiguration properties, String key, long fallback, long min, long max, List<Problem> problems) {
        String written = properties.getString(key, String.valueOf(fallback)).strip();
        if (written.matches("[0-9]{1,10}") && Long.parseLong(written) >= min && Long.parseLong(written) <= max) {
            return Long.parseLong(written);
        }
        problems.add(new Problem(STAGE, "jbake.properties", 0, "bad " + key + " '" + written + "' (expected a whole number from "
            + String.format(java.util.Locale.ROOT, "%,d to %,d", min, max) + ")"));
        return fallback;
    }

    /**
     * The periodical's settings of the site's {@code jbake.properties}, read as every build reads them, for
     * {@code new}, which checks an article's {@code --section} against them.
     *
     * @throws SiteProblemsException with the build's messages when the settings are wrong
     */
    public static Periodical periodical(Path siteRoot) {
        CompositeConfiguration properties;
        try {
            properties = JBakeSetup.siteProperties(siteRoot);
        } catch (ConfigurationException | IOException e) {
            throw new SiteProblemsException(new Problem(STAGE, "jbake.properties", 0, "cannot read: " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        Periodical periodical = periodical(siteRoot.resolve("jbake.properties"), properties, problems);
        if (!problems.isEmpty()) {
            throw new SiteProblemsException(problems);
        }
        return periodical;
    }

    /**
     * The periodical's settings: {@code site.issn} (its check digit verified), {@code site.sections} (entries
     * {@code id: Title} separated by commas, in the order the issues' contents follow) and {@code site.license.name}
     * with {@code site.license.url} (both or neither). None is required, and none has a default.
     */
    private static Periodical periodical(Path file, CompositeConfiguration properties, List<Problem> problems) {
        String issn = written(properties, "site.issn");
        if (issn != null && !Periodical.isValidIssn(issn)) {
            problems.add(new Problem(STAGE, "jbake.properties", PropertyLines.lineOf(file, "site.issn"), "bad site.issn '" + issn
                + "' (expected four digits, a hyphen, three digits and a check digit or X that agrees with the others:"
                + " copy the ISSN exactly as the ISSN register gives it)"));
            issn = null;
        }
        List<Periodical.Section> sections = new ArrayList<>();
        String sectionsWritten = written(properties, "site.sections");
        if (sectionsWritten != null) {
            int line = PropertyLines.lineOf(file, "site.sections");
            for (String entry : sectionsWritten.split(",")) {
                String item = entry.strip();
                int colon = item.indexOf(':');
                String id = colon < 0 ? item : item.substring(0, colon).strip();
                String title = colon < 0 ? "" : item.substring(colon + 1).strip();
                if (item.isEmpty()) {
                    continue;
                }
                if (!Slugs.isValid(id) || title.isEmpty()) {
                    problems.add(new Problem(STAGE, "jbake.properties", line, "bad section '" + item + "' in site.sections (expected"
                        + " an id of lower-case ASCII words joined by '-', a colon and the section's title, e.g. 'special-theme: Special theme')"));
                } else if (sections.stream().anyMatch(section -> section.id().equals(id))) {
                    problems.add(new Problem(STAGE, "jbake.properties", line, "section '" + id + "' is listed twice in site.sections"
                        + " (expected each section once)"));
                } else {
                    sections.add(new Periodical.Section(id, title));
                }
            }
        }
        String licenceName = written(properties, "site.license.name");
        String licenceUrl = written(properties, "site.license.url");
        Periodical.Licence licence = null;
        if (licenceName != null && licenceUrl != null) {
            if (!licenceUrl.matches("https?://[^\\s\"<>]+")) {
                problems.add(new Problem(STAGE, "jbake.properties", PropertyLines.lineOf(file, "site.license.url"), "bad site.license.url '"
                    + licenceUrl + "' (expected the address of the licence's text, starting with https:// or http://)"));
            } else {
                licence = new Periodical.Licence(licenceName, licenceUrl);
            }
        } else if (licenceName != null || licenceUrl != null) {
            String given = licenceName != null ? "site.license.name" : "site.license.url";
            String missing = licenceName != null ? "site.license.url" : "site.license.name";
            problems.add(new Problem(STAGE, "jbake.properties", PropertyLines.lineOf(file, given), given + " is set without "
                + missing + " (expected both: the licence's name as shown, and the address of its text)"));
        }
        return new Periodical(issn, sections, licence);
    }

    /** A setting's whole value (the list delimiter split it at commas), or null when it is not set or blank. */
    private static String written(CompositeConfiguration properties, String key) {
        if (!properties.containsKey(key)) {
            return null;
        }
        String value = String.join(",", properties.getStringArray(key)).strip();
        return value.isEmpty() ? null : value;
    }
}
