package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Contributions;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.render.view.Summaries.ContributionLine;
import net.techmonitor.site.render.view.Summaries.CountrySummary;
import net.techmonitor.site.urls.SiteUrls;

import java.util.ArrayList;
import java.util.List;

/** The views of a country and of the country index. */
final class CountryViewBuilder {
    private final Catalog catalog;
    private final SiteUrls urls;
    private final ViewParts parts;

    CountryViewBuilder(Catalog catalog, SiteUrls urls, ViewParts parts) {
        this.catalog = catalog;
        this.urls = urls;
        this.parts = parts;
    }

    PageViews.CountryView country(Country country) {
        List<ContributionLine> contributions = new ArrayList<>();
        for (Contributions year : catalog.contributions()) {
            Link link = new Link(urls.contributions(year.year()).url(), year.title());
            year.pledges().stream().filter(p -> p.country().equals(country))
                .forEach(p -> contributions.add(new ContributionLine(link, year.year(), ViewParts.usd(p.amountUsd()), year.decision())));
            if (year.inKind().contains(country)) {
                contributions.add(new ContributionLine(link, year.year(), null, null));
            }
        }
        return new PageViews.CountryView(country.name(), country.alpha2(), country.alpha3(),
            parts.activitySummaries(catalog.activitiesHostedIn(country)),
            parts.activitySummaries(catalog.activitiesJoinedBy(country)),
            catalog.articlesAbout(country).stream().map(parts::articleSummary).toList(),
            catalog.partnersIn(country).stream().map(parts::partnerLink).toList(),
            contributions,
            catalog.pagesMentioning(country).stream().map(p -> new Link(urls.page(p.slug()).url(), p.title())).toList(),
            parts.technologySummaries(catalog.technologyFrom(country)),
            catalog.technologyFrom(country).isEmpty() ? null : urls.technologyFrom(country).url(),
            urls.countryIndex().url());
    }

    PageViews.CountryIndexView countryIndex() {
        return new PageViews.CountryIndexView(catalog.countriesNamed().stream()
            .map(country -> new CountrySummary(parts.countryLink(country), catalog.activitiesHostedIn(country).size(),
                catalog.activitiesJoinedBy(country).size(), catalog.articlesAbout(country).size(),
                catalog.partnersIn(country).size(),
                !catalog.pledgesOf(country).isEmpty() || !catalog.inKindContributionsOf(country).isEmpty(),
                catalog.technologyFrom(country).size()))
            .toList(), !catalog.technology().isEmpty());
    }
}
