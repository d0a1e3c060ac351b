package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.contract.Instalment;
import org.mosaiccrm.contract.InstalmentStatus;

/** An instalment of a payment plan: its row in {@code CON_INSTALMENT}, changed only with its contract locked. */
@Entity
@Table(name = "CON_INSTALMENT")
public class InstalmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "con_instalment_seq")
    @SequenceGenerator(name = "con_instalment_seq", sequenceName = "CON_INSTALMENT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "CONTRACT_ID")
    private long contractId;
    @Column(name = "INSTALMENT_NO")
    private int number;
    @Column(name = "DUE_DATE")
    private LocalDate dueDate;
    @Column(name = "AMOUNT")
    private BigDecimal amount;
    @Column(name = "RECEIVED")
    private BigDecimal received;
    @Column(name = "REMIND_DAYS")
    private int remindDays;
    @Column(name = "REMIND_ON")
    private LocalDate remindOn;
    @Column(name = "REMINDED_DUE")
    private boolean remindedDue;
    @Column(name = "REMINDED_OVERDUE")
    private boolean remindedOverdue;
    @Column(name = "SETTLED")
    private boolean settled;

    protected InstalmentEntity() {
        // for JPA
    }

    InstalmentEntity(long contractId, InstalmentInput input) {
        this.contractId = contractId;
        this.received = BigDecimal.ZERO.setScale(2);
        apply(input);
    }

    void apply(InstalmentInput input) {
        this.dueDate = input.dueDate();
        this.amount = input.amount();
        this.remindDays = input.remindDaysBefore();
        // a new date or amount asks for its reminders again, unless it is paid
        this.remindOn = dueDate.minusDays(remindDays);
        this.remindedDue = paid();
        this.remindedOverdue = paid();
        this.settled = paid();
    }

    void numbered(int number) {
        this.number = number;
    }

    void received(BigDecimal payment) {
        this.received = received.add(payment);
        if (paid()) {
            // nothing left to remind of or to collect: out of the reminder job's and the due list's indexes
            remindedDue = true;
            remindedOverdue = true;
            settled = true;
        }
    }

    private boolean paid() {
        return received.compareTo(amount) >= 0;
    }

    void remindedDue() {
        this.remindedDue = true;
    }

    void remindedOverdue() {
        this.remindedDue = true;
        this.remindedOverdue = true;
    }

    long id() {
        return id;
    }

    long contractId() {
        return contractId;
    }

    int number() {
        return number;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    BigDecimal amount() {
        return amount;
    }

    BigDecimal received() {
        return received;
    }

    BigDecimal due() {
        return amount.subtract(received);
    }

    Map<String, Object> auditFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contractId", contractId);
        fields.put("number", number);
        fields.put("dueDate", dueDate);
        fields.put("amount", amount.toPlainString());
        fields.put("received", received.toPlainString());
        fields.put("remindDaysBefore", remindDays);
        return fields;
    }

    Instalment toInstalment(boolean amountVisible, LocalDate today) {
        return new Instalment(id, contractId, number, dueDate, amountVisible ? amount : null, amountVisible ? received : null,
                remindDays, InstalmentStatus.of(amount, received, dueDate, today));
    }
}
