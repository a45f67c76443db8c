package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Partner;
import net.techmonitor.site.render.view.Summaries.PartnerSummary;
import net.techmonitor.site.urls.SiteUrls;

/** The views of a partner institution and of the partner index. */
final class PartnerViewBuilder {
    private final Catalog catalog;
    private final SiteUrls urls;
    private final ViewParts parts;

    PartnerViewBuilder(Catalog catalog, SiteUrls urls, ViewParts parts) {
        this.catalog = catalog;
        this.urls = urls;
        this.parts = parts;
    }

    PageViews.PartnerView partner(Partner partner) {
        return new PageViews.PartnerView(partner.title(), parts.partnerCountry(partner), partner.website(),
            partner.bodyHtml(), parts.activitySummaries(catalog.activitiesWithPartner(partner.id())),
            urls.partnerIndex().url());
    }

    PageViews.PartnerIndexView partnerIndex() {
        return new PageViews.PartnerIndexView(catalog.partners().stream()
            .map(partner -> new PartnerSummary(parts.partnerLink(partner), parts.partnerCountry(partner),
                catalog.activitiesWithPartner(partner.id()).size()))
            .toList());
    }
}
