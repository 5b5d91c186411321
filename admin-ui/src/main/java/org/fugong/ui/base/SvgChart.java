package org.fugong.ui.base;

import com.vaadin.flow.component.Html;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG (decision 28): grouped bars for counts by category, and lines
 * for a figure over days. The picture is laid out in CSS pixels ({@value #WIDTH} × {@value #HEIGHT})
 * and never shrinks below them (it scrolls sideways in a narrower box), so its text is at least
 * {@value #MIN_FONT} px; the value axis counts in whole steps; every bar and point says its series,
 * label and value on hover ({@code <title>}); and the same figures follow as a table, for screen
 * readers and for anyone who wants the numbers. All text is escaped.
 */
public final class SvgChart {

    static final int WIDTH = 520;
    static final int HEIGHT = 280;
    static final int MIN_FONT = 12;
    static final int LEFT = 44;
    static final int RIGHT = 24;
    static final int TOP = 32;
    static final int BOTTOM = 56;
    private static final String[] COLORS = {"#c0392b", "#2c7fb8", "#1e8449", "#7d3c98", "#d35400"};
    private static final int MAX_X_LABELS = 8;

    private final String title;
    private final List<String> labels;
    private final List<Series> series;
    private final String tableCaption;
    private final Axis axis;

    /** One named row of values, one value per label. */
    public record Series(String name, List<Double> values) {
    }

    /** The value axis: a whole-number step and the top, at or above the largest value; small counts get four steps of one. */
    record Axis(long step, long top) {

        static Axis of(double max) {
            if (max <= 4) {
                return new Axis(1, 4);
            }
            long step = niceStep(Math.ceil(max / 4));
            return new Axis(step, step * (long) Math.ceil(max / step));
        }

        /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
        static long niceStep(double raw) {
            long power = 1;
            while (true) {
                for (long factor : new long[]{1, 2, 5}) {
                    if (factor * power >= raw) {
                        return factor * power;
                    }
                }
                power *= 10;
            }
        }
    }

    /**
     * @param tableCaption the heading of the figures' table, in the reader's language
     */
    public SvgChart(String title, List<String> labels, List<Series> series, String tableCaption) {
        this.title = title;
        this.labels = List.copyOf(labels);
        this.series = List.copyOf(series);
        this.tableCaption = tableCaption;
        this.axis = Axis.of(series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max().orElse(0));
    }

    /** Bars per label, one bar per series, with a legend. */
    public Html bars() {
        StringBuilder svg = open();
        double group = labels.isEmpty() ? plotWidth() : (double) plotWidth() / labels.size();
        double bar = Math.max(2, group * 0.7 / Math.max(1, series.size()));
        for (int i = 0; i < labels.size(); i++) {
            double x0 = LEFT + i * group + group * 0.15;
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values().get(i);
                double h = value / axis.top() * plotHeight();
                svg.append(String.format(Locale.ROOT,
                        "<rect class='bar' x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'>%s</rect>",
                        x0 + s * bar, TOP + plotHeight() - h, Math.max(1, bar - 1), h, color(s), tip(s, i)));
            }
        }
        xLabels(svg, i -> LEFT + i * group + group / 2);
        return close(svg);
    }

    /** A line per series over the labels (e.g. days), with a point per value. */
    public Html lines() {
        StringBuilder svg = open();
        double step = labels.size() <= 1 ? 0 : (double) plotWidth() / (labels.size() - 1);
        double x0 = labels.size() <= 1 ? LEFT + plotWidth() / 2.0 : LEFT;
        for (int s = 0; s < series.size(); s++) {
            StringBuilder points = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            List<Double> values = series.get(s).values();
            for (int i = 0; i < values.size(); i++) {
                double x = x0 + i * step;
                double y = TOP + plotHeight() - values.get(i) / axis.top() * plotHeight();
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                marks.append(String.format(Locale.ROOT,
                        "<circle class='point' cx='%.1f' cy='%.1f' r='3.5' fill='%s'/><circle class='hit' cx='%.1f' cy='%.1f' r='9' fill='transparent'>%s</circle>",
                        x, y, color(s), x, y, tip(s, i)));
            }
            svg.append(String.format("<polyline fill='none' stroke='%s' stroke-width='2' points='%s'/>", color(s),
                    points.toString().strip())).append(marks);
        }
        xLabels(svg, i -> x0 + i * step);
        return close(svg);
    }

    private StringBuilder open() {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<div class='chart'><svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'"
                + " viewBox='0 0 %d %d' role='img' aria-label='%s'>", WIDTH, HEIGHT, WIDTH, HEIGHT, escape(title)));
        svg.append(String.format("<text x='%d' y='18' font-size='14' font-weight='600' fill='currentColor'>%s</text>",
                LEFT, escape(title)));
        for (long value = 0; value <= axis.top(); value += axis.step()) {
            double y = TOP + plotHeight() - (double) value / axis.top() * plotHeight();
            svg.append(String.format(Locale.ROOT,
                    "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='currentColor' stroke-opacity='0.15'/>",
                    LEFT, WIDTH - RIGHT, y, y));
            svg.append(String.format(Locale.ROOT,
                    "<text class='tick' x='%d' y='%.1f' font-size='%d' text-anchor='end' fill='currentColor' fill-opacity='0.75'>%d</text>",
                    LEFT - 6, y + 4, MIN_FONT, value));
        }
        return svg;
    }

    private void xLabels(StringBuilder svg, java.util.function.IntToDoubleFunction x) {
        int every = Math.max(1, (int) Math.ceil(labels.size() / (double) MAX_X_LABELS));
        for (int i = 0; i < labels.size(); i += every) {
            svg.append(String.format(Locale.ROOT,
                    "<text class='label' x='%.1f' y='%d' font-size='%d' text-anchor='middle' fill='currentColor'>%s</text>",
                    x.applyAsDouble(i), HEIGHT - BOTTOM + 18, MIN_FONT, escape(labels.get(i))));
        }
    }

    private Html close(StringBuilder svg) {
        int x = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format("<rect x='%d' y='%d' width='12' height='12' fill='%s'/>", x, HEIGHT - 20, color(s)));
            svg.append(String.format("<text x='%d' y='%d' font-size='%d' fill='currentColor'>%s</text>", x + 16,
                    HEIGHT - 9, MIN_FONT, escape(series.get(s).name())));
            x += 30 + series.get(s).name().codePointCount(0, series.get(s).name().length()) * MIN_FONT;
        }
        svg.append("</svg>").append(table()).append("</div>");
        return new Html(svg.toString());
    }

    /** The same figures as a table, folded away under its caption. */
    private String table() {
        StringBuilder table = new StringBuilder("<details class='chart-table'><summary>")
                .append(escape(tableCaption)).append("</summary><table><thead><tr><th></th>");
        series.forEach(s -> table.append("<th scope='col'>").append(escape(s.name())).append("</th>"));
        table.append("</tr></thead><tbody>");
        for (int i = 0; i < labels.size(); i++) {
            table.append("<tr><th scope='row'>").append(escape(labels.get(i))).append("</th>");
            for (Series s : series) {
                table.append("<td>").append(format(s.values().get(i))).append("</td>");
            }
            table.append("</tr>");
        }
        return table.append("</tbody></table></details>").toString();
    }

    private String tip(int s, int i) {
        return "<title>" + escape(series.get(s).name()) + " · " + escape(labels.get(i)) + ": " + format(series.get(s).values().get(i))
                + "</title>";
    }

    Axis axis() {
        return axis;
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static int plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static String color(int s) {
        return COLORS[s % COLORS.length];
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
