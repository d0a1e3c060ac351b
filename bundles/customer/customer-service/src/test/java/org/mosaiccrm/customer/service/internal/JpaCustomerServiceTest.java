package org.mosaiccrm.customer.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.function.Executable;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerSort;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.Page;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.event.EventTopics;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;
import org.osgi.service.event.Event;

/**
 * The customer service on a real (in-memory) Derby, through the platform's persistence, with the
 * real security module (roles, teams, audit log) deciding what each user may do.
 */
class JpaCustomerServiceTest {

    private CustomerModule module;
    private SecurityFixture security;
    private JpaCustomerService customers;
    private Subject rep;
    private Subject otherRep;
    private Subject manager;

    @BeforeEach
    void open(TestInfo test) {
        module = new CustomerModule(test.getTestMethod().orElseThrow().getName());
        security = module.security;
        customers = module.customers;
        rep = module.rep;
        otherRep = module.otherRep;
        manager = module.manager;
    }

    @AfterEach
    void close() {
        module.close();
    }

    private <T> T as(Subject subject, Supplier<T> work) {
        return CurrentSubject.callAs(subject, work);
    }

    private <T> T asRep(Supplier<T> work) {
        return as(rep, work);
    }

    private void assertDenied(Subject subject, Executable call) {
        CurrentSubject.runAs(subject, () -> assertThrows(AccessDeniedException.class, call));
    }

    @Test
    void createsAndFindsByNameEmailAndPhonePrefix() {
        Customer created = asRep(() -> customers.create(new NewCustomer("  北京星辰科技有限公司 ", CustomerType.COMPANY,
                "Info@XingChen.cn", "+86 10 6512-3456", "北京")));
        assertEquals("北京星辰科技有限公司", created.name(), "trimmed");
        assertEquals(rep.userId(), created.ownerId(), "the creator owns it");
        assertEquals(created, asRep(() -> customers.find(created.id()).orElseThrow()));
        assertEquals(List.of(created), asRep(() -> customers.search("北京星", 10)));
        assertEquals(List.of(created), asRep(() -> customers.search("info@xing", 10)));
        assertEquals(List.of(created), asRep(() -> customers.search("861065", 10)), "phone digits only");
        assertTrue(asRep(() -> customers.search("上海", 10)).isEmpty());
        assertTrue(asRep(() -> customers.search("%", 10)).isEmpty(), "wildcards are text, not patterns");
    }

    @Test
    void fullWidthInputFindsHalfWidthNames() {
        Customer acme = asRep(() -> customers.create(new NewCustomer("ACME Trading", CustomerType.COMPANY, "", "", "")));
        assertEquals(List.of(acme), asRep(() -> customers.search("ＡＣＭＥ", 10)));
    }

    @Test
    void badInputIsRefusedWithTheFieldAndAKeyAndWritesNothing() {
        assertRefused(new NewCustomer("  ", CustomerType.COMPANY, "", "", ""), "name", "customer.error.name.required");
        assertRefused(new NewCustomer("张伟", null, "", "", ""), "type", "customer.error.type.required");
        assertRefused(new NewCustomer("张伟", CustomerType.PERSON, "not-an-email", "", ""), "email", "customer.error.email.invalid");
        assertRefused(new NewCustomer("张伟", CustomerType.PERSON, "", "call me", ""), "phone", "customer.error.phone.invalid");
        assertRefused(new NewCustomer("张\u0000伟", CustomerType.PERSON, "", "", ""), "name", "customer.error.control");
        assertRefused(new NewCustomer("x".repeat(201), CustomerType.PERSON, "", "", ""), "name", "customer.error.tooLong");
        assertEquals(0, as(manager, this::countAll));
        assertTrue(module.posted.isEmpty(), "nothing refused is announced");
    }

    @Test
    void storedChangesAreAnnouncedWithTheOwnerAndNoMore() {
        Customer created = asRep(() -> customers.create(NewCustomer.builder("Event Ltd", CustomerType.COMPANY)
                .taxId("91110000600037341L").build()));
        Customer renamed = asRep(() -> customers.update(created.id(), new NewCustomer("Event Group", CustomerType.COMPANY, "", "", ""),
                created.version()));
        assertThrows(RuntimeException.class, () -> asRep(() -> customers.update(created.id(),
                new NewCustomer("Stale", CustomerType.COMPANY, "", "", ""), created.version())));

        assertEquals(List.of("org/mosaiccrm/customer/Customer/CREATED", "org/mosaiccrm/customer/Customer/UPDATED"),
                module.posted.stream().map(Event::getTopic).toList(), "a refused change is not announced");
        Event updated = module.posted.get(1);
        assertEquals(created.id(), updated.getProperty(EventTopics.PROPERTY_ID));
        assertEquals(rep.userId(), updated.getProperty(EventTopics.PROPERTY_OWNER_ID), "webhooks check the owner's scope");
        assertEquals("rep", updated.getProperty(EventTopics.PROPERTY_USER));
        assertEquals(Map.of("id", created.id(), "name", "Event Group", "ownerId", rep.userId(), "version", renamed.version()),
                updated.getProperty(EventTopics.PROPERTY_DATA), "the name and no field a reader might not see (the tax id)");
    }

    @Test
    void scriptInANameIsStoredAsPlainText() {
        Customer odd = asRep(() -> customers.create(new NewCustomer("<script>alert(1)</script>", CustomerType.PERSON, "", "", "")));
        assertEquals("<script>alert(1)</script>", asRep(() -> customers.find(odd.id()).orElseThrow().name()));
    }

