package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A contract as the service gives it out.
 *
 * @param number the contract number people quote, e.g. {@code HT-2026-00001}; consecutive per year
 * @param amount the amount including tax; null when the caller may not see contract amounts
 * @param customerSignedOn when the customer signed (签订日期), once signed
 * @param ourSignedOn      when we signed, once signed
 */
public record Contract(long id, String number, String title, String typeCode, long customerId, long ownerId, BigDecimal amount,
        String currency, BigDecimal taxRate, LocalDate startDate, LocalDate endDate, String paymentTerms, String terms,
        ContractStatus status, LocalDate customerSignedOn, LocalDate ourSignedOn, Instant createdAt, long version) {
}
