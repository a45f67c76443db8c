package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Cover;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.catalog.Partner;
import net.techmonitor.site.catalog.TechnologyEntry;
import net.techmonitor.site.catalog.Theme;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.reference.Programme;
import net.techmonitor.site.render.DateLabels;
import net.techmonitor.site.render.view.Summaries.ActivitySummary;
import net.techmonitor.site.render.view.Summaries.ArticleSummary;
import net.techmonitor.site.render.view.Summaries.IssueSummary;
import net.techmonitor.site.render.view.Summaries.ProgrammeGroup;
import net.techmonitor.site.urls.SiteUrls;

import java.util.List;
import java.util.Locale;

/**
 * The links and listing entries that pages of several families show: a country, theme, partner or programme as a
 * link to its page, and an issue, article or activity as an entry of a listing. Links come from {@link SiteUrls}.
 */
final class ViewParts {
    private final Catalog catalog;
    private final SiteUrls urls;

    ViewParts(Catalog catalog, SiteUrls urls) {
        this.catalog = catalog;
        this.urls = urls;
    }

    Link countryLink(Country country) {
        return new Link(urls.country(country).url(), country.name());
    }

    List<Link> countryLinks(List<Country> countries) {
        return countries.stream().map(this::countryLink).toList();
    }

    Link themeLink(Theme theme) {
        return new Link(urls.theme(theme.id()).url(), theme.title());
    }

    List<Link> themeLinks(List<String> ids) {
        return ids.stream().map(id -> catalog.theme(id).orElseThrow()).map(this::themeLink).toList();
    }

    Link partnerLink(Partner partner) {
        return new Link(urls.partner(partner.id()).url(), partner.title());
    }

    List<Link> partnerLinks(List<String> ids) {
        return ids.stream().map(id -> catalog.partner(id).orElseThrow()).map(this::partnerLink).toList();
    }

    /** The partner's country link, or null for an international organization. */
    Link partnerCountry(Partner partner) {
        return partner.country() == null ? null : countryLink(partner.country());
    }

    Link programmeLink(String id) {
        Programme programme = catalog.programmes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        return new Link(urls.programme(id).url(), programme.title());
    }

    Link issueLink(Issue issue) {
        return new Link(urls.issue(issue.id()).url(), issue.title());
    }

    IssueSummary issueSummary(Issue issue) {
        return new IssueSummary(issueLink(issue), issue.id().toString(), issue.period(), issue.status().label(), issue.inPress(),
            catalog.articlesIn(issue.id()).size(), issue.volumeAndNumber(), cover(issue));
    }

    /**
     * The issue's cover image, or null when it has none: the size a browser without {@code srcset} loads, and every
     * size for {@code srcset} (none for a cover offered in one size only); its width and height are the file's, so the
     * page keeps the cover's shape while any of them loads.
     */
    Summaries.Image cover(Issue issue) {
        Cover cover = issue.cover();
        if (cover == null) {
            return null;
        }
        List<Cover.Size> sizes = cover.sizes();
        String srcset = sizes.size() < 2 ? "" : sizes.stream().map(size -> urls.file(size.path()) + " " + size.width() + "w")
            .collect(java.util.stream.Collectors.joining(", "));
        return new Summaries.Image(urls.file(cover.fallback().path()), cover.alt(), cover.width(), cover.height(), srcset);
    }

    ArticleSummary articleSummary(Article article) {
        Issue issue = catalog.issue(article.issueId()).orElseThrow();
        return new ArticleSummary(new Link(urls.article(article.issueId(), article.slug()).url(), article.title()),
            String.join("; ", article.authorNames()), DateLabels.day(article.date()),
            new Link(urls.issue(issue.id()).url(), issue.period()), article.description());
    }

    Summaries.TechnologySummary technologySummary(TechnologyEntry entry) {
        Issue issue = catalog.issue(entry.issueId()).orElseThrow();
        return new Summaries.TechnologySummary(new Link(urls.technologyEntry(entry.issueId(), entry.slug()).url(), entry.title()),
            entry.kind().written(), entry.kind().label(), countryLink(entry.country()), entry.country().slug(),
            themeLinks(entry.themeIds()), entry.themeIds(), DateLabels.day(entry.date()), entry.date().toString(),
            new Link(urls.issue(issue.id()).url(), issue.period()), entry.description());
    }

    List<Summaries.TechnologySummary> technologySummaries(List<TechnologyEntry> entries) {
        return entries.stream().map(this::technologySummary).toList();
    }

    ActivitySummary activitySummary(Activity activity) {
        return new ActivitySummary(new Link(urls.activity(activity.year(), activity.slug()).url(), activity.title()),
            DateLabels.range(activity.startDate(), activity.endDate()), activity.startDate().toString(), activity.city(),
            countryLink(activity.country()), activity.role().label(), activity.participants().label(), activity.scheduled(),
            programmeLink(activity.programmeId()));
    }

    List<ActivitySummary> activitySummaries(List<Activity> activities) {
        return activities.stream().map(this::activitySummary).toList();
    }

    /** Every programme area with these of its activities (the home page and the activity index list them so). */
    List<ProgrammeGroup> programmeGroups(List<Activity> activities) {
        return catalog.programmes().stream()
            .map(programme -> new ProgrammeGroup(programmeLink(programme.id()), programme.summary(),
                activitySummaries(activities.stream().filter(a -> a.programmeId().equals(programme.id())).toList())))
            .toList();
    }

    static String usd(long amount) {
        return String.format(Locale.ROOT, "US$%,d", amount);
    }
}
