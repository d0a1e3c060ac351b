package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.ServiceByName;
import org.mosaiccrm.assembly.TestPackages;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleDelivery;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.mosaiccrm.platform.module.ModulePackage.PackageState;
import org.mosaiccrm.platform.module.ModulePackage;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.module.ModuleState;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.UserAdministration;
import org.mosaiccrm.platform.ui.CustomerTabContribution;
import org.mosaiccrm.platform.ui.DashboardWidget;
import org.mosaiccrm.platform.ui.Navigation;

/**
 * The ISV kit's sample module, loyalty points, built outside this build from the module archetype
 * (see karaf-assembly/pom.xml), delivered as a vendor delivers it: its KAR dropped into deploy/,
 * approved by a user administrator, then used by sales reps through its service with the record
 * scope of the customer core; its page, customer tab and home widget come and go with it, and its
 * data stays across uninstall and reinstall.
 */
public class IsvModuleIT extends SharedKarafTestSupport {

    private static final String LEDGER = "com.example.loyalty.LedgerService";


    private Subject rep;
    private Subject otherRep;

    @Before
    public void users() throws Exception {
        // plain reps: the module's default grants give them the ledger when it is installed
        Subject[] reps = salesReps("loyaltyrep", "loyaltyrep2");
        rep = reps[0];
        otherRep = reps[1];
    }

    @Test
    public void theSampleModuleInstallsFromItsKarAfterApprovalAndKeepsItsPointsAcrossReinstall() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        ModuleDelivery delivery = service(ModuleDelivery.class, 60);
        Navigation navigation = service(Navigation.class, 60);
        Path kar = Path.of(System.getProperty("mosaic.isv.kar"));
        assertTrue("the sample was built: " + kar, Files.isRegularFile(kar));

        TestPackages.dropIntoDeployFolder(kar);
        await("the package waits for approval", 60, () -> asAdmin(delivery::packages).stream()
                .anyMatch(p -> p.fileName().equals(kar.getFileName().toString()) && p.state() == PackageState.WAITING_FOR_APPROVAL));
        ServiceByName ledger = new ServiceByName(bundleContext, LEDGER);
        assertFalse("nothing of it runs before approval", ledger.isUp());
        ModulePackage pack = asAdmin(delivery::packages).stream().filter(p -> p.fileName().equals(kar.getFileName().toString()))
                .findFirst().orElseThrow();
        assertEquals(List.of("loyalty 1.0.0"), pack.modules());

        ModulePackage installed = asAdmin(() -> delivery.approve(pack.id()));
        assertEquals(installed.problem(), PackageState.INSTALLED, installed.state());
        await("loyalty service up", 30, ledger::isUp);
        // the vendor's role and default grants arrived with it, with no platform edit
        await("the module's role", 30, () -> asAdmin(() -> service(UserAdministration.class).roles()).stream()
                .anyMatch(r -> r.code().equals("loyalty-clerk") && r.grants().get("loyalty.create") == RecordScope.ALL));
        assertEquals(RecordScope.ALL, asAdmin(() -> service(UserAdministration.class).roles()).stream()
                .filter(r -> r.code().equals("sales-rep")).findFirst().orElseThrow().grants().get("loyalty.read"));
        ModuleOffer offer = asAdmin(modules::modules).stream().filter(o -> o.id().equals("loyalty")).findFirst().orElseThrow();
        assertEquals("1.0.0", offer.installedVersion());
        assertTrue("its own table", offer.schema().exists());
        await("module active", 30, () -> service(ModuleRegistry.class).module("loyalty")
                .map(s -> s.state() == ModuleState.ACTIVE).orElse(false));

        // its page, customer tab and home widget
        await("page route", 30, () -> navigation.hasRoute("loyalty"));
        assertTrue(contributed(CustomerTabContribution.class, "(component.name=com.example.loyalty.internal.LedgerCustomerTab)"));
        assertTrue(contributed(DashboardWidget.class, "(component.name=com.example.loyalty.internal.MonthWidget)"));

