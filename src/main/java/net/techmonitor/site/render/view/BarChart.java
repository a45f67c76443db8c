package net.techmonitor.site.render.view;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, drawn at build time: no script, no external file, labels escaped.
 * The SVG is labelled by its title and description for screen readers; pages also give the numbers in a table.
 */
public final class BarChart {
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 6;
    /** Room per character of a label at 13 px, generous enough for wide letters; labels are never clipped. */
    private static final double LABEL_CHARACTER_WIDTH = 7.6;
    private static final int BAR_WIDTH = 380;
    private static final int VALUE_WIDTH = 80;

    private BarChart() {
    }

    /** One bar: what it counts and how many. */
    public record Bar(String label, long value) {
    }

    /** @param id a page-unique id prefix, for aria-labelledby */
    public static String svg(String id, String title, String description, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
        int labelWidth = 16 + (int) Math.ceil(LABEL_CHARACTER_WIDTH * bars.stream().mapToInt(bar -> bar.label().length()).max().orElse(10));
        int height = bars.size() * (BAR_HEIGHT + GAP) + GAP;
        int width = labelWidth + BAR_WIDTH + VALUE_WIDTH;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
            "<svg class=\"chart\" role=\"img\" aria-labelledby=\"%1$s-title %1$s-desc\" viewBox=\"0 0 %2$d %3$d\" width=\"100%%\" xmlns=\"http://www.w3.org/2000/svg\">",
            id, width, height));
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        int y = GAP;
        for (Bar bar : bars) {
            int length = max == 0 ? 0 : (int) Math.max(1, Math.round((double) BAR_WIDTH * bar.value() / max));
            int middle = y + BAR_HEIGHT / 2 + 5;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\" fill=\"#1b1f24\">%s</text>",
                labelWidth - 8, middle, escape(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#00558c\"/>",
                labelWidth, y, length, BAR_HEIGHT));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"#1b1f24\">%,d</text>",
                labelWidth + length + 6, middle, bar.value()));
            y += BAR_HEIGHT + GAP;
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
