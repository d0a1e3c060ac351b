package org.mosaiccrm.sales;

import java.time.Instant;

/**
 * One move of an opportunity, kept as its stage history.
 *
 * @param fromStage the stage before, empty when it was created
 * @param toStage   the stage after, or {@code won} / {@code lost}
 * @param changedAt when
 * @param changedBy the user's name
 */
public record StageChange(String fromStage, String toStage, Instant changedAt, String changedBy) {
}
