package net.techmonitor.site.settings;

import net.techmonitor.site.catalog.ReportingPeriod;
import net.techmonitor.site.convert.RawHtmlPolicy;

import java.nio.file.Path;
import java.time.Month;

/**
 * What a build needs to know, resolved once from the command line and {@code jbake.properties}.
 *
 * @param siteRoot            the site folder (holds jbake.properties, content/, templates/, assets/)
 * @param output              where the finished site goes
 * @param cacheFolder         where builds keep what later builds may reuse ({@code --cache}, else
 *                            {@code <siteRoot>/target/.techmonitor-cache}): under the project, never beside an
 *                            arbitrary output, and never inside the output (see {@code CacheLocation})
 * @param basePath            URL path the site is served from ("/" or "/techmonitor/")
 * @param title               the site's name, shown on every page
 * @param reportingStartMonth first month of the Centre's reporting period (December)
 * @param threads             how many files are converted at once
 * @param includeDrafts       treat drafts as published (the preview's {@code --drafts}; never for {@code build})
 * @param rawHtml             what raw HTML in content may reach pages ({@code content.raw-html})
 * @param origin              scheme and host the site is published at, from {@code site.url} or {@code --site-url}
 *                            ({@code https://org.github.io}); with {@code basePath} it is the site's URL
 * @param reportPeriod        the period of the activity report page ({@code report.period.start} and {@code .end})
 * @param pdfEditions         also write the PDF editions, and link to them ({@code --pdf-editions}; the published site)
 * @param cache               reuse converted documents and PDFs from the build cache (off only to compare a
 *                            plain build with the fast one)
 * @param limits              what one document may cost to convert ({@code content.limit.*})
 * @param periodical          the periodical's ISSN, sections and licence ({@code site.issn}, {@code site.sections},
 *                            {@code site.license.*}), each absent unless set
 */
public record SiteSettings(Path siteRoot, Path output, Path cacheFolder, String basePath, String title, Month reportingStartMonth, int threads,
                           boolean includeDrafts, RawHtmlPolicy rawHtml, String origin, ReportingPeriod reportPeriod,
                           boolean pdfEditions, boolean cache, net.techmonitor.site.convert.ContentLimits limits,
                           net.techmonitor.site.catalog.Periodical periodical) {

    public SiteSettings withOutput(Path otherOutput, boolean drafts) {
        return new SiteSettings(siteRoot, otherOutput, cacheFolder, basePath, title, reportingStartMonth, threads, drafts, rawHtml, origin, reportPeriod,
            pdfEditions, cache, limits, periodical);
    }

    /** The same settings, with drafts shown as if published ({@code serve --drafts}, {@code check --drafts}) or not. */
    public SiteSettings withDrafts(boolean drafts) {
        return withOutput(output, drafts);
    }

    public SiteSettings withPdfEditions(boolean pdfs) {
        return new SiteSettings(siteRoot, output, cacheFolder, basePath, title, reportingStartMonth, threads, includeDrafts, rawHtml, origin, reportPeriod,
            pdfs, cache, limits, periodical);
    }

    /** The same site built the plain way: one thread, nothing reused from earlier builds. */
    public SiteSettings plain() {
        return new SiteSettings(siteRoot, output, cacheFolder, basePath, title, reportingStartMonth, 1, includeDrafts, rawHtml, origin, reportPeriod,
            pdfEditions, false, limits, periodical);
    }

    /** Every file and URL of the site, absolute ones included: the one place that makes them. */
    public net.techmonitor.site.urls.SiteUrls urls() {
        return new net.techmonitor.site.urls.SiteUrls(basePath, origin);
    }

    /** The converted documents kept between builds of this site; a plain build ({@code cache} false) reuses none. */
    public net.techmonitor.site.cache.ConversionCache conversionCache() {
        return conversionCache(cacheFolder, cache);
    }

    /** The conversion cache in this build cache folder, before the rest of the settings are read. */
    public static net.techmonitor.site.cache.ConversionCache conversionCache(Path cacheFolder, boolean enabled) {
        return net.techmonitor.site.cache.ConversionCache.open(cacheFolder.resolve("conversions"), enabled);
    }

    /** The same settings, with the build cache in another folder ({@code --cache}). */
    public SiteSettings withCacheFolder(Path folder) {
        return new SiteSettings(siteRoot, output, folder.toAbsolutePath().normalize(), basePath, title, reportingStartMonth, threads,
            includeDrafts, rawHtml, origin, reportPeriod, pdfEditions, cache, limits, periodical);
    }

    public Path contentFolder() {
        return siteRoot.resolve("content");
    }

    public Path templateFolder() {
        return siteRoot.resolve("templates");
    }

    public Path assetFolder() {
        return siteRoot.resolve("assets");
    }
}
