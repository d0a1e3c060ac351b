package org.mosaiccrm.contract;

import java.math.BigDecimal;

/**
 * An invoice as the contract's owner asks for it (开票申请), with the buyer's details as the invoice
 * is to carry them.
 *
 * @param type      required
 * @param title     the buyer's name on the invoice (发票抬头), required, one line
 * @param taxNumber the buyer's taxpayer number (纳税人识别号): 15 to 20 letters and digits; required for a special invoice
 * @param bank      the buyer's bank (开户行); required for a special invoice
 * @param account   the buyer's account number (账号); required for a special invoice
 * @param amount    required, more than 0; all invoices of a contract never above its amount
 */
public record InvoiceRequest(InvoiceType type, String title, String taxNumber, String bank, String account, BigDecimal amount) {
}
