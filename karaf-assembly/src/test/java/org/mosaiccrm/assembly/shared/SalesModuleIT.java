package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

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
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.ui.Navigation;
import org.ops4j.pax.exam.Option;

/**
 * The sales module installed at runtime: a rep's opportunity moves through the stages with its
 * history, is won or lost with a reason, counts in the pipeline; other reps cannot see it; bad
 * input and stale versions are refused with nothing written; uninstalling keeps the customer core
 * working and the sales data, reinstalling brings both back.
 */
public class SalesModuleIT extends SharedKarafTestSupport {

    private static final String SERVICE = "org.mosaiccrm.sales.OpportunityService";


    private Subject admin;
    private Subject rep;
    private Subject otherRep;

    @Before
    public void users() throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        admin = users.user("salesadmin", null, "user-admin");
        rep = users.user("salesrep", null, "sales-rep");
        otherRep = users.user("salesrep2", null, "sales-rep");
    }

    private <T> T asAdmin(Supplier<T> work) {
        return CurrentSubject.callAs(admin, work);
    }

    @Test
    public void opportunitiesMoveThroughTheStagesAndSurviveAnUninstall() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        Navigation navigation = service(Navigation.class, 60);
        CustomerService customers = service(CustomerService.class, 60);
        asAdmin(() -> modules.apply("sales", ModuleChange.INSTALL));
        ServiceByName sales = new ServiceByName(bundleContext, SERVICE);
        await("sales up", 30, sales::isUp);
        await("pipeline page", 30, () -> navigation.hasRoute("sales/opportunities"));

        Customer customer = CurrentSubject.callAs(rep, () -> customers.create(new NewCustomer("宁波海纳精工有限公司",
                CustomerType.COMPANY, "", "0574 8888 0000", "宁波")));
        Object created = sales.call(rep, "create", new Class<?>[] { newOpportunityClass() }, newOpportunity(customer.id(),
                "二期扩产设备", "", "1200000", "", LocalDate.now().plusMonths(2)));
        long id = (Long) ServiceByName.read(created, "id");
        assertEquals("qualify", ServiceByName.read(created, "stageCode"));
        assertEquals(10, ServiceByName.read(created, "probability"));

        Object moved = sales.call(rep, "moveToStage", new Class<?>[] { long.class, String.class, long.class }, id, "proposal",
                ServiceByName.read(created, "version"));
        assertEquals(50, ServiceByName.read(moved, "probability"));
        RuntimeException stale = assertThrows(RuntimeException.class,
                () -> sales.call(rep, "moveToStage", new Class<?>[] { long.class, String.class, long.class }, id, "negotiation",
                        ServiceByName.read(created, "version")));
        assertEquals("a stale version is refused", "OptimisticLockException", stale.getClass().getSimpleName());
        RuntimeException noStage = assertThrows(RuntimeException.class, () -> sales.call(rep, "moveToStage",
                new Class<?>[] { long.class, String.class, long.class }, id, "dreaming", ServiceByName.read(moved, "version")));
        assertEquals("sales.error.stage", noStage.getMessage());
        RuntimeException badAmount = assertThrows(RuntimeException.class, () -> sales.call(rep, "create",
                new Class<?>[] { newOpportunityClass() }, newOpportunity(customer.id(), "负数", "", "-5", "", null)));
        assertEquals("sales.error.amount", badAmount.getMessage());

        List<?> pipeline = (List<?>) sales.call(rep, "pipeline", new Class<?>[0]);
        assertEquals(1, pipeline.size());
        assertEquals(new BigDecimal("600000.00"), ServiceByName.read(pipeline.get(0), "weighted"));
        assertEquals("another rep's opportunity reads as one nobody has", java.util.Optional.empty(),
                sales.call(otherRep, "find", new Class<?>[] { long.class }, id));
        assertEquals(java.util.Optional.empty(), sales.call(otherRep, "find", new Class<?>[] { long.class }, Long.MAX_VALUE));
        assertEquals(0, ((List<?>) sales.call(otherRep, "pipeline", new Class<?>[0])).size());

        RuntimeException noReason = assertThrows(RuntimeException.class, () -> sales.call(rep, "lose",
                new Class<?>[] { long.class, String.class, long.class }, id, " ", ServiceByName.read(moved, "version")));
        assertEquals("sales.error.lostReason", noReason.getMessage());
        Object won = sales.call(rep, "win", new Class<?>[] { long.class, long.class }, id, ServiceByName.read(moved, "version"));
        assertEquals("WON", ServiceByName.read(won, "status").toString());
        List<?> history = (List<?>) sales.call(rep, "history", new Class<?>[] { long.class }, id);
        assertEquals(List.of("qualify", "proposal", "won"), history.stream().map(c -> ServiceByName.read(c, "toStage")).toList());

        asAdmin(() -> modules.apply("sales", ModuleChange.UNINSTALL));
        await("sales gone", 30, () -> !sales.isUp() && !navigation.hasRoute("sales/opportunities"));
        assertEquals("the customer core keeps working", "宁波海纳精工有限公司",
                CurrentSubject.callAs(rep, () -> customers.find(customer.id())).orElseThrow().name());
        asAdmin(() -> modules.apply("sales", ModuleChange.INSTALL));
        await("sales back", 30, sales::isUp);
        List<?> forCustomer = (List<?>) sales.call(rep, "forCustomer", new Class<?>[] { long.class }, customer.id());
        assertEquals("the won opportunity is kept", 1, forCustomer.size());
        assertEquals("WON", ServiceByName.read(forCustomer.get(0), "status").toString());
        asAdmin(() -> modules.apply("sales", ModuleChange.UNINSTALL));
        assertFalse(sales.isUp());
    }

    /** The module's NewOpportunity class, loaded from its API bundle (the probe does not wire to it). */
    private Class<?> newOpportunityClass() throws Exception {
        return bundle("org.mosaiccrm.sales").loadClass("org.mosaiccrm.sales.NewOpportunity");
    }

    private Object newOpportunity(long customerId, String name, String stage, String amount, String currency, LocalDate close)
            throws Exception {
        return newOpportunityClass().getConstructors()[0].newInstance(customerId, name, stage, new BigDecimal(amount), currency,
                close, "", "");
    }
}
