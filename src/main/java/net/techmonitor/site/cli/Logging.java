package net.techmonitor.site.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.LogManager;

/**
 * Keeps JBake's, OrientDB's and AsciidoctorJ's own logging off the console: the command line reports every
 * problem itself, with file and line, and their log lines (some with stack traces) would only bury that.
 */
final class Logging {
    private Logging() {
    }

    static void quiet() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.OFF);
        LogManager.getLogManager().reset();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
    }
}
