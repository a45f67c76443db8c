package net.techmonitor.site.launch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShortRunJvmTest {
    @Test
    void everyCommandGetsTheQuickCompilerAndTheSerialCollector() {
        List<String> options = ShortRunJvm.options(17);
        assertTrue(options.containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")), options.toString());
        assertTrue(options.contains("-Dtechmonitor.tuned=true"), "the child never starts another child");
    }

    @Test
    void onlyJdksThatKnowTheUnsafeOptionAreGivenIt() {
        assertFalse(ShortRunJvm.options(17).stream().anyMatch(option -> option.startsWith("--sun-misc-unsafe")));
        assertTrue(ShortRunJvm.options(25).contains("--sun-misc-unsafe-memory-access=allow"));
    }

    @Test
    void fromJdk20OnTheCodeCacheIsLargeEnoughThatNoCollectionIsMadeToEmptyIt() {
        assertFalse(ShortRunJvm.options(17).stream().anyMatch(option -> option.startsWith("-XX:ReservedCodeCacheSize")),
            "JDK 17's sweeper frees code without collections: its options stay as they were");
        assertTrue(ShortRunJvm.options(25).contains("-XX:ReservedCodeCacheSize=240m"));
    }

    @Test
    void hugePagesAreAskedForOnlyWhereTheKernelOffersThem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
        throws java.io.IOException {
        java.nio.file.Path setting = folder.resolve("enabled");
        java.nio.file.Files.writeString(setting, "always [madvise] never\n");
        assertTrue(ShortRunJvm.hugePagesOffered(setting));
        java.nio.file.Files.writeString(setting, "[always] madvise never\n");
        assertTrue(ShortRunJvm.hugePagesOffered(setting));
        java.nio.file.Files.writeString(setting, "always madvise [never]\n");
        assertFalse(ShortRunJvm.hugePagesOffered(setting));
        assertFalse(ShortRunJvm.hugePagesOffered(folder.resolve("not-linux")));
        assertTrue(ShortRunJvm.options(17, true).contains("-XX:+UseTransparentHugePages"));
        assertFalse(ShortRunJvm.options(17, false).contains("-XX:+UseTransparentHugePages"));
    }

    @Test
    void aCollectorTheUserChoseReplacesOursAndNothingElseDoes() {
        List<String> ours = ShortRunJvm.options(17);
        List<String> withG1 = ShortRunJvm.leavingTheCollectorToTheUser(ours, List.of("-Xmx1g", "-XX:+UseG1GC"));
        assertFalse(withG1.contains("-XX:+UseSerialGC"), withG1.toString());
        assertTrue(withG1.contains("-XX:TieredStopAtLevel=1"), withG1.toString());
        assertEquals(ours, ShortRunJvm.leavingTheCollectorToTheUser(ours, List.of("-Xmx1g", "-XX:+UseAdaptiveSizePolicyWithSystemGC")),
            "an option that only ends in GC chooses no collector");
    }

    @Test
    void theClassPathIsMadeAbsoluteBecauseAnArchiveFitsOnlyTheExactPathItWasMadeWith() {
        String absolute = ShortRunJvm.absoluteClassPath("target/x.jar" + java.io.File.pathSeparator + "lib/y.jar");
        for (String entry : absolute.split(java.io.File.pathSeparator)) {
            assertTrue(java.nio.file.Path.of(entry).isAbsolute(), entry);
        }
        assertTrue(absolute.endsWith("lib/y.jar".replace('/', java.io.File.separatorChar)), absolute);
    }

    @Test
    void theArchiveIsNamedAfterTheJvmAndUsedOnlyWhenItExists(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
        throws java.io.IOException {
        java.nio.file.Path jar = folder.resolve("techmonitor-site.jar");
        java.nio.file.Path archive = ClassDataArchive.beside(jar, "17.0.15+6-Debian/1", 17);
        assertEquals("techmonitor-site.17.0.15+6-Debian_1.jsa", archive.getFileName().toString());
        assertTrue(ClassDataArchive.useOptions(archive, 17).isEmpty(), "no archive, no option");
        java.nio.file.Files.writeString(archive, "");
        List<String> options = ClassDataArchive.useOptions(archive, 17);
        assertTrue(options.contains("-XX:SharedArchiveFile=" + archive), options.toString());
        assertTrue(options.contains("-Xlog:cds=off"), "an archive that does not fit is skipped silently");
        assertFalse(options.stream().anyMatch(option -> option.startsWith("-XX:AOTCache")), options.toString());
        assertFalse(ClassDataArchive.beside(jar, "17.0.16+8", 17).equals(archive), "each JVM its own archive");
    }

    @Test
    void fromJdk25OnTheJvmGetsAnAotCacheOfItsOwnAndNoDynamicArchive(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
        throws java.io.IOException {
        java.nio.file.Path jar = folder.resolve("techmonitor-site.jar");
        java.nio.file.Path cache = ClassDataArchive.beside(jar, "25.0.3+9-LTS", 25);
        assertEquals("techmonitor-site.25.0.3+9-LTS.aot", cache.getFileName().toString());
        // A dynamic archive that this JVM made before it got a cache is not what it maps.
        java.nio.file.Files.writeString(folder.resolve("techmonitor-site.25.0.3+9-LTS.jsa"), "");
        assertTrue(ClassDataArchive.optionsFor(jar, "25.0.3+9-LTS", 25).isEmpty(), "no cache, no option");
        java.nio.file.Files.writeString(cache, "");
        List<String> options = ClassDataArchive.optionsFor(jar, "25.0.3+9-LTS", 25);
        assertTrue(options.contains("-XX:AOTCache=" + cache), options.toString());
        assertTrue(options.containsAll(List.of("-Xlog:aot*=off", "-Xlog:cds*=off")), "a cache that does not fit is skipped silently");
        assertFalse(options.stream().anyMatch(option -> option.startsWith("-XX:SharedArchiveFile")), options.toString());
        assertTrue(ClassDataArchive.optionsFor(jar, "25.0.4+7-LTS", 25).isEmpty(), "another update of 25 has no cache yet");
        assertTrue(ClassDataArchive.makeOptions(cache, 25).containsAll(List.of("-XX:AOTCacheOutput=" + cache, "-XX:-AOTClassLinking")),
            "made in one step, its classes loaded as needed");
    }

    @Test
    void jdk17KeepsItsDynamicArchiveWhateverElseLiesBesideTheJar(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
        throws java.io.IOException {
        java.nio.file.Path jar = folder.resolve("techmonitor-site.jar");
        java.nio.file.Files.writeString(folder.resolve("techmonitor-site.17.0.15+6.aot"), "");
        assertTrue(ClassDataArchive.optionsFor(jar, "17.0.15+6", 17).isEmpty(), "JDK 17 knows no AOT cache");
        java.nio.file.Path archive = ClassDataArchive.beside(jar, "17.0.15+6", 17);
        java.nio.file.Files.writeString(archive, "");
        assertEquals(ClassDataArchive.useOptions(archive, 17), ClassDataArchive.optionsFor(jar, "17.0.15+6", 17));
        assertTrue(ClassDataArchive.optionsFor(jar, "17.0.15+6", 17).contains("-XX:ArchiveRelocationMode=0"));
        assertTrue(ClassDataArchive.makeOptions(archive, 17).contains("-XX:ArchiveClassesAtExit=" + archive));
    }
}
