package net.techmonitor.site.scaffold;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.cli.CommandLineRunner;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code new article --section --order --doi --orcid --affiliation} (and {@code new technology --section}): each value
 * checked by the build's rules against the site's own {@code site.sections}, read from its {@code jbake.properties} as
 * a build reads it. The journal fixture has the sections special-theme, short-articles and offers-requests; the
 * minimal fixture has none.
 */
class NewArticleSectionsTest {
    private static final String NL = System.lineSeparator();
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
            return walk.map(path -> site.relativize(path) + (Files.isRegularFile(path) ? " " + hash(path) : ""))
                .sorted().toList();
        }
    }

    private static int hash(Path file) {
        try {
            return java.util.Arrays.hashCode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> refusedValues() {
        List<String> article = List.of("new", "article", "--issue", "2021-q2", "--title", "T", "--authors", "Ann Author");
        return Stream.of(
            Arguments.of("journal", with(article, "--section", "short-article"),
                "--section: unknown section 'short-article' in :section: (expected one of the sections of site.sections in jbake.properties:"
                    + " special-theme, short-articles, offers-requests; did you mean 'short-articles'?)"),
            Arguments.of("minimal", List.of("new", "article", "--issue", "2020-q1", "--title", "T", "--section", "short-articles"),
                "--section: unknown section 'short-articles' in :section: (expected no :section:, or the site's sections listed in"
                    + " jbake.properties, e.g. 'site.sections=special-theme: Special theme, short-articles: Short articles')"),
            Arguments.of("journal", List.of("new", "technology", "--issue", "2021-q2", "--title", "T", "--section", "offers"),
                "--section: unknown section 'offers' in :section: (expected one of the sections of site.sections in jbake.properties:"
                    + " special-theme, short-articles, offers-requests; did you mean 'offers-requests'?)"),
            Arguments.of("journal", with(article, "--order", "0"),
                "--order: bad value '0' in :order: (expected a whole number from 1, the article's place in its section of the issue's"
                    + " contents, e.g. ':order: 2')"),
            Arguments.of("journal", with(article, "--order", "two"),
                "--order: bad value 'two' in :order: (expected a whole number from 1, the article's place in its section of the issue's"
                    + " contents, e.g. ':order: 2')"),
            Arguments.of("journal", with(article, "--doi", "https://doi.org/10.5555/x"),
                "--doi: DOI written as a link 'https://doi.org/10.5555/x' in :doi: (expected the DOI alone, ':doi: 10.5555/x': the site"
                    + " links it to https://doi.org/ itself)"),
            Arguments.of("journal", with(article, "--doi", "11.5555/x"),
                "--doi: bad DOI '11.5555/x' in :doi: (expected a DOI as its registration agency gives it: '10.', the registrant's digits,"
                    + " '/', then the suffix, without spaces, e.g. ':doi: 10.5555/12345678')"),
            Arguments.of("journal", with(article, "--orcid", "0000-0002-1825-0098"),
                "--orcid: bad ORCID iD '0000-0002-1825-0098' in :orcid: (expected the iD as ORCID gives it: four groups of four digits"
                    + " joined by '-', the last character a check digit or X that agrees with the others, e.g. ':orcid: 0000-0002-1825-0097')"),
            Arguments.of("journal", with(article, "--orcid", "https://orcid.org/0000-0002-1825-0097"),
                "--orcid: ORCID iD written as a link 'https://orcid.org/0000-0002-1825-0097' in :orcid: (expected the iD alone,"
                    + " ':orcid: 0000-0002-1825-0097': the site links it to https://orcid.org/ itself)"),
            Arguments.of("journal", List.of("new", "article", "--issue", "2021-q2", "--title", "T", "--orcid", "0000-0002-1825-0097"),
                "--orcid is the first author's, and no --authors names the authors (expected --authors too, e.g. --authors"
                    + " \"Ann Author; Bo Writer\")"),
            Arguments.of("journal", List.of("new", "article", "--issue", "2021-q2", "--title", "T", "--affiliation", "Fixture University"),
                "--affiliation is the first author's, and no --authors names the authors (expected --authors too, e.g. --authors"
                    + " \"Ann Author; Bo Writer\")"));
    }

    private static List<String> with(List<String> args, String option, String value) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(option, value));
        return all;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedValues")
    void aValueTheBuildWouldRefuseIsRefusedWithItsMessage(String fixture, List<String> args, String error) throws IOException {
        Path site = TestSites.fixture(fixture, temp);
        List<String> before = files(site);
        CommandLineRunner.Output run = run(site, args.toArray(String[]::new));
        assertEquals(2, run.code(), run.err());
        assertEquals("error: " + error + NL + NOTHING_WRITTEN, run.err());
        assertEquals(before, files(site), "a refused new writes nothing");
    }

    @Test
    void anArticleGivenItsSectionAndOrderIsListedThereOnceBuilt() throws IOException {
        Path site = TestSites.fixture("journal", temp);
        CommandLineRunner.Output run = run(site, "new", "article", "--issue", "2021-q2", "--title", "Sectioned guide", "--authors",
            "Ann Author; Bo Writer", "--description", "A guide.", "--date", "2021-05-07", "--section", "short-articles", "--order", "2",
            "--doi", "10.5555/fixture.sectioned", "--orcid", "0000-0002-1825-0097", "--affiliation", "Fixture University; Fixture Centre");
        assertEquals(0, run.code(), run.err());
        String written = Files.readString(site.resolve("content/issues/2021-q2/sectioned-guide.adoc"));
        for (String line : List.of(":jbake-status: published", ":section: short-articles", ":order: 2", ":doi: 10.5555/fixture.sectioned",
            ":orcid: 0000-0002-1825-0097", ":affiliation: Fixture University; Fixture Centre")) {
            assertTrue(written.contains("\n" + line + "\n"), line + " in: " + written);
        }
        TestSites.Run built = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, built.exitCode(), built.err());
        Element contents = built.page("issues/2021-q2/").selectFirst("section[aria-labelledby=contents-heading]");
        assertEquals(List.of("Field notes", "Sectioned guide", "Data guide"),
            contents.select("#section-short-articles + ol.toc li > a").eachText(), "after :order: 1, before the article without one");
        assertEquals(List.of("Fixture University", "Fixture Centre"),
            built.page("issues/2021-q2/sectioned-guide/").select("ul.byline.authors > li").get(0).select(".affiliation").eachText());
    }

    @Test
    void aSectionLeftOutIsOfferedWithTheSitesSectionsWhereTheSiteHasAny() throws IOException {
        Path site = TestSites.fixture("journal", temp);
        assertEquals(0, run(site, "new", "article", "--issue", "2021-q2", "--title", "Unsectioned").code());
        String written = Files.readString(site.resolve("content/issues/2021-q2/unsectioned.adoc"));
        assertTrue(written.contains("\n// optional, the section of the issue's contents it is listed in (special-theme,"
            + " short-articles or offers-requests):\n//:section:\n// optional, a whole number from 1, its place in its section:\n//:order:\n"),
            written);
        Path minimal = TestSites.fixture("minimal", temp.resolve("minimal"));
        assertEquals(0, run(minimal, "new", "article", "--issue", "2020-q1", "--title", "Unsectioned").code());
        String plain = Files.readString(minimal.resolve("content/issues/2020-q1/unsectioned.adoc"));
        assertTrue(!plain.contains(":section:") && !plain.contains(":order:"), "a site without sections is offered none: " + plain);
    }

    @Test
    void settingsTheBuildRefusesStopNewAsTheyStopTheBuild() throws IOException {
        Path site = TestSites.fixture("journal", temp);
        Files.writeString(site.resolve("jbake.properties"), "site.sections=Special Theme\n");
        List<String> before = files(site);
        CommandLineRunner.Output run = run(site, "new", "article", "--issue", "2021-q2", "--title", "T");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().startsWith("config: jbake.properties:1: bad section 'Special Theme' in site.sections (expected an id of"
            + " lower-case ASCII words joined by '-', a colon and the section's title, e.g. 'special-theme: Special theme')" + NL), run.err());
        assertEquals(before, files(site));
    }
}
