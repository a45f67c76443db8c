package net.techmonitor.site.catalog;

import java.util.Arrays;
import java.util.Optional;

/** A closed set of values editors write in a header attribute ({@code :role: supported}), each by one form. */
public interface WrittenForm {

    /** How the value is written in a header. */
    String written();

    static <E extends Enum<E> & WrittenForm> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.written().equals(text)).findFirst();
    }

    /** "organized | jointly-organized | ...", for messages saying what was expected. */
    static <E extends Enum<E> & WrittenForm> String allWritten(Class<E> type) {
        return String.join(" | ", Arrays.stream(type.getEnumConstants()).map(WrittenForm::written).toList());
    }
}
