package net.techmonitor.site.cli;

import net.techmonitor.site.TestSites;
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
 * {@code new} refuses every option value that would break the header it writes, as a wrong command line (exit 2),
 * naming the option and showing control characters as escapes; and it writes nothing.
 */
class NewContentRefusedValuesTest {
    @TempDir
    Path temp;

    static Stream<Arguments> refusedValues() {
        return Stream.of(
            // kind, option, value, what the message says after the option's name
            Arguments.of("article", "title", "Good\n:jbake-status: published\n:jbake-type: page",
                "holds \\u000a at character 5 (expected one line of text, without control characters)"),
            Arguments.of("article", "description", "One\r\nTwo", "holds \\u000d at character 4 (expected one line of text, without control characters)"),
            Arguments.of("article", "authors", "Ann\u0000Author", "holds \\u0000 at character 4 (expected one line of text, without control characters)"),
            Arguments.of("article", "countries", "India\tJapan", "holds \\u0009 at character 6 (expected one line of text, without control characters)"),
            Arguments.of("article", "themes", "alpha\u007f", "holds \\u007f at character 6 (expected one line of text, without control characters)"),
            Arguments.of("article", "date", "2020-01-01\u0085:jbake-type: page",
                "holds \\u0085 at character 11 (expected one line of text, without control characters)"),
            Arguments.of("issue", "title", "A\u2028B", "holds \\u2028 at character 2 (expected one line of text, without control characters)"),
            Arguments.of("activity", "city", "Bangkok\u2029", "holds \\u2029 at character 8 (expected one line of text, without control characters)"),
            Arguments.of("article", "authors", ":jbake-status: published",
                "begins with ':', which would change what its line of the header is (expected text not starting with ':')"),
            Arguments.of("issue", "title", "= Another title",
                "begins with '=', which would change what its line of the header is (expected text not starting with '=')"),
            Arguments.of("article", "authors", "// nobody",
                "begins with '//', which would change what its line of the header is (expected text not starting with '//')"),
            Arguments.of("article", "authors", "include::/etc/passwd[]",
                "begins with 'include::', which would change what its line of the header is (expected text not starting with 'include::')"),
            Arguments.of("activity", "programme", "  ifdef::x[]",
                "begins with 'ifdef::', which would change what its line of the header is (expected text not starting with 'ifdef::')"),
            Arguments.of("activity", "participants", "about 80 \\",
                "ends with '\\', which would continue its line of the header into the next (expected text without it at the end)"),
            Arguments.of("issue", "themes", "alpha +  ",
                "ends with ' +', which would continue its line of the header into the next (expected text without it at the end)"));
    }

    @ParameterizedTest(name = "new {0} --{1} {2}")
    @MethodSource("refusedValues")
    void aValueThatWouldBreakTheHeaderIsAWrongCommandLine(String kind, String option, String value, String message) throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        List<String> before = files(site);
        List<String> args = new ArrayList<>(List.of("new", kind, "--source", site.toString()));
        args.addAll(switch (kind) {
            case "article" -> List.of("--issue", "2020-q1");
            case "issue" -> List.of("--id", "2021-q2");
            default -> List.of("--start-date", "2021-05-04");
        });
        if (!option.equals("title")) {
            args.addAll(List.of("--title", "A fine title"));
        }
        args.addAll(List.of("--" + option, value));

        CommandLineRunner.Output run = run(args.toArray(String[]::new));
        assertEquals(2, run.code(), run.err());
        assertEquals("error: --" + option + " " + message + System.lineSeparator() + "Nothing was written." + System.lineSeparator()
            + "Usage: java -jar target/techmonitor-site.jar new article|technology|issue|activity|partner|theme [options]; new --help lists its options" + System.lineSeparator(), run.err());
        assertEquals("", run.out());
        assertEquals(before, files(site), "nothing is written");
    }

    @Test
    void spacesAroundAValueAreDroppedAndAnEmailAfterAnAuthorIsKept() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        CommandLineRunner.Output run = run("new", "article", "--source", site.toString(), "--issue", "2020-q1", "--title", "  C++ in practice  ",
            "--authors", " Ann Author <ann@example.org>; Bob Builder ");
        assertEquals(0, run.code(), run.err());
        String written = Files.readString(site.resolve("content/issues/2020-q1/c-in-practice.adoc"));
        assertTrue(written.startsWith("= C++ in practice\nAnn Author <ann@example.org>; Bob Builder\n:jbake-type: article\n"), written);
    }

    private static List<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.map(path -> site.relativize(path).toString()).sorted().toList();
        }
    }

    private static CommandLineRunner.Output run(String... args) {
        return CommandLineRunner.run(args);
    }
}
