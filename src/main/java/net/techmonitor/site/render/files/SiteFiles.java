package net.techmonitor.site.render.files;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.render.DateLabels;
import net.techmonitor.site.render.PageKind;
import net.techmonitor.site.render.PageSpec;
import net.techmonitor.site.render.head.PageHeadBuilder;
import net.techmonitor.site.urls.PagePath;
import net.techmonitor.site.urls.SiteUrls;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The site's machine-readable files, computed from the catalog: Atom feeds (the whole site, each theme, each
 * country), the activity calendar, the sitemap and robots.txt. Pure: output path to file content.
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

    /** Every file, by its path in the output folder. */
    public Map<String, String> all(List<PageSpec> pages) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(urls.siteFeed().outputPath(), feed(urls.siteFeed(), PageHeadBuilder.JOURNAL, urls.home().url(),
            catalog.articles(), catalog.activities()));
        catalog.themes().forEach(theme -> files.put(urls.themeFeed(theme.id()).outputPath(), feed(urls.themeFeed(theme.id()),
            PageHeadBuilder.JOURNAL + ": " + theme.title(), urls.theme(theme.id()).url(),
            catalog.articlesWithTheme(theme.id()), catalog.activitiesWithTheme(theme.id()))));
        for (Country country : catalog.countriesNamed()) {
            List<Activity> activities = Stream.concat(catalog.activitiesHostedIn(country).stream(), catalog.activitiesJoinedBy(country).stream())
                .distinct().toList();
            files.put(urls.countryFeed(country).outputPath(), feed(urls.countryFeed(country), PageHeadBuilder.JOURNAL + ": " + country.name(),
                urls.country(country).url(), catalog.articlesAbout(country), activities));
        }
        files.put(urls.calendar().outputPath(), calendar());
        files.put(urls.sitemap().outputPath(), sitemap(pages));
        files.put(urls.searchIndex().outputPath(), SearchIndex.json(catalog, urls));
        files.put(urls.robots().outputPath(), "User-agent: *\nAllow: /\nSitemap: " + urls.absolute(urls.sitemap().url()) + "\n");
        return files;
    }

    private String feed(PagePath feed, String title, String pageUrl, List<Article> articles, List<Activity> activities) {
        List<AtomFeedWriter.Entry> entries = new ArrayList<>();
        articles.forEach(article -> entries.add(new AtomFeedWriter.Entry(urls.absolute(urls.article(article.issueId(), article.slug()).url()),
            article.title(), urls.absolute(urls.article(article.issueId(), article.slug()).url()), article.date(), article.authors(),
            article.description())));
        activities.forEach(activity -> entries.add(new AtomFeedWriter.Entry(urls.absolute(urls.activity(activity.year(), activity.slug()).url()),
            activity.title(), urls.absolute(urls.activity(activity.year(), activity.slug()).url()), activity.date(), List.of(),
            summary(activity))));
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
                activity.year() + "-" + activity.slug() + "@" + urls.host().replaceFirst("^https?://", ""),
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
