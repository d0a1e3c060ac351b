package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.mosaiccrm.contract.ContractInvoices;
import org.mosaiccrm.contract.InvoiceIssue;
import org.mosaiccrm.contract.InvoiceRequest;
import org.mosaiccrm.contract.InvoiceType;
import org.mosaiccrm.platform.InputRefusedException;

/** An invoice request and its issue as typed, checked on their own; the amount is checked where the contract is locked. */
final class InvoiceInput {

    /** 纳税人识别号: the 18-character unified social credit code, or the older 15 and 20 character numbers. */
    private static final Pattern TAX_NUMBER = Pattern.compile("[0-9A-Z]{15,20}");
    /** 发票号码: 8 digits on paper invoices, 20 on fully digital ones (数电发票). */
    private static final Pattern INVOICE_NUMBER = Pattern.compile("[0-9]{8,20}");

    private InvoiceInput() {
    }

    record Request(InvoiceType type, String title, String taxNumber, String bank, String account, BigDecimal amount) {
    }

    record Issue(String invoiceNumber, LocalDate issuedOn, String trackingNumber) {
    }

    static Request of(InvoiceRequest input) {
        if (input.type() == null) {
            throw new InputRefusedException("type", "contract.error.invoiceTypeRequired");
        }
        String title = ContractInput.line("title", input.title(), ContractInvoices.MAX_TITLE);
        if (title.isEmpty()) {
            throw new InputRefusedException("title", "contract.error.invoiceTitleRequired");
        }
        String taxNumber = ContractInput.line("taxNumber", input.taxNumber(), 20).replace(" ", "").toUpperCase(Locale.ROOT);
        String bank = ContractInput.line("bank", input.bank(), ContractInvoices.MAX_BANK);
        String account = ContractInput.line("account", input.account(), ContractInvoices.MAX_ACCOUNT);
        boolean special = input.type() == InvoiceType.VAT_SPECIAL;
        if (taxNumber.isEmpty() && special) {
            throw new InputRefusedException("taxNumber", "contract.error.taxNumberRequired");
        }
        if (!taxNumber.isEmpty() && !TAX_NUMBER.matcher(taxNumber).matches()) {
            throw new InputRefusedException("taxNumber", "contract.error.taxNumber");
        }
        if (special && bank.isEmpty()) {
            throw new InputRefusedException("bank", "contract.error.bankRequired");
        }
        if (special && account.isEmpty()) {
            throw new InputRefusedException("account", "contract.error.accountRequired");
        }
        BigDecimal amount = ContractInput.money("amount", input.amount(), true);
        return new Request(input.type(), title, taxNumber, bank, account, amount);
    }

    static Issue of(InvoiceIssue input, LocalDate today) {
        String number = input.invoiceNumber() == null ? "" : input.invoiceNumber().strip();
        if (!INVOICE_NUMBER.matcher(number).matches()) {
            throw new InputRefusedException("invoiceNumber", "contract.error.invoiceNumber");
        }
        if (input.issuedOn() == null) {
            throw new InputRefusedException("issuedOn", "contract.error.issuedOnRequired");
        }
        if (input.issuedOn().isAfter(today)) {
            throw new InputRefusedException("issuedOn", "contract.error.issuedOnFuture");
        }
        return new Issue(number, input.issuedOn(),
                ContractInput.line("trackingNumber", input.trackingNumber(), ContractInvoices.MAX_TRACKING));
    }
}
