package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.platform.InputRefusedException;

/**
 * A contract's fields as typed, checked before anything is written: refusals name the field and
 * carry a text key; text is trimmed, control characters refused, amounts kept to the cent.
 */
record ContractInput(String title, String typeCode, long customerId, BigDecimal amount, String currency, BigDecimal taxRate,
        LocalDate startDate, LocalDate endDate, String paymentTerms, String terms) {

    /** The largest contract amount: 10,000 billion, the column's 14 digits before the point. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999.99");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\r\\n\\t]]");

    static ContractInput of(NewContract input, Set<String> activeTypes) {
        String title = line("title", input.title(), ContractService.MAX_TITLE);
        if (title.isEmpty()) {
            throw new InputRefusedException("title", "contract.error.titleRequired");
        }
        String type = input.typeCode() == null ? "" : input.typeCode().strip();
        if (!activeTypes.contains(type)) {
            throw new InputRefusedException("typeCode", "contract.error.type");
        }
        if (input.customerId() <= 0) {
            throw new InputRefusedException("customerId", "contract.error.customerRequired");
        }
        BigDecimal amount = money("amount", input.amount(), false);
        String currency = input.currency() == null || input.currency().isBlank() ? "CNY"
                : input.currency().strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            throw new InputRefusedException("currency", "contract.error.currency");
        }
        BigDecimal taxRate = input.taxRate() == null ? BigDecimal.ZERO : input.taxRate();
        if (taxRate.signum() < 0 || taxRate.compareTo(HUNDRED) > 0 || taxRate.stripTrailingZeros().scale() > 2) {
            throw new InputRefusedException("taxRate", "contract.error.taxRate");
        }
        if (input.startDate() != null && input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            throw new InputRefusedException("endDate", "contract.error.endBeforeStart");
        }
        return new ContractInput(title, type, input.customerId(), amount, currency, taxRate.setScale(2),
                input.startDate(), input.endDate(), text("paymentTerms", input.paymentTerms(), ContractService.MAX_TEXT),
                text("terms", input.terms(), ContractService.MAX_TEXT));
    }

    /**
     * An amount as typed, to the cent: required, 0 or more (more than 0 when {@code positive}), at
     * most {@link #MAX_AMOUNT}.
     */
    static BigDecimal money(String field, BigDecimal amount, boolean positive) {
        if (amount == null) {
            throw new InputRefusedException(field, "contract.error.amountRequired");
        }
        if (amount.signum() < 0 || positive && amount.signum() == 0 || amount.compareTo(MAX_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new InputRefusedException(field, positive ? "contract.error.amountPositive" : "contract.error.amount");
        }
        return amount.setScale(2);
    }

    static String line(String field, String value, int max) {
        String clean = text(field, value, max);
        if (clean.contains("\n") || clean.contains("\r")) {
            throw new InputRefusedException(field, "contract.error.oneLine");
        }
        return clean;
    }

    static String text(String field, String value, int max) {
        String clean = value == null ? "" : value.strip();
        if (CONTROL.matcher(clean).find()) {
            throw new InputRefusedException(field, "contract.error.control");
        }
        if (clean.length() > max) {
            throw new InputRefusedException(field, "contract.error.tooLong", max);
        }
        return clean;
    }
}
