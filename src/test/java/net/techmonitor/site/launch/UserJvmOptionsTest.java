package net.techmonitor.site.launch;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.cli.SiteCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UserJvmOptionsTest {
    @TempDir
    Path temp;

    @Test
    void theOptionsAreWhatComesBeforeTheJarOrTheMainClassLessTheClassPath() {
        assertEquals(Optional.of(List.of("-Xmx1g", "-Dx=1")),
            UserJvmOptions.fromCommandLine(List.of("-Xmx1g", "-Dx=1", "-jar", "target/techmonitor-site.jar", "build", "--force"), 2));
        assertEquals(Optional.of(List.of("-Xmx1g")),
            UserJvmOptions.fromCommandLine(List.of("-cp", "a.jar:b.jar", "-Xmx1g", "--class-path=c.jar", "net.x.Main", "serve"), 1));
        assertEquals(Optional.of(List.of()), UserJvmOptions.fromCommandLine(List.of("-jar", "x.jar", "-jar"), 1),
            "an application argument that looks like an option stays the application's");
        assertEquals(Optional.empty(), UserJvmOptions.fromCommandLine(List.of("build"), 1), "no main class: not a command line we know");
    }

    @Test
    void withoutTheCommandLineTheEnvironmentsWordsAreTakenOutOnce() {
        assertEquals(List.of("-Dx=1", "-Xmx1g"),
            UserJvmOptions.withoutEnvironmentOptions(List.of("-agentlib:a", "-Dx=1", "-Xmx1g", "-Xmx1g"), List.of("-agentlib:a", "-Xmx1g")));
    }

    @Test
    void anAgentInJavaToolOptionsDoesNotStopTheChildJvm() throws IOException, InterruptedException {
        // The JDK's own debugger agent refuses to load twice into one JVM, as most agents do.
        assertChecks(List.of(), "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0");
    }

    @Test
    void aCollectorTheUserChoosesIsTheChildsOnlyOne() throws IOException, InterruptedException {
        assertChecks(List.of("-XX:+UseParallelGC"), null);
        assertChecks(List.of(), "-XX:+UseParallelGC");
    }

    /** A check of a small site, started the way a user starts it, with these options and this JAVA_TOOL_OPTIONS. */
    private void assertChecks(List<String> javaOptions, String javaToolOptions) throws IOException, InterruptedException {
        Path site = TestSites.fixture("minimal", temp.resolve("site-" + System.nanoTime()));
        List<String> command = new java.util.ArrayList<>(List.of(ShortRunJvm.javaExecutable()));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SiteCommandLine.class.getName(), "check", "--source", site.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (javaToolOptions != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), said);
    }
}
