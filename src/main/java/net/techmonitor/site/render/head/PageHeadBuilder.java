package net.techmonitor.site.render.head;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Author;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Cover;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.catalog.Periodical;
import net.techmonitor.site.catalog.Partner;
import net.techmonitor.site.catalog.ActivityRole;
import net.techmonitor.site.catalog.Organizers;
import net.techmonitor.site.render.PageSubject;
import net.techmonitor.site.render.PageSubject.ActivityPage;
import net.techmonitor.site.render.PageSubject.ArticlePage;
import net.techmonitor.site.render.PageSubject.CountryPage;
import net.techmonitor.site.render.PageSubject.IssuePage;
import net.techmonitor.site.render.PageSubject.ThemePage;
import net.techmonitor.site.render.view.Link;
import net.techmonitor.site.render.view.PageMeta;
import net.techmonitor.site.urls.SiteUrls;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds each page's head metadata from the catalog: canonical URL, Open Graph, the Google Scholar and Dublin
 * Core tags of article pages, schema.org JSON-LD (Periodical, PublicationIssue, ScholarlyArticle, Event) and the
 * Atom feeds a page offers. Pure: the same catalog gives the same heads.
 */
public final class PageHeadBuilder {
    public static final String JOURNAL = "Asia-Pacific Tech Monitor";
    public static final String PUBLISHER = "Asian and Pacific Centre for Transfer of Technology (APCTT)";
    private static final DateTimeFormatter SCHOLAR_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    /** What every feed carries, after the name of what it is the feed of. */
    private static final String FEED_ENTRIES = ": new articles, activities, technology offers and requests";

    private final Catalog catalog;
    private final SiteUrls urls;
    private final boolean pdfEditions;

    /** @param pdfEditions whether the PDF editions are written, so articles name theirs in citation_pdf_url */
    public PageHeadBuilder(Catalog catalog, SiteUrls urls, boolean pdfEditions) {
        this.catalog = catalog;
        this.urls = urls;
        this.pdfEditions = pdfEditions;
    }

    public PageHead build(PageSubject subject, PageMeta meta) {
        String canonical = urls.absolute(meta.url());
        List<MetaTag> tags = new ArrayList<>();
        tags.add(MetaTag.ogProperty("og:site_name", JOURNAL));
        tags.add(MetaTag.ogProperty("og:title", meta.title()));
        tags.add(MetaTag.ogProperty("og:description", meta.description()));
        tags.add(MetaTag.ogProperty("og:url", canonical));
        tags.add(MetaTag.ogProperty("og:type", subject instanceof ArticlePage ? "article" : "website"));
        List<Link> feeds = new ArrayList<>();
        feeds.add(new Link(urls.siteFeed().url(), JOURNAL + FEED_ENTRIES));
        String jsonLd = null;
        // Other pages than these: Open Graph and the site feed only.
        if (subject instanceof IssuePage page) {
            tags.addAll(coverTags(page.issue()));
            jsonLd = JsonLd.forScriptElement(issueData(page.issue()));
        } else if (subject instanceof ArticlePage page) {
            tags.addAll(coverTags(catalog.issue(page.article().issueId()).orElseThrow()));
            tags.addAll(scholarTags(page.article()));
            jsonLd = JsonLd.forScriptElement(articleData(page.article()));
        } else if (subject instanceof ActivityPage page) {
            jsonLd = JsonLd.forScriptElement(eventData(page.activity()));
        } else if (subject instanceof ThemePage page) {
            feeds.add(new Link(urls.themeFeed(page.theme().id()).url(), page.theme().title() + FEED_ENTRIES));
        } else if (subject instanceof CountryPage page) {
            feeds.add(new Link(urls.countryFeed(page.country()).url(), page.country().name() + FEED_ENTRIES));
        } else if (subject == PageSubject.Singleton.HOME) {
            jsonLd = JsonLd.forScriptElement(periodical());
        }
        return new PageHead(canonical, List.copyOf(tags), jsonLd, List.copyOf(feeds));
    }

    /**
     * Open Graph's image: the issue's cover in the size shared (1200 pixels wide where the file is as wide), absolute,
     * with its text and size; none when the issue has no cover.
     */
    private List<MetaTag> coverTags(Issue issue) {
        Cover cover = issue.cover();
        if (cover == null) {
            return List.of();
        }
        Cover.Size shared = cover.openGraph();
        return List.of(MetaTag.ogProperty("og:image", urls.absolute(urls.file(shared.path()))),
            MetaTag.ogProperty("og:image:alt", cover.alt()),
            MetaTag.ogProperty("og:image:width", String.valueOf(shared.width())),
            MetaTag.ogProperty("og:image:height", String.valueOf(shared.height())));
    }

