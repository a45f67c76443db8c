package net.techmonitor.site.cli;

import java.util.Optional;

/**
 * What {@code --version} prints: the generator's name and the version its jar's manifest gives
 * ({@code Implementation-Version}, which {@code mvn package} writes from the POM's version), then the versions of
 * JBake and AsciidoctorJ it runs with, each from its own jar's manifest ({@code Implementation-Version}; their jars
 * carry no {@code pom.properties}). The libraries' jars sit beside the generator's in {@code target/lib/}, manifests
 * intact, so their versions are known even when the generator runs from class folders.
 */
final class GeneratorVersion {
    static final String NAME = "Asia-Pacific Tech Monitor site generator";
    /** A class of each library, in a package only that library's jar defines; loaded without being initialized. */
    private static final String JBAKE_CLASS = "org.jbake.app.Oven";
    private static final String ASCIIDOCTORJ_CLASS = "org.asciidoctor.jruby.AsciidoctorJRuby";

    private GeneratorVersion() {
    }

    static String line() {
        return line(GeneratorVersion.class.getPackage().getImplementationVersion(), libraryVersion(JBAKE_CLASS), libraryVersion(ASCIIDOCTORJ_CLASS));
    }

    /** @param version the manifest's version, or null when the generator does not run from its jar (from class folders) */
    static String line(String version) {
        return NAME + " " + (version == null ? "(version unknown: not run from its jar)" : version);
    }

    /**
     * @param version      the generator's version, as for {@link #line(String)}
     * @param jbake        JBake's version, or null when its manifest does not say
     * @param asciidoctorj AsciidoctorJ's version, or null when its manifest does not say
     */
    static String line(String version, String jbake, String asciidoctorj) {
        return line(version) + " (JBake " + known(jbake) + ", AsciidoctorJ " + known(asciidoctorj) + ")";
    }

    /** The {@code Implementation-Version} of the jar the class comes from, or null (no such class, no manifest). */
    static String libraryVersion(String className) {
        try {
            Class<?> type = Class.forName(className, false, GeneratorVersion.class.getClassLoader());
            return Optional.ofNullable(type.getPackage()).map(Package::getImplementationVersion).orElse(null);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String known(String version) {
        return version == null ? "version unknown" : version;
    }
}
