package org.mosaiccrm.contract;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Invoices (发票) of signed contracts: asked for by who may edit the contract, issued by who may
 * issue them (finance), within the record scope of the contract's owner. As with payments, every
 * change is made on the contract read at {@code contractVersion} and returns it changed: the invoices
 * asked for and issued never come to more than its amount. A contract received and invoiced in full
 * is completed.
 */
@ProviderType
public interface ContractInvoices {

    String PERMISSION_ISSUE = "contract.invoice.create";
    int MAX_TITLE = 100;
    int MAX_BANK = 100;
    int MAX_ACCOUNT = 40;
    int MAX_TRACKING = 40;

    /** The invoices, newest first. */
    List<Invoice> invoices(long contractId);

    /**
     * Asks for an invoice of a signed contract ({@code contract.error.invoiceNotSigned}); refused when
     * the invoices would come to more than the amount ({@code contract.error.invoiceOverAmount}).
     */
    Contract request(long contractId, InvoiceRequest request, long contractVersion);

    /** Issues a requested invoice ({@code contract.error.invoiceIssued} when it already was). */
    Contract issue(long contractId, long invoiceId, InvoiceIssue issue, long contractVersion);
}
