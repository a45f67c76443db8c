package net.techmonitor.site;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of the real site and of the fixtures is valid HTML for the W3C Nu Html Checker. */
class HtmlValidityTest {
    @TempDir
    Path temp;

    /** Collects the checker's errors with the page and line they are on. */
    private static final class Errors implements ErrorHandler {
        final List<String> found = new ArrayList<>();
        Path page;

        @Override
        public void warning(SAXParseException e) {
            // warnings (e.g. "consider adding lang") are advice, not invalidity
        }

        @Override
        public void error(SAXParseException e) {
            found.add(page + ":" + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    private static List<String> check(Path site) throws Exception {
        Errors errors = new Errors();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            errors.page = site.relativize(page);
            validator.checkHtmlFile(page.toFile(), true);
        }
        assertTrue(pages.size() > 10, "checked " + pages.size() + " pages");
        return errors.found;
    }

    @Test
    void everyPageOfTheRealSiteIsValidHtml() throws Exception {
        TestSites.Run run = TestSites.build(TestSites.repository(), temp.resolve("site"), "--cache", temp.resolve("cache").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), check(run.output()));
    }

    @Test
    void everyPageOfTheArticleHostileAndJournalFixturesIsValidHtml() throws Exception {
        TestSites.Run articles = TestSites.build(TestSites.fixture("articles", temp.resolve("a")), temp.resolve("a-out"));
        assertEquals(0, articles.exitCode(), articles.err());
        TestSites.Run hostile = TestSites.build(TestSites.fixture("hostile", temp.resolve("h")), temp.resolve("h-out"));
        assertEquals(0, hostile.exitCode(), hostile.err());
        TestSites.Run journal = TestSites.build(TestSites.fixture("journal", temp.resolve("j")), temp.resolve("j-out"));
        assertEquals(0, journal.exitCode(), journal.err());
        List<String> errors = new ArrayList<>(check(articles.output()));
        errors.addAll(check(hostile.output()));
        errors.addAll(check(journal.output()));
        assertEquals(List.of(), errors);
    }

    @Test
    void everyPageOfTheTechnologyOffersFixtureIsValidHtml() throws Exception {
        TestSites.Run technology = TestSites.build(TestSites.fixture("technology", temp.resolve("t")), temp.resolve("t-out"));
        assertEquals(0, technology.exitCode(), technology.err());
        assertEquals(List.of(), check(technology.output()));
    }

    /** The map fixture's statistics and report pages carry the region map: links, titles and markers inside inline SVG. */
    @Test
    void everyPageOfTheMapFixtureIsValidHtml() throws Exception {
        TestSites.Run map = TestSites.build(TestSites.fixture("map", temp.resolve("m")), temp.resolve("m-out"));
        assertEquals(0, map.exitCode(), map.err());
        assertTrue(Files.readString(map.output().resolve("statistics/index.html")).contains("<svg class=\"region-map\""));
        assertEquals(List.of(), check(map.output()));
    }
}
