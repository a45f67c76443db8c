package net.techmonitor.site.properties;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.techmonitor.site.catalog.CatalogBuilder;
import net.techmonitor.site.catalog.Participants;
import net.techmonitor.site.convert.BodyLinkRebaser;
import net.techmonitor.site.convert.UnsafeHtmlRemover;
import net.techmonitor.site.source.ContentPlace;
import net.techmonitor.site.source.LoadedDocument;
import net.techmonitor.site.problems.ProblemCollector;
import net.techmonitor.site.reference.Country;
import net.techmonitor.site.reference.CountryDirectory;
import net.techmonitor.site.reference.ProgrammeDirectory;
import net.techmonitor.site.source.AsciidocHeaderScanner;
import net.techmonitor.site.source.HeaderAttribute;
import net.techmonitor.site.source.SourceHeader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Property-based tests of header parsing, validation and country resolution: rules, not examples. */
class ContentPropertiesTest {
    private static final CountryDirectory COUNTRIES = CountryDirectory.load();
    private static final ProgrammeDirectory PROGRAMMES = ProgrammeDirectory.load();

    @Property
    void everyHeaderAttributeIsReadBackWithItsValueAndLine(@ForAll("attributeMaps") Map<String, String> attributes) {
        List<String> lines = new ArrayList<>(List.of("= A title"));
        attributes.forEach((name, value) -> lines.add(":" + name + ": " + value));
        lines.add("");
        lines.add("Body.");
        List<String> problems = new ArrayList<>();
        SourceHeader header = AsciidocHeaderScanner.scan(lines, (line, message) -> problems.add(message));
        assertEquals(List.of(), problems);
        int line = 2;
        for (Map.Entry<String, String> entry : attributes.entrySet()) {
            assertEquals(new HeaderAttribute(entry.getKey(), entry.getValue().strip(), line++), header.attribute(entry.getKey()).orElseThrow());
        }
    }

