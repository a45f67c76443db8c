package net.techmonitor.site.scaffold;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.cli.CommandLineRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code new technology}: a technology offer or request of an issue, written into the issue's technology folder, its values
 * checked by the build's rules, its date and themes taken from its issue as an article's are. The minimal fixture has
 * issue 2020-q1 (themes alpha, no publication date).
 */
class NewTechnologyTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private static CommandLineRunner.Output run(Path site, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(2, List.of("--source", site.toString()));
        return CommandLineRunner.run(all.toArray(String[]::new));
    }

    @Test
    void anOfferWithEveryValueIsPublishedInTheIssuesTechnologyFolderAndBuilds() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output created = run(site, "new", "technology", "--issue", "2020-q1", "--title", "Solar pump for smallholders",
            "--kind", "offer", "--country", "Vietnam", "--description", "A fictional pump.", "--contact", "Fixture Office, Hanoi",
            "--date", "2020-02-20");
        assertEquals(0, created.code(), created.err());
        Path file = site.resolve("content/issues/2020-q1/technology/solar-pump-for-smallholders.adoc");
        assertEquals(List.of("Created " + Path.of("").toAbsolutePath().relativize(file.toAbsolutePath()),
            "It is published: the next build shows it."), created.out().lines().toList());
        String written = TestSites.read(file);
        assertTrue(written.startsWith("= Solar pump for smallholders\n:jbake-type: technology\n:jbake-status: published\n"
            + ":jbake-date: 2020-02-20\n:kind: offer\n:country: Vietnam\n"), written);
        assertTrue(written.contains("\n:themes: alpha\n") && written.contains("\n:contact: Fixture Office, Hanoi\n"),
            "the issue's themes, copied for want of --themes: " + written);

        TestSites.Run built = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, built.exitCode(), built.err());
        assertEquals("Viet Nam", built.page("issues/2020-q1/technology/solar-pump-for-smallholders/").select(".facts dd").get(0).text());
        assertEquals(List.of("Solar pump for smallholders"), built.page("technology/offers/").select(".card-title a").eachText());
    }

    @Test
    void whatNoOptionGivesIsLeftToFillInAndTheFileIsADraft() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output created = run(site, "new", "technology", "--issue", "2020-q1", "--title", "Clean water sought");
        assertEquals(0, created.code(), created.err());
        assertEquals(List.of(
            "It is a draft until these are filled in (then set :jbake-status: published):",
            "  - :jbake-date: (the offer's or request's date, YYYY-MM-DD: issue 2020-q1 gives no :published-date: to take it from; give --date or fill it in)",
            "  - :kind: (offer | request: whether it offers a technology or asks for one)",
            "  - :country: (the country it comes from)",
            "  - :description: (one or two sentences for listings, feeds and search)"), created.out().lines().skip(1).toList());
        String written = TestSites.read(site.resolve("content/issues/2020-q1/technology/clean-water-sought.adoc"));
        assertTrue(written.contains("\n:jbake-status: draft\n") && written.contains("\n//:contact:\n"), written);
        assertEquals(0, TestSites.build(site, temp.resolve("out")).exitCode(), "a draft never stops the build");
    }

    @Test
    void wrongValuesAreRefusedWithTheBuildsMessagesAndNothingIsWritten() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output refused = run(site, "new", "technology", "--issue", "2020-q1", "--title", "Seed drill", "--kind", "offering",
            "--country", "Veit Nam", "--themes", "fintech", "--description", "A fictional drill.", "--date", "2020-02-20");
        assertEquals(2, refused.code(), refused.err());
        assertEquals("error: --kind: bad value 'offering' in :kind: (expected offer | request)" + NL
            + "error: --country: unknown country 'Veit Nam' in :country: (expected a country name, alias or ISO code; did you mean 'Viet Nam'?)" + NL
            + "error: --themes: unknown theme 'fintech' in :themes: (known: alpha)" + NL
            + "Nothing was written." + NL
            + "Usage: java -jar target/techmonitor-site.jar new article|technology|issue|activity|partner|theme [options]; new --help lists its options"
            + NL, refused.err());
        assertFalse(Files.exists(site.resolve("content/issues/2020-q1/technology")));
        CommandLineRunner.Output noIssue = run(site, "new", "technology", "--issue", "2021-q1", "--title", "Seed drill");
        assertEquals(2, noIssue.code());
        assertTrue(noIssue.err().startsWith("error: there is no issue 2021-q1 (expected content/issues/2021-q1/index.adoc; create it first"),
            noIssue.err());
    }
}
