package net.techmonitor.site.catalog;

import net.techmonitor.site.reference.IssueId;

import net.techmonitor.site.source.ContentPlace;
import net.techmonitor.site.source.DocumentKind;
import net.techmonitor.site.source.LoadedDocument;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.reference.CountryDirectory;
import net.techmonitor.site.reference.ProgrammeDirectory;
import net.techmonitor.site.reference.Slugs;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build catalog: turns loaded documents into typed records, reporting every ill-formed or missing attribute
 * at its line. Drafts stay out of the catalog and are not held to the rules of published files (a scaffolded
 * draft has gaps on purpose). References between files are returned for {@link CatalogValidator} to check.
 *
 * <p>Over 300 lines because it is the one reader of every kind's header: the rules for reading an attribute
 * (lists, dates, figures, names and their lines) are shared by all kinds, and split per kind they would be
 * repeated or passed around.</p>
 */
public final class CatalogBuilder {
    private static final Pattern PLEDGE = Pattern.compile("(.+?)\\s+(?:USD\\s*|US\\$\\s*|\\$)?([0-9][0-9,]*)");

    private final CountryDirectory countries;
    private final ProgrammeDirectory programmes;
    private final ProblemCollector problems;
    private final Periodical periodical;

    private final List<Issue> issues = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<TechnologyEntry> technology = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<Theme> themes = new ArrayList<>();
    private final List<Partner> partners = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private final List<Contributions> contributions = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    /** What the last build on the same settings read from each document, by identity (see {@link #remembering}). */
    private Map<LoadedDocument, Reading> earlier = Map.of();
    private final Map<LoadedDocument, Reading> readings = new java.util.IdentityHashMap<>();

    public CatalogBuilder(CountryDirectory countries, ProgrammeDirectory programmes, ProblemCollector problems) {
        this(countries, programmes, problems, Periodical.NONE);
    }

    /** @param periodical the site's sections (an article's {@code :section:} is one of them), ISSN and licence */
    public CatalogBuilder(CountryDirectory countries, ProgrammeDirectory programmes, ProblemCollector problems, Periodical periodical) {
        this.countries = countries;
        this.programmes = programmes;
        this.problems = problems;
        this.periodical = periodical;
    }

    /**
     * The catalog of published records and the references they make, for validation.
     *
     * @param readings what each document without problems gave, for the next build's {@link #remembering}
     */
    public record Result(Catalog catalog, List<Reference> references, Map<LoadedDocument, Reading> readings) {
    }

    /**
     * What one document without problems gave: its record (null for a draft) and the references it makes. Reading
     * depends on nothing but the document and this builder's directories and settings.
     */
    public record Reading(Object record, List<Reference> references) {
    }

    /**
     * This builder, taking what an earlier build on the same settings read from the very same document objects
     * instead of reading them again: a preview's save reads again only the documents it read again (an unchanged
     * document is the same object), and reading every header was most of a save's catalog time on a large site.
     */
    public CatalogBuilder remembering(Map<LoadedDocument, Reading> readingsOfEarlierBuild) {
        this.earlier = readingsOfEarlierBuild;
        return this;
    }

    public Result build(List<LoadedDocument> documents) {
        for (LoadedDocument document : documents) {
            Reading known = earlier.get(document);
            if (known != null) {
                keep(known.record());
                references.addAll(known.references());
                readings.put(document, known);
            } else {
                read(document);
            }
        }
        Map<String, String> bodyTexts = new HashMap<>();
        for (LoadedDocument document : documents) {
            if (document.published() && document.bodyText() != null) {
                bodyTexts.put(document.sitePath(), document.bodyText());
            }
        }
        Catalog catalog = new Catalog(issues, articles, activities, themes, partners, pages, contributions, programmes.all(), bodyTexts,
            periodical, technology);
        return new Result(catalog, List.copyOf(references), readings);
    }

