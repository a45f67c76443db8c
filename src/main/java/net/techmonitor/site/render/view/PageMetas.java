package net.techmonitor.site.render.view;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Catalog;
import net.techmonitor.site.catalog.Contributions;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.catalog.Page;
import net.techmonitor.site.catalog.Partner;
import net.techmonitor.site.catalog.ReportingPeriod;
import net.techmonitor.site.catalog.TechnologyEntry;
import net.techmonitor.site.catalog.TechnologyKind;
import net.techmonitor.site.catalog.Theme;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.reference.Programme;
import net.techmonitor.site.render.DateLabels;
import net.techmonitor.site.render.PageSubject.TechnologyFromPage;
import net.techmonitor.site.render.PageSubject.TechnologyListPage;
import net.techmonitor.site.render.PageSubject.TechnologyOfKindPage;
import net.techmonitor.site.render.PageSubject.TechnologyWithThemePage;
import net.techmonitor.site.urls.SiteUrls;

import java.util.Locale;
import java.util.Set;

/**
 * The title and description of every page: the one place of page wording kept in Java. It is here, not in the
 * templates, because it is not only shown: the same words go to the document's {@code <title>} and description,
 * to Open Graph and to the JSON-LD the head builder makes, and templates that show a title or a lead read it from
 * {@code meta}. Everything a template only shows is worded in the template.
 */
final class PageMetas {
    /** First words of theme titles that are names, kept capitalised in a sentence. */
    private static final Set<String> PROPER_FIRST_WORDS = Set.of("Asia", "Asian", "Asia-Pacific", "ASEAN", "Pacific");

    private final Catalog catalog;
    private final SiteUrls urls;
    private final ReportingPeriod reportPeriod;

    PageMetas(Catalog catalog, SiteUrls urls, ReportingPeriod reportPeriod) {
        this.catalog = catalog;
        this.urls = urls;
        this.reportPeriod = reportPeriod;
    }

    PageMeta home() {
        return new PageMeta("Asia-Pacific Tech Monitor",
            "The Asia-Pacific Tech Monitor and the capacity-building activities of the Asian and Pacific Centre for Transfer of Technology (APCTT).",
            urls.home().url());
    }

    PageMeta issueArchive() {
        return new PageMeta("Issues of the Asia-Pacific Tech Monitor", "Every issue of the Asia-Pacific Tech Monitor, newest first.",
            urls.issueArchive().url());
    }

    PageMeta issue(Issue issue) {
        String numbered = issue.volumeAndNumber().isEmpty() ? issue.period() : issue.volumeAndNumber() + ", " + issue.period();
        return new PageMeta(issue.title() + " (" + numbered + ")",
            "Asia-Pacific Tech Monitor, " + numbered + ": " + issue.title() + (issue.inPress() ? " (in press)" : "") + ".",
            urls.issue(issue.id()).url());
    }

    PageMeta article(Article article) {
        return new PageMeta(article.title(), article.description(), urls.article(article.issueId(), article.slug()).url());
    }

    PageMeta technology(TechnologyEntry entry) {
        return new PageMeta(entry.title(), entry.description(), urls.technologyEntry(entry.issueId(), entry.slug()).url());
    }

    PageMeta technologyIndex() {
        return new PageMeta("Technology offers and requests",
            "The technology offers and requests published in the Asia-Pacific Tech Monitor, by kind, country and theme.",
            urls.technologyIndex().url());
    }

    /** @param count how many entries the page lists */
    PageMeta technologyList(TechnologyListPage page, int count) {
        String published = ", published in the Asia-Pacific Tech Monitor.";
        String both = count + (count == 1 ? " technology offer or request" : " technology offers and requests");
        if (page instanceof TechnologyOfKindPage kind) {
            TechnologyKind technologyKind = kind.technologyKind();
            return new PageMeta(technologyKind.plural(), count + " " + (count == 1 ? technologyKind.label() : technologyKind.plural())
                .toLowerCase(Locale.ROOT) + published, urls.technologyOfKind(technologyKind.segment()).url());
        } else if (page instanceof TechnologyFromPage from) {
            return new PageMeta("Technology offers and requests from " + from.country().name(),
                both + " from " + from.country().name() + published, urls.technologyFrom(from.country()).url());
        } else if (page instanceof TechnologyWithThemePage theme) {
            return new PageMeta("Technology offers and requests: " + theme.theme().title(),
                both + " on " + inSentence(theme.theme().title()) + published, urls.technologyWithTheme(theme.theme().id()).url());
        }
        throw new IllegalArgumentException("no title for " + page);
    }

