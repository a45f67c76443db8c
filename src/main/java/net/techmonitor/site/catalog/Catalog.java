package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.IssueId;

import net.techmonitor.site.reference.Country;
import net.techmonitor.site.reference.Programme;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The read-only spine of the site: every published record, typed, with the look-ups pages need.
 * Built once per build by {@link CatalogBuilder}; only published content is in it.
 *
 * <p>Over 300 lines because it is the one index of every record: its look-ups share the key records and the
 * remembered selections, and split they would each need the other's.</p>
 */
public final class Catalog {
    private final List<Issue> issues;
    private final List<Article> articles;
    private final List<TechnologyEntry> technology;
    private final Map<IssueId, List<TechnologyEntry>> technologyByIssue;
    private final List<Activity> activities;
    private final List<Theme> themes;
    private final List<Partner> partners;
    private final List<Page> pages;
    private final List<Contributions> contributions;
    private final List<Programme> programmes;
    private final Map<IssueId, Issue> issuesById;
    private final Map<String, Theme> themesById;
    private final Map<String, Partner> partnersById;
    private final Map<ArticleKey, Article> articlesByKey;
    private final Map<ActivityKey, Activity> activitiesByKey;
    private final Map<IssueId, List<Article>> articlesByIssue;
    private final Map<String, Country> countriesByAlpha2;
    private final List<Country> countriesNamed;
    /** The plain text of each published body, by source path: made once per conversion, and cached with it. */
    private final Map<String, String> bodyTexts;
    private final Periodical periodical;
    private final Map<Selection, List<?>> selections = new java.util.concurrent.ConcurrentHashMap<>();

    public Catalog(Collection<Issue> issues, Collection<Article> articles, Collection<Activity> activities,
                   Collection<Theme> themes, Collection<Partner> partners, Collection<Page> pages,
                   Collection<Contributions> contributions, List<Programme> programmes, Map<String, String> bodyTexts,
                   Periodical periodical, Collection<TechnologyEntry> technology) {
        this.periodical = periodical;
        this.bodyTexts = Map.copyOf(bodyTexts);
        this.issues = issues.stream().sorted(Comparator.comparing(Issue::id).reversed()).toList();
        this.articles = articles.stream()
            .sorted(Comparator.comparing(Article::issueId).reversed()
                .thenComparing(Article::date).thenComparing(Article::title).thenComparing(Article::slug))
            .toList();
        this.activities = activities.stream()
            .sorted(Comparator.comparing(Activity::startDate).thenComparing(Activity::title).thenComparing(Activity::slug))
            .toList();
        this.themes = themes.stream().sorted(Comparator.comparing(Theme::title).thenComparing(Theme::id)).toList();
        this.partners = partners.stream().sorted(Comparator.comparing(Partner::title).thenComparing(Partner::id)).toList();
        this.pages = pages.stream().sorted(Comparator.comparing(Page::title).thenComparing(Page::slug)).toList();
        this.contributions = contributions.stream().sorted(Comparator.comparing(Contributions::year).reversed()).toList();
        this.programmes = List.copyOf(programmes);
        this.issuesById = index(this.issues, Issue::id);
        this.themesById = index(this.themes, Theme::id);
        this.partnersById = index(this.partners, Partner::id);
        // Pages look records up by key once each: indexes keep a build linear in the number of records.
        this.articlesByKey = index(this.articles, article -> new ArticleKey(article.issueId(), article.slug()));
        this.activitiesByKey = index(this.activities, activity -> new ActivityKey(activity.year(), activity.slug()));
        Comparator<Article> contentsOrder = Comparator.comparingInt((Article article) -> periodical.rank(article.sectionId()))
            .thenComparing(Article::order, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::title).thenComparing(Article::slug);
        this.articlesByIssue = this.articles.stream().sorted(contentsOrder)
            .collect(Collectors.groupingBy(Article::issueId, Collectors.toUnmodifiableList()));
        this.technology = technology.stream().sorted(NEWEST_TECHNOLOGY_FIRST).toList();
        // An issue's contents list its offers and requests as they list its articles: by section in the site's order
        // (those without one last), then offers before requests, then by title.
        this.technologyByIssue = this.technology.stream()
            .sorted(Comparator.comparingInt((TechnologyEntry entry) -> periodical.rank(entry.sectionId()))
                .thenComparing(TechnologyEntry::kind).thenComparing(TechnologyEntry::title).thenComparing(TechnologyEntry::slug))
            .collect(Collectors.groupingBy(TechnologyEntry::issueId, Collectors.toUnmodifiableList()));
        this.countriesNamed = collectCountriesNamed();
        this.countriesByAlpha2 = index(this.countriesNamed, Country::alpha2);
    }

