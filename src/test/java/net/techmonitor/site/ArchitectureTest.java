package net.techmonitor.site;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The generator's packages depend one way: no package reaches, through others, back to itself. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("net.techmonitor.site");

    @Test
    void packagesHaveNoCycles() {
        org.junit.jupiter.api.Assertions.assertTrue(MAIN.size() > 100, "the generator's classes were imported: " + MAIN.size());
        slices().matching("net.techmonitor.site.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** The command line is the top: nothing below it knows it. */
    @Test
    void onlyTheCommandLineKnowsTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("net.techmonitor.site.cli..")
            .should().dependOnClassesThat().resideInAPackage("net.techmonitor.site.cli..").check(MAIN);
    }

    /** The JVM launcher starts whatever main class it is given: it knows no command. */
    @Test
    void theLauncherDoesNotKnowTheCommandLine() {
        noClasses().that().resideInAPackage("net.techmonitor.site.launch..")
            .should().dependOnClassesThat().resideInAPackage("net.techmonitor.site.cli..").check(MAIN);
    }

    /** Problems and timings are the bottom: every stage uses them, they use no stage. */
    @Test
    void problemsAndTimingsDependOnNoStage() {
        classes().that().resideInAnyPackage("net.techmonitor.site.problems..", "net.techmonitor.site.timing..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("net.techmonitor.site.problems..", "net.techmonitor.site.timing..",
                "java..")
            .check(MAIN);
    }
}
