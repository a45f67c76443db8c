package net.techmonitor.site.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Optional;

/** The Centre's programme areas, read with Jackson from {@code reference/programmes.json}, in report order. */
public final class ProgrammeDirectory {
    private static final String RESOURCE = "/net/techmonitor/site/reference/programmes.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProgrammeFile(List<Programme> programmes) {
    }

    private final List<Programme> programmes;

    public ProgrammeDirectory(List<Programme> programmes) {
        this.programmes = List.copyOf(programmes);
    }

    /** The programme areas of the generator's reference data: read once per process. */
    public static ProgrammeDirectory load() {
        return Loaded.DIRECTORY;
    }

    private static final class Loaded {
        static final ProgrammeDirectory DIRECTORY = new ProgrammeDirectory(ReferenceJson.read(RESOURCE, ProgrammeFile.class).programmes());
    }

    public List<Programme> all() {
        return programmes;
    }

    public Optional<Programme> byId(String id) {
        return programmes.stream().filter(programme -> programme.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return programmes.stream().map(Programme::id).toList();
    }
}
