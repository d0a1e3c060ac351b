package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.mosaiccrm.contract.ContractPayments;
import org.mosaiccrm.contract.NewInstalment;
import org.mosaiccrm.platform.InputRefusedException;

/** An instalment as typed, checked on its own; the plan's sum is checked against the contract where it is locked. */
record InstalmentInput(LocalDate dueDate, BigDecimal amount, int remindDaysBefore) {

    static InstalmentInput of(NewInstalment input) {
        if (input.dueDate() == null) {
            throw new InputRefusedException("dueDate", "contract.error.dueDateRequired");
        }
        BigDecimal amount = ContractInput.money("amount", input.amount(), true);
        if (input.remindDaysBefore() < 0 || input.remindDaysBefore() > ContractPayments.MAX_REMIND_DAYS) {
            throw new InputRefusedException("remindDaysBefore", "contract.error.remindDays", ContractPayments.MAX_REMIND_DAYS);
        }
        return new InstalmentInput(input.dueDate(), amount, input.remindDaysBefore());
    }
}
