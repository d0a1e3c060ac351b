package org.mosaiccrm.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a user enters for a new contract or a change to a draft. Empty text means "not set"; the
 * service trims, checks and refuses bad input with an {@code InputRefusedException} naming the field.
 *
 * @param title        required, at most {@link ContractService#MAX_TITLE} characters
 * @param typeCode     required: one of the contract types ({@link ContractService#types()})
 * @param customerId   required: a customer the caller may see
 * @param amount       required, 0 or more, at most two decimals
 * @param currency     three letters (CNY, USD…); empty: CNY
 * @param taxRate      percent, 0 to 100, at most two decimals; null: 0
 * @param startDate    optional
 * @param endDate      optional; not before the start
 * @param paymentTerms optional, at most {@link ContractService#MAX_TEXT} characters
 * @param terms        optional free terms, at most {@link ContractService#MAX_TEXT} characters
 */
public record NewContract(String title, String typeCode, long customerId, BigDecimal amount, String currency, BigDecimal taxRate,
        LocalDate startDate, LocalDate endDate, String paymentTerms, String terms) {
}
