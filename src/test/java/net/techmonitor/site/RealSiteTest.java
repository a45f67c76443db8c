package net.techmonitor.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A full build of this repository's own site, the Centre's real content, asserted page by page. */
class RealSiteTest {
    @TempDir
    static Path temp;
    static TestSites.Run run;
    static Path content = TestSites.repository().resolve("content");

    @BeforeAll
    static void build() {
        // A cache of its own: the build is cold, and the repository's target/.techmonitor-cache is left alone.
        run = TestSites.build(TestSites.repository(), temp.resolve("site"), "--cache", temp.resolve("cache").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void homePageFiguresAreThoseOfTheActivityNotesOfTheLatestPeriod() {
        List<ActivityNotes.Note> period = ActivityNotes.read(content).latestPeriod();
        int reportYear = ActivityNotes.read(content).latestPeriodEndYear();
        List<String> figures = run.page("").select(".figures dd").eachText();
        assertEquals(List.of(
            String.valueOf(period.size()),
            String.valueOf(period.stream().map(ActivityNotes.Note::country).distinct().count()),
            String.valueOf(ActivityNotes.partnersOf(content, period, reportYear)),
            String.format(Locale.ROOT, "%,d", period.stream().mapToInt(ActivityNotes.Note::participants).sum())), figures);
    }

    @Test
    void everyPageIsReachableFromTheHomePageByLinks() throws IOException {
        Set<String> all;
        try (Stream<Path> files = Files.walk(run.output().toRealPath())) {
            all = files.filter(f -> f.toString().endsWith(".html")).map(f -> run.output().relativize(f).toString())
                .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        while (!queue.isEmpty()) {
            String page = queue.pop();
            if (!reached.add(page)) {
                continue;
            }
            Document document = Jsoup.parse(run.output().resolve(page).toFile(), "UTF-8");
            for (Element link : document.select("a[href^=/]")) {
                String path = URI.create(link.attr("href")).getPath().substring(1);
                String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
                if (file.endsWith(".html") && Files.isRegularFile(run.output().resolve(file))) {
                    queue.add(file);
                }
            }
        }
        // 404.html is linked from nowhere on purpose: GitHub Pages serves it for addresses that do not exist.
        all.remove("404.html");
        assertEquals(all, new TreeSet<>(reached));
    }

    @Test
    void everyActivityNoteHasItsPageInTheListing() throws IOException {
        int notes = ActivityNotes.read(content).notes().size();
        assertEquals(notes, run.page("activities/").select(".card-title a").size());
        try (Stream<Path> files = Files.list(run.output().resolve("activities/2018"))) {
            assertEquals(notes, files.filter(Files::isDirectory).count());
        }
    }

    @Test
    void issueArchiveListsTheIssuesNewestFirstWithTheOneInPressMarked() throws IOException {
        Document archive = run.page("issues/");
        List<String> ids;
        try (Stream<Path> folders = Files.list(content.resolve("issues"))) {
            ids = folders.map(f -> f.getFileName().toString()).sorted((a, b) -> b.compareTo(a)).toList();
        }
        assertEquals(ids.stream().map(id -> "/issues/" + id + "/").toList(), archive.select(".card-title a").eachAttr("href"));
        Element latest = archive.selectFirst(".card");
        assertNotNull(latest.selectFirst(".badge"), "the July-September 2018 issue was in press");
        assertTrue(run.page("issues/2018-q3/").selectFirst(".status").text().contains("in press"));
    }

    @Test
    void anActivityStillAheadWhenReportedSaysSo() {
        Document planned = run.page("activities/2018/water-and-energy-technologies-conference/");
        assertNotNull(planned.selectFirst(".notice"));
        assertTrue(planned.select(".facts dd").eachText().contains("about 100 (expected)"));
    }

    @Test
    void everyPartnerInstitutionHasAPageInTheList() throws IOException {
        try (Stream<Path> files = Files.list(content.resolve("partners"))) {
            assertEquals(files.count(), run.page("partners/").select(".card-title a").size());
        }
        Document tistr = run.page("partners/tistr/");
        assertEquals(List.of("Regional Consultation on Achieving Sustainable Development Goals through Science, Technology and Innovation",
                "Regional Consultation on Achieving Sustainable Development Goals through Sector-focussed Science, Technology and Innovation Policies",
                "International Conference on Inclusive Science Technology and Innovation Policies for Promoting the Transfer of New and Emerging Technologies in Water and Energy Sectors"),
            tistr.select("#activities-heading + ul .card-title a").eachText());
    }

    @Test
    void countryPagesGatherActivitiesPartnersAndContributions() {
        Document india = run.page("countries/india/");
        long hostedByIndia = ActivityNotes.read(content).notes().stream().filter(note -> note.country().equals("India")).count();
        assertEquals(hostedByIndia, india.select("#hosted-heading + ul .card").size());
        assertTrue(india.select("#contributions-heading + ul li").eachText().stream().anyMatch(text -> text.startsWith("Pledged US$200,000 for 2018")));
        Document macao = run.page("countries/macao-china/");
        assertEquals("Macao, China", macao.selectFirst("h1").text());
        Document iran = run.page("countries/islamic-republic-of-iran/");
        assertTrue(iran.select("#pages-heading + ul a").eachText().containsAll(List.of("Requests of member States",
            "Introduction to the report on the activities of December 2017 to November 2018")), "Iran's request, and its experts");
        assertTrue(run.page("countries/").select("tbody th a").eachText().contains("Lao People's Democratic Republic"));
    }

    @Test
    void contributionsPageTotalsThePledges() {
        Document contributions = run.page("contributions/2018/");
        List<String> amounts = contributions.select("table.pledges tbody td").eachText();
        long total = amounts.stream().mapToLong(amount -> Long.parseLong(amount.replaceAll("[^0-9]", ""))).sum();
        assertEquals(String.format(Locale.ROOT, "US$%,d", total), contributions.selectFirst("table.pledges tfoot td").text());
    }

    @Test
    void theReportGroupsThePeriodsActivitiesByProgrammeAreaWithTheirFigures() {
        List<ActivityNotes.Note> period = ActivityNotes.read(content).notes().stream()
            .filter(note -> !note.start().isBefore(java.time.LocalDate.parse("2017-12-01")) && !note.start().isAfter(java.time.LocalDate.parse("2018-11-30")))
            .toList();
        Document report = run.page("report/");
        assertEquals(period.size(), report.select(".report-activities > li").size());
        assertEquals(List.of(String.valueOf(period.size()),
                String.valueOf(period.stream().map(ActivityNotes.Note::country).distinct().count()),
                String.valueOf(ActivityNotes.partnersOf(content, period, 2018)),
                String.format(Locale.ROOT, "%,d", period.stream().mapToInt(ActivityNotes.Note::participants).sum())),
            report.select("#section-introduction ~ p.report-figures strong").eachText());
        assertEquals(period.size(), report.select("#section-a ~ ol li, #section-b ~ ol li, #section-c ~ ol li").size());
    }

    @Test
    void theReportListsEveryIssueWhoseQuarterOverlapsThePeriod() throws IOException {
        try (Stream<Path> folders = Files.list(content.resolve("issues"))) {
            assertEquals(folders.count(), run.page("report/").select("#section-annex-2 ~ ul.report-publications li").size());
        }
        assertEquals(ActivityNotes.partnersOf(content, ActivityNotes.read(content).latestPeriod(), 2018),
            run.page("report/").select("#section-annex-1 ~ ul.report-partners li").size());
    }

    /**
     * The report's own lettering of its sections skips G: its section F (paragraph 17) is followed by its section H
     * (paragraph 18). No other letter is missing from it.
     */
    private static final Set<Character> LETTERS_THE_REPORT_SKIPS = Set.of('G');

    /**
     * /report/ has a heading for every section of the Centre's report, in the report's order. The expected headings
     * come from the content: the introduction, the programme areas with activities in the period (their letters and
     * headings are reference data), and every page with a :report-section: (its title is the heading). So that a
     * section missing from both fails, the letters must run from A to the last without a gap the report does not
     * have, and both annexes must be there.
     */
    @Test
    void theReportHasAHeadingForEverySectionOfTheReportInItsOrder() throws IOException {
        java.util.TreeMap<String, String> expected = new java.util.TreeMap<>();
        expected.put("0", "I. Introduction");
        Set<String> programmesInPeriod = new HashSet<>();
        try (Stream<Path> files = Files.walk(content.resolve("activities"))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                String text = Files.readString(source);
                java.time.LocalDate start = java.time.LocalDate.parse(header(text, "start-date").orElseThrow());
                if (!start.isBefore(java.time.LocalDate.parse("2017-12-01")) && !start.isAfter(java.time.LocalDate.parse("2018-11-30"))) {
                    programmesInPeriod.add(header(text, "programme").orElseThrow());
                }
            }
        }
        try (var json = RealSiteTest.class.getResourceAsStream("/net/techmonitor/site/reference/programmes.json")) {
            for (com.fasterxml.jackson.databind.JsonNode programme : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("programmes")) {
                if (programmesInPeriod.contains(programme.path("id").asText())) {
                    String letter = programme.path("reportSection").asText();
                    expected.put("1" + letter, letter + ". " + programme.path("reportHeading").asText());
                }
            }
        }
        String[] roman = {"", "I", "II", "III", "IV", "V"};
        try (Stream<Path> files = Files.list(content.resolve("pages"))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList()) {
                String text = Files.readString(source);
                String title = text.lines().findFirst().orElseThrow().substring(2).strip();
                header(text, "report-section").ifPresent(section -> {
                    if (section.startsWith("annex-")) {
                        int number = Integer.parseInt(section.substring("annex-".length()));
                        expected.put("2" + (char) ('0' + number), "Annex " + roman[number] + ". " + title);
                    } else if (!section.equals("introduction")) {
                        expected.put("1" + section, section + ". " + title);
                    }
                });
            }
        }
        Document report = run.page("report/");
        List<String> headings = report.select("article.report h2[id^=section-], article.report h3[id^=section-]").eachText();
        assertEquals(List.copyOf(expected.values()), headings);

        List<Character> letters = report.select("#results-heading ~ section > h3[id^=section-]").eachText().stream()
            .map(heading -> heading.charAt(0)).toList();
        assertTrue(!letters.isEmpty() && letters.get(0) == 'A', "the sections start at A: " + letters);
        List<Character> running = new java.util.ArrayList<>();
        for (char letter = 'A'; letter <= letters.get(letters.size() - 1); letter++) {
            if (!LETTERS_THE_REPORT_SKIPS.contains(letter)) {
                running.add(letter);
            }
        }
        assertEquals(running, letters, "every lettered section of the report, without a gap");
        assertTrue(letters.get(letters.size() - 1) >= 'J', "the report's sections run to J: " + letters);
        assertEquals(List.of("Annex I", "Annex II"), report.select("article.report > section > h2[id^=section-annex-]").eachText().stream()
            .map(heading -> heading.substring(0, heading.indexOf('.'))).toList());
        assertTrue(report.selectFirst("#results-heading").text().startsWith("II. Major results in capacity-building activities"));
    }

    /** The rule of thumb of the accessibility check: one h1 first, and no heading more than one level below the one before. */
    @Test
    void theReportsHeadingsGoDownOneLevelAtATime() {
        for (String page : List.of("report/", "evaluation/", "resource-mobilization/", "report-introduction/")) {
            List<Integer> levels = run.page(page).select("main h1, main h2, main h3, main h4, main h5, main h6").stream()
                .map(heading -> heading.tagName().charAt(1) - '0').toList();
            assertEquals(1, levels.get(0), page + " starts with its h1: " + levels);
            assertEquals(1, levels.stream().filter(level -> level == 1).count(), page + " has one h1: " + levels);
            for (int i = 1; i < levels.size(); i++) {
                assertTrue(levels.get(i) <= levels.get(i - 1) + 1, page + ": heading " + i + " skips a level: " + levels);
            }
        }
    }

    @Test
    void statisticsTablesHoldTheNotesFiguresAndEveryChartIsLabelled() {
        Document statistics = run.page("statistics/");
        java.util.Map<String, Integer> byHost = new java.util.TreeMap<>();
        ActivityNotes.read(content).notes().forEach(note -> byHost.merge(note.country(), note.participants(), Integer::sum));
        java.util.Map<String, Integer> table = new java.util.TreeMap<>();
        for (org.jsoup.nodes.Element row : statistics.select("#participants-by-host-heading ~ .table-scroll tbody tr")) {
            table.put(row.selectFirst("th").text(), Integer.parseInt(row.selectFirst("td").text().replace(",", "")));
        }
        assertEquals(byHost, table);
        assertEquals(3, statistics.select("figure ol.bar-chart").size());
        for (org.jsoup.nodes.Element map : statistics.select("svg.region-map")) {
            for (String id : map.attr("aria-labelledby").split(" ")) {
                assertTrue(!map.select("#" + id).text().isBlank(), "text alternative " + id);
            }
        }
    }

    /**
     * The map of the statistics page and of the report: each country's figures are its row of the table beside it, and
     * both are what the activity notes give; the countries the map cannot show (outside its area) are named beside it.
     */
    @Test
    void theMapsFiguresAreTheTablesAndTheActivityNotes() throws IOException {
        ActivityNotes notes = ActivityNotes.read(content);
        java.util.Properties settings = new java.util.Properties();
        try (java.io.Reader reader = Files.newBufferedReader(TestSites.repository().resolve("jbake.properties"))) {
            settings.load(reader);
        }
        java.time.LocalDate start = java.time.LocalDate.parse(settings.getProperty("report.period.start"));
        java.time.LocalDate end = java.time.LocalDate.parse(settings.getProperty("report.period.end"));
        List<ActivityNotes.Note> reported = notes.notes().stream().filter(n -> !n.start().isBefore(start) && !n.start().isAfter(end)).toList();
        for (String page : List.of("statistics/", "report/")) {
            Element figure = run.page(page).selectFirst("figure.map-figure");
            assertNotNull(figure, page);
            java.util.Map<String, MapReading.Figures> table = MapReading.table(figure);
            assertEquals(MapReading.counted(page.equals("report/") ? reported : notes.notes()), table, page);
            java.util.Map<String, MapReading.Figures> drawn = MapReading.map(figure);
            List<String> outside = figure.select("figcaption p").stream().filter(p -> p.text().startsWith("Outside the map's area"))
                .flatMap(p -> p.select("a").eachText().stream()).toList();
            java.util.Map<String, MapReading.Figures> onMap = new java.util.TreeMap<>(table);
            outside.forEach(onMap::remove);
            assertEquals(onMap, drawn, page);
            assertTrue(drawn.keySet().containsAll(List.of("India", "China", "Thailand", "Fiji", "Singapore", "Russian Federation")), drawn.keySet().toString());
            assertTrue(outside.size() < 5, "the countries outside the map are few: " + outside);
        }
    }

    /**
     * The report's verbs, read from each activity's own source: the Centre is an organizer only where it organized,
     * a sponsor where it supported, a contributor where it contributed; the other organizers are those the source
     * names as organizers or co-organizers, and institutions it names as cooperating are contributors. A partner
     * institution that only took part (the Asian Development Bank in Manila) is none of these.
     */
    @Test
    void everyActivitysJsonLdNamesItsOrganizersSponsorsAndContributorsAsTheSourceSays() throws IOException {
        String centre = "Asian and Pacific Centre for Transfer of Technology (APCTT)";
        int checked = 0;
        try (Stream<Path> files = Files.walk(content.resolve("activities"))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList()) {
                String text = Files.readString(source);
                String role = header(text, "role").orElseThrow();
                List<String> organizers = new java.util.ArrayList<>();
                if (List.of("organized", "jointly-organized", "co-organized").contains(role)) {
                    organizers.add(centre);
                }
                organizers.addAll(parties(text, "organizers"));
                organizers.addAll(parties(text, "co-organizers"));
                List<String> contributors = new java.util.ArrayList<>(role.equals("contributed") ? List.of(centre) : List.of());
                contributors.addAll(parties(text, "in-cooperation-with"));
                String year = source.getParent().getFileName().toString();
                String slug = source.getFileName().toString().replace(".adoc", "");
                com.fasterxml.jackson.databind.JsonNode event = jsonLd(run.page("activities/" + year + "/" + slug + "/"), "Event");
                assertEquals(organizers, names(event, "organizer"), "organizers of " + source);
                assertEquals(role.equals("supported") ? List.of(centre) : List.of(), names(event, "sponsor"), "sponsor of " + source);
                assertEquals(contributors, names(event, "contributor"), "contributors of " + source);
                checked++;
            }
        }
        assertTrue(checked >= 13, "every activity of the report: " + checked);
        com.fasterxml.jackson.databind.JsonNode manila = jsonLd(run.page("activities/2018/regional-forum-start-ups-smes/"), "Event");
        assertTrue(names(manila, "organizer").stream().noneMatch(name -> name.contains("Asian Development Bank")),
            "the Asian Development Bank took part in Manila; it did not organize");
    }