    private void read(LoadedDocument document) {
        HeaderFields fields = new HeaderFields(document.sitePath(), document.header(), problems, countries);
        ContentPlace place = document.place();
        SourceRef source = new SourceRef(document.sitePath(), document.header().titleLine());
        String title = document.header().title();
        String body = document.bodyHtml() == null ? "" : document.bodyHtml();
        boolean published = document.published();
        if (!published) {
            // A draft is work in progress: its type, status and place were checked when it was read; its fields
            // are checked once it is published (or previewed with --drafts, where it counts as published).
            readings.put(document, new Reading(null, List.of()));
            return;
        }
        // Reading is sequential, so the collector's size before and after tells whether this file had problems.
        int problemsBefore = problems.size();
        int referencesBefore = references.size();
        // Each kind is read into its own typed record, kept only if the file had no problems.
        Object record = switch (place.kind()) {
            case ISSUE -> readIssue(fields, place, title, body, source, published, document);
            case ARTICLE -> readArticle(fields, place, title, body, source, published);
            case TECHNOLOGY -> TechnologyReading.read(this, fields, place, title, body, source);
            case ACTIVITY -> readActivity(fields, place, title, body, source, published);
            case THEME -> new Theme(place.name(), title, body, source);
            case PARTNER -> readPartner(fields, place, title, body, source);
            case PAGE -> readPage(fields, place, title, body, source);
            case CONTRIBUTIONS -> readContributions(fields, place, title, body, source);
        };
        fields.reportBelowHeader();
        // A file with problems gives no record: its fields may be missing, and the build stops anyway.
        if (problems.size() == problemsBefore) {
            keep(record);
            readings.put(document, new Reading(record, List.copyOf(references.subList(referencesBefore, references.size()))));
        }
    }

    /** Adds a record to the list of its kind (a draft's reading has none). */
    private void keep(Object record) {
        if (record instanceof Issue issue) {
            issues.add(issue);
        } else if (record instanceof Article article) {
            articles.add(article);
        } else if (record instanceof Activity activity) {
            activities.add(activity);
        } else if (record instanceof Theme theme) {
            themes.add(theme);
        } else if (record instanceof Partner partner) {
            partners.add(partner);
        } else if (record instanceof Page page) {
            pages.add(page);
        } else if (record instanceof Contributions year) {
            contributions.add(year);
        } else if (record instanceof TechnologyEntry entry) {
            technology.add(entry);
        } else if (record != null) {
            throw new IllegalArgumentException("not a catalog record: " + record);
        }
    }

    private Issue readIssue(HeaderFields fields, ContentPlace place, String title, String body, SourceRef source, boolean published,
                            LoadedDocument document) {
        IssueId id = IssueId.parse(place.folder()).orElseThrow();
        LocalDate date = fields.requiredDate("jbake-date");
        String period = fields.required("period", "the cover period as printed, e.g. ':period: July–September 2018'");
        List<String> themeIds = themeIds(fields, published, true);
        IssueStatus status = fields.optional("issue-status")
            .flatMap(value -> fields.parsed("issue-status", value, text -> WrittenForm.parse(IssueStatus.class, text),
                WrittenForm.allWritten(IssueStatus.class)))
            .orElse(IssueStatus.PUBLISHED);
        Integer volume = fields.optionalInteger("volume").orElse(null);
        Integer number = fields.optionalInteger("number").orElse(null);
        LocalDate publishedDate = fields.optionalDate("published-date").orElse(null);
        if (publishedDate != null && status == IssueStatus.IN_PRESS) {
            fields.problem(fields.lineOf("published-date"), "an issue in press has no publication date (expected no :published-date:"
                + " while :issue-status: is in-press)");
        }
        Cover cover = CoverReading.read(fields, document);
        return new Issue(id, title, date, publishedDate, period, themeIds, status, volume, number, cover, body, source);
    }

    private Article readArticle(HeaderFields fields, ContentPlace place, String title, String body, SourceRef source, boolean published) {
        IssueId issueId = IssueId.parse(place.folder()).orElseThrow();
        if (published) {
            belongsToIssue(issueId, source, "article");
        }
        List<Author> authors = ArticleIdentifiers.authors(fields);
        Doi doi = ArticleIdentifiers.doi(fields);
        LocalDate date = fields.requiredDate("jbake-date");
        List<String> themeIds = themeIds(fields, published, false);
        List<Country> about = fields.countries("countries");
        String description = fields.required("description", "one or two sentences for listings, feeds and search");
        String section = fields.optional("section").map(written -> section(fields, written)).orElse(null);
        Integer order = fields.optional("order").flatMap(written -> fields.parsed("order", written,
            text -> text.matches("[1-9][0-9]{0,5}") ? java.util.Optional.of(Integer.parseInt(text)) : java.util.Optional.empty(),
            "a whole number from 1, the article's place in its section of the issue's contents, e.g. ':order: 2'")).orElse(null);
        return new Article(issueId, place.name(), title, authors, doi, date, themeIds, about, description, section, order, body, source);
    }

    /**
     * A published document of an issue's folder belongs to that issue, which must exist.
     *
     * @param what what the document is, for the message ("technology offer")
     */
    void belongsToIssue(IssueId issueId, SourceRef source, String what) {
        references.add(new Reference(Reference.Kind.ISSUE, issueId.toString(), source.path(), source.line(), what));
    }

