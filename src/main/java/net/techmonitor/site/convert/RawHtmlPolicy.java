package net.techmonitor.site.convert;

import java.util.Locale;
import java.util.Optional;

/** What may pass from AsciiDoc passthroughs ({@code ++++}, {@code pass:[]}) to the page ({@code content.raw-html}). */
public enum RawHtmlPolicy {
    /**
     * Raw HTML is held to an allow-list of the markup Asciidoctor writes and a static subset of SVG; scripts, embedded
     * frames and objects, event handlers and script URLs are removed (the default). See {@link UnsafeHtmlRemover}.
     */
    SAFE,
    /** Raw HTML is kept as written: for a site whose every editor is trusted with scripts. */
    TRUSTED;

    public static Optional<RawHtmlPolicy> parse(String text) {
        for (RawHtmlPolicy policy : values()) {
            if (policy.name().toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
