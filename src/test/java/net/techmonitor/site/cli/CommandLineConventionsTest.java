package net.techmonitor.site.cli;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.scaffold.NewCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conventions an editor meets on the command line: {@code --version}, unknown options and stray words refused
 * with the command's usage (exit 2), whatever {@code new} refuses a wrong command line (exit 2), and a
 * busy port said before anything is built (exit 2, never 3).
 */
class CommandLineConventionsTest {
    private static final String NL = System.lineSeparator();
    private static final String BUILD_USAGE = "Usage: java -jar target/techmonitor-site.jar build [options]; build --help lists its options" + NL;
    private static final String NEW_USAGE = "Usage: java -jar target/techmonitor-site.jar new article|technology|issue|activity|partner|theme [options]; new --help lists its options" + NL;
    /** What follows the reasons {@code new} refuses a command line for: nothing was written, then its usage. */
    private static final String NEW_REFUSED = "Nothing was written." + NL + NEW_USAGE;

    @TempDir
    Path temp;

    private static CommandLineRunner.Output run(String... args) {
        return CommandLineRunner.run(args);
    }

    @Test
    void versionIsAnsweredEverywhereWithStatus0() {
        // Tests run from class folders, where there is no manifest: the version says so. The libraries' versions come
        // from their own jars' manifests, which the tests use as the generator does.
        // The libraries' versions as their jars on this class path say (the POM's), not typed in here.
        String jbake = org.jbake.app.Oven.class.getPackage().getImplementationVersion();
        String asciidoctorj = org.asciidoctor.jruby.AsciidoctorJRuby.class.getPackage().getImplementationVersion();
        assertTrue(jbake != null && asciidoctorj != null, "the library jars carry their versions");
        String expected = "Asia-Pacific Tech Monitor site generator (version unknown: not run from its jar) (JBake " + jbake
            + ", AsciidoctorJ " + asciidoctorj + ")" + NL;
        for (String[] args : List.of(new String[]{"--version"}, new String[]{"build", "--version"}, new String[]{"check", "--version"},
            new String[]{"serve", "--version"}, new String[]{"new", "--version"}, new String[]{"new", "article", "--version"})) {
            CommandLineRunner.Output run = run(args);
            assertEquals(new CommandLineRunner.Output(0, expected, ""), run, String.join(" ", args));
        }
        assertEquals("Asia-Pacific Tech Monitor site generator 0.1.0-SNAPSHOT (JBake 2.7.0, AsciidoctorJ 2.5.13)",
            GeneratorVersion.line("0.1.0-SNAPSHOT", "2.7.0", "2.5.13"), "from the jar's manifest");
        assertEquals("Asia-Pacific Tech Monitor site generator 0.1.0-SNAPSHOT (JBake version unknown, AsciidoctorJ version unknown)",
            GeneratorVersion.line("0.1.0-SNAPSHOT", null, null), "a library whose manifest does not say");
    }

    @Test
    void anUnknownOptionIsNamedWithTheCommandsUsage() {
        assertEquals(new CommandLineRunner.Output(2, "", "error: unknown option --bogus" + NL + BUILD_USAGE), run("build", "--bogus"));
        assertEquals(new CommandLineRunner.Output(2, "", "error: unknown option --bogus" + NL + BUILD_USAGE), run("build", "--source", ".", "--bogus", "x"));
        assertEquals(new CommandLineRunner.Output(2, "", "error: unknown option --drafts" + NL + BUILD_USAGE), run("build", "--drafts"), "build never takes drafts");
        assertEquals(new CommandLineRunner.Output(2, "", "error: unknown option --bogus" + NL
            + "Usage: java -jar target/techmonitor-site.jar <command> [options]; --help lists the commands" + NL), run("--bogus"));
        assertEquals(new CommandLineRunner.Output(2, "", "error: unknown option --issue" + NL + NEW_USAGE), run("new", "issue", "--issue", "2020-q1"),
            "an option of another kind of new");
    }

    @Test
    void newsHelpIsNewCommandsWithTheSiteOptionsAndNamesEveryOptionItTakes() {
        String help = NewCommand.HELP + "  --source DIR       site folder with jbake.properties, content/, templates/, assets/ (default: .)" + NL;
        assertEquals(new CommandLineRunner.Output(0, help.replace("\n", NL), ""), run("new", "--help"));
        assertEquals(new CommandLineRunner.Output(0, help.replace("\n", NL), ""), run("new", "partner", "--help"));
        for (String kind : NewCommand.KINDS) {
            for (String option : NewCommand.options(kind)) {
                org.junit.jupiter.api.Assertions.assertTrue(help.contains("--" + option + " "), "new " + kind + " --" + option + " is in the help");
            }
        }
        assertEquals(NewContentCommand.ACCEPTS.valued(), NewCommand.KINDS.stream().flatMap(kind -> NewCommand.options(kind).stream())
            .collect(java.util.stream.Collectors.toSet()), "the command line accepts exactly new's options");
    }

