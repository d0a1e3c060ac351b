package org.mosaiccrm.sales.service.internal.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadConversion;
import org.mosaiccrm.sales.LeadStatus;
import org.mosaiccrm.sales.NewLead;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.service.internal.SalesModule;

/** A lead becomes customer, contact and opportunity in one step, or nothing at all; on Derby and PostgreSQL. */
class LeadConversionTest {

    private SalesModule sales;

    @BeforeEach
    void setUp(TestInfo test) {
        sales = new SalesModule("conversion-" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void tearDown() {
        sales.close();
    }

    private Lead lead(String name, String company, String email, String phone) {
        return sales.as(sales.rep, () -> sales.leads.create(new NewLead(name, company, "采购经理", email, phone, "展会", null, 50, "",
                null)));
    }

    @Test
    void aLeadBecomesANewCustomerWithItsPersonAsContactAndAnOpportunity() {
        Lead lead = lead("王芳", "宁波海纳精工有限公司", "wang.fang@haina.example", "0574 8888 1234");
        Lead converted = sales.as(sales.rep, () -> sales.leads.convert(lead.id(), new LeadConversion(null, "二期扩产设备",
                new BigDecimal("800000"), "CNY", LocalDate.now().plusMonths(3)), lead.version()));

        assertEquals(LeadStatus.CONVERTED, converted.status());
        Customer customer = sales.as(sales.rep, () -> sales.customer.customers.find(converted.customerId())).orElseThrow();
        assertEquals("宁波海纳精工有限公司", customer.name());
        assertEquals(sales.rep.userId(), customer.ownerId());
        assertEquals(List.of("王芳"), sales.as(sales.rep, () -> sales.customer.contacts.ofCustomer(customer.id(), 0, 10)).stream()
                .map(c -> c.name()).toList());
        Opportunity opportunity = sales.as(sales.rep, () -> sales.opportunities.find(converted.opportunityId())).orElseThrow();
        assertEquals("二期扩产设备", opportunity.name());
        assertEquals(0, new BigDecimal("800000").compareTo(opportunity.amount()));
        assertEquals(customer.id(), opportunity.customerId());
        assertEquals(List.of(lead.id()), sales.as(sales.rep, () -> sales.leads.forCustomer(customer.id())).stream().map(Lead::id).toList(),
                "the lead is found from its customer");
        assertEquals(Optional.empty(), sales.as(sales.otherRep, () -> sales.customer.customers.find(customer.id())),
                "a colleague sees none of it");
    }

    @Test
    void aLeadTheDuplicateCheckFoundJoinsTheExistingCustomer() {
        Customer existing = sales.as(sales.rep, () -> sales.customer.customers.create(new NewCustomer("海纳精工（旧档案）",
                CustomerType.COMPANY, "", "0574 8888 1234", "宁波")));
        Lead lead = lead("王芳", "宁波海纳精工有限公司", "", "0574 8888 1234");
        assertTrue(sales.as(sales.rep, () -> sales.leads.duplicates(lead.id())).stream().anyMatch(d -> d.customerId() == existing.id()));

        Lead converted = sales.as(sales.rep, () -> sales.leads.convert(lead.id(), new LeadConversion(existing.id(), "", null, "", null),
                lead.version()));

        assertEquals(Long.valueOf(existing.id()), converted.customerId());
        assertEquals(null, converted.opportunityId(), "no opportunity asked for, none made");
        assertEquals(1, sales.as(sales.rep, () -> sales.customer.customers.search("海纳", 10)).size());
        assertEquals(List.of("王芳"), sales.as(sales.rep, () -> sales.customer.contacts.ofCustomer(existing.id(), 0, 10)).stream()
                .map(c -> c.name()).toList());
    }

    @Test
    void aRefusedConversionWritesNothingAndAConvertedLeadCannotBeConvertedAgain() {
        Lead lead = lead("李雷", "杭州云帆科技", "li.lei@yunfan.example", "");
        InputRefusedException currency = assertThrows(InputRefusedException.class, () -> sales.as(sales.rep,
                () -> sales.leads.convert(lead.id(), new LeadConversion(null, "云平台", BigDecimal.TEN, "人民币", null), lead.version())));
        assertEquals("sales.error.currency", currency.getMessage());
        assertEquals(0, sales.as(sales.rep, () -> sales.customer.customers.search("杭州云帆", 5)).size(), "no customer");
        assertEquals(0, sales.as(sales.rep, () -> sales.opportunities.search("云平台", 5)).size(), "no opportunity");
        assertEquals(LeadStatus.OPEN, sales.as(sales.rep, () -> sales.leads.find(lead.id())).orElseThrow().status());

        Lead converted = sales.as(sales.rep, () -> sales.leads.convert(lead.id(), new LeadConversion(null, "", null, "", null),
                lead.version()));
        InputRefusedException twice = assertThrows(InputRefusedException.class, () -> sales.as(sales.rep,
                () -> sales.leads.convert(lead.id(), new LeadConversion(null, "", null, "", null), converted.version())));
        assertEquals("sales.error.lead.closed", twice.getMessage());
        assertThrows(RuntimeException.class, () -> sales.as(sales.otherRep,
                () -> sales.leads.convert(lead.id(), new LeadConversion(null, "", null, "", null), converted.version())),
                "another rep cannot convert a lead they cannot see");
    }
}
