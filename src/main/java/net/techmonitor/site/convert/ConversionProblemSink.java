package net.techmonitor.site.convert;

/** Receives what Asciidoctor warns about while converting one file (line 0 when it gives none). */
@FunctionalInterface
public interface ConversionProblemSink {
    void report(int line, String message);
}
