package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import jakarta.persistence.Version;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.Signers;

/** A contract: its row in {@code CON_CONTRACT}. */
@Entity
@Table(name = "CON_CONTRACT")
public class ContractEntity {

    /** The statuses in which payments are collected (and reminders sent). */
    static final List<ContractStatus> COLLECTING = List.of(ContractStatus.SIGNED, ContractStatus.IN_EXECUTION);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "con_contract_seq")
    @SequenceGenerator(name = "con_contract_seq", sequenceName = "CON_CONTRACT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "CONTRACT_NUMBER")
    private String number;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "TYPE_CODE")
    private String typeCode;
    @Column(name = "CUSTOMER_ID")
    private long customerId;
    @Column(name = "OWNER_ID")
    private long ownerId;
    @Column(name = "AMOUNT")
    private BigDecimal amount;
    @Column(name = "CURRENCY")
    private String currency;
    @Column(name = "TAX_RATE")
    private BigDecimal taxRate;
    @Column(name = "START_DATE")
    private LocalDate startDate;
    @Column(name = "END_DATE")
    private LocalDate endDate;
    @Column(name = "PAYMENT_TERMS")
    private String paymentTerms;
    @Column(name = "TERMS")
    private String terms;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private ContractStatus status;
    @Column(name = "APPROVED_AT")
    private Instant approvedAt;
    @Column(name = "CUSTOMER_SIGNED_ON")
    private LocalDate customerSignedOn;
    @Column(name = "OUR_SIGNED_ON")
    private LocalDate ourSignedOn;
    @Column(name = "PLANNED_AMOUNT")
    private BigDecimal planned = BigDecimal.ZERO.setScale(2);
    @Column(name = "RECEIVED_AMOUNT")
    private BigDecimal received = BigDecimal.ZERO.setScale(2);
    @Column(name = "INVOICED_AMOUNT")
    private BigDecimal invoiced = BigDecimal.ZERO.setScale(2);
    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;
    @Column(name = "CLOSING_REASON")
    private String closingReason = "";
    @Column(name = "PREDECESSOR_ID")
    private Long predecessorId;
    @Column(name = "CREATED_AT")
    private Instant createdAt;
    @Column(name = "CUSTOMER_SIGNER_ID")
    private Long customerSignerId;
    @Column(name = "OUR_SIGNER_ID")
    private Long ourSignerId;
    @Column(name = "LINE_COUNT")
    private int lineCount;
    @Column(name = "LINES_DISCOUNT")
    private BigDecimal linesDiscount = BigDecimal.ZERO.setScale(2);
    @Version
    @Column(name = "VERSION")
    private long version;

    protected ContractEntity() {
        // for JPA
    }

    ContractEntity(ContractInput input, String number, long ownerId, Instant createdAt) {
        this.number = number;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        this.status = ContractStatus.DRAFT;
        apply(input);
    }

    LocalDate endDate() {
        return endDate;
    }

    void apply(ContractInput input) {
        this.title = input.title();
        this.typeCode = input.typeCode();
        this.customerId = input.customerId();
        this.amount = input.amount();
        this.currency = input.currency();
        this.taxRate = input.taxRate();
        this.startDate = input.startDate();
        this.endDate = input.endDate();
        this.paymentTerms = input.paymentTerms();
        this.terms = input.terms();
    }

    Signers signers() {
        return new Signers(customerSignerId, ourSignerId);
    }

    void signers(Signers signers) {
        this.customerSignerId = signers.customerContactId();
        this.ourSignerId = signers.ourSignerId();
    }

    /** Whether its amount is its line items' total. */
    boolean hasLines() {
        return lineCount > 0;
    }

    BigDecimal linesDiscount() {
        return linesDiscount;
    }

    /** Its line items changed: with some, the amount is their {@code total}; with none, it stays as it was. */
    void lined(int count, BigDecimal discountPercent, BigDecimal total) {
        this.lineCount = count;
        this.linesDiscount = discountPercent;
        if (count > 0) {
            this.amount = total;
        }
    }

    /** Locked while its approval runs. */
    void submitted() {
        this.status = ContractStatus.PENDING_APPROVAL;
    }

    /** Approval ended in favour (or no step of the flow applied). */
    void approved(Instant at) {
        this.status = ContractStatus.APPROVED;
        this.approvedAt = at;
    }

    /** Approval rejected or withdrawn: a draft again, open to changes. */
    void backToDraft() {
        this.status = ContractStatus.DRAFT;
    }

    void signed(LocalDate byCustomer, LocalDate byUs) {
        this.status = ContractStatus.SIGNED;
        this.customerSignedOn = byCustomer;
        this.ourSignedOn = byUs;
    }

    /** The payment plan's instalments now add up to {@code total}. */
    void planned(BigDecimal total) {
        this.planned = total;
    }

    /** A payment came in: the first one puts a signed contract in execution. */
    void received(BigDecimal payment) {
        this.received = received.add(payment);
        if (status == ContractStatus.SIGNED) {
            status = ContractStatus.IN_EXECUTION;
        }
        completeWhenSettled();
    }

    /** An invoice was issued. */
    void invoiced(BigDecimal issued) {
        this.invoiced = invoiced.add(issued);
        completeWhenSettled();
    }

    /** Received and invoiced in full: the contract is completed (执行完毕). */
    private void completeWhenSettled() {
        if (status == ContractStatus.IN_EXECUTION && received.compareTo(amount) >= 0 && invoiced.compareTo(amount) >= 0) {
            status = ContractStatus.COMPLETED;
        }
    }

    /** This draft renews {@code predecessor}. */
    void renews(long predecessor) {
        this.predecessorId = predecessor;
    }

    /** What a renewal starts from: the same terms, from the day after this one ends, for as long. */
    ContractInput renewal() {
        LocalDate from = endDate == null ? null : endDate.plusDays(1);
        LocalDate to = from == null || startDate == null ? null : from.plusDays(endDate.toEpochDay() - startDate.toEpochDay());
        return new ContractInput(title, typeCode, customerId, amount, currency, taxRate, from, to, paymentTerms, terms);
    }

    /** Ended early (终止) from {@code on}. */
    void terminated(LocalDate on, String reason) {
        this.status = ContractStatus.TERMINATED;
        this.closedOn = on;
        this.closingReason = reason;
    }

    /** Never took effect (作废). */
    void voided(LocalDate on, String reason) {
        this.status = ContractStatus.VOID;
        this.closedOn = on;
        this.closingReason = reason;
    }

    LocalDate customerSignedOn() {
        return customerSignedOn;
    }

    /** Whether payments may be recorded: signed, or in execution. */
    boolean collecting() {
        return COLLECTING.contains(status);
    }

    /** Completed, terminated or void: its plan and its payments stay as they are. */
    boolean closed() {
        return status == ContractStatus.COMPLETED || status == ContractStatus.TERMINATED || status == ContractStatus.VOID;
    }

    BigDecimal taxRate() {
        return taxRate;
    }

    BigDecimal planned() {
        return planned;
    }

    String number() {
        return number;
    }

    String title() {
        return title;
    }

    String typeCode() {
        return typeCode;
    }

    BigDecimal received() {
        return received;
    }

    BigDecimal invoiced() {
        return invoiced;
    }

    BigDecimal amount() {
        return amount;
    }

    String currency() {
        return currency;
    }

    long id() {
        return id;
    }

    long customerId() {
        return customerId;
    }

    long ownerId() {
        return ownerId;
    }

    long version() {
        return version;
    }

    ContractStatus status() {
        return status;
    }

    /** The fields the audit log shows before and after a change. */
    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("title", title);
        fields.put("type", typeCode);
        fields.put("customerId", customerId);
        fields.put("ownerId", ownerId);
        fields.put("amount", amount.toPlainString() + " " + currency);
        fields.put("taxRate", taxRate.toPlainString());
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        fields.put("paymentTerms", paymentTerms);
        fields.put("terms", terms);
        fields.put("status", status.name());
        fields.put("customerSignerId", customerSignerId);
        fields.put("ourSignerId", ourSignerId);
        fields.put("customerSignedOn", customerSignedOn);
        fields.put("ourSignedOn", ourSignedOn);
        fields.put("planned", planned.toPlainString());
        fields.put("received", received.toPlainString());
        fields.put("invoiced", invoiced.toPlainString());
        fields.put("closedOn", closedOn);
        fields.put("closingReason", closingReason);
        fields.put("predecessorId", predecessorId);
        return fields;
    }

    /** @param amountVisible whether the caller may see contract amounts (else null) */
    Contract toContract(boolean amountVisible) {
        return new Contract(id, number, title, typeCode, customerId, ownerId, amountVisible ? amount : null, currency, taxRate,
                startDate, endDate, paymentTerms, terms, status, customerSignedOn, ourSignedOn, amountVisible ? planned : null,
                amountVisible ? received : null, amountVisible ? invoiced : null, closedOn, closingReason, predecessorId, createdAt, version);
    }
}
