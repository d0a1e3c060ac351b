package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A contract as the service gives it out.
 *
 * @param number the contract number people quote, e.g. {@code HT-2026-00001}; consecutive per year
 * @param amount the amount including tax; null when the caller may not see contract amounts
 * @param customerSignedOn when the customer signed (签订日期), once signed
 * @param ourSignedOn      when we signed, once signed
 * @param planned          what its payment plan's instalments add up to (null, as the other totals, with the amount hidden)
 * @param received         what was received against them (回款)
 * @param invoiced         what invoices were issued for (开票)
 * @param closedOn         when it was terminated (the termination's effective day) or voided; null otherwise
 * @param closingReason    why it was terminated or voided; empty otherwise
 * @param predecessorId    the contract this one renews (续约); null for a first contract
 */
public record Contract(long id, String number, String title, String typeCode, long customerId, long ownerId, BigDecimal amount,
        String currency, BigDecimal taxRate, LocalDate startDate, LocalDate endDate, String paymentTerms, String terms,
        ContractStatus status, LocalDate customerSignedOn, LocalDate ourSignedOn, BigDecimal planned, BigDecimal received,
        BigDecimal invoiced, LocalDate closedOn, String closingReason, Long predecessorId, Instant createdAt, long version) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** What is still to be received: the amount less the receipts; null with the amount hidden. */
    public BigDecimal outstanding() {
        return amount == null ? null : amount.subtract(received);
    }

    /** The percent of the amount received, rounded down to a whole number (100 only when all came in); null with the amount hidden. */
    public Integer collectedPercent() {
        if (amount == null) {
            return null;
        }
        if (amount.signum() == 0) {
            return 100;
        }
        return received.multiply(HUNDRED).divide(amount, 0, RoundingMode.DOWN).intValueExact();
    }
}