    /** The titles of the article's themes: its keywords. */
    private List<String> keywords(Article article) {
        return article.themeIds().stream().map(id -> catalog.theme(id).orElseThrow().title()).toList();
    }

    private List<MetaTag> scholarTags(Article article) {
        Issue issue = catalog.issue(article.issueId()).orElseThrow();
        List<MetaTag> tags = new ArrayList<>();
        tags.add(MetaTag.named("citation_title", article.title()));
        // Each author's institutions and iD right after the author: Google Scholar reads an institution as the
        // author's above it.
        for (Author author : article.authors()) {
            tags.add(MetaTag.named("citation_author", author.name()));
            author.affiliations().forEach(affiliation -> tags.add(MetaTag.named("citation_author_institution", affiliation)));
            if (author.orcid() != null) {
                tags.add(MetaTag.named("citation_author_orcid", author.orcid().url()));
            }
        }
        tags.add(MetaTag.named("citation_publication_date", SCHOLAR_DATE.format(article.date())));
        tags.add(MetaTag.named("citation_journal_title", JOURNAL));
        tags.add(MetaTag.named("citation_publisher", PUBLISHER));
        if (issue.volume() != null) {
            tags.add(MetaTag.named("citation_volume", String.valueOf(issue.volume())));
        }
        if (issue.number() != null) {
            tags.add(MetaTag.named("citation_issue", String.valueOf(issue.number())));
        }
        Periodical periodical = catalog.periodical();
        if (periodical.issn() != null) {
            tags.add(MetaTag.named("citation_issn", periodical.issn()));
        }
        List<String> keywords = keywords(article);
        if (!keywords.isEmpty()) {
            tags.add(MetaTag.named("citation_keywords", String.join("; ", keywords)));
        }
        if (article.doi() != null) {
            tags.add(MetaTag.named("citation_doi", article.doi().value()));
        }
        if (pdfEditions) {
            tags.add(MetaTag.named("citation_pdf_url", urls.absolute(urls.articlePdf(article.issueId(), article.slug()).url())));
        }
        tags.add(MetaTag.named("DC.title", article.title()));
        article.authorNames().forEach(author -> tags.add(MetaTag.named("DC.creator", author)));
        tags.add(MetaTag.named("DC.date", article.date().toString()));
        tags.add(MetaTag.named("DC.publisher", PUBLISHER));
        tags.add(MetaTag.named("DC.type", "Text"));
        tags.add(MetaTag.named("DC.language", "en"));
        tags.add(MetaTag.named("DC.description", article.description()));
        tags.add(MetaTag.named("DC.identifier", urls.absolute(urls.article(article.issueId(), article.slug()).url())));
        if (periodical.licence() != null) {
            tags.add(MetaTag.named("DC.rights", periodical.licence().name() + ", " + periodical.licence().url()));
        }
        return tags;
    }

    private ObjectNode periodical() {
        ObjectNode periodical = JsonLd.object("Periodical");
        periodical.put("name", JOURNAL);
        periodical.put("url", urls.absolute(urls.home().url()));
        if (catalog.periodical().issn() != null) {
            periodical.put("issn", catalog.periodical().issn());
        }
        periodical.set("publisher", organization(PUBLISHER));
        return periodical;
    }

    private ObjectNode issueData(Issue issue) {
        ObjectNode data = JsonLd.object("PublicationIssue");
        data.put("name", issue.title());
        data.put("url", urls.absolute(urls.issue(issue.id()).url()));
        // Only a known publication date: the ordering date an editor gives each issue is not one, and an issue in
        // press has none.
        if (issue.publishedDate() != null) {
            data.put("datePublished", issue.publishedDate().toString());
        }
        data.put("description", issue.period());
        if (issue.cover() != null) {
            data.put("image", urls.absolute(urls.file(issue.cover().path())));
        }
        if (issue.number() != null) {
            data.put("issueNumber", String.valueOf(issue.number()));
        }
        ObjectNode partOf = periodical();
        if (issue.volume() != null) {
            ObjectNode volume = JsonLd.object("PublicationVolume");
            volume.put("volumeNumber", String.valueOf(issue.volume()));
            volume.set("isPartOf", partOf);
            partOf = volume;
        }
        data.set("isPartOf", partOf);
        return data;
    }

