package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.shared.sales.OpportunitiesOfCustomer;
import org.mosaiccrm.assembly.shared.sales.OpportunityLifecycle;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.ui.Navigation;

/**
 * The sales module installed at runtime: a rep's opportunity moves through the stages with its
 * history, is won or lost with a reason, counts in the pipeline; other reps cannot see it; bad
 * input and stale versions are refused with nothing written; uninstalling keeps the customer core
 * working and the sales data, reinstalling brings both back.
 */
public class SalesModuleIT extends SharedKarafTestSupport {

    private static final String OPPORTUNITIES = "org.mosaiccrm.sales.OpportunityService";


    private Subject rep;
    private Subject otherRep;

    @Before
    public void users() throws Exception {
        Subject[] reps = salesReps("salesrep", "salesrep2");
        rep = reps[0];
        otherRep = reps[1];
    }

    @Test
    public void opportunitiesMoveThroughTheStagesAndSurviveAnUninstall() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        Navigation navigation = service(Navigation.class, 60);
        CustomerService customers = service(CustomerService.class, 60);
        asAdmin(() -> modules.apply("sales", ModuleChange.INSTALL));
        await("sales up", 30, () -> hasService(OPPORTUNITIES));
        await("pipeline page", 30, () -> navigation.hasRoute("sales/opportunities"));

        Customer customer = CurrentSubject.callAs(rep, () -> customers.create(new NewCustomer("宁波海纳精工有限公司",
                CustomerType.COMPANY, "", "0574 8888 0000", "宁波")));
        Reps reps = new Reps(rep, otherRep, customer.id());
        SalesCode.in(bundleContext).run(OpportunityLifecycle.class, reps);

        asAdmin(() -> modules.apply("sales", ModuleChange.UNINSTALL));
        await("sales gone", 30, () -> !hasService(OPPORTUNITIES) && !navigation.hasRoute("sales/opportunities"));
        assertEquals("the customer core keeps working", "宁波海纳精工有限公司",
                CurrentSubject.callAs(rep, () -> customers.find(customer.id())).orElseThrow().name());
        asAdmin(() -> modules.apply("sales", ModuleChange.INSTALL));
        await("sales back", 30, () -> hasService(OPPORTUNITIES));
        assertEquals("the won opportunity is kept", List.of("WON"), SalesCode.in(bundleContext).run(OpportunitiesOfCustomer.class, reps));
        asAdmin(() -> modules.apply("sales", ModuleChange.UNINSTALL));
        assertFalse(hasService(OPPORTUNITIES));
    }

    /** Two reps of the scenario and the customer the first one works with. */
    public record Reps(Subject rep, Subject otherRep, long customerId) {
    }
}
