package org.mosaiccrm.sales;

/**
 * A step of the sales process an open opportunity is in.
 *
 * @param code        stable code, e.g. {@code proposal}; its name is the text {@code sales.stage.<code>}
 * @param probability the default chance, in percent, that an opportunity in this stage is won
 * @param position    order on the board, from first contact to signature
 */
public record Stage(String code, int probability, int position) {
}
