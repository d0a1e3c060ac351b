package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.mosaiccrm.contract.ContractPayments;
import org.mosaiccrm.contract.NewReceipt;
import org.mosaiccrm.contract.ReceiptMethod;
import org.mosaiccrm.platform.InputRefusedException;

/** A payment as typed, checked on its own; what is still due is checked where the contract is locked. */
record ReceiptInput(long instalmentId, LocalDate receivedOn, BigDecimal amount, ReceiptMethod method, String reference) {

    static ReceiptInput of(NewReceipt input, LocalDate today) {
        if (input.instalmentId() <= 0) {
            throw new InputRefusedException("instalmentId", "contract.error.instalmentRequired");
        }
        if (input.receivedOn() == null) {
            throw new InputRefusedException("receivedOn", "contract.error.receivedOnRequired");
        }
        if (input.receivedOn().isAfter(today)) {
            throw new InputRefusedException("receivedOn", "contract.error.receivedOnFuture");
        }
        BigDecimal amount = ContractInput.money("amount", input.amount(), true);
        if (input.method() == null) {
            throw new InputRefusedException("method", "contract.error.methodRequired");
        }
        return new ReceiptInput(input.instalmentId(), input.receivedOn(), amount, input.method(),
                ContractInput.line("reference", input.reference(), ContractPayments.MAX_REFERENCE));
    }
}
