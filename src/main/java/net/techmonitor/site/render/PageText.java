package net.techmonitor.site.render;

import java.io.Writer;

/**
 * Where a template writes a page: a plain, unsynchronised text buffer. Freemarker writes a page in thousands of
 * small pieces; written straight to JBake's file writer, each piece went through the UTF-8 encoder's locking and
 * buffer checks (a tenth of the rendering threads' samples in a profile). A page is now encoded once, whole, and a
 * page that fails to render leaves no half-written file. The rendering stage's time did not measurably change.
 */
final class PageText extends Writer {
    private final StringBuilder text = new StringBuilder(32 * 1024);

    @Override
    public void write(char[] characters, int offset, int length) {
        text.append(characters, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public void write(int character) {
        text.append((char) character);
    }

    @Override
    public Writer append(CharSequence characters) {
        text.append(characters);
        return this;
    }

    @Override
    public void flush() {
        // nothing is held back
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
