package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Organizers;
import net.techmonitor.site.reference.Programme;
import net.techmonitor.site.render.DateLabels;
import net.techmonitor.site.render.view.Summaries.YearGroup;
import net.techmonitor.site.urls.SiteUrls;

import java.util.Comparator;
import java.util.List;

/** The views of an activity and of the activity listings: all activities, those of a year, those of a programme area. */
final class ActivityViewBuilder {
    private final Catalog catalog;
    private final SiteUrls urls;
    private final ViewParts parts;

    ActivityViewBuilder(Catalog catalog, SiteUrls urls, ViewParts parts) {
        this.catalog = catalog;
        this.urls = urls;
        this.parts = parts;
    }

    PageViews.ActivityView activity(Activity activity) {
        return new PageViews.ActivityView(activity.title(),
            DateLabels.range(activity.startDate(), activity.endDate()), activity.startDate().toString(), activity.endDate().toString(),
            activity.city(), parts.countryLink(activity.country()), activity.role().label(), activity.organizedByTheCentre(),
            partyLinks(activity.organizers().organized()), partyLinks(activity.organizers().coOrganized()),
            partyLinks(activity.organizers().cooperation()), parts.partnerLinks(activity.partnerIds()),
            activity.participants().label(), activity.participants().estimated(),
            parts.countryLinks(activity.countries()), parts.programmeLink(activity.programmeId()),
            parts.themeLinks(activity.themeIds()), activity.scheduled(), activity.bodyHtml(),
            activity.year(), urls.activityYear(activity.year()).url());
    }

    /** Parties as links, or as names only where the institution has no page here. */
    private List<Link> partyLinks(List<Organizers.Party> parties) {
        return parties.stream().map(party -> party.isPartner() ? parts.partnerLink(catalog.partner(party.partnerId()).orElseThrow())
            : new Link(null, party.name())).toList();
    }

    PageViews.ActivityListView activityIndex() {
        return new PageViews.ActivityListView(yearGroups(catalog.activities()), parts.programmeGroups(catalog.activities()),
            yearLinks(), programmeLinks(), urls.calendar().url());
    }

    PageViews.ActivityListView activityYear(int year) {
        return new PageViews.ActivityListView(yearGroups(catalog.activitiesInYear(year)), List.of(), yearLinks(), programmeLinks(),
            urls.calendar().url());
    }

    PageViews.ActivityListView programme(Programme programme) {
        return new PageViews.ActivityListView(yearGroups(catalog.activitiesInProgramme(programme.id())), List.of(), yearLinks(),
            programmeLinks(), urls.calendar().url());
    }

    private List<YearGroup> yearGroups(List<Activity> activities) {
        return activities.stream().map(Activity::year).distinct().sorted(Comparator.reverseOrder())
            .map(year -> new YearGroup(new Link(urls.activityYear(year).url(), String.valueOf(year)),
                parts.activitySummaries(activities.stream().filter(a -> a.year() == year).toList())))
            .toList();
    }

    private List<Link> yearLinks() {
        return catalog.activityYears().stream().map(year -> new Link(urls.activityYear(year).url(), String.valueOf(year))).toList();
    }

    private List<Link> programmeLinks() {
        return catalog.programmes().stream().map(p -> parts.programmeLink(p.id())).toList();
    }
}
