package net.techmonitor.site.scaffold;


import net.techmonitor.site.TestSites;
import net.techmonitor.site.cli.CommandLineRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor's day with {@code new} without surprises: each case of the issue, through the command line, with its exit
 * status and its exact words; a refused {@code new} writes nothing. The minimal fixture has issue 2020-q1 (no
 * publication date), theme {@code alpha} and partner {@code institute}.
 */
class NewCommandTest {
    private static final String NL = System.lineSeparator();
    /** After the reasons: that nothing was written, then the command line's usage hint, as after any wrong command line. */
    private static final String NOTHING_WRITTEN = "Nothing was written." + NL
        + "Usage: java -jar target/techmonitor-site.jar new article|technology|issue|activity|partner|theme [options]; new --help lists its options" + NL;

    @TempDir
    Path temp;

    private static CommandLineRunner.Output run(Path site, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(2, List.of("--source", site.toString()));
        return CommandLineRunner.run(all.toArray(String[]::new));
    }

    private static List<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.map(path -> site.relativize(path) + (Files.isRegularFile(path) ? " " + TestSites.read(path).hashCode() : ""))
                .sorted().toList();
        }
    }

    /** Runs a {@code new} that must be refused: exit 2, exactly these error lines, nothing written. */
    private void refused(Path site, List<String> errors, String... args) throws IOException {
        List<String> before = files(site);
        CommandLineRunner.Output run = run(site, args);
        assertEquals(2, run.code(), run.err());
        StringBuilder expected = new StringBuilder();
        errors.forEach(error -> expected.append("error: ").append(error).append(NL));
        assertEquals(expected + NOTHING_WRITTEN, run.err());
        assertEquals("", run.out());
        assertEquals(before, files(site), "a refused new writes nothing");
    }

    // --- The article's date ---

    @Test
    void anArticleTakesItsDateFromItsIssueAndSaysSo() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Path issue = site.resolve("content/issues/2020-q1/index.adoc");
        Files.writeString(issue, TestSites.read(issue).replace(":themes: alpha\n", ":themes: alpha\n:published-date: 2020-03-10\n"));
        CommandLineRunner.Output run = run(site, "new", "article", "--issue", "2020-q1", "--title", "Green bonds", "--authors", "Ann Author",
            "--description", "Bonds.");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(
            "Created " + relative(site.resolve("content/issues/2020-q1/green-bonds.adoc")),
            "Dated 2020-03-10, the day issue 2020-q1 appeared (its :published-date:); --date gives another date, or change :jbake-date: in the file.",
            "It is published: the next build shows it."), run.out().lines().toList());
        assertTrue(TestSites.read(site.resolve("content/issues/2020-q1/green-bonds.adoc")).contains("\n:jbake-date: 2020-03-10\n"));
    }

    @Test
    void anArticleOfAnIssueWithoutAPublicationDateIsNeverDatedToday() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output run = run(site, "new", "article", "--issue", "2020-q1", "--title", "Green bonds", "--authors", "Ann Author",
            "--description", "Bonds.");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(
            "Created " + relative(site.resolve("content/issues/2020-q1/green-bonds.adoc")),
            "It is a draft until these are filled in (then set :jbake-status: published):",
            "  - :jbake-date: (the article's date, YYYY-MM-DD: issue 2020-q1 gives no :published-date: to take it from; give --date or fill it in)"),
            run.out().lines().toList());
        String written = TestSites.read(site.resolve("content/issues/2020-q1/green-bonds.adoc"));
        assertTrue(written.contains("\n:jbake-status: draft\n") && written.contains("\n:jbake-date:\n"), written);
        assertFalse(written.contains(LocalDate.now().toString()), written);
    }

    @Test
    void anArticleDateGivenIsUsedAndCheckedLikeTheBuildChecksIt() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        refused(site, List.of("--date: bad date '2020-02-30' in :jbake-date: (expected a real date as YYYY-MM-DD, e.g. 2018-03-20)"),
            "new", "article", "--issue", "2020-q1", "--title", "Green bonds", "--date", "2020-02-30");
        CommandLineRunner.Output run = run(site, "new", "article", "--issue", "2020-q1", "--title", "Green bonds", "--authors", "Ann Author",
            "--description", "Bonds.", "--date", "2020-02-15");
        assertEquals(0, run.code(), run.err());
        assertTrue(TestSites.read(site.resolve("content/issues/2020-q1/green-bonds.adoc")).contains("\n:jbake-date: 2020-02-15\n"));
    }

    // --- Every value checked by the build's rules ---

    @Test
    void theEditorsWrongValuesAreAllRefusedWithTheBuildsMessagesAndSuggestions() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        refused(site, List.of(
                "--country: unknown country 'Veit Nam' in :country: (expected a country name, alias or ISO code; did you mean 'Viet Nam'?)",
                "--programme: unknown programme 'foo' in :programme: (expected one of: national-innovation-systems, emerging-technologies, technology-transfer)",
                "--role: bad value 'hosted' in :role: (expected organized | jointly-organized | co-organized | supported | contributed)",
                "--participants: bad value 'many' in :participants: (expected a whole number from 0 to 1,000,000, optionally after 'about' or 'over', e.g. 97 or about 800)",
                "--themes: unknown theme 'fintech' in :themes: (known: alpha)"),
            "new", "activity", "--title", "Forum on fintech", "--start-date", "2020-05-01", "--country", "Veit Nam",
            "--programme", "foo", "--role", "hosted", "--participants", "many", "--themes", "fintech");
    }

    static Stream<Arguments> refusedValues() {
        return Stream.of(
            Arguments.of(List.of("new", "activity", "--title", "T", "--start-date", "2020-05-01", "--partners", "nobody"),
                "--partners: unknown partner 'nobody' in :partners: (known: institute)"),
            Arguments.of(List.of("new", "activity", "--title", "T", "--start-date", "2020-05-01", "--partners", "institute",
                "--organizers", "other"),
                "--organizers: 'other' in :organizers: is not one of this activity's :partners: (expected an id from :partners:, or an institution's name as the report gives it)"),
            Arguments.of(List.of("new", "activity", "--title", "T", "--start-date", "2020-5-1"),
                "--start-date: bad date '2020-5-1' in :start-date: (expected a real date as YYYY-MM-DD, e.g. 2018-03-20)"),
            Arguments.of(List.of("new", "activity", "--title", "T", "--start-date", "2999-05-01"),
                "--start-date: date '2999-05-01' in :start-date: is out of range (expected a year from 1950 to 2100)"),
            Arguments.of(List.of("new", "activity", "--title", "T", "--start-date", "2020-05-02", "--end-date", "2020-05-01"),
                "--end-date: end date 2020-05-01 is before the start date 2020-05-02 (expected :end-date: on or after :start-date:)"),
            Arguments.of(List.of("new", "activity", "--title", "T", "--start-date", "2020-05-02", "--participants", "2000000"),
                "--participants: bad value '2000000' in :participants: (expected a whole number from 0 to 1,000,000, optionally after 'about' or 'over', e.g. 97 or about 800)"),
            Arguments.of(List.of("new", "activity", "--title", "T", "--start-date", "2020-05-02", "--event-status", "soon"),
                "--event-status: bad value 'soon' in :event-status: (expected held | scheduled)"),
            Arguments.of(List.of("new", "article", "--issue", "2020-q1", "--title", "T", "--countries", "India, Narnia"),
                "--countries: unknown country 'Narnia' in :countries: (expected a country name, alias or ISO code)"),
            Arguments.of(List.of("new", "article", "--issue", "2020-q1", "--title", "T", "--themes", "Alpha Theme"),
                "--themes: bad id 'Alpha Theme' in :themes: (expected lower-case ASCII words joined by '-', e.g. alpha-theme)"),
            Arguments.of(List.of("new", "issue", "--id", "2020-q2", "--title", "T", "--status", "printed"),
                "--status: bad value 'printed' in :issue-status: (expected in-press | published)"),
            Arguments.of(List.of("new", "issue", "--id", "2020-q2", "--title", "T", "--volume", "XXXV"),
                "--volume: bad number 'XXXV' in :volume: (expected a whole number, e.g. 35)"),
            Arguments.of(List.of("new", "issue", "--id", "2020-q2", "--title", "T", "--status", "in-press", "--published-date", "2020-05-01"),
                "--published-date: an issue in press has no publication date (expected no :published-date: while :issue-status: is in-press)"),
            Arguments.of(List.of("new", "partner", "--title", "Agency", "--country", "Phillipines"),
                "--country: unknown country 'Phillipines' in :country: (expected a country name, alias or ISO code; did you mean 'Philippines'?)"),
            Arguments.of(List.of("new", "partner", "--title", "Agency", "--website", "www.agency.org"),
                "--website: bad web address 'www.agency.org' in :website: (expected an address starting with https:// or http://)"),
            Arguments.of(List.of("new", "partner", "--title", "Agency", "--listed-in-reports", "last year"),
                "--listed-in-reports: bad year 'last year' in :listed-in-reports: (expected the years whose reports list the partner, e.g. 2018)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedValues")
    void aValueTheBuildWouldRefuseIsRefused(List<String> args, String error) throws IOException {
        refused(TestSites.fixture("minimal", temp), List.of(error), args.toArray(String[]::new));
    }

    @Test
    void aThemeThatIsADraftIsNotOneTheBuildKnows() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Files.writeString(site.resolve("content/themes/beta.adoc"), "= Beta\n:jbake-type: theme\n:jbake-status: draft\n");
        refused(site, List.of("--themes: unknown theme 'beta' in :themes: (known: alpha)"),
            "new", "issue", "--id", "2020-q2", "--title", "T", "--themes", "beta");
    }

    // --- new issue: status, volume, number, publication date ---

    @Test
    void aNewIssueTakesItsStatusVolumeNumberAndPublicationDate() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output run = run(site, "new", "issue", "--id", "2020-q2", "--title", "Beta in the region", "--themes", "alpha",
            "--status", "published", "--published-date", "2020-05-20", "--volume", "37", "--number", "2");
        assertEquals(0, run.code(), run.err());
        assertEquals("""
            = Beta in the region
            :jbake-type: issue
            :jbake-status: published
            :jbake-date: 2020-04-01
            :period: April–June 2020
            :themes: alpha
            :issue-status: published
            :published-date: 2020-05-20
            :volume: 37
            :number: 2

            // The editorial introduction goes here.
            """, TestSites.read(site.resolve("content/issues/2020-q2/index.adoc")));
    }

    @Test
    void anIssueInPressMayBeGivenAsTheAttributeIsNamedAndOffersTheRestCommentedOut() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output run = run(site, "new", "issue", "--id", "2020-q2", "--title", "Beta", "--themes", "alpha", "--issue-status", "in-press");
        assertEquals(0, run.code(), run.err());
        assertEquals("""
            = Beta
            :jbake-type: issue
            :jbake-status: published
            :jbake-date: 2020-04-01
            :period: April–June 2020
            :themes: alpha
            :issue-status: in-press
            // optional, the day the issue appeared, YYYY-MM-DD, where a source gives it; never while it is in press:
            //:published-date:
            // optional, the volume, a whole number:
            //:volume:
            // optional, the number, a whole number:
            //:number:

            // The editorial introduction goes here.
            """, TestSites.read(site.resolve("content/issues/2020-q2/index.adoc")));
        refused(site, List.of("--status and --issue-status are one option given twice (expected one of them)"),
            "new", "issue", "--id", "2020-q3", "--title", "Gamma", "--status", "in-press", "--issue-status", "in-press");
    }

    @Test
    void anIssueThatExistsIsSaidToExistAndWhere() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        refused(site, List.of("issue 2020-q1 already exists: content/issues/2020-q1/index.adoc (expected the id of a new issue, or edit that file)"),
            "new", "issue", "--id", "2020-q1", "--title", "Alpha again");
    }

    // --- new partner, new theme ---

    @Test
    void aNewPartnerHasTheAttributesOfTheContract() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output run = run(site, "new", "partner", "--title", "Example Agency", "--id", "agency", "--country", "Vietnam",
            "--website", "https://agency.example.org/", "--listed-in-reports", "2020");
        assertEquals(0, run.code(), run.err());
        assertEquals("""
            = Example Agency
            :jbake-type: partner
            :jbake-status: published
            :country: Vietnam
            :website: https://agency.example.org/
            :listed-in-reports: 2020

            // What the institution is, as the Centre's report describes it.
            """, TestSites.read(site.resolve("content/partners/agency.adoc")));
        CommandLineRunner.Output international = run(site, "new", "partner", "--title", "Example Development Bank");
        assertEquals(0, international.code(), international.err());
        assertEquals("""
            = Example Development Bank
            :jbake-type: partner
            :jbake-status: published
            // optional, the country it is in; none for an international organization:
            //:country:
            // optional, its web address, https://...:
            //:website:
            // optional, the years whose report lists it among the period's partners, e.g. 2018:
            //:listed-in-reports:

            // What the institution is, as the Centre's report describes it.
            """, TestSites.read(site.resolve("content/partners/example-development-bank.adoc")));
        refused(site, List.of("content/partners/agency.adoc already exists (expected another --id, or edit that file)"),
            "new", "partner", "--title", "Another Agency", "--id", "agency");
    }

    @Test
    void aNewThemeIsNamedByItsTitleOrItsId() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output run = run(site, "new", "theme", "--title", "Financing innovation");
        assertEquals(0, run.code(), run.err());
        assertEquals("= Financing innovation\n:jbake-type: theme\n:jbake-status: published\n\n// What the theme covers.\n",
            TestSites.read(site.resolve("content/themes/financing-innovation.adoc")));
        refused(site, List.of("--id: file name 'Fin_Tech' is not a valid id (expected lower-case ASCII words joined by '-', e.g. fin-tech)"),
            "new", "theme", "--title", "Fintech", "--id", "Fin_Tech");
    }

    // --- Slugs ---

    @Test
    void aSlugGivenIsCheckedAsTheBuildChecksFileNames() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        refused(site, List.of("--slug: file name 'Green_Bonds' is not a valid slug (expected lower-case ASCII words joined by '-', e.g. green-bonds)"),
            "new", "article", "--issue", "2020-q1", "--title", "Green bonds", "--slug", "Green_Bonds");
        CommandLineRunner.Output run = run(site, "new", "activity", "--title", "Regional forum on financing innovation", "--start-date", "2020-05-01",
            "--slug", "forum-2020");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isRegularFile(site.resolve("content/activities/2020/forum-2020.adoc")));
        refused(site, List.of("content/activities/2020/forum-2020.adoc already exists (expected a new title or --slug, or edit that file)"),
            "new", "activity", "--title", "Another forum", "--start-date", "2020-06-01", "--slug", "forum-2020");
    }

    @Test
    void aDerivedSlugStopsAtAWholeWordWithoutADanglingStopWord() {
        assertEquals("green-bonds-for-innovation", DerivedSlugs.of("Green bonds for innovation"));
        String cut = DerivedSlugs.of(
            "Financing technology-based start-ups and innovative enterprises for SMEs: the role of venture capital");
        assertEquals("financing-technology-based-start-ups-and-innovative", cut);
        // The 60 characters end "...-commercialization-of" and the next word is "the": neither dangles at the end.
        String cutBeforeThe = DerivedSlugs.of(
            "Policies and incentives to promote the commercialization of the research of SMEs");
        assertEquals("policies-and-incentives-to-promote-the-commercialization", cutBeforeThe);
        for (String slug : List.of(cut, cutBeforeThe)) {
            assertTrue(slug.length() <= DerivedSlugs.MAX_SLUG_LENGTH, slug);
        }
        assertEquals("a".repeat(60), DerivedSlugs.of("a".repeat(70)), "one word longer than the limit is cut");
    }

    @Test
    void aTitleWithoutLettersAURLCanHoldAsksForASlug() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        refused(site, List.of("--title '技术转让' has no letters or digits a URL can hold (expected --slug, lower-case ASCII words joined by '-')"),
            "new", "article", "--issue", "2020-q1", "--title", "技术转让");
    }

    // --- The author line ---

    @Test
    void theNoteOnTheAuthorsStandsAboveTheTitleSoTheAuthorLineCanFollowIt() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output run = run(site, "new", "article", "--issue", "2020-q1", "--title", "Green bonds", "--description", "Bonds.",
            "--date", "2020-02-15");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("  - the author line (the line right below the title: the authors, separated by ';')" + NL), run.out());
        List<String> lines = TestSites.read(site.resolve("content/issues/2020-q1/green-bonds.adoc")).lines().toList();
        assertEquals(List.of("// The authors go on the line right below the title, with nothing between: First Author; Second Author",
            "= Green bonds", ":jbake-type: article", ":jbake-status: draft"), lines.subList(0, 4));
    }

    @Test
    void anAuthorsOptionWritesTheAuthorLineRightBelowTheTitle() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output run = run(site, "new", "article", "--issue", "2020-q1", "--title", "Green bonds", "--authors", "Ann Author; Bob Builder",
            "--description", "Bonds.", "--date", "2020-02-15", "--countries", "Viet Nam");
        assertEquals(0, run.code(), run.err());
        assertEquals("""
            = Green bonds
            Ann Author; Bob Builder
            :jbake-type: article
            :jbake-status: published
            :jbake-date: 2020-02-15
            :themes: alpha
            :countries: Viet Nam
            :description: Bonds.
            // optional, the article's DOI as its registration agency gave it, without https://doi.org/:
            //:doi:
            // optional, the first author's ORCID iD, without https://orcid.org/:
            //:orcid:
            // optional, the first author's institution, several separated by ';' (the second author's in :affiliation_2:, and so on):
            //:affiliation:

            // Write the article here. Images and PDFs go beside this file.
            """, TestSites.read(site.resolve("content/issues/2020-q1/green-bonds.adoc")));
    }

    // --- Other refusals are a wrong command line too ---

    @Test
    void aMissingOptionOrIssueIsRefusedAsAWrongCommandLine() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        refused(site, List.of("--title is required (the theme's name)"), "new", "theme", "--id", "beta");
        refused(site, List.of("there is no issue 2021-q1 (expected content/issues/2021-q1/index.adoc; create it first with: new issue --id 2021-q1 --title \"...\")"),
            "new", "article", "--issue", "2021-q1", "--title", "T");
    }

    @Test
    void anArticleInADraftIssueIsADraftUntilTheIssueIsPublished() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output issue = run(site, "new", "issue", "--id", "2020-q2", "--title", "Beta");
        assertEquals(0, issue.code(), issue.err());
        assertTrue(issue.out().contains("  - :themes: (theme ids, comma-separated, e.g. financing-innovation)"), issue.out());
        CommandLineRunner.Output article = run(site, "new", "article", "--issue", "2020-q2", "--title", "Green bonds", "--authors", "Ann Author",
            "--description", "Bonds.", "--date", "2020-05-15");
        assertEquals(0, article.code(), article.err());
        assertEquals(List.of(
            "Created " + relative(site.resolve("content/issues/2020-q2/green-bonds.adoc")),
            "It is a draft until these are filled in (then set :jbake-status: published):",
            "  - issue 2020-q2 is not published yet (content/issues/2020-q2/index.adoc is a draft): publish it first, or with this article"),
            article.out().lines().toList());
    }

    private static String relative(Path file) {
        return Path.of("").toAbsolutePath().relativize(file.toAbsolutePath()).toString();
    }
}
