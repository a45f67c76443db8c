package net.techmonitor.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Surefire runs the classes whose names end in {@code Test}: a class of tests named otherwise (five jqwik properties
 * once were) is skipped by {@code mvn verify} without a word. Every file under src/test/java that declares a test,
 * a property or a parameterized test must be named so Surefire runs it.
 */
class EveryTestClassRunsTest {
    @Test
    void everyClassWithTestsIsNamedForSurefire() throws IOException {
        Path tests = TestSites.repository().resolve("src/test/java");
        List<String> unnamed;
        try (Stream<Path> files = Files.walk(tests)) {
            unnamed = files.filter(file -> file.toString().endsWith(".java"))
                .filter(file -> !file.getFileName().toString().endsWith("Test.java"))
                .filter(file -> declaresTests(file))
                .map(file -> tests.relativize(file).toString())
                .sorted().toList();
        }
        assertEquals(List.of(), unnamed, "test classes Surefire would not run (name them ...Test)");
    }

    private static boolean declaresTests(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("@Test") || text.contains("@Property") || text.contains("@ParameterizedTest");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
