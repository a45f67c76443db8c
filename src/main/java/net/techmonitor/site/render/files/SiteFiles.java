package net.techmonitor.site.render.files;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.catalog.TechnologyEntry;
import net.techmonitor.site.parallel.InOrder;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.render.DateLabels;
import net.techmonitor.site.render.PageKind;
import net.techmonitor.site.render.PageSpec;
import net.techmonitor.site.render.cite.ArticleReference;
import net.techmonitor.site.render.cite.HowToCite;
import net.techmonitor.site.render.cite.ReferenceFiles;
import net.techmonitor.site.render.head.PageHeadBuilder;
import net.techmonitor.site.render.search.SearchIndexFiles;
import net.techmonitor.site.urls.PagePath;
import net.techmonitor.site.urls.SiteUrls;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The site's machine-readable files, computed from the catalog: Atom feeds of articles, activities and technology
 * offers and requests (the whole site, each theme, each country), the activity calendar, each article's reference
 * (RIS, BibTeX, CSL-JSON), the sitemap, robots.txt and the search index's files.
 * Pure: output path to file content.
 */
public final class SiteFiles {
    /** How many of the newest entries a feed carries. */
    static final int FEED_ENTRIES = 50;

    private final Catalog catalog;
    private final SiteUrls urls;

    public SiteFiles(Catalog catalog, SiteUrls urls) {
        this.catalog = catalog;
        this.urls = urls;
    }

    /** Files to compute: how their texts are made, by output path (one file, or the search index's many). */
    private record FileJob(java.util.function.Supplier<Map<String, String>> files) {
        FileJob(String outputPath, java.util.function.Supplier<String> text) {
            this(() -> Map.of(outputPath, text.get()));
        }
    }

    /**
     * Every file, by its path in the output folder, computed on up to {@code threads} threads: a preview computes
     * them all again on every save, and the search index alone takes as long as all the feeds.
     */
    public Map<String, String> all(List<PageSpec> pages, int threads) {
        List<FileJob> jobs = new ArrayList<>();
        // The longest first, so that the other thread does the feeds meanwhile.
        jobs.add(new FileJob(() -> SearchIndexFiles.of(catalog, urls)));
        jobs.add(new FileJob(urls.siteFeed().outputPath(), () -> feed(urls.siteFeed(), PageHeadBuilder.JOURNAL, urls.home().url(),
            catalog.articles(), catalog.activities(), catalog.technology())));
        catalog.themes().forEach(theme -> jobs.add(new FileJob(urls.themeFeed(theme.id()).outputPath(), () -> feed(urls.themeFeed(theme.id()),
            PageHeadBuilder.JOURNAL + ": " + theme.title(), urls.theme(theme.id()).url(),
            catalog.articlesWithTheme(theme.id()), catalog.activitiesWithTheme(theme.id()), catalog.technologyWithTheme(theme.id())))));
        for (Country country : catalog.countriesNamed()) {
            jobs.add(new FileJob(urls.countryFeed(country).outputPath(), () -> {
                List<Activity> activities = Stream.concat(catalog.activitiesHostedIn(country).stream(),
                    catalog.activitiesJoinedBy(country).stream()).distinct().toList();
                return feed(urls.countryFeed(country), PageHeadBuilder.JOURNAL + ": " + country.name(), urls.country(country).url(),
                    catalog.articlesAbout(country), activities, catalog.technologyFrom(country));
            }));
        }
        for (Article article : catalog.articles()) {
            // How to cite: the article's reference beside its page, in the three formats reference managers import.
            ArticleReference reference = ArticleReference.of(article, catalog.issue(article.issueId()).orElseThrow(), urls);
            jobs.add(new FileJob(urls.articleReference(article.issueId(), article.slug(), HowToCite.RIS).outputPath(),
                () -> ReferenceFiles.ris(reference)));
            jobs.add(new FileJob(urls.articleReference(article.issueId(), article.slug(), HowToCite.BIBTEX).outputPath(),
                () -> ReferenceFiles.bibtex(reference)));
            jobs.add(new FileJob(urls.articleReference(article.issueId(), article.slug(), HowToCite.CSL_JSON).outputPath(),
                () -> ReferenceFiles.cslJson(reference)));
        }
        jobs.add(new FileJob(urls.calendar().outputPath(), this::calendar));
        jobs.add(new FileJob(urls.sitemap().outputPath(), () -> sitemap(pages)));
        jobs.add(new FileJob(urls.robots().outputPath(),
            () -> "User-agent: *\nAllow: /\nSitemap: " + urls.absolute(urls.sitemap().url()) + "\n"));
        Map<String, String> files = new LinkedHashMap<>();
        InOrder.map(jobs, threads, "site-files", job -> job.files().get()).forEach(files::putAll);
        return files;
    }

