package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.contract.Invoice;
import org.mosaiccrm.contract.InvoiceStatus;
import org.mosaiccrm.contract.InvoiceType;

/** An invoice: its row in {@code CON_INVOICE}, changed only with its contract locked. */
@Entity
@Table(name = "CON_INVOICE")
public class InvoiceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "con_invoice_seq")
    @SequenceGenerator(name = "con_invoice_seq", sequenceName = "CON_INVOICE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "CONTRACT_ID")
    private long contractId;
    @Enumerated(EnumType.STRING)
    @Column(name = "INVOICE_TYPE")
    private InvoiceType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private InvoiceStatus status;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "TAX_NUMBER")
    private String taxNumber;
    @Column(name = "BANK")
    private String bank;
    @Column(name = "ACCOUNT_NUMBER")
    private String account;
    @Column(name = "AMOUNT")
    private BigDecimal amount;
    @Column(name = "INVOICE_NUMBER")
    private String invoiceNumber;
    @Column(name = "ISSUED_ON")
    private LocalDate issuedOn;
    @Column(name = "TRACKING_NUMBER")
    private String trackingNumber;
    @Column(name = "REQUESTED_BY")
    private long requestedBy;
    @Column(name = "REQUESTED_AT")
    private Instant requestedAt;
    @Column(name = "ISSUED_BY")
    private Long issuedBy;

    protected InvoiceEntity() {
        // for JPA
    }

    InvoiceEntity(long contractId, InvoiceInput.Request request, long requestedBy, Instant requestedAt) {
        this.contractId = contractId;
        this.type = request.type();
        this.status = InvoiceStatus.REQUESTED;
        this.title = request.title();
        this.taxNumber = request.taxNumber();
        this.bank = request.bank();
        this.account = request.account();
        this.amount = request.amount();
        this.invoiceNumber = "";
        this.trackingNumber = "";
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void issued(InvoiceInput.Issue issue, long by) {
        this.status = InvoiceStatus.ISSUED;
        this.invoiceNumber = issue.invoiceNumber();
        this.issuedOn = issue.issuedOn();
        this.trackingNumber = issue.trackingNumber();
        this.issuedBy = by;
    }

    long id() {
        return id;
    }

    long contractId() {
        return contractId;
    }

    InvoiceStatus status() {
        return status;
    }

    BigDecimal amount() {
        return amount;
    }

    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contractId", contractId);
        fields.put("type", type.name());
        fields.put("status", status.name());
        fields.put("title", title);
        fields.put("taxNumber", taxNumber);
        fields.put("bank", bank);
        fields.put("account", account);
        fields.put("amount", amount.toPlainString());
        fields.put("invoiceNumber", invoiceNumber);
        fields.put("issuedOn", issuedOn);
        fields.put("trackingNumber", trackingNumber);
        return fields;
    }

    Invoice toInvoice(boolean amountVisible) {
        return new Invoice(id, contractId, type, status, title, taxNumber, bank, account, amountVisible ? amount : null, invoiceNumber,
                issuedOn, trackingNumber, requestedBy);
    }
}
