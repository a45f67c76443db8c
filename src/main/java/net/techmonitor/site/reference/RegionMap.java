package net.techmonitor.site.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Optional;

/**
 * The Asia-Pacific map's country shapes, already projected: SVG path data in a {@code width} by {@code height} frame,
 * one shape per ISO 3166-1 alpha-3 code, read from {@code reference/asia-pacific-map.json}. That file is Natural
 * Earth's public-domain geometry, converted once by {@code src/main/map/convert.mjs} (docs/map.md says how and from
 * what); the build only reads it.
 *
 * @param credit  the line a page shows under the map, naming where the shapes come from
 * @param context shapes without an ISO code (disputed or unrecognized areas), drawn as land with no figures
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegionMap(String source, String licence, String credit, String projection, int width, int height, List<Shape> countries,
                        String context) {
    private static final String RESOURCE = "/net/techmonitor/site/reference/asia-pacific-map.json";
    private static final java.util.regex.Pattern PATH_DATA = java.util.regex.Pattern.compile("[MmLlZz0-9 .,-]*");

    /**
     * @param code   ISO 3166-1 alpha-3
     * @param path   SVG path data, in the map's frame
     * @param marker where a country too small to see or click at the map's size gets a marker (x, y), or null
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shape(String code, String path, List<Integer> marker) {
        public Shape {
            marker = marker == null ? null : List.copyOf(marker);
            requirePathData(code, path);
        }
    }

    public RegionMap {
        countries = List.copyOf(countries);
        context = context == null ? "" : context;
        requirePathData("context", context);
    }

    /** Pages carry the path data as it is: it may hold path commands and numbers only. */
    private static void requirePathData(String what, String path) {
        if (path == null || !PATH_DATA.matcher(path).matches()) {
            throw new IllegalStateException("map reference data: the shape of " + what + " is not SVG path data");
        }
    }

    /** The map of the generator's reference data: read once per process, as it cannot change while it runs. */
    public static RegionMap load() {
        return Loaded.MAP;
    }

    public Optional<Shape> shape(Country country) {
        return countries.stream().filter(shape -> shape.code().equals(country.alpha3())).findFirst();
    }

    /** Read on first use; the class initialisation makes it safely visible to every thread. */
    private static final class Loaded {
        static final RegionMap MAP = ReferenceJson.read(RESOURCE, RegionMap.class);
    }
}