    @Test
    void aStrayWordIsAWrongCommandLine() {
        assertEquals(new CommandLineRunner.Output(2, "", "error: unexpected argument 'extra' (build takes options only)" + NL + BUILD_USAGE), run("build", "extra"));
        assertEquals(new CommandLineRunner.Output(2, "", "error: unexpected argument 'extra' (options take one value; quote values with spaces)" + NL + BUILD_USAGE),
            run("build", "--source", ".", "extra"));
    }

    @Test
    void aMissingOrMalformedOptionOfNewIsAWrongCommandLineAndWritesNothing() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        List<String> before = files(site);
        assertEquals(new CommandLineRunner.Output(2, "", "error: --title is required (the issue's special theme)" + NL + NEW_REFUSED),
            run("new", "issue", "--source", site.toString(), "--id", "2021-q2"));
        assertEquals(new CommandLineRunner.Output(2, "", "error: --id '2021-q5' is not an issue id (expected YYYY-qN, e.g. 2019-q1)" + NL + NEW_REFUSED),
            run("new", "issue", "--source", site.toString(), "--id", "2021-q5", "--title", "Green"));
        // The date is checked by the build's own rules, with the build's message under the option's name.
        assertEquals(new CommandLineRunner.Output(2, "", "error: --start-date: bad date '4 May' in :start-date: (expected a real date as YYYY-MM-DD, e.g. 2018-03-20)"
                + NL + NEW_REFUSED),
            run("new", "activity", "--source", site.toString(), "--title", "Workshop", "--start-date", "4 May"));
        // The content folder refusing a well-formed request is a refused new too (see the editor's workflow test).
        assertEquals(new CommandLineRunner.Output(2, "", "error: there is no issue 2031-q1 (expected content/issues/2031-q1/index.adoc; create it first with:"
                + " new issue --id 2031-q1 --title \"...\")" + NL + NEW_REFUSED),
            run("new", "article", "--source", site.toString(), "--issue", "2031-q1", "--title", "T"), "no such issue");
        assertEquals(new CommandLineRunner.Output(2, "", "error: unexpected argument 'extra' (new takes one kind, then options)" + NL + NEW_USAGE),
            run("new", "article", "extra", "--source", site.toString()), "a stray word after the kind");
        assertEquals(before, files(site), "nothing is written");
    }

    @Test
    @Timeout(120)
    void checkWithDraftsValidatesDraftsAsIfPublished() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Files.writeString(site.resolve("content/activities/2020/draft-seminar.adoc"), """
            = Seminar in preparation
            :jbake-type: activity
            :jbake-status: draft
            :start-date: 2020-05-04
            :end-date: 2020-05-05
            :city: Bangkok
            :country: Atlantis
            :programme: technology-transfer
            :role: organized
            :partners: institute
            :participants: 20
            :countries: Japan
            :themes: alpha

            A seminar.
            """);
        CommandLineRunner.Output plain = run("check", "--source", site.toString());
        assertEquals(0, plain.code(), "a draft's attributes are not checked: " + plain);
        CommandLineRunner.Output drafts = run("check", "--source", site.toString(), "--drafts");
        assertEquals(1, drafts.code(), drafts.toString());
        assertEquals("validate: content/activities/2020/draft-seminar.adoc:7: unknown country 'Atlantis' in :country:"
            + " (expected a country name, alias or ISO code)" + NL
            + "Failed: 1 problem(s). Nothing was published; the previous output, if any, is unchanged." + NL, drafts.err());
        org.junit.jupiter.api.Assertions.assertTrue(drafts.out().startsWith("Checking " + site + " with drafts as if published ..." + NL), drafts.out());
    }

    @Test
    @Timeout(120)
    void aBusyPortIsSaidBeforeAnythingIsBuilt() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Path work = Files.createDirectories(temp.resolve("work"));
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            CommandLineRunner.Output run = run("serve", "--source", site.toString(), "--output", work.resolve("preview").toString(), "--port", String.valueOf(port));
            assertEquals(new CommandLineRunner.Output(2, "", "serve: port " + port + " is in use (another serve?); choose another with --port N" + NL), run);
        }
        assertEquals(List.of(""), files(work), "no preview and no cache were written");
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.map(path -> folder.relativize(path).toString()).sorted().toList();
        }
    }
}
