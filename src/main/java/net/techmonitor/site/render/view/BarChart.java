package net.techmonitor.site.render.view;

import java.util.List;
import java.util.Locale;

/**
 * The bars of a horizontal bar chart. The template writes each bar's label and figure as page text beside a bar drawn
 * as inline SVG with no text in it: text drawn into an SVG scales with the SVG, and shrank to 7 px on a 360-pixel
 * phone while it grew to 21 px on a desktop, a different size in every chart.
 */
final class BarChart {
    private BarChart() {
    }

    /** What a bar counts and how many. */
    record Counted(String label, long value) {
    }

    /** The bars in the order given, each as long as its value is against the largest (at least a sliver above 0). */
    static List<PageViews.Bar> bars(List<Counted> counted) {
        long max = counted.stream().mapToLong(Counted::value).max().orElse(0);
        return counted.stream().map(c -> new PageViews.Bar(c.label(), String.format(Locale.ROOT, "%,d", c.value()),
            length(c.value(), max))).toList();
    }

    private static String length(long value, long max) {
        if (value <= 0 || max <= 0) {
            return "0";
        }
        double hundredths = Math.max(0.5, 100.0 * value / max);
        return String.format(Locale.ROOT, "%.1f", hundredths).replaceAll("\\.0$", "");
    }

    /** Text for SVG and its attributes. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
