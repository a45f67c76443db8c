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

    /**
     * The packages in layers, each using only those below it: the command line on top, then the pipeline that calls
     * the stages in order, the stages (sources and conversion, rendering), the build's settings, the packages of
     * records and policies the stages share (cache, conversion, catalog), the documents, URLs and reference data,
     * and at the bottom problems, timings and the thread pool.
     */
    @Test
    void layersDependOnlyDownward() {
        com.tngtech.archunit.library.Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("command line").definedBy("net.techmonitor.site.cli..", "net.techmonitor.site.launch..")
            .layer("pipeline").definedBy("net.techmonitor.site.pipeline..", "net.techmonitor.site.scaffold..")
            .layer("stages").definedBy("net.techmonitor.site.crawl..", "net.techmonitor.site.render..")
            .layer("settings").definedBy("net.techmonitor.site.settings..")
            .layer("shared records").definedBy("net.techmonitor.site.cache..", "net.techmonitor.site.convert..", "net.techmonitor.site.catalog..")
            .layer("documents").definedBy("net.techmonitor.site.source..", "net.techmonitor.site.urls..", "net.techmonitor.site.reference..")
            .layer("base").definedBy("net.techmonitor.site.problems..", "net.techmonitor.site.timing..", "net.techmonitor.site.parallel..")
            .whereLayer("command line").mayNotBeAccessedByAnyLayer()
            .whereLayer("pipeline").mayOnlyBeAccessedByLayers("command line")
            .whereLayer("stages").mayOnlyBeAccessedByLayers("command line", "pipeline")
            .whereLayer("settings").mayOnlyBeAccessedByLayers("command line", "pipeline", "stages")
            .whereLayer("shared records").mayOnlyBeAccessedByLayers("command line", "pipeline", "stages", "settings")
            .whereLayer("documents").mayOnlyBeAccessedByLayers("command line", "pipeline", "stages", "settings", "shared records")
            .check(MAIN);
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
