package net.techmonitor.site.render.view;

import java.util.List;

/**
 * The map's shades: a count of activities falls in one of five classes, each twice as wide as the one before (1, 2,
 * 3–4, 5–8, 9 or more), so a country with one activity and one with forty stay apart as the archive grows. The colours
 * are the stylesheet's ({@code .map-n1} to {@code .map-n5}): the map's shapes and its legend name a class, never a colour.
 */
final class MapShades {
    private static final List<PageViews.MapShade> ALL = List.of(
        new PageViews.MapShade("map-n1", 1, 1, false),
        new PageViews.MapShade("map-n2", 2, 2, false),
        new PageViews.MapShade("map-n3", 3, 4, false),
        new PageViews.MapShade("map-n4", 5, 8, false),
        new PageViews.MapShade("map-n5", 9, Integer.MAX_VALUE, true));

    private MapShades() {
    }

    /** The shade of a count from 1. */
    static PageViews.MapShade of(int count) {
        return ALL.stream().filter(shade -> count >= shade.from() && count <= shade.to()).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no shade for " + count));
    }

    /** The shades a legend shows: up to the largest count's, so no entry stands for nothing above it. */
    static List<PageViews.MapShade> upTo(int largest) {
        return largest < 1 ? List.of() : ALL.subList(0, ALL.indexOf(of(largest)) + 1);
    }
}
