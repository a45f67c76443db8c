package net.techmonitor.site.bench;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor a build is measured against: AsciidoctorJ alone converting every AsciiDoc file of a content folder on
 * N threads, and nothing else (no headers read, no pages, no checks). {@link BuildBenchmark} runs it in a fresh JVM
 * with the options our builds use, in the same run as the builds, because on a shared machine only figures measured
 * together can be compared: the "about 7 s" for this was measured on a quiet day.
 */
public final class ConverterFloor {
    private ConverterFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<Path> files;
        try (var walk = Files.walk(content)) {
            files = walk.filter(path -> path.toString().endsWith(".adoc")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            texts.add(Files.readString(file));
        }
        // As the generator does: JRuby's native layer is not needed to convert text.
        System.setProperty("jruby.native.enabled", "false");
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> converted = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String text = texts.get(i);
            converted.add(pool.submit(() -> asciidoctor.convert(text,
                Options.builder().safe(SafeMode.SAFE).standalone(false).baseDir(file.getParent().toFile()).build())));
        }
        long characters = 0;
        for (Future<String> html : converted) {
            characters += html.get().length();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "converted %d files into %d characters of HTML%n", files.size(), characters);
    }
}
