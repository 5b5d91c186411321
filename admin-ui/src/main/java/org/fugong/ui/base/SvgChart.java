package org.fugong.ui.base;

import com.vaadin.flow.component.Html;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG, so the console needs no chart library in its frontend bundle:
 * grouped bars for counts by category, and lines for a figure over days. All text is escaped.
 */
public final class SvgChart {

    private static final String[] COLORS = {"#c0392b", "#2c7fb8", "#27ae60", "#8e44ad", "#e67e22"};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;

    private SvgChart() {
    }

    /** One named row of values, one value per label. */
    public record Series(String name, List<Double> values) {
    }

    /** Bars per label, one bar per series, with a legend. */
    public static Html bars(String title, List<String> labels, List<Series> series) {
        double max = niceMax(series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0));
        StringBuilder svg = open(title);
        axes(svg, max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double group = labels.isEmpty() ? plotWidth : (double) plotWidth / labels.size();
        double bar = Math.max(2, group * 0.7 / Math.max(1, series.size()));
        for (int i = 0; i < labels.size(); i++) {
            double x0 = LEFT + i * group + group * 0.15;
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values().get(i);
                double h = max == 0 ? 0 : value / max * plotHeight;
                svg.append(String.format(Locale.ROOT,
                        "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'><title>%s %s: %s</title></rect>",
                        x0 + s * bar, TOP + plotHeight - h, bar - 1, h, COLORS[s % COLORS.length],
                        escape(series.get(s).name()), escape(labels.get(i)), format(value)));
            }
            svg.append(String.format(Locale.ROOT,
                    "<text x='%.1f' y='%d' font-size='11' text-anchor='middle' fill='currentColor'>%s</text>",
                    LEFT + i * group + group / 2, HEIGHT - BOTTOM + 16, escape(labels.get(i))));
        }
        legend(svg, series);
        return close(svg);
    }

    /** A line per series over the labels (e.g. days). */
    public static Html lines(String title, List<String> labels, List<Series> series) {
        double max = niceMax(series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0));
        StringBuilder svg = open(title);
        axes(svg, max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double step = labels.size() <= 1 ? 0 : (double) plotWidth / (labels.size() - 1);
        for (int s = 0; s < series.size(); s++) {
            StringBuilder points = new StringBuilder();
            List<Double> values = series.get(s).values();
            for (int i = 0; i < values.size(); i++) {
                double x = LEFT + i * step;
                double y = TOP + plotHeight - (max == 0 ? 0 : values.get(i) / max * plotHeight);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3' fill='%s'><title>%s %s: %s</title></circle>",
                        x, y, COLORS[s % COLORS.length], escape(series.get(s).name()), escape(labels.get(i)), format(values.get(i))));
            }
            svg.append(String.format("<polyline fill='none' stroke='%s' stroke-width='2' points='%s'/>",
                    COLORS[s % COLORS.length], points.toString().strip()));
        }
        int every = Math.max(1, labels.size() / 8);
        for (int i = 0; i < labels.size(); i += every) {
            svg.append(String.format(Locale.ROOT,
                    "<text x='%.1f' y='%d' font-size='11' text-anchor='middle' fill='currentColor'>%s</text>",
                    LEFT + i * step, HEIGHT - BOTTOM + 16, escape(labels.get(i))));
        }
        legend(svg, series);
        return close(svg);
    }

    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format("<div class='chart'><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' role='img' aria-label='%s'>",
                WIDTH, HEIGHT, escape(title)));
        svg.append(String.format("<text x='%d' y='16' font-size='13' font-weight='600' fill='currentColor'>%s</text>", LEFT, escape(title)));
        return svg;
    }

    private static void axes(StringBuilder svg, double max) {
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double y = TOP + plotHeight - (double) plotHeight * i / 4;
            svg.append(String.format(Locale.ROOT,
                    "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='currentColor' stroke-opacity='0.12'/>", LEFT, WIDTH - RIGHT, y, y));
            svg.append(String.format(Locale.ROOT,
                    "<text x='%d' y='%.1f' font-size='10' text-anchor='end' fill='currentColor' fill-opacity='0.7'>%s</text>",
                    LEFT - 6, y + 3, format(value)));
        }
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        int x = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format("<rect x='%d' y='%d' width='10' height='10' fill='%s'/>", x, HEIGHT - 14, COLORS[s % COLORS.length]));
            svg.append(String.format("<text x='%d' y='%d' font-size='11' fill='currentColor'>%s</text>", x + 14, HEIGHT - 5,
                    escape(series.get(s).name())));
            x += 24 + series.get(s).name().length() * 12;
        }
    }

    private static Html close(StringBuilder svg) {
        svg.append("</svg></div>");
        return new Html(svg.toString());
    }

    /** A round upper bound for the axis: 1, 2 or 5 times a power of ten. */
    static double niceMax(double max) {
        if (max <= 0) {
            return 0;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\'' -> out.append("&#39;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
