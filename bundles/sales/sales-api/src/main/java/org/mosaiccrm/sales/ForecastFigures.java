package org.mosaiccrm.sales;

import java.math.BigDecimal;

/**
 * One cell of the forecast, in one currency.
 *
 * @param quota     the target set for the period
 * @param won       amount of opportunities won in the period (by the day they were won)
 * @param committed {@code won} plus open opportunities expected to close in the period at or above
 *                  the commit probability
 * @param weighted  {@code won} plus open opportunities expected to close in the period, each at its
 *                  probability
 * @param pipeline  amount of the open opportunities expected to close in the period
 * @param open      how many open opportunities are expected to close in the period
 */
public record ForecastFigures(BigDecimal quota, BigDecimal won, BigDecimal committed, BigDecimal weighted,
        BigDecimal pipeline, long open) {

    public static final ForecastFigures NONE = new ForecastFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, 0);

    public ForecastFigures plus(ForecastFigures other) {
        return new ForecastFigures(quota.add(other.quota), won.add(other.won), committed.add(other.committed),
                weighted.add(other.weighted), pipeline.add(other.pipeline), open + other.open);
    }

    /** {@code won} as a percentage of the quota (rounded down), or {@code null} without a quota. */
    public Integer attainment() {
        return percentOfQuota(won);
    }

    /** {@code committed} as a percentage of the quota (rounded down), or {@code null} without a quota. */
    public Integer committedOfQuota() {
        return percentOfQuota(committed);
    }

    private Integer percentOfQuota(BigDecimal value) {
        if (quota.signum() == 0) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(quota, 0, java.math.RoundingMode.DOWN).intValue();
    }
}
