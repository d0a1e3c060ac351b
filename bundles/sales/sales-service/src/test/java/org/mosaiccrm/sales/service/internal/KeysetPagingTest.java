package org.mosaiccrm.sales.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadStatus;
import org.mosaiccrm.sales.NewLead;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityStatus;

/**
 * Keyset paging of the sales lists (the API's {@code ?after=}): page after page, every record in the
 * caller's scope once, newest first, the same as one long page; nothing of another rep's.
 */
class KeysetPagingTest {

    private SalesModule sales;
    private int phones;

    @BeforeEach
    void setUp() {
        sales = new SalesModule("keyset");
    }

    @AfterEach
    void tearDown() {
        sales.close();
    }

    private void lead(Subject owner, String name) {
        sales.as(owner, () -> sales.leads.create(new NewLead(name, name + "公司", "", "", "0571 8000 " + (1000 + phones++), "展会",
                null, 50, "", null)));
    }

    private void opportunity(Subject owner, String name) {
        long customer = sales.as(owner, () -> sales.customer.customers.create(new NewCustomer(name + "公司", CustomerType.COMPANY, "",
                "010 8000 " + (1000 + phones++), "北京"))).id();
        sales.as(owner, () -> sales.opportunities.create(new NewOpportunity(customer, name, "", new BigDecimal("1000"), "CNY",
                LocalDate.now().plusMonths(1), "", "")));
    }

    /** Every page of {@code size} after the last id of the one before, until a short one. */
    private static <T> List<Long> pageByPage(Function<Long, List<T>> pageAfter, int size, ToLongFunction<T> id) {
        List<Long> seen = new ArrayList<>();
        Long after = null;
        while (true) {
            List<T> page = pageAfter.apply(after);
            page.forEach(record -> seen.add(id.applyAsLong(record)));
            if (page.size() < size) {
                return seen;
            }
            after = id.applyAsLong(page.get(page.size() - 1));
        }
    }

    @Test
    void pagesOfLeadsAndOpportunitiesHoldEveryRecordInScopeOnceNewestFirst() {
        for (int i = 0; i < 7; i++) {
            lead(sales.rep, "线索" + i);
            opportunity(sales.rep, "商机" + i);
        }
        lead(sales.otherRep, "别人的线索");
        opportunity(sales.otherRep, "别人的商机");

        List<Long> leads = sales.as(sales.rep, () -> pageByPage(after -> sales.leads.listAfter(LeadStatus.OPEN, after, 3), 3, Lead::id));
        List<Long> allLeads = sales.as(sales.rep, () -> sales.leads.list(LeadStatus.OPEN, 0, 100)).stream().map(Lead::id).toList();
        assertEquals(7, leads.size());
        assertEquals(allLeads, leads, "the same as one long page");
        assertEquals(leads, sales.as(sales.rep, () -> pageByPage(after -> sales.leads.listAfter(null, after, 3), 3, Lead::id)),
                "every status: the same here");

        List<Long> opportunities = sales.as(sales.rep, () -> pageByPage(
                after -> sales.opportunities.listAfter(OpportunityStatus.OPEN, after, 2), 2, Opportunity::id));
        assertEquals(7, opportunities.size());
        assertEquals(sales.as(sales.rep, () -> sales.opportunities.list(OpportunityStatus.OPEN, 0, 100)).stream().map(Opportunity::id)
                .toList(), opportunities);
        List<Long> teams = sales.as(sales.manager, () -> pageByPage(after -> sales.opportunities.listAfter(null, after, 4), 4,
                Opportunity::id));
        assertEquals(8, teams.size(), "the manager's team: both reps'");
        for (int i = 1; i < teams.size(); i++) {
            assertTrue(teams.get(i) < teams.get(i - 1), "newest first");
        }
    }
}
