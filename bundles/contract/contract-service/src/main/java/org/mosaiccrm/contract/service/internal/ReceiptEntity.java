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

import org.mosaiccrm.contract.Receipt;
import org.mosaiccrm.contract.ReceiptMethod;

/** A payment received: its row in {@code CON_RECEIPT}, never changed once recorded. */
@Entity
@Table(name = "CON_RECEIPT")
public class ReceiptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "con_receipt_seq")
    @SequenceGenerator(name = "con_receipt_seq", sequenceName = "CON_RECEIPT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "CONTRACT_ID")
    private long contractId;
    @Column(name = "INSTALMENT_ID")
    private long instalmentId;
    @Column(name = "RECEIVED_ON")
    private LocalDate receivedOn;
    @Column(name = "AMOUNT")
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD")
    private ReceiptMethod method;
    @Column(name = "REFERENCE")
    private String reference;
    @Column(name = "RECORDED_BY")
    private long recordedBy;
    @Column(name = "RECORDED_AT")
    private Instant recordedAt;

    protected ReceiptEntity() {
        // for JPA
    }

    ReceiptEntity(long contractId, ReceiptInput input, long recordedBy, Instant recordedAt) {
        this.contractId = contractId;
        this.instalmentId = input.instalmentId();
        this.receivedOn = input.receivedOn();
        this.amount = input.amount();
        this.method = input.method();
        this.reference = input.reference();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long id() {
        return id;
    }

    long instalmentId() {
        return instalmentId;
    }

    Map<String, Object> auditFields(int instalmentNumber) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contractId", contractId);
        fields.put("instalment", instalmentNumber);
        fields.put("receivedOn", receivedOn);
        fields.put("amount", amount.toPlainString());
        fields.put("method", method.name());
        fields.put("reference", reference);
        return fields;
    }

    Receipt toReceipt(int instalmentNumber, boolean amountVisible) {
        return new Receipt(id, contractId, instalmentId, instalmentNumber, receivedOn, amountVisible ? amount : null, method,
                reference, recordedBy, recordedAt);
    }
}
