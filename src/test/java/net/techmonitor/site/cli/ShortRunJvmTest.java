package net.techmonitor.site.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortRunJvmTest {
    @Test
    void shortCommandsGetTheQuickCompilerAndTheSerialCollectorServeKeepsTheJit() {
        List<String> build = ShortRunJvm.options("build", 17);
        assertTrue(build.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dtechmonitor.tuned=true")), build.toString());
        List<String> serve = ShortRunJvm.options("serve", 17);
        assertFalse(serve.contains("-XX:TieredStopAtLevel=1"), serve.toString());
        assertTrue(serve.contains("-Dtechmonitor.tuned=true"), "the child never starts another child");
    }

    @Test
    void onlyJdksThatKnowTheUnsafeOptionAreGivenIt() {
        assertFalse(ShortRunJvm.options("build", 17).stream().anyMatch(option -> option.startsWith("--sun-misc-unsafe")));
        assertTrue(ShortRunJvm.options("build", 25).contains("--sun-misc-unsafe-memory-access=allow"));
    }
}
