package org.fugong.ui.base;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The charts' geometry: whole-number axes, bars and points where their values put them, readable text, a table. */
class SvgChartTest {

    private static final double PLOT_BOTTOM = SvgChart.HEIGHT - SvgChart.BOTTOM;
    private static final double PLOT_HEIGHT = SvgChart.HEIGHT - SvgChart.TOP - SvgChart.BOTTOM;

    @Test
    void the_value_axis_counts_at_least_four_whole_steps_up_to_the_largest_value_or_just_above() {
        assertThat(SvgChart.Axis.of(0)).isEqualTo(new SvgChart.Axis(1, 4));
        assertThat(SvgChart.Axis.of(3)).isEqualTo(new SvgChart.Axis(1, 4));
        assertThat(SvgChart.Axis.of(7)).isEqualTo(new SvgChart.Axis(2, 8));
        assertThat(SvgChart.Axis.of(38)).isEqualTo(new SvgChart.Axis(10, 40));
        assertThat(SvgChart.Axis.of(1234)).isEqualTo(new SvgChart.Axis(500, 1500));
    }

    @Test
    void bars_stand_on_the_axis_as_tall_as_their_values_and_say_them_on_hover() throws Exception {
        Element svg = parse(new SvgChart("通知", List.of("03-01", "03-02", "03-03"), List.of(
                new SvgChart.Series("招聘会", List.of(1.0, 7.0, 0.0)),
                new SvgChart.Series("政策", List.of(2.0, 3.0, 4.0))), "表格").bars().getInnerHtml());

        List<String> ticks = texts(svg, "tick");
        assertThat(ticks).containsExactly("0", "2", "4", "6", "8");
        List<Element> bars = elements(svg, "rect", "bar");
        assertThat(bars).hasSize(6);
        Element tallest = bars.get(2);
        assertThat(number(tallest, "height")).isCloseTo(7.0 / 8 * PLOT_HEIGHT, within(0.2));
        for (Element bar : bars) {
            assertThat(number(bar, "y") + number(bar, "height")).isCloseTo(PLOT_BOTTOM, within(0.2));
            assertThat(number(bar, "x") + number(bar, "width")).isLessThanOrEqualTo(SvgChart.WIDTH - SvgChart.RIGHT);
            assertThat(bar.getElementsByTagName("title").getLength()).isEqualTo(1);
        }
        assertThat(tallest.getTextContent()).isEqualTo("招聘会 · 03-02: 7");
        assertReadable(svg);
    }

    @Test
    void lines_run_from_the_first_to_the_last_day_and_the_figures_follow_as_a_table() throws Exception {
        Element root = parse(new SvgChart("回应", List.of("1", "2", "3", "4"), List.of(
                new SvgChart.Series("回应", List.of(0.0, 5.0, 10.0, 2.0))), "以表格查看数据").lines().getInnerHtml());
        List<Element> points = elements(root, "circle", "point");
        assertThat(points).hasSize(4);
        assertThat(number(points.get(0), "cx")).isCloseTo(SvgChart.LEFT, within(0.1));
        assertThat(number(points.get(3), "cx")).isCloseTo(SvgChart.WIDTH - SvgChart.RIGHT, within(0.1));
        assertThat(number(points.get(2), "cy")).isCloseTo(SvgChart.TOP, within(0.1));
        assertThat(number(points.get(0), "cy")).isCloseTo(PLOT_BOTTOM, within(0.1));
        assertThat(elements(root, "circle", "hit")).allMatch(hit -> hit.getElementsByTagName("title").getLength() == 1);

        Element table = (Element) root.getElementsByTagName("table").item(0);
        assertThat(table.getElementsByTagName("tr").getLength()).isEqualTo(5);
        assertThat(table.getTextContent()).contains("10");
        assertThat(root.getElementsByTagName("summary").item(0).getTextContent()).isEqualTo("以表格查看数据");
        assertReadable(root);
    }

    /** Laid out in pixels and never shrunk (see styles.css), so every font size is what the reader gets. */
    private static void assertReadable(Element root) {
        Element svg = (Element) root.getElementsByTagName("svg").item(0);
        assertThat(svg.getAttribute("width")).isEqualTo(String.valueOf(SvgChart.WIDTH));
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            assertThat(Double.parseDouble(((Element) texts.item(i)).getAttribute("font-size")))
                    .isGreaterThanOrEqualTo(SvgChart.MIN_FONT);
        }
    }

    private static Element parse(String inner) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(("<root>" + inner + "</root>").getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static List<Element> elements(Element root, String tag, String className) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (className.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> texts(Element root, String className) {
        return elements(root, "text", className).stream().map(Element::getTextContent).toList();
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
