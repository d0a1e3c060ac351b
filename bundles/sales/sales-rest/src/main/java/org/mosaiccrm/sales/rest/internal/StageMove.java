package org.mosaiccrm.sales.rest.internal;

/** The body of moving an opportunity: {@code {"stage": "proposal"}} (a stage code of the opportunity stages). */
public record StageMove(String stage) {
}
