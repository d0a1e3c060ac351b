package org.mosaiccrm.sales;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An accepted quote's lines as another module's action receives them in its context's attributes
 * (plain maps, so the module needs nothing of sales): under {@link #ATTRIBUTE_LINES} a list with, per
 * line, {@code productCode}, {@code description}, {@code unit} (Strings), {@code quantity},
 * {@code unitPrice}, {@code discountPercent}, {@code taxRate} (BigDecimals); under
 * {@link #ATTRIBUTE_DISCOUNT} the discount on the whole quote (BigDecimal).
 *
 * @since 3.3
 */
public final class QuoteLines {

    public static final String ATTRIBUTE_LINES = "lines";
    public static final String ATTRIBUTE_DISCOUNT = "discountPercent";

    private QuoteLines() {
    }

    /** The attributes for {@code quote}'s lines. */
    public static Map<String, Object> attributes(Quote quote) {
        List<Map<String, Object>> lines = quote.lines().stream().map(QuoteLines::line).toList();
        return Map.of(ATTRIBUTE_LINES, lines, ATTRIBUTE_DISCOUNT, quote.discountPercent());
    }

    private static Map<String, Object> line(QuoteLine line) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("productCode", line.productCode());
        fields.put("description", line.description());
        fields.put("unit", line.unit());
        fields.put("quantity", line.quantity());
        fields.put("unitPrice", line.unitPrice());
        fields.put("discountPercent", line.discountPercent());
        fields.put("taxRate", line.taxRate());
        return Map.copyOf(fields);
    }
}
