package org.mosaiccrm.assembly.shared.sales;

import org.mosaiccrm.assembly.shared.ModulePart;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.mosaiccrm.assembly.shared.ForecastIT.People;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.BoardColumn;
import org.mosaiccrm.sales.Forecast;
import org.mosaiccrm.sales.ForecastFigures;
import org.mosaiccrm.sales.ForecastLine;
import org.mosaiccrm.sales.ForecastService;
import org.mosaiccrm.sales.Funnel;
import org.mosaiccrm.sales.FunnelStage;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityEdit;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.Quota;
import org.mosaiccrm.sales.WinRate;

/** Quotas, forecast, board and funnel of a team's opportunities, each as far as the record scope reaches. */
public final class ForecastAndFunnel extends ModulePart<People, Void> {

    @Override
    protected Void run(People people) throws Exception {
        CustomerService customers = service(CustomerService.class);
        OpportunityService opportunities = service(OpportunityService.class);
        ForecastService forecasts = service(ForecastService.class);
        Subject rep = people.rep();
        Subject manager = people.manager();
        LocalDate today = LocalDate.now();
        YearMonth month = YearMonth.from(today);
        long customer = as(rep, () -> customers.create(new NewCustomer("杭州云帆科技有限公司", CustomerType.COMPANY, "",
                "0571 8800 1234", "杭州"))).id();
        long otherCustomer = as(people.colleague(), () -> customers.create(new NewCustomer("苏州恒信精密", CustomerType.COMPANY, "",
                "0512 6600 1234", "苏州"))).id();
        long strangerCustomer = as(people.stranger(), () -> customers.create(new NewCustomer("成都西岭电子", CustomerType.COMPANY, "",
                "028 8500 1234", "成都"))).id();

        // the rep: A 100,000 at 10 %; B 200,000 moved to negotiation and set to 90 % (committed); C 50,000 won;
        // D 30,000 lost; E 40,000 USD next month. The colleague: F 80,000. Another team: G 70,000.
        create(opportunities, rep, customer, "A", "100000", "CNY", today);
        Opportunity b = create(opportunities, rep, customer, "B", "200000", "CNY", today);
        Opportunity moved = as(rep, () -> opportunities.moveToStage(b.id(), "negotiation", b.version()));
        as(rep, () -> opportunities.update(b.id(), new OpportunityEdit("B", new BigDecimal("200000"), "CNY", today, 90, "", ""),
                moved.version()));
        Opportunity c = create(opportunities, rep, customer, "C", "50000", "CNY", today.plusMonths(3));
        as(rep, () -> opportunities.win(c.id(), c.version()));
        Opportunity d = create(opportunities, rep, customer, "D", "30000", "CNY", today);
        as(rep, () -> opportunities.lose(d.id(), "预算取消", d.version()));
        create(opportunities, rep, customer, "E", "40000", "USD", today.plusMonths(1));
        create(opportunities, people.colleague(), otherCustomer, "F", "80000", "CNY", today);
        create(opportunities, people.stranger(), strangerCustomer, "G", "70000", "CNY", today);

        // quotas: the manager's team only, all or nothing; reps may not set any
        Set<String> offered = as(manager, () -> forecasts.quotas(month, "CNY")).stream().map(Quota::ownerName)
                .collect(Collectors.toSet());
        assertTrue(offered + "", offered.contains("forecastrep") && offered.contains("forecastrep2"));
        assertTrue("another team's rep is not offered", !offered.contains("forecastrep3"));
        assertThrows(AccessDeniedException.class, () -> as(manager, () -> save(forecasts,
                List.of(quota(rep, month, "300000"), quota(people.stranger(), month, "1")))));
        RuntimeException negative = assertThrows(RuntimeException.class, () -> as(manager, () -> save(forecasts,
                List.of(quota(rep, month, "300000"), quota(people.colleague(), month, "-5")))));
        assertEquals("sales.error.quota", negative.getMessage());
        assertThrows(AccessDeniedException.class, () -> as(rep, () -> save(forecasts, List.of(quota(rep, month, "1")))));
        assertEquals("refused quotas wrote nothing", 0,
                as(manager, () -> forecasts.forecast(month, month)).total("CNY").quota().signum());
        as(manager, () -> save(forecasts, List.of(quota(rep, month, "300000"), quota(people.colleague(), month, "100000"))));

        // the rep sees their own month: won 50,000 of 300,000 (16 %); committed 50,000 + 200,000;
        // weighted 50,000 + 100,000 × 10 % + 200,000 × 90 %; open pipeline 300,000 in two
        Forecast own = as(rep, () -> forecasts.forecast(month, month));
        ForecastFigures figures = own.total("CNY");
        assertEquals(new BigDecimal("300000.00"), figures.quota());
        assertEquals(new BigDecimal("50000.00"), figures.won());
        assertEquals(new BigDecimal("250000.00"), figures.committed());
        assertEquals(new BigDecimal("240000.00"), figures.weighted());
        assertEquals(new BigDecimal("300000.00"), figures.pipeline());
        assertEquals(2L, figures.open());
        assertEquals(Integer.valueOf(16), figures.attainment());
        assertEquals(Set.of("forecastrep"), owners(own));
        assertEquals("the USD opportunity is next month's", List.of("CNY"), own.currencies());
        assertEquals(new BigDecimal("40000.00"), as(rep, () -> forecasts.forecast(month, month.plusMonths(1))).total("USD").pipeline());

        // the manager sees the team (both reps, the team's name), not the other team
        Forecast team = as(manager, () -> forecasts.forecast(month, month));
        assertEquals(Set.of("forecastrep", "forecastrep2"), owners(team));
        assertEquals(new BigDecimal("400000.00"), team.total("CNY").quota());
        assertEquals(new BigDecimal("380000.00"), team.total("CNY").pipeline());
        assertTrue(team.lines().stream().allMatch(line -> "Forecast East".equals(line.teamName())));
        RuntimeException backwards = assertThrows(RuntimeException.class,
                () -> as(rep, () -> forecasts.forecast(month, month.minusMonths(1))));
        assertEquals("sales.error.period", backwards.getMessage());

        // the board: whole counts and per-currency amounts per stage, however few cards are asked for
        List<BoardColumn> board = as(rep, () -> opportunities.board(1));
        BoardColumn qualify = board.get(0);
        assertEquals("qualify", qualify.stage().code());
        assertEquals(2L, qualify.count());
        assertEquals(1, qualify.newest().size());
        assertEquals(List.of("CNY 100000.00", "USD 40000.00"),
                qualify.totals().stream().map(t -> t.currency() + " " + t.amount()).toList());
        assertEquals(1L, board.get(3).count());

        // funnel of the rep's five: A, D, E got no further than qualify, B reached negotiation, C was won
        Funnel funnel = as(rep, () -> forecasts.funnel(today.minusDays(1), today));
        assertEquals(List.of(5L, 2L, 2L, 2L), funnel.stages().stream().map(FunnelStage::reached).toList());
        assertEquals(List.of(40, 100, 100, 50), funnel.stages().stream().map(FunnelStage::conversion).toList());
        assertEquals(3L, funnel.open());
        assertEquals(Integer.valueOf(50), funnel.winRate());
        Funnel teamFunnel = as(manager, () -> forecasts.funnel(today.minusDays(1), today));
        assertEquals("the colleague's F joins, the other team's G does not", 6L, teamFunnel.stages().get(0).reached());
        WinRate rate = as(rep, () -> forecasts.winRate(today.minusDays(89), today));
        assertEquals(1L, rate.won());
        assertEquals(1L, rate.lost());
        return null;
    }

    private static Opportunity create(OpportunityService opportunities, Subject owner, long customer, String name, String amount,
            String currency, LocalDate close) {
        return as(owner, () -> opportunities.create(new NewOpportunity(customer, name, "", new BigDecimal(amount), currency, close,
                "", "")));
    }

    private static Void save(ForecastService forecasts, List<Quota> quotas) {
        forecasts.saveQuotas(quotas);
        return null;
    }

    private static Quota quota(Subject owner, YearMonth month, String amount) {
        return new Quota(owner.userId(), "", month, "CNY", new BigDecimal(amount));
    }

    private static Set<String> owners(Forecast forecast) {
        return forecast.lines().stream().map(ForecastLine::ownerName).collect(Collectors.toSet());
    }
}
