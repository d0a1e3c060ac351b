package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.mosaiccrm.contract.ContractLine;
import org.mosaiccrm.platform.money.LineTotals;

/** A line item of a contract: its row in {@code CON_CONTRACT_LINE}, written only with its contract locked. */
@Entity
@Table(name = "CON_CONTRACT_LINE")
public class ContractLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "con_contract_line_seq")
    @SequenceGenerator(name = "con_contract_line_seq", sequenceName = "CON_CONTRACT_LINE_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;
    @Column(name = "CONTRACT_ID")
    private long contractId;
    @Column(name = "POSITION")
    private int position;
    @Column(name = "PRODUCT_CODE")
    private String productCode;
    @Column(name = "DESCRIPTION")
    private String description;
    @Column(name = "UNIT")
    private String unit;
    @Column(name = "QUANTITY")
    private BigDecimal quantity;
    @Column(name = "UNIT_PRICE")
    private BigDecimal unitPrice;
    @Column(name = "DISCOUNT_PERCENT")
    private BigDecimal discountPercent;
    @Column(name = "TAX_RATE")
    private BigDecimal taxRate;
    @Column(name = "NET")
    private BigDecimal net;

    protected ContractLineEntity() {
        // for JPA
    }

    ContractLineEntity(long contractId, int position, ContractLineInput line) {
        this.contractId = contractId;
        this.position = position;
        this.productCode = line.productCode();
        this.description = line.description();
        this.unit = line.unit();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.discountPercent = line.discountPercent();
        this.taxRate = line.taxRate();
        this.net = line.net();
    }

    /** The same line for another contract (a renewal). */
    ContractLineEntity copyFor(long otherContractId) {
        return new ContractLineEntity(otherContractId, position, input());
    }

    ContractLineInput input() {
        return new ContractLineInput(productCode, description, unit, quantity, unitPrice, discountPercent, taxRate, net);
    }

    LineTotals.TaxedNet taxedNet() {
        return new LineTotals.TaxedNet(net, taxRate);
    }

    ContractLine toLine(boolean amountVisible) {
        return new ContractLine(position, productCode, description, unit, quantity, amountVisible ? unitPrice : null,
                discountPercent, taxRate, amountVisible ? net : null);
    }
}
