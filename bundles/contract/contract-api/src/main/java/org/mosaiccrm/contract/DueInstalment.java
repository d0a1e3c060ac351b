package org.mosaiccrm.contract;

/**
 * An instalment still to be received, with what a list of them shows of its contract.
 *
 * @param customerId the contract's customer
 */
public record DueInstalment(Instalment instalment, String contractNumber, String contractTitle, long customerId, String currency) {
}
