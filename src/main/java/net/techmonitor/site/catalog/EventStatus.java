package net.techmonitor.site.catalog;

/**
 * Whether an activity had taken place when its note was written ({@code :event-status:}, optional).
 * The Centre reports on activities still ahead ("the conference will be jointly organized"), and a page
 * must not present those as held.
 */
public enum EventStatus implements WrittenForm {
    HELD("held"),
    SCHEDULED("scheduled");

    private final String written;

    EventStatus(String written) {
        this.written = written;
    }

    @Override
    public String written() {
        return written;
    }
}