    @Test
    void noIssueCarriesAPublicationDateItsSourceDoesNotGive() throws IOException {
        try (Stream<Path> files = Files.list(content.resolve("issues"))) {
            for (Path folder : files.filter(Files::isDirectory).sorted().toList()) {
                String text = Files.readString(folder.resolve("index.adoc"));
                com.fasterxml.jackson.databind.JsonNode issue = jsonLd(run.page("issues/" + folder.getFileName() + "/"), "PublicationIssue");
                assertEquals(header(text, "published-date").orElse(null), issue.has("datePublished") ? issue.get("datePublished").asText() : null,
                    "datePublished of " + folder);
            }
        }
    }

    /** The sum beside the home page's figure says what it holds, counted from the sources, not typed in. */
    @Test
    void theParticipantSumSaysItHoldsRoundAndExpectedFigures() throws IOException {
        int round = 0;
        long expected = 0;
        try (Stream<Path> files = Files.walk(content.resolve("activities"))) {
            for (Path source : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                String text = Files.readString(source);
                String participants = header(text, "participants").orElseThrow();
                if (participants.startsWith("about") || participants.startsWith("over")) {
                    round++;
                }
                if (header(text, "event-status").orElse("").equals("scheduled")) {
                    expected += Long.parseLong(participants.replaceAll("[^0-9]", ""));
                }
            }
        }
        String note = run.page("").selectFirst(".note").text();
        assertTrue(round > 0 && note.contains("the figures of " + round + " activities are the report's round ones"), note);
        assertTrue(expected > 0 && note.contains(String.format(Locale.ROOT, "%,d were expected at activities still ahead", expected)), note);
        assertTrue(run.page("statistics/").selectFirst("#participants-by-host-heading ~ figure figcaption").text().contains("include participants expected"));
    }

