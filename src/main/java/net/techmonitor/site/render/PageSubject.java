package net.techmonitor.site.render;

import net.techmonitor.site.catalog.Activity;
import net.techmonitor.site.catalog.Article;
import net.techmonitor.site.catalog.Contributions;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.catalog.Page;
import net.techmonitor.site.catalog.Partner;
import net.techmonitor.site.catalog.TechnologyEntry;
import net.techmonitor.site.catalog.TechnologyKind;
import net.techmonitor.site.catalog.Theme;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.reference.Programme;

/**
 * What a page is about, typed: the catalog record it shows, or, for a page of which the site has one, which page it
 * is. A page's subject is chosen once, by {@link SitePages}, and travels as it is to the view and head builders:
 * nothing is looked up again by a key or parsed back from a string.
 */
public sealed interface PageSubject {

    /** The kind of page, which names its template. */
    PageKind kind();

    record IssuePage(Issue issue) implements PageSubject {
        @Override
        public PageKind kind() {
            return PageKind.ISSUE;
        }
    }

    record ArticlePage(Article article) implements PageSubject {
        @Override
        public PageKind kind() {
            return PageKind.ARTICLE;
        }
    }

    /** A technology offer or request of an issue. */
    record TechnologyPage(TechnologyEntry entry) implements PageSubject {
        @Override
        public PageKind kind() {
            return PageKind.TECHNOLOGY;
        }
    }

    /**
     * The technology offers and requests of one kind, one country or one theme: one page for each value that has
     * any, so that every filter works without a script.
     */
    sealed interface TechnologyListPage extends PageSubject {
        @Override
        default PageKind kind() {
            return PageKind.TECHNOLOGY_LIST;
        }
    }

    record TechnologyOfKindPage(TechnologyKind technologyKind) implements TechnologyListPage {
    }

    record TechnologyFromPage(Country country) implements TechnologyListPage {
    }

    record TechnologyWithThemePage(Theme theme) implements TechnologyListPage {
    }

    record ActivityPage(Activity activity) implements PageSubject {
        @Override
        public PageKind kind() {
            return PageKind.ACTIVITY;
        }
    }

    record ThemePage(Theme theme) implements PageSubject {
        @Override
        public PageKind kind() {
            return PageKind.THEME;
        }
    }

    record PartnerPage(Partner partner) implements PageSubject {
        @Override
        public PageKind kind() {
            return PageKind.PARTNER;
        }
    }

    /** A page of the {@code page} type: about, contact, a section of the report. */
    record PlainPage(Page page) implements PageSubject {
        @Override
        public PageKind kind() {
            return PageKind.PAGE;
        }
    }

    record ContributionsPage(Contributions contributions) implements PageSubject {
        @Override
        public PageKind kind() {
            return PageKind.CONTRIBUTIONS;
        }
    }

    /** The activities of one year: a year in which at least one activity started. */
    record ActivityYearPage(int year) implements PageSubject {
        @Override
        public PageKind kind() {
            return PageKind.ACTIVITY_YEAR;
        }
    }

    record ProgrammePage(Programme programme) implements PageSubject {
        @Override
        public PageKind kind() {
            return PageKind.PROGRAMME;
        }
    }

    /** A country named in the content. */
    record CountryPage(Country country) implements PageSubject {
        @Override
        public PageKind kind() {
            return PageKind.COUNTRY;
        }
    }

    /** The pages the site has one of, made from the whole catalog. */
    enum Singleton implements PageSubject {
        HOME(PageKind.HOME),
        ISSUE_ARCHIVE(PageKind.ISSUE_ARCHIVE),
        ACTIVITY_INDEX(PageKind.ACTIVITY_INDEX),
        THEME_INDEX(PageKind.THEME_INDEX),
        COUNTRY_INDEX(PageKind.COUNTRY_INDEX),
        PARTNER_INDEX(PageKind.PARTNER_INDEX),
        NOT_FOUND(PageKind.NOT_FOUND),
        REPORT(PageKind.REPORT),
        STATISTICS(PageKind.STATISTICS),
        SEARCH(PageKind.SEARCH),
        TECHNOLOGY_INDEX(PageKind.TECHNOLOGY_INDEX);

        private final PageKind kind;

        Singleton(PageKind kind) {
            this.kind = kind;
        }

        @Override
        public PageKind kind() {
            return kind;
        }
    }
}
