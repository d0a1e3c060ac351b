package org.mosaiccrm.contract;

/** How a payment came in: bank transfer, bank acceptance bill (银行承兑汇票), cheque, cash, other. */
public enum ReceiptMethod {
    BANK_TRANSFER, ACCEPTANCE_BILL, CHEQUE, CASH, OTHER
}
