package net.techmonitor.site.render.view;

import net.techmonitor.site.reference.RegionMap;

import java.util.List;
import java.util.Locale;

/**
 * The region map as inline SVG, drawn at build time from the reference data's projected shapes: no script, no
 * external file, every text escaped. Countries without figures are one plain shape; each country with figures is a
 * link to its page, named by its figures ({@code aria-label}, and a {@code <title>} a pointer shows), shaded by a
 * class of the stylesheet, a host outlined. A country too small to click gets a marker inside its link, drawn last so
 * no neighbour covers it. The page gives the same figures in a table.
 */
final class RegionMapSvg {
    /** The marker's radius in the map's units: about 6 px across on a phone, where the map is 330 px wide. */
    private static final int MARKER_RADIUS = 9;

    private RegionMapSvg() {
    }

    /**
     * One country with figures.
     *
     * @param text what its figures are, in words: its link's name
     */
    record Figured(RegionMap.Shape shape, String url, String text, String shadeClass, boolean host) {
    }

    static String svg(String id, String title, String description, RegionMap map, List<Figured> figured) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
            "<svg class=\"region-map\" role=\"group\" aria-labelledby=\"%1$s-title %1$s-desc\" viewBox=\"0 0 %2$d %3$d\" xmlns=\"http://www.w3.org/2000/svg\">",
            id, map.width(), map.height()));
        svg.append("<title id=\"").append(id).append("-title\">").append(BarChart.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(BarChart.escape(description)).append("</desc>");
        svg.append(String.format(Locale.ROOT, "<rect class=\"map-sea\" width=\"%d\" height=\"%d\"/>", map.width(), map.height()));
        java.util.Set<String> drawn = figured.stream().map(country -> country.shape().code()).collect(java.util.stream.Collectors.toSet());
        StringBuilder land = new StringBuilder(map.context());
        map.countries().stream().filter(shape -> !drawn.contains(shape.code())).forEach(shape -> land.append(shape.path()));
        if (!land.isEmpty()) {
            svg.append("<path class=\"map-land\" d=\"").append(land).append("\"/>");
        }
        // Hosts after the others, so their outline is not covered by a neighbour's; markers last of all.
        figured.stream().filter(country -> !country.host() && country.shape().marker() == null).forEach(country -> link(svg, country));
        figured.stream().filter(country -> country.host() && country.shape().marker() == null).forEach(country -> link(svg, country));
        figured.stream().filter(country -> country.shape().marker() != null).forEach(country -> link(svg, country));
        return svg.append("</svg>").toString();
    }

    private static void link(StringBuilder svg, Figured country) {
        String shade = "map-country " + country.shadeClass() + (country.host() ? " map-host" : "");
        svg.append("<a href=\"").append(BarChart.escape(country.url())).append("\" aria-label=\"").append(BarChart.escape(country.text()))
            .append("\"><title>").append(BarChart.escape(country.text())).append("</title>");
        if (!country.shape().path().isEmpty()) {    // Macao is a marker alone: at the map's size its shape is a point
            svg.append("<path class=\"").append(shade).append("\" d=\"").append(country.shape().path()).append("\"/>");
        }
        List<Integer> marker = country.shape().marker();
        if (marker != null) {
            svg.append(String.format(Locale.ROOT, "<circle class=\"%s map-marker\" cx=\"%d\" cy=\"%d\" r=\"%d\"/>",
                shade, marker.get(0), marker.get(1), MARKER_RADIUS));
        }
        svg.append("</a>");
    }
}
