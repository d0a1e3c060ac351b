package org.mosaiccrm.platform.ui.internal.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.ui.chart.ChartOptions;
import org.mosaiccrm.platform.ui.chart.ChartSeries;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class EChartsOptionTest {

    /** Reads numbers as written, digit for digit. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static final ChartOptions PIPELINE = ChartOptions.of("按阶段的商机", List.of("初步接洽", "方案报价"), List.of(
            ChartSeries.bar("金额", List.of(new BigDecimal("120000.00"), new BigDecimal("30000"))),
            ChartSeries.line("加权", Arrays.asList(new BigDecimal("12000.5"), null))));

    @Test
    void categoriesRunAlongTheBottomAndEachSeriesKeepsItsValuesExactly() throws Exception {
        JsonNode option = JSON.readTree(EChartsOption.json(PIPELINE));

        assertEquals("按阶段的商机", option.at("/title/text").asText());
        assertTrue(option.at("/aria/enabled").asBoolean(), "screen readers get a description");
        assertEquals("category", option.at("/xAxis/type").asText());
        assertEquals("[\"初步接洽\",\"方案报价\"]", option.at("/xAxis/data").toString());
        assertEquals("value", option.at("/yAxis/type").asText());
        assertEquals("bar", option.at("/series/0/type").asText());
        assertEquals("金额", option.at("/series/0/name").asText());
        assertEquals(new BigDecimal("120000.00"), option.at("/series/0/data/0").decimalValue());
        assertEquals("line", option.at("/series/1/type").asText());
        assertTrue(option.at("/series/1/data/1").isNull(), "no value stays no value, not 0");
    }

    @Test
    void horizontallyTheCategoriesRunDownTheSideFirstOnTop() throws Exception {
        JsonNode option = JSON.readTree(EChartsOption.json(PIPELINE.horizontally()));

        assertEquals("value", option.at("/xAxis/type").asText());
        assertEquals("category", option.at("/yAxis/type").asText());
        assertTrue(option.at("/yAxis/inverse").asBoolean());
    }

    @Test
    void theHostCarriesEChartsForTheServletToServe() throws Exception {
        try (InputStream script = EChartsScriptServlet.class.getResourceAsStream("echarts.min.js")) {
            assertNotNull(script, "echarts.min.js copied from the WebJar by the build");
            String start = new String(script.readNBytes(600), StandardCharsets.UTF_8);
            assertTrue(start.contains("Apache License"), start);
        }
    }
}
