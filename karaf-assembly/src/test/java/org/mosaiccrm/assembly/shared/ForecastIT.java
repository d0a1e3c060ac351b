package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.ServiceByName;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;

/**
 * Forecast, quotas and funnel on the running module: a manager sets quotas only within the team
 * (all or nothing), reps see their own figures, the manager the team's, and the funnel counts how
 * far this month's opportunities came, worked out by hand below.
 */
public class ForecastIT extends SharedKarafTestSupport {

    private static final String OPPORTUNITIES = "org.mosaiccrm.sales.OpportunityService";
    private static final String FORECASTS = "org.mosaiccrm.sales.ForecastService";
    private static final Class<?>[] ID_VERSION = { long.class, long.class };
    private static final Class<?>[] RANGE = { YearMonth.class, YearMonth.class };
    private static final Class<?>[] DAYS = { LocalDate.class, LocalDate.class };


    private Subject admin;
    private Subject manager;
    private Subject rep;
    private Subject colleague;
    private Subject stranger;

    @Before
    public void users() throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        admin = users.user("forecastadmin", null, "user-admin");
        Team east = users.team("Forecast East");
        Team west = users.team("Forecast West");
        manager = users.user("forecastmanager", east.id(), "sales-manager");
        rep = users.user("forecastrep", east.id(), "sales-rep");
        colleague = users.user("forecastrep2", east.id(), "sales-rep");
        stranger = users.user("forecastrep3", west.id(), "sales-rep");
    }

    private static Object read(Object target, String accessor) {
        return ServiceByName.read(target, accessor);
    }

    @Test
    public void quotasForecastAndFunnelFollowTheRecordScope() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        CustomerService customers = service(CustomerService.class, 60);
        as(admin, () -> modules.apply("sales", ModuleChange.INSTALL));
        ServiceByName opportunities = new ServiceByName(bundleContext, OPPORTUNITIES);
        ServiceByName forecasts = new ServiceByName(bundleContext, FORECASTS);
        await("sales up", 30, () -> opportunities.isUp() && forecasts.isUp());
        LocalDate today = LocalDate.now();
        YearMonth month = YearMonth.from(today);
        try {
            long customer = as(rep, () -> customers.create(new NewCustomer("杭州云帆科技有限公司", CustomerType.COMPANY, "",
                    "0571 8800 1234", "杭州"))).id();
            long otherCustomer = as(colleague, () -> customers.create(new NewCustomer("苏州恒信精密", CustomerType.COMPANY, "",
                    "0512 6600 1234", "苏州"))).id();
            long strangerCustomer = as(stranger, () -> customers.create(new NewCustomer("成都西岭电子", CustomerType.COMPANY, "",
                    "028 8500 1234", "成都"))).id();

            // the rep: A 100,000 at 10 %; B 200,000 moved to negotiation and set to 90 % (committed); C 50,000 won;
            // D 30,000 lost; E 40,000 USD next month. The colleague: F 80,000. Another team: G 70,000.
            create(opportunities, rep, customer, "A", "100000", "CNY", today);
            Object b = create(opportunities, rep, customer, "B", "200000", "CNY", today);
            Object moved = opportunities.call(rep, "moveToStage", new Class<?>[] { long.class, String.class, long.class },
                    read(b, "id"), "negotiation", read(b, "version"));
            opportunities.call(rep, "update", new Class<?>[] { long.class, salesType("OpportunityEdit"), long.class }, read(b, "id"),
                    salesRecord("OpportunityEdit", "B", new BigDecimal("200000"), "CNY", today, 90, "", ""), read(moved, "version"));
            Object c = create(opportunities, rep, customer, "C", "50000", "CNY", today.plusMonths(3));
            opportunities.call(rep, "win", ID_VERSION, read(c, "id"), read(c, "version"));
            Object d = create(opportunities, rep, customer, "D", "30000", "CNY", today);
            opportunities.call(rep, "lose", new Class<?>[] { long.class, String.class, long.class }, read(d, "id"), "预算取消",
                    read(d, "version"));
            create(opportunities, rep, customer, "E", "40000", "USD", today.plusMonths(1));
            create(opportunities, colleague, otherCustomer, "F", "80000", "CNY", today);
            create(opportunities, stranger, strangerCustomer, "G", "70000", "CNY", today);

            // quotas: the manager's team only, all or nothing; reps may not set any
            List<?> settable = (List<?>) forecasts.call(manager, "quotas", new Class<?>[] { YearMonth.class, String.class }, month,
                    "CNY");
            List<Object> offered = settable.stream().map(q -> read(q, "ownerName")).collect(Collectors.toList());
            assertTrue(offered + "", offered.contains("forecastrep") && offered.contains("forecastrep2"));
            assertTrue("another team's rep is not offered", !offered.contains("forecastrep3"));
            Class<?>[] save = { List.class };
            assertThrows(AccessDeniedException.class, () -> forecasts.call(manager, "saveQuotas", save,
                    List.of(quota(rep, month, "300000"), quota(stranger, month, "1"))));
            RuntimeException negative = assertThrows(RuntimeException.class, () -> forecasts.call(manager, "saveQuotas", save,
                    List.of(quota(rep, month, "300000"), quota(colleague, month, "-5"))));
            assertEquals("sales.error.quota", negative.getMessage());
            assertThrows(AccessDeniedException.class, () -> forecasts.call(rep, "saveQuotas", save, List.of(quota(rep, month, "1"))));
            Object rangeOfMonth = forecasts.call(manager, "forecast", RANGE, month, month);
            assertEquals("refused quotas wrote nothing", BigDecimal.ZERO, quotaTotal(rangeOfMonth, "CNY"));
            forecasts.call(manager, "saveQuotas", save, List.of(quota(rep, month, "300000"), quota(colleague, month, "100000")));

            // the rep sees their own month: won 50,000 of 300,000 (16 %); committed 50,000 + 200,000;
            // weighted 50,000 + 100,000 × 10 % + 200,000 × 90 %; open pipeline 300,000 in two
            Object own = forecasts.call(rep, "forecast", RANGE, month, month);
            Object figures = total(own, "CNY");
            assertEquals(new BigDecimal("300000.00"), read(figures, "quota"));
            assertEquals(new BigDecimal("50000.00"), read(figures, "won"));
            assertEquals(new BigDecimal("250000.00"), read(figures, "committed"));
            assertEquals(new BigDecimal("240000.00"), read(figures, "weighted"));
            assertEquals(new BigDecimal("300000.00"), read(figures, "pipeline"));
            assertEquals(2L, read(figures, "open"));
            assertEquals(16, read(figures, "attainment"));
            assertEquals(names("forecastrep"), owners(own));
            assertEquals("the USD opportunity is next month's", List.of("CNY"), read(own, "currencies"));
            Object twoMonths = forecasts.call(rep, "forecast", RANGE, month, month.plusMonths(1));
            assertEquals(new BigDecimal("40000.00"), read(total(twoMonths, "USD"), "pipeline"));

            // the manager sees the team (both reps, the team's name), not the other team
            Object team = forecasts.call(manager, "forecast", RANGE, month, month);
            assertEquals(names("forecastrep", "forecastrep2"), owners(team));
            assertEquals(new BigDecimal("400000.00"), read(total(team, "CNY"), "quota"));
            assertEquals(new BigDecimal("380000.00"), read(total(team, "CNY"), "pipeline"));
            assertTrue(((List<?>) read(team, "lines")).stream().allMatch(line -> "Forecast East".equals(read(line, "teamName"))));
            RuntimeException backwards = assertThrows(RuntimeException.class,
                    () -> forecasts.call(rep, "forecast", RANGE, month, month.minusMonths(1)));
            assertEquals("sales.error.period", backwards.getMessage());

            // the board: whole counts and per-currency amounts per stage, however few cards are asked for
            List<?> board = (List<?>) opportunities.call(rep, "board", new Class<?>[] { int.class }, 1);
            Object qualify = board.get(0);
            assertEquals("qualify", read(read(qualify, "stage"), "code"));
            assertEquals(2L, read(qualify, "count"));
            assertEquals(1, ((List<?>) read(qualify, "newest")).size());
            assertEquals(List.of("CNY 100000.00", "USD 40000.00"), ((List<?>) read(qualify, "totals")).stream()
                    .map(t -> read(t, "currency") + " " + read(t, "amount")).toList());
            assertEquals(1L, read(board.get(3), "count"));

            // funnel of the rep's five: A, D, E got no further than qualify, B reached negotiation, C was won
            Object funnel = forecasts.call(rep, "funnel", DAYS, today.minusDays(1), today);
            List<?> stages = (List<?>) read(funnel, "stages");
            assertEquals(List.of(5L, 2L, 2L, 2L), stages.stream().map(s -> read(s, "reached")).toList());
            assertEquals(List.of(40, 100, 100, 50), stages.stream().map(s -> read(s, "conversion")).toList());
            assertEquals(3L, read(funnel, "open"));
            assertEquals(50, read(funnel, "winRate"));
            Object teamFunnel = forecasts.call(manager, "funnel", DAYS, today.minusDays(1), today);
            assertEquals("the colleague's F joins, the other team's G does not", 6L,
                    read(((List<?>) read(teamFunnel, "stages")).get(0), "reached"));
            Object rate = forecasts.call(rep, "winRate", DAYS, today.minusDays(89), today);
            assertEquals(1L, read(rate, "won"));
            assertEquals(1L, read(rate, "lost"));
        } finally {
            as(admin, () -> modules.apply("sales", ModuleChange.UNINSTALL));
        }
    }

    private Object create(ServiceByName opportunities, Subject owner, long customer, String name, String amount, String currency,
            LocalDate close) throws Exception {
        return opportunities.call(owner, "create", new Class<?>[] { salesType("NewOpportunity") },
                salesRecord("NewOpportunity", customer, name, "", new BigDecimal(amount), currency, close, "", ""));
    }

    private Object quota(Subject owner, YearMonth month, String amount) throws Exception {
        return salesRecord("Quota", owner.userId(), "", month, "CNY", new BigDecimal(amount));
    }

    private static Object total(Object forecast, String currency) throws Exception {
        return forecast.getClass().getMethod("total", String.class).invoke(forecast, currency);
    }

    private static BigDecimal quotaTotal(Object forecast, String currency) throws Exception {
        return ((BigDecimal) read(total(forecast, currency), "quota")).stripTrailingZeros();
    }

    private static java.util.Set<Object> owners(Object forecast) {
        return ((List<?>) read(forecast, "lines")).stream().map(line -> read(line, "ownerName")).collect(Collectors.toSet());
    }

    private static java.util.Set<Object> names(Object... names) {
        return java.util.Set.of(names);
    }
}