    /** The section's id when it is one of the site's sections; else null after a problem suggesting the nearest. */
    String section(HeaderFields fields, String written) {
        if (periodical.section(written).isPresent()) {
            return written;
        }
        List<String> ids = periodical.sections().stream().map(Periodical.Section::id).toList();
        String expected;
        if (ids.isEmpty()) {
            expected = "no :section:, or the site's sections listed in jbake.properties, e.g. "
                + "'site.sections=special-theme: Special theme, short-articles: Short articles'";
        } else {
            String nearest = ids.stream().min(java.util.Comparator.comparingInt((String id) -> net.techmonitor.site.reference.EditDistance.between(written, id))
                .thenComparing(id -> id)).orElseThrow();
            expected = "one of the sections of site.sections in jbake.properties: " + String.join(", ", ids) + "; did you mean '" + nearest + "'?";
        }
        fields.problem(fields.lineOf("section"), "unknown section '" + written + "' in :section: (expected " + expected + ")");
        return null;
    }

    private Activity readActivity(HeaderFields fields, ContentPlace place, String title, String body, SourceRef source, boolean published) {
        int year = Integer.parseInt(place.folder());
        LocalDate start = fields.requiredDate("start-date");
        LocalDate end = fields.optionalDate("end-date").orElse(start);
        if (start != null && end != null && end.isBefore(start)) {
            fields.problem(fields.lineOf("end-date"), "end date " + end + " is before the start date " + start
                + " (expected :end-date: on or after :start-date:)");
        }
        if (start != null && start.getYear() != year) {
            fields.problem(fields.lineOf("start-date"), "activity starting " + start + " is in folder activities/" + year
                + "/ (expected content/activities/" + start.getYear() + "/)");
        }
        LocalDate date = fields.optionalDate("jbake-date").orElse(start);
        String city = fields.required("city", "the city where it took place, e.g. ':city: Bangkok'");
        String countryWritten = fields.required("country", "the country where it took place, e.g. ':country: Thailand'");
        Country country = countryWritten.isEmpty() ? null : fields.country("country", countryWritten).orElse(null);
        String programme = fields.required("programme", "one of: " + String.join(", ", programmes.ids()));
        if (!programme.isEmpty() && programmes.byId(programme).isEmpty()) {
            fields.problem(fields.lineOf("programme"), "unknown programme '" + programme + "' in :programme: (expected one of: "
                + String.join(", ", programmes.ids()) + ")");
        }
        String roles = WrittenForm.allWritten(ActivityRole.class);
        String roleWritten = fields.required("role", roles);
        ActivityRole role = fields.parsed("role", roleWritten, text -> WrittenForm.parse(ActivityRole.class, text), roles).orElse(null);
        List<String> partnerIds = ids(fields, "partners", Reference.Kind.PARTNER, published);
        String participantsWritten = fields.required("participants", "how many took part, e.g. ':participants: 97' or ':participants: about 800'");
        Participants participants = fields.parsed("participants", participantsWritten, Participants::parse,
            "a whole number from 0 to 1,000,000, optionally after 'about' or 'over', e.g. 97 or about 800").orElse(null);
        List<Country> joined = fields.countries("countries");
        List<String> themeIds = themeIds(fields, published, false);
        EventStatus status = fields.optional("event-status")
            .flatMap(value -> fields.parsed("event-status", value, text -> WrittenForm.parse(EventStatus.class, text),
                WrittenForm.allWritten(EventStatus.class)))
            .orElse(EventStatus.HELD);
        Organizers organizers = new Organizers(parties(fields, "organizers", partnerIds),
            parties(fields, "co-organizers", partnerIds), parties(fields, "in-cooperation-with", partnerIds));
        return new Activity(year, place.name(), title, date, start, end, city, country, programme, role, partnerIds,
            participants, joined, themeIds, status, organizers, body, source);
    }

    private Page readPage(HeaderFields fields, ContentPlace place, String title, String body, SourceRef source) {
        ReportSection section = fields.optional("report-section")
            .flatMap(value -> fields.parsed("report-section", value, ReportSection::parse, ReportSection.EXPECTED)).orElse(null);
        ReportList list = fields.optional("report-list")
            .flatMap(value -> fields.parsed("report-list", value, text -> WrittenForm.parse(ReportList.class, text),
                WrittenForm.allWritten(ReportList.class)))
            .orElse(null);
        if (list != null && section == null) {
            fields.problem(fields.lineOf("report-list"), "a :report-list: is shown in the report's section of the page, and this page"
                + " has none (expected a :report-section: too, e.g. ':report-section: annex-1', or no :report-list:)");
        }
        return new Page(place.name(), title, fields.countries("countries"), section, list, body, source);
    }

