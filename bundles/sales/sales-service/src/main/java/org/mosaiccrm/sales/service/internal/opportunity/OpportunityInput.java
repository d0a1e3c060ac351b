package org.mosaiccrm.sales.service.internal.opportunity;

import org.mosaiccrm.sales.service.internal.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.OpportunityEdit;

/** Checks a new opportunity before anything is written; refusals carry a text key. */
public final class OpportunityInput {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 500;

    /** The input as stored: trimmed, defaults filled in. */
    public record Checked(long customerId, String name, String stageCode, BigDecimal amount, String currency,
            LocalDate expectedClose, String competitors, String nextStep) {
    }

    private OpportunityInput() {
    }

    public static Checked check(NewOpportunity input, String firstStage) {
        String name = strip(input.name());
        if (name.isEmpty()) {
            throw new InputRefusedException("sales.error.name");
        }
        if (name.length() > MAX_NAME) {
            throw new InputRefusedException("sales.error.nameTooLong");
        }
        BigDecimal amount = Amounts.money(input.amount(), "sales.error.amount");
        String currency = Amounts.currency(input.currency());
        String competitors = strip(input.competitors());
        String nextStep = strip(input.nextStep());
        if (competitors.length() > MAX_TEXT || nextStep.length() > MAX_TEXT) {
            throw new InputRefusedException("sales.error.textTooLong");
        }
        String stage = strip(input.stageCode());
        return new Checked(input.customerId(), name, stage.isEmpty() ? firstStage : stage,
                amount, currency, input.expectedClose(), competitors, nextStep);
    }

    /** Checks changed facts; the probability, when given, must be 0 to 100. */
    static Checked check(OpportunityEdit edit) {
        if (edit.probability() != null && (edit.probability() < 0 || edit.probability() > 100)) {
            throw new InputRefusedException("sales.error.probability");
        }
        return check(new NewOpportunity(0, edit.name(), "", edit.amount(), edit.currency(), edit.expectedClose(),
                edit.competitors(), edit.nextStep()), "");
    }

    static String reason(String reason) {
        String clean = strip(reason);
        if (clean.isEmpty()) {
            throw new InputRefusedException("sales.error.lostReason");
        }
        if (clean.length() > MAX_TEXT) {
            throw new InputRefusedException("sales.error.textTooLong");
        }
        return clean;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