    /**
     * This catalog with each record's body (an issue's introduction, any other record's body) replaced by what
     * {@code body} makes of it, given the record's source and its body as converted; the catalog itself when no body
     * changes. The order and the look-ups stay as they are: no body takes part in them.
     */
    public Catalog withBodies(java.util.function.BiFunction<SourceRef, String, String> body) {
        boolean[] changed = {false};
        java.util.function.BiFunction<SourceRef, String, String> changes = (source, html) -> {
            String now = body.apply(source, html);
            changed[0] |= !now.equals(html);
            return now;
        };
        List<Issue> newIssues = issues.stream().map(issue -> new Issue(issue.id(), issue.title(), issue.date(), issue.publishedDate(),
            issue.period(), issue.themeIds(), issue.status(), issue.volume(), issue.number(), issue.cover(),
            changes.apply(issue.source(), issue.introductionHtml()), issue.source())).toList();
        List<Article> newArticles = articles.stream().map(article -> new Article(article.issueId(), article.slug(), article.title(),
            article.authors(), article.doi(), article.date(), article.themeIds(), article.countries(), article.description(), article.sectionId(),
            article.order(), changes.apply(article.source(), article.bodyHtml()), article.source())).toList();
        List<Activity> newActivities = activities.stream().map(activity -> new Activity(activity.year(), activity.slug(),
            activity.title(), activity.date(), activity.startDate(), activity.endDate(), activity.city(), activity.country(),
            activity.programmeId(), activity.role(), activity.partnerIds(), activity.participants(), activity.countries(),
            activity.themeIds(), activity.eventStatus(), activity.organizers(), changes.apply(activity.source(), activity.bodyHtml()),
            activity.source())).toList();
        List<Theme> newThemes = themes.stream().map(theme -> new Theme(theme.id(), theme.title(),
            changes.apply(theme.source(), theme.bodyHtml()), theme.source())).toList();
        List<Partner> newPartners = partners.stream().map(partner -> new Partner(partner.id(), partner.title(), partner.country(),
            partner.website(), partner.listedInReports(), changes.apply(partner.source(), partner.bodyHtml()), partner.source())).toList();
        List<Page> newPages = pages.stream().map(page -> new Page(page.slug(), page.title(), page.countries(), page.reportSection(),
            page.reportList(), changes.apply(page.source(), page.bodyHtml()), page.source())).toList();
        List<Contributions> newContributions = contributions.stream().map(year -> new Contributions(year.year(), year.title(),
            year.pledges(), year.inKind(), year.decision(), changes.apply(year.source(), year.bodyHtml()), year.source())).toList();
        List<TechnologyEntry> newTechnology = technology.stream()
            .map(entry -> entry.withBody(changes.apply(entry.source(), entry.bodyHtml()))).toList();
        return changed[0] ? new Catalog(newIssues, newArticles, newActivities, newThemes, newPartners, newPages, newContributions,
            programmes, bodyTexts, periodical, newTechnology) : this;
    }

    /** What names an article: its slug is unique within its issue. The one definition, for the index and the look-up. */
    private record ArticleKey(IssueId issueId, String slug) {
    }

    /** What names an activity: its slug is unique within its year. The one definition, for the index and the look-up. */
    private record ActivityKey(int year, String slug) {
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    /** Newest first. */
    /** The plain text of the body of the record read from this source (for search), or "" when it has none. */
    /**
     * A selection, worked out once: the catalog never changes, and the pages, feeds and metadata of a theme or a
     * country each ask for the same lists (every article filtered once per asking, on every preview save, was the
     * largest part of working out the pages' inputs).
     */
    @SuppressWarnings("unchecked")
    private <T> List<T> remembered(String selection, Object key, java.util.function.Supplier<List<T>> select) {
        return (List<T>) selections.computeIfAbsent(new Selection(selection, key), ignored -> select.get());
    }

