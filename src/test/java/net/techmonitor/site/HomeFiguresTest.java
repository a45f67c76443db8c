package net.techmonitor.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page figures follow the activity notes: add one and they change, nothing typed in. */
class HomeFiguresTest {
    @TempDir
    Path temp;

    @Test
    void addingAnActivityNoteChangesTheHomePageFigures() throws IOException {
        Path site = temp.resolve("site");
        for (String part : List.of("content", "templates", "assets")) {
            TestSites.copyTree(TestSites.repository().resolve(part), site.resolve(part));
        }
        Files.copy(TestSites.repository().resolve("jbake.properties"), site.resolve("jbake.properties"));
        TestSites.Run before = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, before.exitCode(), before.err());
        List<Integer> was = figures(before);

        Files.writeString(site.resolve("content/activities/2018/mongolia-workshop.adoc"), """
            = Workshop in a new host country
            :jbake-type: activity
            :jbake-status: published
            :start-date: 2018-10-10
            :city: Ulaanbaatar
            :country: Mongolia
            :programme: technology-transfer
            :role: organized
            :participants: 1000
            """);
        TestSites.Run after = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, after.exitCode(), after.err());
        List<Integer> now = figures(after);

        assertEquals(was.get(0) + 1, now.get(0), "activities");
        assertEquals(was.get(1) + 1, now.get(1), "host countries");
        assertEquals(was.get(2), now.get(2), "partner institutions");
        assertEquals(was.get(3) + 1000, now.get(3), "participants");
        assertTrue(after.page("").select(".note a").eachText().contains("Mongolia"));
        assertEquals("Mongolia", after.page("countries/mongolia/").selectFirst("h1").text());
    }

    private static List<Integer> figures(TestSites.Run run) {
        return run.page("").select(".figures dd").eachText().stream().map(text -> Integer.parseInt(text.replace(",", ""))).toList();
    }
}
