package net.techmonitor.site.scaffold;

import java.util.List;
import java.util.Locale;

/**
 * Decides, in one place, whether a value given to {@code new} can go into the header it writes. Every value ends
 * up on a line of its own making: the title after {@code = }, the authors as the whole second line, the rest after
 * {@code :name: }. A value is refused when it could end that line or change what the line is, so that no option can
 * add an attribute (say {@code :jbake-status: published}) or a block to the file.
 *
 * <p>Allowed on purpose: {@code ;} in the authors, which separates authors as the option's help says, and
 * {@code <...>} after an author's name, which AsciiDoc reads as that author's email and the site prints as escaped
 * text; {@code {name}} references, which the build resolves against its own attributes and checks like any in a
 * file; bidirectional and other format characters, which change how a line looks, never where it ends.
 */
public final class OptionValueCheck {
    /**
     * A command line {@code new} refuses, with nothing written: a value that would break the file it is written into,
     * one the build's validator would reject, a missing required option, or a file that exists already. A wrong
     * command line, not a content problem; each message says what was wrong and what was expected.
     */
    public static final class RefusedValueException extends Exception {
        private final List<String> messages;

        RefusedValueException(String message) {
            this(List.of(message));
        }

        RefusedValueException(List<String> messages) {
            super(String.join("; ", messages));
            this.messages = List.copyOf(messages);
        }

        /** Every reason, one line each, in a stable order. */
        public List<String> messages() {
            return messages;
        }
    }

    /** Line-start syntax: an attribute entry, a title or section, a comment, a preprocessor directive. */
    private static final List<String> LINE_STARTS = List.of(":", "=", "//", "include::", "ifdef::", "ifndef::", "ifeval::", "endif::");

    private OptionValueCheck() {
    }

    /**
     * @param option the option's name, without {@code --}
     * @return the value without leading and trailing spaces, or null for none
     */
    public static String checked(String option, String value) throws RefusedValueException {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // C0 controls (line feed, carriage return, tab...), DEL and C1 controls (NEL) and the Unicode line and
            // paragraph separators: some reader takes each as a line end or worse. None belongs in a header value.
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw refused(option, String.format(Locale.ROOT, "holds \\u%04x at character %d", (int) c, i + 1),
                    "one line of text, without control characters");
            }
        }
        String stripped = value.strip();
        for (String start : LINE_STARTS) {
            if (stripped.regionMatches(true, 0, start, 0, start.length())) {
                throw refused(option, "begins with '" + start + "', which would change what its line of the header is",
                    "text not starting with '" + start + "'");
            }
        }
        if (stripped.endsWith("\\")) {
            throw refused(option, "ends with '\\', which would continue its line of the header into the next", "text without it at the end");
        }
        if (stripped.equals("+") || stripped.endsWith(" +")) {
            throw refused(option, "ends with ' +', which would continue its line of the header into the next", "text without it at the end");
        }
        return stripped;
    }

    private static RefusedValueException refused(String option, String what, String expected) {
        return new RefusedValueException("--" + option + " " + what + " (expected " + expected + ")");
    }
}
