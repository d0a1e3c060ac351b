package org.mosaiccrm.assembly;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import java.time.LocalDate;

import org.mosaiccrm.customer.BuyingRole;
import org.mosaiccrm.customer.Channel;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.InteractionKind;
import org.mosaiccrm.customer.InteractionService;
import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.customer.NewInteraction;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.search.SearchHit;
import org.mosaiccrm.platform.search.SearchProvider;
import org.mosaiccrm.platform.ui.Navigation;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The assembly boots the customer core: its views, search provider and health entry. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CustomerCoreIT extends MosaicKarafTestSupport {

    @Configuration
    public Option[] config() {
        return baseConfig();
    }

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
}
