package net.techmonitor.site.scaffold;

import net.techmonitor.site.catalog.ActivityRole;
import net.techmonitor.site.catalog.EventStatus;
import net.techmonitor.site.catalog.Issue;
import net.techmonitor.site.catalog.IssueStatus;
import net.techmonitor.site.catalog.TechnologyKind;
import net.techmonitor.site.catalog.WrittenForm;
import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.reference.IssueId;
import net.techmonitor.site.reference.ProgrammeDirectory;
import net.techmonitor.site.scaffold.OptionValueCheck.RefusedValueException;
import net.techmonitor.site.source.ContentPlace;
import net.techmonitor.site.source.SourceHeader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Creates new content files in the right folder with every attribute of docs/content-format.md: filled from the
 * options given, or left empty under a comment saying what goes there. It invents nothing: a value no option gives
 * and no other file states is a gap, and a file with gaps is a draft.
 *
 * <p>Every value given is checked by the build's own rules ({@link SiteRules}) before anything is written; a value
 * the build would reject is refused with the build's message, under the option's name. It never overwrites a file.</p>
 *
 * <p>Over 300 lines because it is the one writer of every kind's header: what the kinds share (placing, checking and
 * writing a file; for an article and a technology offer or request, the issue they belong to and the date and themes
 * taken from it) is here once, and split per kind it would be passed around.</p>
 */
public final class ContentScaffolder {
    private final Path siteRoot;
    private final Path content;

    public ContentScaffolder(Path siteRoot) {
        this.siteRoot = siteRoot;
        this.content = siteRoot.resolve("content");
    }

    /**
     * @param given the {@code new article} options: title and issue (required), slug, authors, description, themes, countries, date,
     *              section, order, doi, orcid, affiliation (the last two the first author's)
     */
    public NewContent article(Map<String, String> given) throws RefusedValueException, IOException {
        Map<String, String> options = checked(given);
        String title = require(options, "title", "the article's title");
        IssueId issue = existingIssue(options);
        for (String authorsOwn : List.of("orcid", "affiliation")) {
            // The build reads them against the author line: without one they could be checked only once it is written.
            if (options.containsKey(authorsOwn) && !options.containsKey("authors")) {
                throw refused("--" + authorsOwn + " is the first author's, and no --authors names the authors (expected --authors"
                    + " too, e.g. --authors \"Ann Author; Bo Writer\")");
            }
        }
        String contentPath = placed("issues/" + issue + "/", options, "slug", title, "a new title or --slug");
        SiteRules rules = SiteRules.read(siteRoot);
        Optional<Issue> publishedIssue = rules.publishedIssue(issue);

        ScaffoldHeader header = new ScaffoldHeader(title);
        header.authorLine(options.get("authors"));
        header.fixed("jbake-type", "article");
        List<String> notes = new ArrayList<>();
        datedByIssue(header, options, issue, publishedIssue, "the article's date", notes);
        themedByIssue(header, options, issue, publishedIssue, false);
        header.optional("countries", "--countries", options.get("countries"), "the countries the article is about, comma-separated");
        header.field("description", "--description", options.get("description"), "one or two sentences for listings, feeds and search");
        sectioned(header, options, rules, true);
        header.optional("doi", "--doi", options.get("doi"), "the article's DOI as its registration agency gave it, without https://doi.org/");
        header.optional("orcid", "--orcid", options.get("orcid"), "the first author's ORCID iD, without https://orcid.org/");
        header.optional("affiliation", "--affiliation", options.get("affiliation"),
            "the first author's institution, several separated by ';' (the second author's in :affiliation_2:, and so on)");
        if (publishedIssue.isEmpty()) {
            header.gap("issue " + issue + " is not published yet (content/issues/" + issue + "/index.adoc is a draft): publish it first, or with this article");
        }
        return finish(rules, contentPath, header, "Write the article here. Images and PDFs go beside this file.", notes);
    }

