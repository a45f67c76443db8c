package net.techmonitor.site.convert;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts AsciidoctorJ's Ruby without RubyGems. A stock start loads RubyGems and reads the specification of every gem
 * packed in AsciidoctorJ's jars, only so that {@code require 'asciidoctor'}
 * can find the gem: about half a second of one core, on the path of every cold build, since no file can be converted
 * before the Ruby has started. Here the Ruby is given Asciidoctor's own folder in the jar instead, and RubyGems is
 * loaded only when something asks for a gem (see {@code rubygems-on-demand.rb}).
 *
 * <p>When Asciidoctor's folder cannot be found (an AsciidoctorJ that does not record its Asciidoctor's version), the
 * stock start is used. {@code -Djruby.cli.rubygems.enable=true} on the command line also brings RubyGems back at the
 * start.</p>
 */
final class AsciidoctorStarter {
    /** JRuby's switch for loading RubyGems at its start (the {@code --disable-gems} of its command line). */
    static final String RUBYGEMS_AT_START = "jruby.cli.rubygems.enable";

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

    /**
     * Where Asciidoctor's Ruby files are, as JRuby names a folder in a jar: {@code uri:classloader:/gems/asciidoctor-2.0.23/lib}.
     * AsciidoctorJ records the version of the Asciidoctor it packs in {@code META-INF/asciidoctorj-version.properties}:
     * one small file read and one lookup, on the start's critical path, instead of listing the 1,269 entries of its jar.
     */
    static Optional<String> asciidoctorFolder() {
        ClassLoader loader = AsciidoctorJRuby.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("META-INF/asciidoctorj-version.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties versions = new Properties();
            versions.load(in);
            String version = versions.getProperty("version.asciidoctor", "");
            String folder = "gems/asciidoctor-" + version + "/lib";
            return !version.isBlank() && loader.getResource(folder + "/asciidoctor.rb") != null
                ? Optional.of("uri:classloader:/" + folder) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