    private record Selection(String name, Object key) {
    }

    public String bodyText(SourceRef source) {
        return bodyTexts.getOrDefault(source.path(), "");
    }

    public List<Issue> issues() {
        return issues;
    }

    public Optional<Issue> issue(IssueId id) {
        return Optional.ofNullable(issuesById.get(id));
    }

    public List<Article> articles() {
        return articles;
    }

    /** The periodical's ISSN, sections and licence, as the site sets them. */
    public Periodical periodical() {
        return periodical;
    }

    /**
     * An issue's table of contents: by section in the site's order (articles without a section last), then by
     * {@code :order:} (articles without one after those with one), then by title.
     */
    public List<Article> articlesIn(IssueId issueId) {
        return articlesByIssue.getOrDefault(issueId, List.of());
    }

    public Optional<Article> article(IssueId issueId, String slug) {
        return Optional.ofNullable(articlesByKey.get(new ArticleKey(issueId, slug)));
    }

    public Optional<Activity> activity(int year, String slug) {
        return Optional.ofNullable(activitiesByKey.get(new ActivityKey(year, slug)));
    }

    public Optional<Page> page(String slug) {
        return pages.stream().filter(page -> page.slug().equals(slug)).findFirst();
    }

    public Optional<Contributions> contributions(int year) {
        return contributions.stream().filter(entry -> entry.year() == year).findFirst();
    }

    /** A country named in the content, by its ISO alpha-2 code. */
    public Optional<Country> countryNamed(String alpha2) {
        return Optional.ofNullable(countriesByAlpha2.get(alpha2));
    }

    /** Oldest first, by start date. */
    public List<Activity> activities() {
        return activities;
    }

    public List<Theme> themes() {
        return themes;
    }

    public Optional<Theme> theme(String id) {
        return Optional.ofNullable(themesById.get(id));
    }

    public List<Partner> partners() {
        return partners;
    }

    public Optional<Partner> partner(String id) {
        return Optional.ofNullable(partnersById.get(id));
    }

    public List<Page> pages() {
        return pages;
    }

    /** The pages that are sections of the report ({@code :report-section:}): the report page shows their bodies. */
    public List<Page> reportSectionPages() {
        return pages.stream().filter(page -> page.section().isPresent()).toList();
    }

    public List<Contributions> contributions() {
        return contributions;
    }

    public List<Programme> programmes() {
        return programmes;
    }

    public List<Issue> issuesWithTheme(String themeId) {
        return issues.stream().filter(issue -> issue.themeIds().contains(themeId)).toList();
    }

    public List<Article> articlesWithTheme(String themeId) {
        return remembered("articles with theme", themeId, () -> articles.stream().filter(article -> article.themeIds().contains(themeId)).toList());
    }

    public List<Activity> activitiesWithTheme(String themeId) {
        return remembered("activities with theme", themeId,
            () -> activities.stream().filter(activity -> activity.themeIds().contains(themeId)).toList());
    }

    public List<Activity> activitiesInProgramme(String programmeId) {
        return activities.stream().filter(activity -> activity.programmeId().equals(programmeId)).toList();
    }

