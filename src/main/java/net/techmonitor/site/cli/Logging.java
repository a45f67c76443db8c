package net.techmonitor.site.cli;

import java.util.logging.LogManager;

/**
 * Keeps JBake's, OrientDB's and AsciidoctorJ's own logging off the console: the command line reports every
 * problem itself, with file and line, and their log lines (some with stack traces) would only bury that. What
 * they log through SLF4J goes to its no-operation binding (see the pom); this silences java.util.logging, which
 * AsciidoctorJ and OrientDB also use.
 */
final class Logging {
    private Logging() {
    }

    static void quiet() {
        LogManager.getLogManager().reset();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
    }
}
