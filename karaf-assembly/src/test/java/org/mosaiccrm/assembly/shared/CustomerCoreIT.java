package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.customer.BuyingRole;
import org.mosaiccrm.customer.Channel;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerMergeParticipant;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.InteractionKind;
import org.mosaiccrm.customer.InteractionService;
import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.NewInteraction;
import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.platform.search.SearchHit;
import org.mosaiccrm.platform.search.SearchProvider;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.ui.Navigation;
import org.osgi.framework.ServiceRegistration;

/** The assembly boots the customer core: its views, search provider and health entry. */
public class CustomerCoreIT extends SharedKarafTestSupport {


    private SearchProvider searchProvider(String titleKey) {
        try {
            return bundleContext.getServiceReferences(SearchProvider.class, null).stream()
                    .filter(ref -> ref.getBundle().getSymbolicName().equals("org.mosaiccrm.customer.service"))
                    .map(bundleContext::getService).filter(p -> p.titleKey().equals(titleKey)).findFirst().orElseThrow();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void customerCoreIsUpWithItsViewsAndGlobalSearch() throws Exception {
        Navigation navigation = service(Navigation.class, 60);
        CustomerService customers = service(CustomerService.class, 60);
        Subject rep = new TestUsers(bundleContext).user("corerep", null, "sales-rep");
        await("customer list and 360 routes live", 60,
                () -> navigation.hasRoute("customers") && navigation.hasRoute("customers/42"));
        assertTrue("in the menu", CurrentSubject.callAs(rep, navigation::menu).stream().anyMatch(e -> e.route().equals("customers")));

        Customer created = CurrentSubject.callAs(rep, () -> customers.create(new NewCustomer("上海云帆贸易有限公司",
                CustomerType.COMPANY, "sales@yunfan.example", "021 5555 0101", "上海")));
        List<SearchHit> hits = CurrentSubject.callAs(rep, () -> searchProvider("customer.title").search("上海云帆", 5));
        assertEquals("上海云帆贸易有限公司", hits.get(0).title());
        assertEquals("customers/" + created.id(), hits.get(0).route());

        // contacts and the timeline, through the services other modules use
        ContactService contacts = service(ContactService.class, 30);
        InteractionService interactions = service(InteractionService.class, 30);
        CurrentSubject.runAs(rep, () -> {
            contacts.create(new NewContact(created.id(), "周婷", "采购经理", BuyingRole.DECISION_MAKER, "", "139 0021 0101",
                    "", Channel.WECHAT, ""));
            interactions.record(new NewInteraction(created.id(), null, InteractionKind.VISIT, null, "上门拜访，确认需求",
                    "对方有采购意向", "发送报价", LocalDate.now()));
        });
        List<SearchHit> contactHits = CurrentSubject.callAs(rep, () -> searchProvider("customer.contacts").search("1390021", 5));
        assertEquals("周婷", contactHits.get(0).title());
        assertEquals("a contact hit opens its customer", "customers/" + created.id(), contactHits.get(0).route());
        assertEquals("上海云帆贸易有限公司", CurrentSubject.callAs(rep,
                () -> interactions.followUpsDue(LocalDate.now(), 10)).get(0).customerName());

        await("customer module active in /health", 30, () -> {
            try {
                String health = get("/health").body();
                return health.contains("\"id\":\"customer\",\"name\":\"Customers\"") && !health.contains("FAILED");
            } catch (Exception e) {
                return false;
            }
        });
    }

    /**
     * A module's merge participant, registered as an OSGi service, is told about a merge; one that
     * registers after the merge (a module installed later) catches up on it. The CSV service is up.
     */
    @Test
    public void mergesReachTheModulesThatHoldCustomerReferences() throws Exception {
        CustomerService customers = service(CustomerService.class, 60);
        service(CustomerCsv.class, 30);
        Subject manager = new TestUsers(bundleContext).user("coreboss", null, "sales-manager");
        Customer kept = CurrentSubject.callAs(manager, () -> customers.create(new NewCustomer("杭州远景科技有限公司",
                CustomerType.COMPANY, "info@yuanjing.example", "", "杭州")));
        Customer duplicate = CurrentSubject.callAs(manager, () -> customers.create(new NewCustomer("杭州远景科技",
                CustomerType.COMPANY, "", "0571 8888 0101", "")));
        assertEquals(duplicate.id(), CurrentSubject.callAs(manager, () -> customers.duplicates(NewCustomer.of(kept),
                kept.id(), 5)).get(0).customerId());

        List<String> present = new CopyOnWriteArrayList<>();
        ServiceRegistration<CustomerMergeParticipant> registered = bundleContext.registerService(
                CustomerMergeParticipant.class, (merged, survivor) -> present.add(merged + "->" + survivor), null);
        try {
            Customer merged = CurrentSubject.callAs(manager, () -> customers.merge(kept.id(), kept.version(), duplicate.id()));
            assertEquals("0571 8888 0101", merged.phone());
            assertTrue(present.contains(duplicate.id() + "->" + kept.id()));

            List<String> late = new CopyOnWriteArrayList<>();
            ServiceRegistration<CustomerMergeParticipant> later = bundleContext.registerService(
                    CustomerMergeParticipant.class, (m, s) -> late.add(m + "->" + s), null);
            await("a participant registered after the merge catches up", 30,
                    () -> late.contains(duplicate.id() + "->" + kept.id()));
            later.unregister();
        } finally {
            registered.unregister();
        }
    }
}
