package net.techmonitor.site.render.files;

/** XML 1.0 cannot carry most control characters even escaped; an editor's stray one is dropped, not fatal. */
final class XmlText {
    private XmlText() {
    }

    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
