package net.techmonitor.site.render;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.render.view.Link;
import net.techmonitor.site.render.view.PageViewBuilder;
import net.techmonitor.site.render.view.SiteView;
import net.techmonitor.site.urls.SiteUrls;

import java.time.Month;
import java.util.List;

/**
 * Everything renderers and templates need once the catalog exists: the catalog, the URL authority, the
 * view-model builder, the frame every page shares, and where rendering problems go.
 */
public final class SiteModel {
    private final Catalog catalog;
    private final SiteUrls urls;
    private final PageViewBuilder views;
    private final net.techmonitor.site.render.head.PageHeadBuilder heads;
    private final SiteView frame;
    private final ProblemCollector problems;
    private final List<PageSpec> contentPages;
    private final List<PageSpec> generatedPages;
    private final boolean pdfEditions;
    private final int threads;
    private java.util.Map<String, String> siteFiles;
    /** What the build did without failing (a PDF glyph missing), for the progress report. */
    private final java.util.List<String> notices = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    public SiteModel(Catalog catalog, SiteUrls urls, String title, Month reportingStartMonth,
                     net.techmonitor.site.catalog.ReportingPeriod reportPeriod, boolean pdfEditions, int threads, ProblemCollector problems) {
        this.catalog = catalog;
        this.urls = urls;
        this.views = new PageViewBuilder(catalog, urls, reportingStartMonth, reportPeriod, pdfEditions);
        this.heads = new net.techmonitor.site.render.head.PageHeadBuilder(catalog, urls, pdfEditions);
        this.problems = problems;
        this.pdfEditions = pdfEditions;
        this.threads = Math.max(1, threads);
        this.contentPages = List.copyOf(SitePages.contentPages(catalog, urls));
        this.generatedPages = List.copyOf(SitePages.generatedPages(catalog, urls));
        List<Link> navigation = new java.util.ArrayList<>(List.of(
            new Link(urls.issueArchive().url(), "Issues"),
            new Link(urls.activityIndex().url(), "Activities"),
            new Link(urls.themeIndex().url(), "Themes"),
            new Link(urls.countryIndex().url(), "Countries"),
            new Link(urls.partnerIndex().url(), "Partners"),
            new Link(urls.report().url(), "Report"),
            new Link(urls.search().url(), "Search")));
        catalog.pages().stream().filter(page -> page.slug().equals("about")).findFirst()
            .ifPresent(about -> navigation.add(new Link(urls.page(about.slug()).url(), "About")));
        this.frame = new SiteView(title, "Asian and Pacific Centre for Transfer of Technology (APCTT), UN ESCAP",
            urls.home().url(), urls.file("css/site.css"), urls.file("favicon.svg"), List.copyOf(navigation), catalog.periodical().issn());
    }

    public Catalog catalog() {
        return catalog;
    }

    public SiteUrls urls() {
        return urls;
    }

    public PageViewBuilder views() {
        return views;
    }

    public net.techmonitor.site.render.head.PageHeadBuilder heads() {
        return heads;
    }

    public SiteView frame() {
        return frame;
    }

    public java.util.List<String> notices() {
        return notices;
    }

    public ProblemCollector problems() {
        return problems;
    }

    public List<PageSpec> contentPages() {
        return contentPages;
    }

    /** Whether this build writes the PDF editions (and its pages link to them). */
    public boolean pdfEditions() {
        return pdfEditions;
    }

    /** How many pages may be rendered at once. */
    public int threads() {
        return threads;
    }

    public List<PageSpec> generatedPages() {
        return generatedPages;
    }

    /** Every page: the content pages, then the generated ones. */
    public List<PageSpec> allPages() {
        List<PageSpec> all = new java.util.ArrayList<>(contentPages);
        all.addAll(generatedPages);
        return all;
    }

    /**
     * The feeds, calendar, sitemap, search index and robots.txt, by output path: computed once per model, because
     * both the build's renderer and a preview comparing them with the last build's need them.
     */
    public synchronized java.util.Map<String, String> siteFiles() {
        if (siteFiles == null) {
            siteFiles = java.util.Collections.unmodifiableMap(new net.techmonitor.site.render.files.SiteFiles(catalog, urls).all(allPages(), threads));
        }
        return siteFiles;
    }

    /** What the page's template is given (see {@link PageInputs}). */
    public PageInputs inputs(PageSpec page) {
        return PageInputs.of(this, page.subject());
    }
}