    private Partner readPartner(HeaderFields fields, ContentPlace place, String title, String body, SourceRef source) {
        // Optional: an international organization (a development bank, a UN commission) has no one country.
        Country country = fields.optional("country").flatMap(written -> fields.country("country", written)).orElse(null);
        String website = fields.optional("website").orElse(null);
        if (website != null && !isWebAddress(website)) {
            fields.problem(fields.lineOf("website"), "bad web address '" + website + "' in :website: (expected an address starting with https:// or http://)");
            website = null;
        }
        List<Integer> listed = new ArrayList<>();
        for (String year : fields.list("listed-in-reports")) {
            if (year.matches("\\d{4}")) {
                listed.add(Integer.parseInt(year));
            } else {
                fields.problem(fields.lineOf("listed-in-reports"), "bad year '" + year
                    + "' in :listed-in-reports: (expected the years whose reports list the partner, e.g. 2018)");
            }
        }
        return new Partner(place.name(), title, country, website, listed, body, source);
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Contributions readContributions(HeaderFields fields, ContentPlace place, String title, String body, SourceRef source) {
        int year = Integer.parseInt(place.name());
        List<Pledge> pledges = new ArrayList<>();
        for (String written : fields.list("pledges")) {
            Matcher matcher = PLEDGE.matcher(written);
            if (!matcher.matches()) {
                fields.problem(fields.lineOf("pledges"), "bad pledge '" + written + "' in :pledges: (expected a country and an amount in US dollars, e.g. 'India 200000')");
                continue;
            }
            String digits = matcher.group(2).replace(",", "");
            if (digits.length() > 10 || Long.parseLong(digits) > Pledge.MAX_USD) {
                fields.problem(fields.lineOf("pledges"), "pledge '" + written + "' in :pledges: is out of range (expected at most "
                    + String.format(java.util.Locale.ROOT, "%,d", Pledge.MAX_USD) + " US dollars)");
                continue;
            }
            fields.country("pledges", matcher.group(1).strip())
                .ifPresent(country -> pledges.add(new Pledge(country, Long.parseLong(digits))));
        }
        List<Country> inKind = fields.countries("in-kind");
        String decision = fields.optional("decision").orElse(null);
        return new Contributions(year, title, pledges, inKind, decision, body, source);
    }

    List<String> themeIds(HeaderFields fields, boolean published, boolean required) {
        if (required && fields.optional("themes").isEmpty()) {
            fields.required("themes", "at least one theme id, e.g. ':themes: financing-innovation'");
            return List.of();
        }
        return ids(fields, "themes", Reference.Kind.THEME, published);
    }

    /**
     * Institutions separated by ';' (their names may hold commas): a partner id when the institution is one of the
     * activity's {@code :partners:}, else its name as the report gives it.
     */
    private List<Organizers.Party> parties(HeaderFields fields, String attribute, List<String> partnerIds) {
        List<Organizers.Party> parties = new ArrayList<>();
        for (String written : fields.optional(attribute).map(value -> List.of(value.split(";"))).orElse(List.of())) {
            String item = written.strip();
            if (item.isEmpty()) {
                continue;
            }
            if (Slugs.isValid(item)) {
                if (!partnerIds.contains(item)) {
                    fields.problem(fields.lineOf(attribute), "'" + item + "' in :" + attribute + ": is not one of this activity's :partners: "
                        + "(expected an id from :partners:, or an institution's name as the report gives it)");
                    continue;
                }
                parties.add(Organizers.Party.partner(item));
            } else {
                parties.add(Organizers.Party.named(item));
            }
        }
        return parties;
    }

    private List<String> ids(HeaderFields fields, String attribute, Reference.Kind kind, boolean published) {
        List<String> ids = new ArrayList<>();
        for (String id : fields.list(attribute)) {
            if (!Slugs.isValid(id)) {
                fields.problem(fields.lineOf(attribute), "bad id '" + id + "' in :" + attribute + ": (expected lower-case ASCII words joined by '-', e.g. "
                    + Slugs.of(id) + ")");
                continue;
            }
            if (!ids.contains(id)) {
                ids.add(id);
                if (published) {
                    references.add(new Reference(kind, id, fields.path(), fields.lineOf(attribute), attribute));
                }
            }
        }
        return ids;
    }
}
