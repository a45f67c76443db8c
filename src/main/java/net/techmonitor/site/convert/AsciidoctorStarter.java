package net.techmonitor.site.convert;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts AsciidoctorJ's Ruby without RubyGems. A stock start loads RubyGems and reads the specification of every gem
 * packed in the jars (AsciidoctorJ's and AsciidoctorJ PDF's, about forty), only so that {@code require 'asciidoctor'}
 * can find the gem: about half a second of one core, on the path of every cold build, since no file can be converted
 * before the Ruby has started. Here the Ruby is given Asciidoctor's own folder in the jar instead, and RubyGems is
 * loaded only when something asks for a gem (see {@code rubygems-on-demand.rb}).
 *
 * <p>When Asciidoctor's folder cannot be found (AsciidoctorJ not run from its jar), the stock start is used.
 * {@code -Djruby.cli.rubygems.enable=true} on the command line also brings RubyGems back at the start.</p>
 */
final class AsciidoctorStarter {
    /** JRuby's switch for loading RubyGems at its start (the {@code --disable-gems} of its command line). */
    static final String RUBYGEMS_AT_START = "jruby.cli.rubygems.enable";
    private static final Pattern ASCIIDOCTOR_ENTRY = Pattern.compile("gems/(asciidoctor-\\d[^/]*)/lib/asciidoctor\\.rb");

    private AsciidoctorStarter() {
    }

    static Asciidoctor start() {
        Optional<String> folder = asciidoctorFolder();
        if (folder.isEmpty()) {
            return Asciidoctor.Factory.create();
        }
        if (System.getProperty(RUBYGEMS_AT_START) == null) {
            System.setProperty(RUBYGEMS_AT_START, "false");
        }
        AsciidoctorJRuby asciidoctor = AsciidoctorJRuby.Factory.create(List.of(folder.get()));
        try (InputStream script = AsciidoctorStarter.class.getResourceAsStream("rubygems-on-demand.rb")) {
            if (script == null) {
                throw new IllegalStateException("rubygems-on-demand.rb is missing from the generator's jar");
            }
            asciidoctor.rubyExtensionRegistry().loadClass(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return asciidoctor;
    }

    /** Where Asciidoctor's Ruby files are, as JRuby names a folder in a jar: {@code uri:classloader:/gems/asciidoctor-2.0.23/lib}. */
    static Optional<String> asciidoctorFolder() {
        try {
            Path jar = Path.of(AsciidoctorJRuby.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.toString().endsWith(".jar")) {
                return Optional.empty();
            }
            try (JarFile entries = new JarFile(jar.toFile())) {
                return entries.stream().map(entry -> ASCIIDOCTOR_ENTRY.matcher(entry.getName())).filter(Matcher::matches)
                    .map(found -> "uri:classloader:/gems/" + found.group(1) + "/lib").findFirst();
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
