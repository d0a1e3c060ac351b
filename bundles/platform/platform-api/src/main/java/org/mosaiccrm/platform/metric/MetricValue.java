package org.mosaiccrm.platform.metric;

import java.math.BigDecimal;

/**
 * A number shown on a dashboard.
 *
 * @param value the figure
 * @param unit  unit key or currency code; may be empty
 */
public record MetricValue(BigDecimal value, String unit) {
}
