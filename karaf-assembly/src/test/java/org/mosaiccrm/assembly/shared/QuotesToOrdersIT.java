package org.mosaiccrm.assembly.shared;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.shared.sales.LeadToClosedOrder;
import org.mosaiccrm.assembly.shared.sales.NumbersGoOn;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;

/**
 * The sales process past the lead, in the running module: a manager sets up the stages and the
 * price list; a rep edits the opportunity a lead became, quotes it, has a revision rejected and the
 * next accepted; the accepted quote becomes an order (and wins the opportunity) that moves to closed.
 * Record scope, refused input writing nothing, and the data surviving an uninstall and reinstall.
 */
public class QuotesToOrdersIT extends SharedKarafTestSupport {

    private static final String QUOTES = "org.mosaiccrm.sales.QuoteService";
    private static final String ORDERS = "org.mosaiccrm.sales.OrderService";

    private Subject admin;
    private People people;

    @Before
    public void users() throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        admin = users.user("quoteadmin", null, "user-admin");
        Team team = users.team("Quotes North");
        people = new People(users.user("quotemanager", team.id(), "sales-manager"), users.user("quoterep", team.id(), "sales-rep"),
                users.user("quoterep2", team.id(), "sales-rep"));
    }

    @Test
    public void aLeadBecomesAnOpportunityAQuoteAndAnOrderThatIsClosed() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        as(admin, () -> modules.apply("sales", ModuleChange.INSTALL));
        Closed closed;
        try {
            await("sales up", 30, () -> hasService(ORDERS) && hasService(QUOTES));
            closed = SalesCode.in(bundleContext).run(LeadToClosedOrder.class, people);
        } finally {
            as(admin, () -> modules.apply("sales", ModuleChange.UNINSTALL));
        }
        // the data outlives the module: reinstalled, the order is there as it was left
        as(admin, () -> modules.apply("sales", ModuleChange.INSTALL));
        try {
            await("sales back", 30, () -> hasService(ORDERS));
            SalesCode.in(bundleContext).run(NumbersGoOn.class, new After(people, closed));
        } finally {
            as(admin, () -> modules.apply("sales", ModuleChange.UNINSTALL));
        }
    }

    /** Team North's manager and two reps. */
    public record People(Subject manager, Subject rep, Subject otherRep) {
    }

    /** What the process closed: the order, its customer, a product of the price list, the last quote and order numbers. */
    public record Closed(long orderId, long customerId, long productId, String quoteNumber, String orderNumber) {
    }

    /** The people of the scenario and what it closed before the module went. */
    public record After(People people, Closed closed) {
    }
}
