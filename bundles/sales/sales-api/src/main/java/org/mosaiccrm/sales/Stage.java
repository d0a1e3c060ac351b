package org.mosaiccrm.sales;

/**
 * A step of the sales process an open opportunity is in.
 *
 * @param code        stable code, e.g. {@code proposal}; empty for a stage about to be added
 * @param name        the name a manager gave the stage; empty for the stages shipped with the module,
 *                    whose name is the text {@code sales.stage.<code>} in the user's language
 * @param probability the default chance, in percent, that an opportunity in this stage is won
 * @param position    order on the board, from first contact to signature
 */
public record Stage(String code, String name, int probability, int position) {

    /** A shipped stage, named by its text key. */
    public Stage(String code, int probability, int position) {
        this(code, "", probability, position);
    }
}
