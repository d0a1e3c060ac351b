package org.mosaiccrm.sales.service.internal.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.Forecast;
import org.mosaiccrm.sales.ForecastFigures;
import org.mosaiccrm.sales.ForecastLine;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityEdit;
import org.mosaiccrm.sales.Quota;
import org.mosaiccrm.sales.service.internal.SalesModule;

/** Quotas and the month's forecast, each figure worked out by hand, as far as the record scope reaches; on Derby and PostgreSQL. */
class ForecastServiceTest {

    private SalesModule sales;
    private Subject west;
    private final LocalDate today = LocalDate.now();
    private final YearMonth month = YearMonth.now();
    private int phones;

    @BeforeEach
    void setUp(TestInfo test) {
        sales = new SalesModule("forecast-" + test.getTestMethod().orElseThrow().getName());
        west = sales.customer.security.user("west", sales.customer.security.team("West").id(), "sales-rep");
    }

    @AfterEach
    void tearDown() {
        sales.close();
    }

    private Opportunity opportunity(Subject owner, String name, String amount, LocalDate close) {
        long customer = sales.as(owner, () -> sales.customer.customers.create(new NewCustomer(name + "公司", CustomerType.COMPANY, "",
                "010 8000 " + (1000 + phones++), "北京"))).id();
        return sales.as(owner, () -> sales.opportunities.create(new NewOpportunity(customer, name, "", new BigDecimal(amount), "CNY",
                close, "", "")));
    }

    private Quota quota(Subject owner, String amount) {
        return new Quota(owner.userId(), "", month, "CNY", new BigDecimal(amount));
    }

    private Void save(List<Quota> quotas) {
        sales.forecasts.saveQuotas(quotas);
        return null;
    }

    @Test
    void theRepSeesTheirMonthAndTheManagerTheTeamsNotAnotherTeams() {
        // the rep: A 100,000 at 10 %; B 200,000 set to 90 % (committed); C 50,000 won. The colleague: F 80,000. West: G 70,000.
        opportunity(sales.rep, "A", "100000", today);
        Opportunity b = opportunity(sales.rep, "B", "200000", today);
        sales.as(sales.rep, () -> sales.opportunities.update(b.id(), new OpportunityEdit("B", new BigDecimal("200000"), "CNY", today, 90,
                "", ""), b.version()));
        Opportunity c = opportunity(sales.rep, "C", "50000", today);
        sales.as(sales.rep, () -> sales.opportunities.win(c.id(), c.version()));
        opportunity(sales.otherRep, "F", "80000", today);
        opportunity(west, "G", "70000", today);
        sales.as(sales.manager, () -> save(List.of(quota(sales.rep, "300000"), quota(sales.otherRep, "100000"))));

        // won 50,000 of 300,000 (16 %); committed 50,000 + 200,000; weighted 50,000 + 10,000 + 180,000; open 300,000 in two
        ForecastFigures own = sales.as(sales.rep, () -> sales.forecasts.forecast(month, month)).total("CNY");
        assertEquals(new BigDecimal("300000.00"), own.quota());
        assertEquals(new BigDecimal("50000.00"), own.won());
        assertEquals(new BigDecimal("250000.00"), own.committed());
        assertEquals(new BigDecimal("240000.00"), own.weighted());
        assertEquals(new BigDecimal("300000.00"), own.pipeline());
        assertEquals(2L, own.open());
        assertEquals(Integer.valueOf(16), own.attainment());

        Forecast team = sales.as(sales.manager, () -> sales.forecasts.forecast(month, month));
        assertEquals(Set.of("REP", "OTHER"), // the fixture's display names
                team.lines().stream().map(ForecastLine::ownerName).collect(Collectors.toSet()));
        assertEquals(new BigDecimal("400000.00"), team.total("CNY").quota());
        assertEquals(new BigDecimal("380000.00"), team.total("CNY").pipeline(), "300,000 + the colleague's 80,000, not West's");
    }

    @Test
    void quotasAreTheManagersAllOrNothingAndNeverNegative() {
        assertThrows(AccessDeniedException.class, () -> sales.as(sales.manager,
                () -> save(List.of(quota(sales.rep, "300000"), quota(west, "1")))), "another team's rep");
        InputRefusedException negative = assertThrows(InputRefusedException.class, () -> sales.as(sales.manager,
                () -> save(List.of(quota(sales.rep, "300000"), quota(sales.otherRep, "-5")))));
        assertEquals("sales.error.quota", negative.getMessage());
        assertThrows(AccessDeniedException.class, () -> sales.as(sales.rep, () -> save(List.of(quota(sales.rep, "1")))));
        assertEquals(0, sales.as(sales.manager, () -> sales.forecasts.forecast(month, month)).total("CNY").quota().signum(),
                "refused quotas wrote nothing");
        InputRefusedException backwards = assertThrows(InputRefusedException.class,
                () -> sales.as(sales.rep, () -> sales.forecasts.forecast(month, month.minusMonths(1))));
        assertEquals("sales.error.period", backwards.getMessage());
    }
}