    public List<Integer> activityYears() {
        return activities.stream().map(Activity::year).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public List<Activity> activitiesInYear(int year) {
        return activities.stream().filter(activity -> activity.year() == year).toList();
    }

    public List<Activity> activitiesWithPartner(String partnerId) {
        return activities.stream().filter(activity -> activity.partnerIds().contains(partnerId)).toList();
    }

    public List<Activity> activitiesHostedIn(Country country) {
        return remembered("activities hosted in", country, () -> activities.stream().filter(activity -> activity.country().equals(country)).toList());
    }

    public List<Activity> activitiesJoinedBy(Country country) {
        return remembered("activities joined by", country, () -> activities.stream().filter(activity -> activity.countries().contains(country)).toList());
    }

    /** Newest first, then by title, issue and slug: the order related articles are offered in. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::date).reversed().thenComparing(Article::title)
        .thenComparing(Article::issueId).thenComparing(Article::slug);

    /** {@link #articlesWithTheme} in {@link #NEWEST_FIRST} order, sorted once. */
    public List<Article> articlesWithThemeNewestFirst(String themeId) {
        // The inner selection first: a selection made inside another's computeIfAbsent would update the map recursively.
        List<Article> all = articlesWithTheme(themeId);
        return remembered("articles with theme, newest first", themeId, () -> all.stream().sorted(NEWEST_FIRST).toList());
    }

    /** {@link #articlesAbout} in {@link #NEWEST_FIRST} order, sorted once. */
    public List<Article> articlesAboutNewestFirst(Country country) {
        List<Article> all = articlesAbout(country);
        return remembered("articles about, newest first", country, () -> all.stream().sorted(NEWEST_FIRST).toList());
    }

    public List<Article> articlesAbout(Country country) {
        return remembered("articles about", country, () -> articles.stream().filter(article -> article.countries().contains(country)).toList());
    }

    public List<Partner> partnersIn(Country country) {
        return partners.stream().filter(partner -> country.equals(partner.country())).toList();
    }

    public List<Page> pagesMentioning(Country country) {
        return pages.stream().filter(page -> page.countries().contains(country)).toList();
    }

    public List<Pledge> pledgesOf(Country country) {
        return contributions.stream().flatMap(year -> year.pledges().stream())
            .filter(pledge -> pledge.country().equals(country)).toList();
    }

    public List<Contributions> inKindContributionsOf(Country country) {
        return contributions.stream().filter(year -> year.inKind().contains(country)).toList();
    }

    /** Newest first, then by title, issue and slug: the order of the listings and feeds of offers and requests. */
    public static final Comparator<TechnologyEntry> NEWEST_TECHNOLOGY_FIRST = Comparator.comparing(TechnologyEntry::date).reversed()
        .thenComparing(TechnologyEntry::title).thenComparing(TechnologyEntry::issueId).thenComparing(TechnologyEntry::slug);

    /** Every technology offer and request, newest first. */
    public List<TechnologyEntry> technology() {
        return technology;
    }

    /** An issue's offers and requests in the order of its contents: by section, offers before requests, then by title. */
    public List<TechnologyEntry> technologyIn(IssueId issueId) {
        return technologyByIssue.getOrDefault(issueId, List.of());
    }

    /** The offers, or the requests, newest first. */
    public List<TechnologyEntry> technologyOfKind(TechnologyKind kind) {
        return remembered("technology of kind", kind, () -> technology.stream().filter(entry -> entry.kind() == kind).toList());
    }

    /** The offers and requests from a country, newest first. */
    public List<TechnologyEntry> technologyFrom(Country country) {
        return remembered("technology from", country, () -> technology.stream().filter(entry -> entry.country().equals(country)).toList());
    }

    /** The offers and requests of a theme (their sector), newest first. */
    public List<TechnologyEntry> technologyWithTheme(String themeId) {
        return remembered("technology with theme", themeId,
            () -> technology.stream().filter(entry -> entry.themeIds().contains(themeId)).toList());
    }

    /** The countries offers and requests come from, each once, by name. */
    public List<Country> technologyCountries() {
        return remembered("technology countries", "", () -> technology.stream().map(TechnologyEntry::country).distinct().sorted().toList());
    }

    /** The themes of offers and requests, each once, in the order of {@link #themes()} (by title). */
    public List<Theme> technologyThemes() {
        return remembered("technology themes", "", () -> themes.stream()
            .filter(theme -> technology.stream().anyMatch(entry -> entry.themeIds().contains(theme.id()))).toList());
    }

    /** Every country named anywhere in the content, each once, by name: each gets a country page. */
    public List<Country> countriesNamed() {
        return countriesNamed;
    }

    private List<Country> collectCountriesNamed() {
        TreeSet<Country> named = new TreeSet<>();
        activities.forEach(activity -> {
            named.add(activity.country());
            named.addAll(activity.countries());
        });
        articles.forEach(article -> named.addAll(article.countries()));
        technology.forEach(entry -> named.add(entry.country()));
        partners.stream().map(Partner::country).filter(java.util.Objects::nonNull).forEach(named::add);
        pages.forEach(page -> named.addAll(page.countries()));
        contributions.forEach(year -> {
            year.pledges().forEach(pledge -> named.add(pledge.country()));
            named.addAll(year.inKind());
        });
        return List.copyOf(named);
    }
}
