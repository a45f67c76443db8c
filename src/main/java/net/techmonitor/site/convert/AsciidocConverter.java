package net.techmonitor.site.convert;

import net.techmonitor.site.timing.StageTimer;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.OptionsBuilder;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
    /**
     * Attributes whose values would be the build machine's: its folders and its Java. Asciidoctor reads attribute names
     * in any case ({DocDir} is {docdir}), so they are matched in any case.
     */
    private static final List<String> MACHINE_ATTRIBUTES = List.of("docdir", "docfile", "outdir", "outfile", "user-home",
        "java_home", "java-home", "includedir");

    /** The wall clock's attributes, blanked so that output does not depend on the day it was built. */
    private static final List<String> CLOCK_ATTRIBUTES = List.of("localdate", "localtime", "localdatetime", "localyear", "docdate",
        "doctime", "docdatetime", "docyear");

    /** What a document that overflowed the converting thread's stack is told, whichever way the overflow surfaced. */
    private static final String NESTS_TOO_DEEPLY = "the document nests too deeply to convert (expected fewer levels of nested blocks, "
        + "lists or includes)";

    /** How every refusal of a machine attribute ends. */
    private static final String MACHINE_FOLDER_EXPECTED = "(expected no reference to it; link to files with paths relative to this file)";

    private static AsciidocConverter shared;

    private final Asciidoctor asciidoctor;
    private final org.jruby.Ruby ruby;

    /**
     * The converter of this process, started on first use. Starting JRuby costs seconds, so every build in one
     * JVM (the test suite, a preview server rebuilding on save) shares one instance; nothing in it is per build.
     */
    public static synchronized AsciidocConverter shared() {
        if (shared == null) {
            shared = new AsciidocConverter();
        }
        return shared;
    }

    /** Starts whatever converter this supplier gives (it must remember it), on a daemon thread of its own. */
    public static void startInBackground(java.util.function.Supplier<AsciidocConverter> converter) {
        Thread thread = new Thread(converter::get, "asciidoctor-start");
        thread.setDaemon(true);
        thread.start();
    }

    public AsciidocConverter() {
        // Asciidoctor needs none of JRuby's native POSIX layer (files are read through Java here); loading it costs
        // a few hundred milliseconds of every start. A property given on the command line still wins.
        if (System.getProperty("jruby.native.enabled") == null) {
            System.setProperty("jruby.native.enabled", "false");
        }
        this.asciidoctor = AsciidoctorStarter.start();
        this.asciidoctor.registerLogHandler(AsciidocConverter::onLog);
        this.ruby = org.asciidoctor.jruby.internal.JRubyRuntimeContext.get(asciidoctor);
        StageTimer.event("asciidoctor started");
    }

    /**
     * @param file the source file; its folder is both where relative includes resolve and the jail they may not leave
     * @param text the whole document, header included, so that Asciidoctor's line numbers match the file
     */
    public ConvertedBody convert(Path file, String text, ConversionProblemSink sink) {
        return convert(file, text, sink, ContentLimits.DEFAULTS);
    }

    /**
     * Converts within the limits: Asciidoctor's include depth is the limit's (a value passed here cannot be raised by
     * the document), the conversion is stopped at the time limit, and a stack overflow or exhausted memory inside
     * Asciidoctor is that document's problem, not the build's.
     *
     * @throws LimitExceededException when the document passed a limit while converting
     */
    public ConvertedBody convert(Path file, String text, ConversionProblemSink sink, ContentLimits limits) {
        boolean refused = refuseMachineAttributes(text, sink);
        CURRENT_SINK.set(sink);
        Map<String, Object> attributes = attributes();
        attributes.put("max-include-depth", String.valueOf(limits.includeDepth()));
        // A cross-reference to another document (xref:other.adoc[], <<other.adoc#,text>>) keeps the file it names,
        // other.adoc rather than other.html: its page depends on that file, and is put in once the catalog is made
        // (CrossReferences), not in the cached body.
        attributes.put("relfilesuffix", ".adoc");
        Options options = OptionsBuilder.options()
            .safe(SafeMode.SAFE)
            .standalone(false)
            .baseDir(file.toAbsolutePath().getParent().toFile())
            .attributes(attributes)
            .build();
        ConversionWatchdog watchdog = new ConversionWatchdog(ruby, limits.seconds() * 1000L);
        try {
            return new ConvertedBody(asciidoctor.convert(text, options), refused);
        } catch (StackOverflowError e) {
            throw new LimitExceededException(NESTS_TOO_DEEPLY);
        } catch (OutOfMemoryError e) {
            throw new LimitExceededException("the document needs more memory than the build has to convert (expected a smaller "
                + "document once its includes and attributes are filled in)");
        } catch (RuntimeException e) {
            if (watchdog.disarm() || isStackOverflow(e)) {
                throw new LimitExceededException(watchdogMessage(limits, e));
            }
            throw e;
        } finally {
            watchdog.disarm();
            CURRENT_SINK.remove();
        }
    }

    private static String watchdogMessage(ContentLimits limits, RuntimeException e) {
        return isStackOverflow(e)
            ? NESTS_TOO_DEEPLY
            : "converting took longer than " + limits.seconds() + " s (expected a document that converts within the limit; "
                + "content.limit.seconds in jbake.properties)";
    }

    /** JRuby turns a Java stack overflow into Ruby's SystemStackError. */
    private static boolean isStackOverflow(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StackOverflowError || String.valueOf(cause.getMessage()).contains("stack level too deep")) {
                return true;
            }
        }
        return false;
    }

    /** A document passed one of its {@link ContentLimits} while Asciidoctor converted it. */
    public static final class LimitExceededException extends RuntimeException {
        public LimitExceededException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Asciidoctor forces {docdir} to the folder of the file on the build machine, whatever attribute is passed,
     * so a reference to it would publish that path; it is refused instead.
     */
    private static boolean refuseMachineAttributes(String text, ConversionProblemSink sink) {
        // Nearly every file has none: a search for '{' (a regular expression over every body cost the converting
        // threads more than a tenth of a second on a cold build of 1,000 articles), and lines counted only for a find.
        int line = 1;
        int counted = 0;
        boolean refused = false;
        for (int brace = text.indexOf('{'); brace >= 0; brace = text.indexOf('{', brace + 1)) {
            String name = machineAttributeAt(text, brace + 1);
            if (name == null) {
                continue;
            }
            for (int i = counted; i < brace; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            counted = brace;
            sink.report(line, "{" + name + "} is a folder on the build machine and cannot be used in content " + MACHINE_FOLDER_EXPECTED);
            refused = true;
        }
        return refused;
    }

    /** The machine attribute whose name and closing brace start at this index, or null. */
    private static String machineAttributeAt(String text, int start) {
        for (String name : MACHINE_ATTRIBUTES) {
            if (text.regionMatches(true, start, name, 0, name.length()) && text.startsWith("}", start + name.length())) {
                return text.substring(start, start + name.length());
            }
        }
        return null;
    }

    private static Map<String, Object> attributes() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        // A misspelt {attribute} reference is an editor's mistake worth reporting, not silently dropped text.
        attributes.put("attribute-missing", "warn");
        // No sectanchors: Asciidoctor's empty anchor links have no text a screen reader could announce (WCAG
        // link-name); sections keep their ids, so links to #a-section still work.
        attributes.put("idprefix", "");
        attributes.put("idseparator", "-");
        // Asciidoctor's intrinsic attributes would otherwise put the build machine's paths ({user-home},
        // {docdir}) and the wall clock ({localdate}, {docdate}, ...) into pages.
        for (String machineSpecific : MACHINE_ATTRIBUTES) {
            attributes.put(machineSpecific, "");
        }
        for (String clock : CLOCK_ATTRIBUTES) {
            attributes.put(clock, "");
        }
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
