package net.techmonitor.site.convert;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Asciidoctor started without RubyGems must still convert everything a stock start converts: RubyGems comes when a
 * document asks for a gem. A Ruby of its own (not the shared converter), so that what other tests converted first
 * cannot have loaded RubyGems already.
 */
class AsciidoctorStarterTest {
    private static Asciidoctor asciidoctor;

    @BeforeAll
    static void start() {
        asciidoctor = AsciidoctorStarter.start();
    }

    @AfterAll
    static void stop() {
        asciidoctor.shutdown();
    }

    private static boolean rubyGemsLoaded() {
        return "yes".equals(JRubyRuntimeContext.get(asciidoctor).evalScriptlet("defined?(::Gem::Specification) ? 'yes' : 'no'").toString());
    }

    private static Document convert(String text) {
        return Jsoup.parseBodyFragment(asciidoctor.convert(text, Options.builder().safe(SafeMode.SAFE).standalone(false).build()));
    }

    @Test
    void findsAsciidoctorsFolderInAsciidoctorJsJar() {
        String folder = AsciidoctorStarter.asciidoctorFolder().orElseThrow();
        assertTrue(folder.matches("uri:classloader:/gems/asciidoctor-\\d[^/]*/lib"), folder);
        String resource = folder.substring("uri:classloader:/".length()) + "/asciidoctor.rb";
        assertTrue(AsciidoctorStarter.class.getClassLoader().getResource(resource) != null, resource);
    }

    @Test
    void convertsWithoutRubyGemsAndLoadsThemForADocumentThatAsksForAGem() {
        Document plain = convert("= Plain\n\nSome *strong* text.\n\n[source,ruby]\n----\nputs 1\n----\n");
        assertEquals("strong", plain.select("p strong").text());
        assertFalse(rubyGemsLoaded(), "a document that needs no gem should not have loaded RubyGems");

        // Rouge is a gem AsciidoctorJ bundles: only RubyGems can find it, as in a stock start.
        Document highlighted = convert("= Highlighted\n:source-highlighter: rouge\n\n[source,ruby]\n----\ndef hello = puts(1)\n----\n");
        assertEquals("def", highlighted.select("pre.rouge code[data-lang=ruby] span.k").first().text());
        assertTrue(rubyGemsLoaded());
    }
}
