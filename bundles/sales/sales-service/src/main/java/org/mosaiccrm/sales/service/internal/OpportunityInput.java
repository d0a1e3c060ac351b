package org.mosaiccrm.sales.service.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.SalesInputException;

/** Checks a new opportunity before anything is written; refusals carry a text key. */
public final class OpportunityInput {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 500;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.99");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** The input as stored: trimmed, defaults filled in. */
    public record Checked(long customerId, String name, String stageCode, BigDecimal amount, String currency,
            LocalDate expectedClose, String competitors, String nextStep) {
    }

    private OpportunityInput() {
    }

    public static Checked check(NewOpportunity input, String firstStage) {
        String name = strip(input.name());
        if (name.isEmpty()) {
            throw new SalesInputException("sales.error.name");
        }
        if (name.length() > MAX_NAME) {
            throw new SalesInputException("sales.error.nameTooLong");
        }
        BigDecimal amount = input.amount() == null ? BigDecimal.ZERO : input.amount();
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new SalesInputException("sales.error.amount");
        }
        String currency = strip(input.currency()).toUpperCase(Locale.ROOT);
        currency = currency.isEmpty() ? "CNY" : currency;
        if (!CURRENCY.matcher(currency).matches()) {
            throw new SalesInputException("sales.error.currency");
        }
        String competitors = strip(input.competitors());
        String nextStep = strip(input.nextStep());
        if (competitors.length() > MAX_TEXT || nextStep.length() > MAX_TEXT) {
            throw new SalesInputException("sales.error.textTooLong");
        }
        String stage = strip(input.stageCode());
        return new Checked(input.customerId(), name, stage.isEmpty() ? firstStage : stage,
                amount.setScale(2, java.math.RoundingMode.UNNECESSARY), currency, input.expectedClose(), competitors, nextStep);
    }

    static String reason(String reason) {
        String clean = strip(reason);
        if (clean.isEmpty()) {
            throw new SalesInputException("sales.error.lostReason");
        }
        if (clean.length() > MAX_TEXT) {
            throw new SalesInputException("sales.error.textTooLong");
        }
        return clean;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
