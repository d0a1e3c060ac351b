package org.mosaiccrm.platform.ui.internal.chart;

import java.math.BigDecimal;

import org.mosaiccrm.platform.ui.chart.ChartOptions;
import org.mosaiccrm.platform.ui.chart.ChartSeries;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link ChartOptions} as an ECharts {@code option} object (JSON): the modules' charts all look
 * alike because the look is chosen here — legend below, tooltip per category, the accessible
 * description on (ECharts writes it into the element's {@code aria-label}, in the chart's language).
 */
public final class EChartsOption {

    /** Amounts as they are, {@code 120000.00}, not normalised to {@code 1.2E+5}. */
    private static final ObjectMapper JSON = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private EChartsOption() {
    }

    public static String json(ChartOptions options) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title").put("text", options.title()).put("left", "center")
                .putObject("textStyle").put("fontSize", 14).put("fontWeight", "normal");
        option.putObject("aria").put("enabled", true);
        option.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 24).put("top", 40).put("bottom", 32);
        ObjectNode categoryAxis = JSON.createObjectNode().put("type", "category");
        ArrayNode categories = categoryAxis.putArray("data");
        options.categories().forEach(categories::add);
        ObjectNode valueAxis = JSON.createObjectNode().put("type", "value");
        if (options.horizontal()) {
            categoryAxis.put("inverse", true); // the first category at the top, as in a list
            option.set("xAxis", valueAxis);
            option.set("yAxis", categoryAxis);
        } else {
            option.set("xAxis", categoryAxis);
            option.set("yAxis", valueAxis);
        }
        ArrayNode series = option.putArray("series");
        for (ChartSeries one : options.series()) {
            ObjectNode drawn = series.addObject().put("name", one.name())
                    .put("type", one.kind() == ChartSeries.Kind.BAR ? "bar" : "line");
            ArrayNode data = drawn.putArray("data");
            for (BigDecimal value : one.values()) {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
        }
        return option.toString();
    }
}