    /**
     * @param given the {@code new technology} options: title and issue (required), slug, kind, country, themes, description,
     *              contact, date, section
     */
    public NewContent technology(Map<String, String> given) throws RefusedValueException, IOException {
        Map<String, String> options = checked(given);
        String title = require(options, "title", "the offer's or request's title");
        IssueId issue = existingIssue(options);
        String contentPath = placed("issues/" + issue + "/" + ContentPlace.TECHNOLOGY_FOLDER + "/", options, "slug", title,
            "a new title or --slug");
        SiteRules rules = SiteRules.read(siteRoot);
        Optional<Issue> publishedIssue = rules.publishedIssue(issue);

        ScaffoldHeader header = new ScaffoldHeader(title);
        header.fixed("jbake-type", "technology");
        List<String> notes = new ArrayList<>();
        datedByIssue(header, options, issue, publishedIssue, "the offer's or request's date", notes);
        header.field("kind", "--kind", options.get("kind"), WrittenForm.allWritten(TechnologyKind.class)
            + ": whether it offers a technology or asks for one");
        header.field("country", "--country", options.get("country"), "the country it comes from");
        themedByIssue(header, options, issue, publishedIssue, true);
        header.field("description", "--description", options.get("description"), "one or two sentences for listings, feeds and search");
        header.optional("contact", "--contact", options.get("contact"), "whom to write to, one line of plain text");
        sectioned(header, options, rules, false);
        if (publishedIssue.isEmpty()) {
            header.gap("issue " + issue + " is not published yet (content/issues/" + issue + "/index.adoc is a draft): publish it first, or with this"
                + " offer or request");
        }
        return finish(rules, contentPath, header, "Write the offer or request in full here: what is offered or sought, and for what use.",
            notes);
    }

    /**
     * {@code :section:} (and for an article {@code :order:}), with the site's sections named in its comment; the build's
     * rules check the one given. A site without sections is offered neither, and a section given is refused as the build
     * refuses it.
     */
    private static void sectioned(ScaffoldHeader header, Map<String, String> options, SiteRules rules, boolean ordered) {
        List<String> ids = rules.sections().stream().map(section -> section.id()).toList();
        if (ids.isEmpty() && !options.containsKey("section") && !options.containsKey("order")) {
            return;
        }
        String choices = ids.size() < 2 ? String.join("", ids)
            : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
        header.optional("section", "--section", options.get("section"), "the section of the issue's contents it is listed in"
            + (ids.isEmpty() ? "" : " (" + choices + ")"));
        if (ordered) {
            header.optional("order", "--order", options.get("order"), "a whole number from 1, its place in its section");
        }
    }

    /** The issue {@code --issue} names: a well-formed id of an issue whose file exists, or a refusal. */
    private IssueId existingIssue(Map<String, String> options) throws RefusedValueException {
        String issueWritten = require(options, "issue", "the issue id, e.g. 2018-q3");
        IssueId issue = IssueId.parse(issueWritten)
            .orElseThrow(() -> refused("--issue '" + issueWritten + "' is not an issue id (expected YYYY-qN, e.g. 2018-q3)"));
        String issuePath = "issues/" + issue + "/index.adoc";
        if (!Files.isRegularFile(content.resolve(issuePath))) {
            throw refused("there is no issue " + issue + " (expected content/" + issuePath + "; create it first with: new issue --id "
                + issue + " --title \"...\")");
        }
        return issue;
    }

    /**
     * {@code :jbake-date:} of a document of an issue: {@code --date}, else the issue's {@code :published-date:} (and a note
     * saying so), else a gap: never today's date.
     *
     * @param what "the article's date", for the comment and the gap
     */
    private static void datedByIssue(ScaffoldHeader header, Map<String, String> options, IssueId issue, Optional<Issue> publishedIssue,
                                     String what, List<String> notes) {
        if (options.containsKey("date")) {
            header.field("jbake-date", "--date", options.get("date"), what + ", YYYY-MM-DD");
            return;
        }
        LocalDate issueDate = publishedIssue.map(Issue::publishedDate).orElse(null);
        if (issueDate != null) {
            header.field("jbake-date", "the :published-date: of issue " + issue, issueDate.toString(), what + ", YYYY-MM-DD");
            notes.add("Dated " + issueDate + ", the day issue " + issue + " appeared (its :published-date:); --date gives another date,"
                + " or change :jbake-date: in the file.");
        } else {
            header.field("jbake-date", null, null, what + ", YYYY-MM-DD: issue " + issue
                + " gives no :published-date: to take it from; give --date or fill it in");
        }
    }

    /** {@code :themes:} of a document of an issue: {@code --themes}, else the issue's, copied. */
    private void themedByIssue(ScaffoldHeader header, Map<String, String> options, IssueId issue, Optional<Issue> publishedIssue,
                               boolean required) {
        String what = "theme ids, comma-separated, e.g. financing-innovation";
        String from = "--themes";
        String themes = options.get("themes");
        if (!options.containsKey("themes")) {
            from = "the :themes: of issue " + issue + ", copied for want of --themes";
            themes = publishedIssue.map(found -> String.join(", ", found.themeIds()))
                .orElseGet(() -> rawValue(content.resolve("issues/" + issue + "/index.adoc"), "themes"));
        }
        if (required) {
            header.field("themes", from, themes, what);
        } else {
            header.optional("themes", from, themes, what);
        }
    }