    @Test
    void pagesAreOrderedByNameAndCapped() {
        asRep(() -> customers.create(new NewCustomer("Beta", CustomerType.COMPANY, "", "", "")));
        asRep(() -> customers.create(new NewCustomer("alpha", CustomerType.COMPANY, "", "", "")));
        asRep(() -> customers.create(new NewCustomer("Gamma", CustomerType.COMPANY, "", "", "")));
        Page<Customer> first = asRep(() -> customers.list(CustomerQuery.ALL, null, 2));
        assertEquals(List.of("alpha", "Beta"), names(first));
        Page<Customer> second = asRep(() -> customers.list(CustomerQuery.ALL, first.next(), 2));
        assertEquals(List.of("Gamma"), names(second));
        assertNull(second.next(), "last page");
        assertEquals(3, asRep(() -> customers.list(CustomerQuery.ALL, null, 100_000)).items().size());
        assertEquals(List.of("Gamma", "alpha", "Beta"),
                names(asRep(() -> customers.list(CustomerQuery.ALL.withSort(CustomerSort.NEWEST), null, 10))));
        assertEquals(3, asRep(this::countAll));
    }

    @Test
    void repsSeeAndEditOnlyTheirOwnCustomersManagersTheTeams() {
        Customer mine = asRep(() -> customers.create(new NewCustomer("Mine Ltd", CustomerType.COMPANY, "", "", "")));
        Customer theirs = as(otherRep, () -> customers.create(new NewCustomer("Theirs Ltd", CustomerType.COMPANY, "", "", "")));
        assertEquals(List.of("Mine Ltd"), names(asRep(() -> customers.list(CustomerQuery.ALL, null, 10))));
        assertEquals(1, asRep(this::countAll));
        assertTrue(asRep(() -> customers.search("Theirs", 10)).isEmpty());
        assertEquals(Optional.empty(), asRep(() -> customers.find(theirs.id())), "out of scope reads as absent");
        assertDenied(rep, () -> customers.update(theirs.id(), NewCustomer.of(theirs), theirs.version()));
        assertEquals("Theirs Ltd", as(otherRep, () -> customers.find(theirs.id()).orElseThrow().name()), "unchanged");
        assertEquals(2, as(manager, this::countAll));
        Customer renamed = as(manager, () -> customers.update(mine.id(),
                new NewCustomer("Mine Holdings", CustomerType.COMPANY, "", "", "", "91110000MA01"), mine.version()));
        assertEquals("Mine Holdings", renamed.name());
        assertEquals("91110000MA01", renamed.taxId(), "managers may see the tax id");
        assertEquals("", asRep(() -> customers.find(mine.id()).orElseThrow().taxId()), "a rep may not");
        Customer repEdit = asRep(() -> customers.update(mine.id(),
                new NewCustomer("Mine Holdings", CustomerType.COMPANY, "", "", "", ""), renamed.version()));
        assertEquals("91110000MA01", as(manager, () -> customers.find(repEdit.id()).orElseThrow().taxId()),
                "a user who cannot see the tax id cannot clear it either");
    }

    @Test
    void changesAreAuditedWithBeforeAndAfter() {
        Customer created = asRep(() -> customers.create(new NewCustomer("Audit Ltd", CustomerType.COMPANY, "", "", "")));
        asRep(() -> customers.update(created.id(), new NewCustomer("Audit Group", CustomerType.COMPANY, "a@b.cn", "", ""),
                created.version()));
        Subject auditor = security.user("audrey", null, "auditor");
        List<AuditEntry> entries = as(auditor, () -> security.auditLog.find(
                new AuditQuery(null, "customer", String.valueOf(created.id()), null, null, null, 10)));
        assertEquals(List.of("UPDATED", "CREATED"), entries.stream().map(AuditEntry::action).toList());
        assertTrue(entries.get(0).changes().stream().anyMatch(c -> c.field().equals("name")
                && c.before().equals("Audit Ltd") && c.after().equals("Audit Group")));
        assertEquals("rep", entries.get(0).username());
    }

    @Test
    void concurrentEditIsRefusedNotLost() {
        Customer created = asRep(() -> customers.create(new NewCustomer("Race Ltd", CustomerType.COMPANY, "", "", "")));
        asRep(() -> customers.update(created.id(), new NewCustomer("Race One", CustomerType.COMPANY, "", "", ""),
                created.version()));
        assertThrows(RuntimeException.class, () -> asRep(() -> customers.update(created.id(),
                new NewCustomer("Race Two", CustomerType.COMPANY, "", "", ""), created.version())));
        assertEquals("Race One", asRep(() -> customers.find(created.id()).orElseThrow().name()));
    }

    @Test
    void withoutPermissionNothingIsReadOrWritten() {
        asRep(() -> customers.create(new NewCustomer("Visible Ltd", CustomerType.COMPANY, "", "", "")));
        Subject analyst = security.user("ana", null, "analyst");
        assertDenied(analyst, () -> customers.create(new NewCustomer("Sneaky Ltd", CustomerType.COMPANY, "", "", "")));
        assertEquals(1, asRep(this::countAll), "nothing written");
        assertDenied(analyst, () -> customers.list(CustomerQuery.ALL, null, 10));
        assertDenied(analyst, () -> customers.search("Vis", 10));
        assertDenied(analyst, this::countAll);
        assertThrows(AccessDeniedException.class, this::countAll, "no user at all");
    }

    private long countAll() {
        return customers.count(CustomerQuery.ALL, 1_000);
    }

    private static List<String> names(Page<Customer> page) {
        return page.items().stream().map(Customer::name).toList();
    }

    private void assertRefused(NewCustomer input, String field, String key) {
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> asRep(() -> customers.create(input)));
        assertEquals(field, refused.field());
        assertEquals(key, refused.getMessage());
    }
}
