package org.mosaiccrm.contract.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.contract.NewContractLine;
import org.mosaiccrm.contract.NewContractLines;

/** The lines a sales record passes in plain values, as a contract takes them. */
class ContractFromSalesTest {

    @Test
    void anOrdersLinesBecomeTheContractsLines() {
        Map<String, Object> machine = Map.of("productCode", "CNC-200", "description", "数控机床", "unit", "台", "quantity",
                new BigDecimal("2.000"), "unitPrice", new BigDecimal("120000.00"), "discountPercent", new BigDecimal("5.00"),
                "taxRate", new BigDecimal("13.00"));
        NewContractLines lines = ContractFromSales.lines(Map.of("lines", List.of(machine), "discountPercent", new BigDecimal("10.00")));
        assertEquals(new NewContractLines(List.of(new NewContractLine("CNC-200", "数控机床", "台", new BigDecimal("2.000"),
                new BigDecimal("120000.00"), new BigDecimal("5.00"), new BigDecimal("13.00"))), new BigDecimal("10.00")), lines);
    }

    @Test
    void aRecordWithoutLinesGivesNone() {
        assertEquals(NewContractLines.none(), ContractFromSales.lines(Map.of("customerId", 7L)));
    }

    @Test
    void aValueOfAnotherKindIsLeftForTheServiceToRefuse() {
        NewContractLines lines = ContractFromSales.lines(Map.of("lines", List.of(Map.of("description", "培训", "quantity", "two"))));
        assertEquals(List.of(new NewContractLine("", "培训", "", null, null, null, null)), lines.lines(),
                "the quantity missing: the service refuses it by its place, nothing is made");
    }
}