    /** The countries page says it lists every country the site names: each one named in any source has its page. */
    @Test
    void everyCountryNamedInTheContentHasAPage() throws IOException {
        net.techmonitor.site.reference.CountryDirectory directory = net.techmonitor.site.reference.CountryDirectory.load();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                String text = Files.readString(source);
                for (String attribute : List.of("countries", "country", "in-kind")) {
                    header(text, attribute).ifPresent(value -> named.addAll(List.of(value.split(","))));
                }
                header(text, "pledges").ifPresent(value -> java.util.Arrays.stream(value.split(","))
                    .map(pledge -> pledge.strip().replaceAll("\\s+\\S*[0-9][0-9,]*$", "")).forEach(named::add));
            }
        }
        named.removeIf(String::isBlank);
        assertTrue(named.size() > 40, "countries named: " + named);
        for (String name : named) {
            var country = directory.resolve(name.strip()).orElseThrow(() -> new AssertionError("not a country: " + name));
            assertTrue(Files.isRegularFile(run.output().resolve("countries/" + country.slug() + "/index.html")), "no page for " + name);
        }
        assertTrue(run.page("countries/united-kingdom/").select("#pages-heading + ul a").eachText().contains("About the Centre and the Tech Monitor"),
            "the report names the United Kingdom for the periodical's authors");
    }

    private static java.util.Optional<String> header(String text, String name) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?m)^:" + java.util.regex.Pattern.quote(name) + ":[ \\t]*(.*)$").matcher(text);
        return matcher.find() ? java.util.Optional.of(matcher.group(1).strip()) : java.util.Optional.empty();
    }

    /** The institutions of an attribute as a reader sees them named: a partner id by its partner page's title. */
    private static List<String> parties(String text, String attribute) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        for (String item : header(text, attribute).map(value -> List.of(value.split(";"))).orElse(List.of())) {
            String name = item.strip();
            Path partner = content.resolve("partners").resolve(name + ".adoc");
            names.add(Files.isRegularFile(partner) ? Files.readAllLines(partner).get(0).substring(2).strip() : name);
        }
        return names;
    }

    /** The report names where the periodical's offers and requests came from, not one of them: the listing says none is listed. */
    @Test
    void theListingOfTechnologyOffersAndRequestsSaysNoneIsListedYet() {
        Document listing = run.page("technology/");
        String text = listing.selectFirst("main").text();
        assertTrue(text.contains("No technology offers or requests are listed yet."), text);
        assertTrue(text.contains("from countries such as China, Hungary, India, Poland, Sri Lanka, Thailand and the United Kingdom"), text);
        assertTrue(listing.select(".technology-list, nav.filters, form, script[src]").isEmpty(), "no list, filter or script");
        assertTrue(Files.notExists(run.output().resolve("technology/offers")) && Files.notExists(run.output().resolve("technology/requests")));
    }

    private static com.fasterxml.jackson.databind.JsonNode jsonLd(Document page, String type) throws IOException {
        for (Element script : page.select("script[type=application/ld+json]")) {
            com.fasterxml.jackson.databind.JsonNode data = new com.fasterxml.jackson.databind.ObjectMapper().readTree(script.data());
            if (type.equals(data.path("@type").asText())) {
                return data;
            }
        }
        throw new AssertionError("no " + type + " in the page's JSON-LD");
    }

    private static List<String> names(com.fasterxml.jackson.databind.JsonNode data, String property) {
        List<String> names = new java.util.ArrayList<>();
        data.path(property).forEach(organization -> names.add(organization.path("name").asText()));
        return names;
    }
}
