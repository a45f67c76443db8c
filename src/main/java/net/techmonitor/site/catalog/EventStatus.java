package net.techmonitor.site.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether an activity had taken place when its note was written ({@code :event-status:}, optional).
 * The Centre reports on activities still ahead ("the conference will be jointly organized"), and a page
 * must not present those as held.
 */
public enum EventStatus {
    HELD("held"),
    SCHEDULED("scheduled");

    private final String written;

    EventStatus(String written) {
        this.written = written;
    }

    public String written() {
        return written;
    }

    public static Optional<EventStatus> parse(String text) {
        return Arrays.stream(values()).filter(status -> status.written.equals(text)).findFirst();
    }
}