    private String feed(PagePath feed, String title, String pageUrl, List<Article> allArticles, List<Activity> allActivities,
                        List<TechnologyEntry> allTechnology) {
        // Only what can be among the newest entries is made into entries (each needs URLs worked out): everything
        // dated on or after the date of the FEED_ENTRIES-th newest, ties included, since ties are ordered by URL.
        LocalDate cutoff = Stream.of(allArticles.stream().map(Article::date), allActivities.stream().map(Activity::date),
                allTechnology.stream().map(TechnologyEntry::date)).flatMap(dates -> dates)
            .sorted(Comparator.reverseOrder()).skip(FEED_ENTRIES - 1L).findFirst().orElse(LocalDate.MIN);
        List<Article> articles = allArticles.stream().filter(article -> !article.date().isBefore(cutoff)).toList();
        List<Activity> activities = allActivities.stream().filter(activity -> !activity.date().isBefore(cutoff)).toList();
        List<TechnologyEntry> technology = allTechnology.stream().filter(entry -> !entry.date().isBefore(cutoff)).toList();
        List<AtomFeedWriter.Entry> entries = new ArrayList<>();
        articles.forEach(article -> entries.add(new AtomFeedWriter.Entry(urls.absolute(urls.article(article.issueId(), article.slug()).url()),
            article.title(), urls.absolute(urls.article(article.issueId(), article.slug()).url()), article.date(), article.authorNames(),
            article.description())));
        activities.forEach(activity -> entries.add(new AtomFeedWriter.Entry(urls.absolute(urls.activity(activity.year(), activity.slug()).url()),
            activity.title(), urls.absolute(urls.activity(activity.year(), activity.slug()).url()), activity.date(), List.of(),
            summary(activity))));
        technology.forEach(entry -> {
            String url = urls.absolute(urls.technologyEntry(entry.issueId(), entry.slug()).url());
            entries.add(new AtomFeedWriter.Entry(url, entry.kind().label() + ": " + entry.title(), url, entry.date(), List.of(),
                entry.description() + " From " + entry.country().name() + "."));
        });
        List<AtomFeedWriter.Entry> newest = entries.stream()
            .sorted(Comparator.comparing(AtomFeedWriter.Entry::date).reversed().thenComparing(AtomFeedWriter.Entry::id))
            .limit(FEED_ENTRIES).toList();
        return AtomFeedWriter.write(urls.absolute(feed.url()), title, urls.absolute(pageUrl), PageHeadBuilder.PUBLISHER, newest);
    }

    private static String summary(Activity activity) {
        return DateLabels.range(activity.startDate(), activity.endDate()) + ", " + activity.city() + ", " + activity.country().name()
            + ". " + activity.role().label() + "; " + activity.participants().label() + " participants"
            + (activity.scheduled() ? " expected." : ".");
    }

    private String calendar() {
        List<ICalendarWriter.Event> events = catalog.activities().stream()
            .map(activity -> new ICalendarWriter.Event(
                urls.calendarUid(activity.year(), activity.slug()),
                activity.date(), activity.startDate(), activity.endDate(), activity.title(),
                activity.city() + ", " + activity.country().name(),
                urls.absolute(urls.activity(activity.year(), activity.slug()).url()), summary(activity)))
            .toList();
        return ICalendarWriter.write("-//APCTT//Asia-Pacific Tech Monitor site generator//EN",
            "APCTT capacity-building activities", events);
    }

    private String sitemap(List<PageSpec> pages) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (PageSpec page : pages.stream().filter(p -> p.kind() != PageKind.NOT_FOUND)
                .sorted(Comparator.comparing(p -> p.path().url())).toList()) {
                xml.writeCharacters("\n");
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(urls.absolute(page.path().url()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            return out + "\n";
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
    }
}
