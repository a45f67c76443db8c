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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code new} accepts, the build accepts: a file of every kind, written from valid options, and a draft filled in
 * as its comments say, all pass the real build (one build of a small fixture site) and become pages.
 */
class NewFilesBuildTest {
    @TempDir
    Path temp;

    private static void created(Path site, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(2, List.of("--source", site.toString()));
        CommandLineRunner.Output run = CommandLineRunner.run(all.toArray(String[]::new));
        assertEquals(0, run.code(), String.join(" ", args) + ": " + run.err());
    }

    @Test
    void everyFileNewWritesPassesTheBuildsValidation() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        created(site, "new", "theme", "--title", "Beta theme", "--id", "beta");
        created(site, "new", "partner", "--title", "Example Agency", "--id", "agency", "--country", "Viet Nam",
            "--website", "https://agency.example.org/", "--listed-in-reports", "2020");
        created(site, "new", "partner", "--title", "Example Development Bank");
        created(site, "new", "issue", "--id", "2020-q2", "--title", "Beta in the region", "--themes", "beta",
            "--status", "published", "--published-date", "2020-05-20", "--volume", "37", "--number", "2");
        created(site, "new", "issue", "--id", "2020-q3", "--title", "Gamma in the region", "--themes", "alpha, beta",
            "--issue-status", "in-press");
        created(site, "new", "article", "--issue", "2020-q2", "--title", "Green bonds for innovation", "--authors",
            "Ann Author <ann@example.org>; Bob Builder", "--description", "Financing innovation with green bonds.",
            "--countries", "India, Vietnam", "--themes", "beta");
        created(site, "new", "activity", "--title", "Regional forum on beta", "--slug", "forum-beta", "--start-date", "2020-06-01",
            "--end-date", "2020-06-02", "--city", "Hanoi", "--country", "VN", "--programme", "technology-transfer",
            "--role", "co-organized", "--partners", "agency, institute", "--organizers", "agency", "--co-organizers", "institute",
            "--in-cooperation-with", "Ministry of Science and Technology of Viet Nam", "--participants", "about 80",
            "--countries", "Thailand, Japan", "--themes", "alpha, beta", "--event-status", "scheduled");

        // A draft, filled in as its comments say: the authors right below the title, then published.
        created(site, "new", "article", "--issue", "2020-q1", "--title", "Notes on alpha", "--description", "Notes.",
            "--date", "2020-02-15");
        Path draft = site.resolve("content/issues/2020-q1/notes-on-alpha.adoc");
        Files.writeString(draft, TestSites.read(draft).replace("= Notes on alpha\n", "= Notes on alpha\nCy Writer\n")
            .replace(":jbake-status: draft", ":jbake-status: published"));

        TestSites.Run built = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, built.exitCode(), built.err());
        for (String page : List.of("themes/beta/", "partners/agency/", "partners/example-development-bank/", "issues/2020-q2/",
            "issues/2020-q3/", "issues/2020-q2/green-bonds-for-innovation/", "activities/2020/forum-beta/", "issues/2020-q1/notes-on-alpha/")) {
            assertTrue(Files.isRegularFile(built.output().resolve(page + "index.html")), page);
        }
        assertEquals("2020/05/20", built.page("issues/2020-q2/green-bonds-for-innovation/")
            .selectFirst("meta[name=citation_publication_date]").attr("content"), "the article is dated by its issue");
        assertEquals(List.of("Cy Writer"), built.page("issues/2020-q1/notes-on-alpha/").select(".author").eachText());
    }
}