    /** @param given title and id (required), themes, status (or issue-status), published-date, volume, number */
    public NewContent issue(Map<String, String> given) throws RefusedValueException, IOException {
        Map<String, String> options = checked(given);
        String title = require(options, "title", "the issue's special theme");
        String idWritten = require(options, "id", "the issue id, e.g. 2019-q1");
        IssueId id = IssueId.parse(idWritten)
            .orElseThrow(() -> refused("--id '" + idWritten + "' is not an issue id (expected YYYY-qN, e.g. 2019-q1)"));
        String contentPath = "issues/" + id + "/index.adoc";
        if (Files.exists(content.resolve(contentPath))) {
            throw refused("issue " + id + " already exists: content/" + contentPath + " (expected the id of a new issue, or edit that file)");
        }
        String statusOption = options.containsKey("issue-status") ? "issue-status" : "status";
        if (options.containsKey("status") && options.containsKey("issue-status")) {
            throw refused("--status and --issue-status are one option given twice (expected one of them)");
        }
        LocalDate first = LocalDate.of(id.year(), id.firstMonth(), 1);
        ScaffoldHeader header = new ScaffoldHeader(title);
        header.fixed("jbake-type", "issue");
        header.fixed("jbake-date", first.toString());
        header.fixed("period", monthName(first) + "\u2013" + monthName(first.plusMonths(2)) + " " + id.year());
        header.field("themes", "--themes", options.get("themes"), "theme ids, comma-separated, e.g. financing-innovation");
        header.optional("issue-status", "--" + statusOption, options.get(statusOption),
            WrittenForm.allWritten(IssueStatus.class) + "; in-press while the issue is in press (default: published)");
        header.optional("published-date", "--published-date", options.get("published-date"),
            "the day the issue appeared, YYYY-MM-DD, where a source gives it; never while it is in press");
        header.optional("volume", "--volume", options.get("volume"), "the volume, a whole number");
        header.optional("number", "--number", options.get("number"), "the number, a whole number");
        return finish(SiteRules.read(siteRoot), contentPath, header, "The editorial introduction goes here.", List.of());
    }

    /**
     * @param given title and start-date (required), slug, end-date, city, country, programme, role, partners, organizers,
     *              co-organizers, in-cooperation-with, participants, countries, themes, event-status
     */
    public NewContent activity(Map<String, String> given) throws RefusedValueException, IOException {
        Map<String, String> options = checked(given);
        String title = require(options, "title", "the activity's title");
        String start = require(options, "start-date", "the first day, YYYY-MM-DD (it decides the year folder)");
        // The folder is the start date's year; whether the date is one is the build's rules' to say, below.
        String year = start.matches("\\d{4}-.*") ? start.substring(0, 4) : "0000";
        String contentPath = placed("activities/" + year + "/", options, "slug", title, "a new title or --slug");
        ScaffoldHeader header = new ScaffoldHeader(title);
        header.fixed("jbake-type", "activity");
        header.field("start-date", "--start-date", start, "the first day, YYYY-MM-DD");
        header.optional("end-date", "--end-date", options.get("end-date"), "the last day, YYYY-MM-DD, when it lasted more than one day");
        header.field("city", "--city", options.get("city"), "the city where it took place");
        header.field("country", "--country", options.get("country"), "the country where it took place");
        header.field("programme", "--programme", options.get("programme"), "one of: " + String.join(", ", ProgrammeDirectory.load().ids()));
        header.field("role", "--role", options.get("role"), "the Centre's part: " + WrittenForm.allWritten(ActivityRole.class));
        header.optional("partners", "--partners", options.get("partners"), "partner ids from content/partners/, comma-separated");
        header.optional("organizers", "--organizers", options.get("organizers"),
            "who organized it besides the Centre, as the report says: partner ids from :partners: or names, ';'-separated");
        header.optional("co-organizers", "--co-organizers", options.get("co-organizers"), "who co-organized it, written the same way");
        header.optional("in-cooperation-with", "--in-cooperation-with", options.get("in-cooperation-with"),
            "institutions it was held in cooperation with, written the same way");
        header.field("participants", "--participants", options.get("participants"), "how many took part, e.g. 97 or about 800");
        header.optional("countries", "--countries", options.get("countries"), "countries whose experts or participants took part");
        header.optional("themes", "--themes", options.get("themes"), "theme ids, comma-separated");
        header.optional("event-status", "--event-status", options.get("event-status"),
            EventStatus.SCHEDULED.written() + ", for an activity still ahead when reported");
        return finish(SiteRules.read(siteRoot), contentPath, header,
            "What the activity was, who organized it, what it deliberated and who took part.", List.of());
    }

