package net.techmonitor.site.convert;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Converts AsciiDoc bodies to HTML with AsciidoctorJ, in SAFE mode whatever the configuration says.
 *
 * <p>Why not JBake's own {@code AsciidoctorEngine}: it converts in UNSAFE mode (so {@code include::../../x[]}
 * reads any file on the machine), it exports every JVM system property as an attribute, and it parses each
 * file twice (header, then body). Here each file is converted once, in SAFE mode with the file's own folder
 * as the include jail, and with no attribute but the ones listed below.</p>
 *
 * <p>Asciidoctor's warnings (a refused include, a missing attribute reference, an unterminated block) are
 * problems of the file being converted; a thread-local names that file, because the log handler is shared
 * by all threads converting at once.</p>
 */
public final class AsciidocConverter implements AutoCloseable {
    private static final ThreadLocal<ConversionProblemSink> CURRENT_SINK = new ThreadLocal<>();

    private final Asciidoctor asciidoctor;

    public AsciidocConverter() {
        this.asciidoctor = Asciidoctor.Factory.create();
        this.asciidoctor.registerLogHandler(AsciidocConverter::onLog);
    }

    /**
     * @param file the source file; its folder is both where relative includes resolve and the jail they may not leave
     * @param text the whole document, header included, so that Asciidoctor's line numbers match the file
     */
    public ConvertedBody convert(Path file, String text, ConversionProblemSink sink) {
        CURRENT_SINK.set(sink);
        try {
            Options options = OptionsBuilder.options()
                .safe(SafeMode.SAFE)
                .standalone(false)
                .baseDir(file.toAbsolutePath().getParent().toFile())
                .attributes(attributes())
                .build();
            return new ConvertedBody(asciidoctor.convert(text, options));
        } finally {
            CURRENT_SINK.remove();
        }
    }

    private static Map<String, Object> attributes() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        // A misspelt {attribute} reference is an editor's mistake worth reporting, not silently dropped text.
        attributes.put("attribute-missing", "warn");
        attributes.put("sectanchors", "");
        attributes.put("idprefix", "");
        attributes.put("idseparator", "-");
        return attributes;
    }

    private static void onLog(LogRecord record) {
        ConversionProblemSink sink = CURRENT_SINK.get();
        if (sink == null || record.getSeverity().ordinal() < Severity.WARN.ordinal()) {
            return;
        }
        int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
        String message = record.getMessage();
        if (record.getCursor() != null && record.getCursor().getFile() != null
            && !record.getCursor().getFile().isBlank() && !"<stdin>".equals(record.getCursor().getFile())) {
            message = message + " (in included file " + Path.of(record.getCursor().getFile()).getFileName() + ")";
        }
        sink.report(Math.max(line, 0), "asciidoc: " + message);
    }

    @Override
    public void close() {
        asciidoctor.shutdown();
    }
}