    PageMeta activity(Activity activity) {
        return new PageMeta(activity.title(), activity.title() + ", " + activity.city() + ", " + activity.country().name() + ", "
            + DateLabels.range(activity.startDate(), activity.endDate()) + ".", urls.activity(activity.year(), activity.slug()).url());
    }

    PageMeta activityIndex() {
        return new PageMeta("Capacity-building activities",
            "Workshops, conferences, regional consultations and training programmes that the Centre organized, supported or contributed to.",
            urls.activityIndex().url());
    }

    PageMeta activityYear(int year) {
        int count = catalog.activitiesInYear(year).size();
        return new PageMeta("Activities of " + year,
            count + " capacity-building " + (count == 1 ? "activity" : "activities") + " of the Centre in " + year + ".",
            urls.activityYear(year).url());
    }

    PageMeta programme(Programme programme) {
        return new PageMeta(programme.title(), programme.summary(), urls.programme(programme.id()).url());
    }

    PageMeta theme(Theme theme) {
        return new PageMeta(theme.title(), "Issues, articles and activities of the Asia-Pacific Tech Monitor and APCTT on "
            + inSentence(theme.title()) + ".", urls.theme(theme.id()).url());
    }

    PageMeta themeIndex() {
        return new PageMeta("Themes", "The themes of the Tech Monitor's issues and of the Centre's activities.", urls.themeIndex().url());
    }

    PageMeta country(Country country) {
        return new PageMeta(country.name(), "Activities, articles, partner institutions and contributions of "
            + country.name() + " in the work of APCTT.", urls.country(country).url());
    }

    PageMeta countryIndex() {
        return new PageMeta("Countries", "Every country named in the Tech Monitor and the Centre's activities.", urls.countryIndex().url());
    }

    PageMeta partner(Partner partner) {
        // A name that already ends with its country ("MIMOS Berhad, Malaysia") is not followed by it again.
        boolean namesItsCountry = partner.country() == null || partner.title().endsWith(partner.country().name());
        return new PageMeta(partner.title(), partner.title() + (namesItsCountry ? "" : ", " + partner.country().name())
            + ": a partner institution of APCTT.", urls.partner(partner.id()).url());
    }

    PageMeta partnerIndex() {
        return new PageMeta("Partner institutions", "The institutions that work with APCTT in delivering its activities.",
            urls.partnerIndex().url());
    }

    PageMeta report() {
        return new PageMeta("Report on the activities of the Asian and Pacific Centre for Transfer of Technology during the period "
            + reportPeriod.label(),
            "The Centre's report on its activities from " + reportPeriod.label() + ", section by section: the capacity-building activities"
                + " by programme area, computed from the activity notes, and the Centre's own accounts of the other sections.",
            urls.report().url());
    }

    PageMeta statistics() {
        return new PageMeta("Statistics",
            "The Centre's activities in figures: participants by host country, activities by programme area and participating countries.",
            urls.statistics().url());
    }

    PageMeta search() {
        return new PageMeta("Search", "Search the articles, technology offers and requests, issues, activities, themes, countries and"
            + " partners of the Asia-Pacific Tech Monitor.",
            urls.search().url());
    }

    PageMeta notFound() {
        return new PageMeta("Page not found", "There is no page at this address.", urls.notFound().url());
    }

    PageMeta page(Page page) {
        return new PageMeta(page.title(), page.title() + ": Asian and Pacific Centre for Transfer of Technology.", urls.page(page.slug()).url());
    }

    PageMeta contributions(Contributions year) {
        return new PageMeta(year.title(), "Contributions of member States to APCTT for " + year.year() + ".",
            urls.contributions(year.year()).url());
    }

    /**
     * A title inside a sentence: its first word in lower case unless it is an acronym or a name ("SMEs", "SDGs", "Asia"
     * keep their capitals, as in the title), so "Start-ups and SMEs" reads "start-ups and SMEs".
     */
    static String inSentence(String title) {
        if (title.isEmpty()) {
            return title;
        }
        int end = title.indexOf(' ');
        String first = end < 0 ? title : title.substring(0, end);
        boolean plainWord = first.length() > 1 && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ENGLISH))
            && !PROPER_FIRST_WORDS.contains(first);
        return plainWord ? Character.toLowerCase(first.charAt(0)) + title.substring(1) : title;
    }
}