    /** @param given title (required: the institution's name), id, country, website, listed-in-reports */
    public NewContent partner(Map<String, String> given) throws RefusedValueException, IOException {
        Map<String, String> options = checked(given);
        String title = require(options, "title", "the institution's name");
        String contentPath = placed("partners/", options, "id", title, "another --id");
        ScaffoldHeader header = new ScaffoldHeader(title);
        header.fixed("jbake-type", "partner");
        header.optional("country", "--country", options.get("country"), "the country it is in; none for an international organization");
        header.optional("website", "--website", options.get("website"), "its web address, https://...");
        header.optional("listed-in-reports", "--listed-in-reports", options.get("listed-in-reports"),
            "the years whose report lists it among the period's partners, e.g. 2018");
        return finish(SiteRules.read(siteRoot), contentPath, header, "What the institution is, as the Centre's report describes it.", List.of());
    }

    /** @param given title (required), id */
    public NewContent theme(Map<String, String> given) throws RefusedValueException, IOException {
        Map<String, String> options = checked(given);
        String title = require(options, "title", "the theme's name");
        String contentPath = placed("themes/", options, "id", title, "another --id");
        ScaffoldHeader header = new ScaffoldHeader(title);
        header.fixed("jbake-type", "theme");
        return finish(SiteRules.read(siteRoot), contentPath, header, "What the theme covers.", List.of());
    }

    /**
     * Checks the header by the build's rules as if it were published, and writes it unless a value given is refused.
     * The build's "missing" problems are the gaps the header knows of already; any other problem is a refusal.
     */
    private NewContent finish(SiteRules rules, String contentPath, ScaffoldHeader header, String bodyHint, List<String> notes)
        throws RefusedValueException, IOException {
        ScaffoldHeader.Rendered asPublished = header.render(false);
        List<String> refusals = new ArrayList<>();
        for (Problem problem : rules.problemsOf(contentPath, asPublished.text())) {
            if (problem.line() == asPublished.titleLine() && problem.message().startsWith("missing ")) {
                continue;
            }
            String from = asPublished.fromByLine().get(problem.line());
            refusals.add(from == null ? problem.message() : from + ": " + problem.message());
        }
        if (!refusals.isEmpty()) {
            throw new RefusedValueException(refusals);
        }
        boolean draft = !header.gaps.isEmpty();
        Path file = content.resolve(contentPath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, header.render(draft).text() + "\n// " + bodyHint + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return new NewContent(file, draft, List.copyOf(header.gaps), List.copyOf(notes));
    }

    /**
     * The file's path inside {@code content/}: named by {@code --<option>}, checked as the build checks file names, or
     * derived from the title; refused when the build would refuse the name, or when the file exists.
     */
    private String placed(String folder, Map<String, String> options, String option, String title, String insteadOfExisting)
        throws RefusedValueException {
        String name = options.get(option);
        if (name == null) {
            name = DerivedSlugs.of(title);
            if (name.isEmpty()) {
                throw refused("--title '" + title + "' has no letters or digits a URL can hold (expected --" + option
                    + ", lower-case ASCII words joined by '-')");
            }
        } else {
            ContentPlace.Result place = ContentPlace.of(folder + name + ContentPlace.ADOC);
            if (place.place().isEmpty()) {
                throw refused("--" + option + ": " + place.problem());
            }
        }
        String contentPath = folder + name + ContentPlace.ADOC;
        if (Files.exists(content.resolve(contentPath))) {
            throw refused("content/" + contentPath + " already exists (expected " + insteadOfExisting + ", or edit that file)");
        }
        return contentPath;
    }

    /**
     * Every value checked by {@link OptionValueCheck} before anything is read or written, in name order, so that the
     * same command line is always refused for the same option. Only {@code source} is left as given: it names the
     * folder to write into and never goes into the file.
     */
    private static Map<String, String> checked(Map<String, String> options) throws RefusedValueException {
        Map<String, String> checked = new TreeMap<>();
        for (String name : new TreeSet<>(options.keySet())) {
            checked.put(name, name.equals("source") ? options.get(name) : OptionValueCheck.checked(name, options.get(name)));
        }
        return checked;
    }

    private static String require(Map<String, String> options, String name, String what) throws RefusedValueException {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw refused("--" + name + " is required (" + what + ")");
        }
        return value.strip();
    }

    private static RefusedValueException refused(String message) {
        return new RefusedValueException(message);
    }

    /** An attribute's value as written in a header the build does not read (a draft's), or null. */
    private static String rawValue(Path file, String attribute) {
        try {
            SourceHeader header = net.techmonitor.site.source.AsciidocHeaderScanner.scan(
                Files.readAllLines(file, StandardCharsets.UTF_8), (line, message) -> { });
            return header == null ? null : header.value(attribute).orElse(null);
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    private static String monthName(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