    private ObjectNode articleData(Article article) {
        ObjectNode data = JsonLd.object("ScholarlyArticle");
        data.put("headline", article.title());
        data.put("name", article.title());
        data.put("description", article.description());
        data.put("datePublished", article.date().toString());
        data.put("url", urls.absolute(urls.article(article.issueId(), article.slug()).url()));
        if (article.doi() != null) {
            // schema.org has no property for a DOI: an identifier with its scheme named, and the resolver's address
            // as another URL of the same work.
            ObjectNode identifier = JsonLd.object("PropertyValue");
            identifier.put("propertyID", "DOI");
            identifier.put("value", article.doi().value());
            identifier.put("url", article.doi().url());
            data.set("identifier", identifier);
            data.put("sameAs", article.doi().url());
        }
        ArrayNode authors = data.putArray("author");
        for (Author author : article.authors()) {
            ObjectNode person = JsonLd.object("Person");
            person.put("name", author.name());
            if (!author.affiliations().isEmpty()) {
                ArrayNode affiliations = person.putArray("affiliation");
                author.affiliations().forEach(name -> affiliations.add(organization(name)));
            }
            if (author.orcid() != null) {
                person.put("sameAs", author.orcid().url());
            }
            authors.add(person);
        }
        List<String> keywords = keywords(article);
        if (!keywords.isEmpty()) {
            ArrayNode words = data.putArray("keywords");
            keywords.forEach(words::add);
        }
        if (catalog.periodical().licence() != null) {
            data.put("license", catalog.periodical().licence().url());
        }
        data.set("isPartOf", issueData(catalog.issue(article.issueId()).orElseThrow()));
        return data;
    }

    private ObjectNode eventData(Activity activity) {
        ObjectNode data = JsonLd.object("Event");
        data.put("name", activity.title());
        data.put("url", urls.absolute(urls.activity(activity.year(), activity.slug()).url()));
        data.put("startDate", activity.startDate().toString());
        data.put("endDate", activity.endDate().toString());
        // schema.org has no "completed" status: a held event, like one still ahead, is EventScheduled.
        data.put("eventStatus", "https://schema.org/EventScheduled");
        data.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        ObjectNode place = JsonLd.object("Place");
        place.put("name", activity.city() + ", " + activity.country().name());
        ObjectNode address = JsonLd.object("PostalAddress");
        address.put("addressLocality", activity.city());
        address.put("addressCountry", activity.country().alpha2());
        place.set("address", address);
        data.set("location", place);
        // The report's verbs decide: the Centre is an organizer only where it organized (alone, jointly or as a
        // co-organizer); where it supported an event it is a sponsor, where it contributed a contributor. Partner
        // institutions that only took part are none of these.
        List<ObjectNode> organizers = new java.util.ArrayList<>();
        if (activity.organizedByTheCentre()) {
            organizers.add(organization(PUBLISHER));
        }
        activity.organizers().organized().forEach(party -> organizers.add(party(party)));
        activity.organizers().coOrganized().forEach(party -> organizers.add(party(party)));
        List<ObjectNode> contributors = new java.util.ArrayList<>();
        if (activity.role() == ActivityRole.CONTRIBUTED) {
            contributors.add(organization(PUBLISHER));
        }
        activity.organizers().cooperation().forEach(party -> contributors.add(party(party)));
        putAll(data, "organizer", organizers);
        if (activity.role() == ActivityRole.SUPPORTED) {
            putAll(data, "sponsor", List.of(organization(PUBLISHER)));
        }
        putAll(data, "contributor", contributors);
        return data;
    }

    private static void putAll(ObjectNode data, String property, List<ObjectNode> organizations) {
        if (!organizations.isEmpty()) {
            ArrayNode array = data.putArray(property);
            organizations.forEach(array::add);
        }
    }

    private ObjectNode party(Organizers.Party party) {
        if (!party.isPartner()) {
            return organization(party.name());
        }
        Partner partner = catalog.partner(party.partnerId()).orElseThrow();
        ObjectNode organization = organization(partner.title());
        organization.put("url", urls.absolute(urls.partner(party.partnerId()).url()));
        return organization;
    }

    private static ObjectNode organization(String name) {
        ObjectNode organization = JsonLd.object("Organization");
        organization.put("name", name);
        return organization;
    }
}
