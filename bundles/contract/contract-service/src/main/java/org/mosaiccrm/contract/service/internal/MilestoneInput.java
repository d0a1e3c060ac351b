package org.mosaiccrm.contract.service.internal;

import java.time.LocalDate;

import org.mosaiccrm.contract.ContractPayments;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.MilestoneKind;
import org.mosaiccrm.contract.NewMilestone;
import org.mosaiccrm.platform.InputRefusedException;

/** A milestone as typed, checked before anything is written. */
record MilestoneInput(MilestoneKind kind, String title, LocalDate dueDate, int remindDaysBefore) {

    static MilestoneInput of(NewMilestone input) {
        if (input.kind() == null) {
            throw new InputRefusedException("kind", "contract.error.milestoneKind");
        }
        String title = ContractInput.line("title", input.title(), ContractService.MAX_TITLE);
        if (title.isEmpty()) {
            throw new InputRefusedException("title", "contract.error.milestoneTitleRequired");
        }
        if (input.dueDate() == null) {
            throw new InputRefusedException("dueDate", "contract.error.dueDateRequired");
        }
        if (input.remindDaysBefore() < 0 || input.remindDaysBefore() > ContractPayments.MAX_REMIND_DAYS) {
            throw new InputRefusedException("remindDaysBefore", "contract.error.remindDays", ContractPayments.MAX_REMIND_DAYS);
        }
        return new MilestoneInput(input.kind(), title, input.dueDate(), input.remindDaysBefore());
    }
}