    @Provide
    Arbitrary<Map<String, String>> attributeMaps() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
            .map(name -> name + "-x");
        Arbitrary<String> values = Arbitraries.strings().all().ofMaxLength(40)
            .filter(value -> value.chars().noneMatch(c -> c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E))
            .filter(value -> !value.strip().endsWith(" \\") && !value.endsWith("\\"))
            .map(value -> "v" + value);
        return Arbitraries.maps(names, values).ofMaxSize(12).map(LinkedHashMap::new);
    }

    @Property
    void everyWayOfWritingACountryResolvesToIt(@ForAll("countryForms") Map.Entry<Country, String> written) {
        assertEquals(written.getKey(), COUNTRIES.resolve(written.getValue()).orElseThrow(() -> new AssertionError(written.getValue())));
    }

    @Provide
    Arbitrary<Map.Entry<Country, String>> countryForms() {
        Arbitrary<Country> countries = Arbitraries.of(COUNTRIES.all());
        return countries.flatMap(country -> {
            List<String> forms = new ArrayList<>(country.aliases());
            forms.add(country.name());
            forms.add(country.alpha2());
            forms.add(country.alpha3());
            return Combinators.combine(Arbitraries.of(forms), Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of("", " ", "  "))
                .as((form, upper, article, padding) -> Map.entry(country,
                    padding + (article && form.length() > 3 ? "the " : "") + (upper ? form.toUpperCase(Locale.ROOT) : form.toLowerCase(Locale.ROOT)) + padding));
        });
    }

    /**
     * A preview's catalog takes what the last build read from the very same document objects: it must be what reading
     * them again gives, and a document that is another object (read again) is read again, problems included.
     */
    @Property(tries = 200)
    void aRememberedReadingIsWhatReadingAgainGives(@ForAll("activityHeaders") Map<String, String> attributes) {
        LoadedDocument document = activity(attributes);
        LoadedDocument sameAgain = activity(attributes);
        ProblemCollector firstProblems = new ProblemCollector();
        CatalogBuilder.Result first = new CatalogBuilder(COUNTRIES, PROGRAMMES, firstProblems).build(List.of(document));

        ProblemCollector rememberedProblems = new ProblemCollector();
        CatalogBuilder.Result remembered = new CatalogBuilder(COUNTRIES, PROGRAMMES, rememberedProblems)
            .remembering(first.readings()).build(List.of(document));
        ProblemCollector againProblems = new ProblemCollector();
        CatalogBuilder.Result again = new CatalogBuilder(COUNTRIES, PROGRAMMES, againProblems)
            .remembering(first.readings()).build(List.of(sameAgain));

        assertEquals(firstProblems.isEmpty(), first.readings().containsKey(document), "only a reading without problems is remembered");
        for (CatalogBuilder.Result result : List.of(remembered, again)) {
            assertEquals(first.catalog().activities(), result.catalog().activities());
            assertEquals(first.references(), result.references());
        }
        assertEquals(firstProblems.sorted(), againProblems.sorted(), "another object is read again, with its problems");
        if (firstProblems.isEmpty()) {
            assertTrue(rememberedProblems.isEmpty());
        }
    }

    /** An activity with these header attributes, one per line below its title, and a short body. */
    private static LoadedDocument activity(Map<String, String> attributes) {
        Map<String, HeaderAttribute> entries = new LinkedHashMap<>();
        int line = 2;
        for (Map.Entry<String, String> entry : attributes.entrySet()) {
            entries.put(entry.getKey(), new HeaderAttribute(entry.getKey(), entry.getValue(), line++));
        }
        SourceHeader header = new SourceHeader("A title", 1, null, 0, entries, line, 0, Map.of());
        return new LoadedDocument(Path.of("x.adoc"), "content/activities/2018/x.adoc",
            ContentPlace.of("activities/2018/x.adoc").place().orElseThrow(), header, true, "<p>Body.</p>", "Body.", false);
    }

    @Property(tries = 300)
    void anyActivityHeaderEndsInARecordOrProblemsNeverAnException(@ForAll("activityHeaders") Map<String, String> attributes) {
        LoadedDocument document = activity(attributes);
        ProblemCollector problems = new ProblemCollector();
        CatalogBuilder.Result result = new CatalogBuilder(COUNTRIES, PROGRAMMES, problems).build(List.of(document));
        assertTrue(problems.isEmpty() == (result.catalog().activities().size() == 1),
            "a record exactly when there is no problem: " + problems.sorted());
        problems.sorted().forEach(problem -> assertTrue(problem.line() >= 1 && problem.message().contains("expected"), problem.format()));
    }

    @Provide
    Arbitrary<Map<String, String>> activityHeaders() {
        Arbitrary<String> junk = Arbitraries.strings().all().ofMaxLength(20);
        Map<String, Arbitrary<String>> fields = new LinkedHashMap<>();
        fields.put("start-date", Arbitraries.oneOf(Arbitraries.of("2018-03-20", "2018-02-30", "2019-01-01", "20-03-2018"), junk));
        fields.put("end-date", Arbitraries.oneOf(Arbitraries.of("2018-03-21", "2018-03-19", ""), junk));
        fields.put("city", Arbitraries.oneOf(Arbitraries.of("Bangkok", ""), junk));
        fields.put("country", Arbitraries.oneOf(Arbitraries.of("Thailand", "Veit Nam", "KR", ""), junk));
        fields.put("programme", Arbitraries.oneOf(Arbitraries.of("technology-transfer", "space"), junk));
        fields.put("role", Arbitraries.oneOf(Arbitraries.of("organized", "hosted"), junk));
        fields.put("participants", Arbitraries.oneOf(Arbitraries.of("97", "about 800", "many", "-1"), junk));
        fields.put("countries", Arbitraries.oneOf(Arbitraries.of("India, Viet Nam", "Atlantis", ", ,"), junk));
        fields.put("themes", Arbitraries.oneOf(Arbitraries.of("", "Bad Theme"), junk));
        fields.put("event-status", Arbitraries.oneOf(Arbitraries.of("held", "scheduled", "soon"), junk));
        List<String> names = new ArrayList<>(fields.keySet());
        return Arbitraries.subsetOf(names).flatMap(chosen -> {
            List<Arbitrary<String>> values = chosen.stream().map(fields::get).toList();
            List<String> order = new ArrayList<>(chosen);
            return Combinators.combine(values).as(list -> {
                Map<String, String> header = new LinkedHashMap<>();
                header.put("jbake-type", "activity");
                header.put("jbake-status", "published");
                for (int i = 0; i < order.size(); i++) {
                    header.put(order.get(i), list.get(i).strip());
                }
                return header;
            });
        });
    }

    @Property
    void participantLabelsReadBackAsTheSameFigure(@ForAll @IntRange(min = 0, max = (int) Participants.MAX) int count,
                                                  @ForAll Participants.Qualifier qualifier) {
        Participants participants = new Participants(count, qualifier);
        assertEquals(participants, Participants.parse(participants.label()).orElseThrow());
    }

    @Property
    void aFigureAboveTheRangeIsRefusedNotWrapped(@ForAll @IntRange(min = (int) Participants.MAX + 1, max = Integer.MAX_VALUE) int count,
                                                 @ForAll Participants.Qualifier qualifier) {
        assertEquals(java.util.Optional.empty(), Participants.parse(new Participants(count, qualifier).label()));
    }

    @Property
    void rebasingAndCleaningNeverFailOnAnyReference(@ForAll @StringLength(max = 60) String reference) {
        String html = "<p><a href=\"" + reference.replace("\"", "&quot;") + "\">x</a><img src=\"" + reference.replace("\"", "&quot;") + "\"></p>";
        String rebased = BodyLinkRebaser.rebase(html, "/issues/2018-q3/", "/techmonitor/");
        UnsafeHtmlRemover.Cleaned cleaned = UnsafeHtmlRemover.clean(rebased);
        assertFalse(cleaned.html().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "").contains("href=\"javascript:"));
    }
}