        // a rep awards and redeems points on a customer of theirs; bad input writes nothing
        CustomerService customers = service(CustomerService.class, 30);
        Customer shop = CurrentSubject.callAs(rep, () -> customers.create(new NewCustomer("苏州积分便利店", CustomerType.COMPANY,
                "", "0512 6521 0000", "苏州")));
        ledger.call(rep, "add", new Class<?>[] { long.class, long.class, String.class }, shop.id(), 120L, "开业礼 opening gift");
        ledger.call(rep, "add", new Class<?>[] { long.class, long.class, String.class }, shop.id(), -20L, "兑换 redeemed");
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> ledger.call(rep, "add", new Class<?>[] { long.class, long.class, String.class }, shop.id(), 0L, "nothing"));
        assertEquals("loyalty.error.zero", zero.getMessage());
        assertEquals(100L, balance(ledger, rep, shop.id()));
        assertEquals(100L, ledger.call(rep, "writtenThisMonth", new Class<?>[0]));
        // another rep's customer reads exactly as one nobody has (the customer service says so, the module passes it on)
        assertEquals("No customer " + shop.id(), assertThrows(java.util.NoSuchElementException.class,
                () -> balance(ledger, otherRep, shop.id())).getMessage());
        assertEquals("nor shown among the newest", 0, ((List<?>) ledger.call(otherRep, "recent", new Class<?>[] { int.class }, 10)).size());

        // its resource on the integration API, with the rep's token: as the service, the rep's customers only
        ApiTokens tokens = service(ApiTokens.class, 30);
        String token = CurrentSubject.callAs(rep, () -> tokens.create("积分接口", LocalDate.now().plusDays(7),
                Set.of("loyalty.read", "loyalty.create", "customer.read"))).secret();
        ApiCalls api = new ApiCalls(HTTP_PORT);
        await("the resource is on the API", 30, () -> api.answers("/api/v1/loyalty/customers/" + shop.id() + "/balance", token) != 404);
        HttpResponse<String> balance = api.call("GET", "/api/v1/loyalty/customers/" + shop.id() + "/balance", token, null);
        assertEquals(balance.body(), 200, balance.statusCode());
        assertTrue(balance.body(), balance.body().contains("\"balance\":100"));
        HttpResponse<String> added = api.call("POST", "/api/v1/loyalty/customers/" + shop.id() + "/entries", token,
                "{\"amount\":30,\"reason\":\"API 积分\"}");
        assertEquals(added.body(), 201, added.statusCode());
        HttpResponse<String> refused = api.call("POST", "/api/v1/loyalty/customers/" + shop.id() + "/entries", token,
                "{\"amount\":0,\"reason\":\"x\"}");
        assertEquals(refused.body(), 400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("\"field\":\"amount\""));
        assertTrue(api.call("GET", "/api/v1/openapi.json", null, null).body().contains("/v1/loyalty/customers/{customerId}/entries"));
        ledger.call(rep, "add", new Class<?>[] { long.class, long.class, String.class }, shop.id(), -30L, "冲回 API 积分");

        // uninstall: page and service go, the points stay; reinstall brings them back
        asAdmin(() -> modules.apply("loyalty", ModuleChange.UNINSTALL));
        await("route gone", 30, () -> !navigation.hasRoute("loyalty"));
        assertFalse(ledger.isUp());
        await("its paths leave the API", 30, () -> !api.answersBody("/api/v1/openapi.json").contains("/v1/loyalty/"));
        asAdmin(() -> modules.apply("loyalty", ModuleChange.INSTALL));
        await("loyalty back", 30, ledger::isUp);
        assertEquals("the points survived", 100L, balance(ledger, rep, shop.id()));
        // the shared CRM goes on without the vendor's module, as the other scenarios expect it
        asAdmin(() -> modules.apply("loyalty", ModuleChange.UNINSTALL));
        await("loyalty gone", 30, () -> !navigation.hasRoute("loyalty"));
    }

    private static long balance(ServiceByName ledger, Subject subject, long customerId) {
        return (Long) ledger.call(subject, "balance", new Class<?>[] { long.class }, customerId);
    }

    private boolean contributed(Class<?> type, String filter) throws Exception {
        return bundleContext.getServiceReferences(type.getName(), filter) != null;
    }

    private <T> T service(Class<T> type) {
        return bundleContext.getService(bundleContext.getServiceReference(type));
    }
}
