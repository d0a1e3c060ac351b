package org.mosaiccrm.sales;

/**
 * How far opportunities came through one stage.
 *
 * @param reached    how many reached this stage or a later one (won opportunities reached every stage)
 * @param conversion percentage of {@code reached} that went on to the next stage (or, for the last
 *                   stage, was won), or {@code null} when none reached this stage
 */
public record FunnelStage(Stage stage, long reached, Integer conversion) {
}
