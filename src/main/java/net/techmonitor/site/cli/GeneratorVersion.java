package net.techmonitor.site.cli;

/**
 * What {@code --version} prints: the generator's name and the version its jar's manifest gives
 * ({@code Implementation-Version}, which {@code mvn package} writes from the POM's version).
 */
final class GeneratorVersion {
    static final String NAME = "Asia-Pacific Tech Monitor site generator";

    private GeneratorVersion() {
    }

    static String line() {
        return line(GeneratorVersion.class.getPackage().getImplementationVersion());
    }

    /** @param version the manifest's version, or null when the generator does not run from its jar (from class folders) */
    static String line(String version) {
        return NAME + " " + (version == null ? "(version unknown: not run from its jar)" : version);
    }
}
