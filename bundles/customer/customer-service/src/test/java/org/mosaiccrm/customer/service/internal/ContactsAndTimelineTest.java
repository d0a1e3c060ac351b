package org.mosaiccrm.customer.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.customer.BuyingRole;
import org.mosaiccrm.customer.Channel;
import org.mosaiccrm.customer.Contact;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.FollowUp;
import org.mosaiccrm.customer.Interaction;
import org.mosaiccrm.customer.InteractionKind;
import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.NewInteraction;
import org.mosaiccrm.customer.Page;
import org.mosaiccrm.customer.PageCursor;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;

/** Contacts, the interaction timeline and follow-ups, with the customer's record scope, on real Derby. */
class ContactsAndTimelineTest {

    private CustomerModule module;
    private Customer company;

    @BeforeEach
    void open(TestInfo test) {
        module = new CustomerModule("timeline-" + test.getTestMethod().orElseThrow().getName());
        company = module.as(module.rep, () -> module.customers.create(
                new NewCustomer("深圳华信电子有限公司", CustomerType.COMPANY, "", "", "深圳")));
    }

    @AfterEach
    void close() {
        module.close();
    }

    private NewContact contact(String name, String mobile) {
        return new NewContact(company.id(), name, "采购经理", BuyingRole.DECISION_MAKER, "", mobile, "", Channel.WECHAT, "");
    }

    @Test
    void contactsAreKeptFoundAndChangedWithinTheCustomersScope() {
        Contact wang = module.as(module.rep, () -> module.contacts.create(contact("王芳", "139 1234 5678")));
        module.as(module.rep, () -> module.contacts.create(contact("Alice Chen", "")));
        assertEquals(List.of("alice chen", "王芳"), module.as(module.rep,
                () -> module.contacts.ofCustomer(company.id(), 0, 50)).stream().map(c -> c.name().toLowerCase()).toList());
        assertEquals(List.of(wang), module.as(module.rep, () -> module.contacts.search("王", 10)));
        assertEquals(List.of(wang), module.as(module.rep, () -> module.contacts.search("1391234", 10)), "mobile digits");
        assertTrue(module.as(module.otherRep, () -> module.contacts.search("王", 10)).isEmpty(), "another rep's customer");
        CurrentSubject.runAs(module.otherRep, () -> {
            // out of scope reads exactly as a number nobody has
            assertEquals(Optional.empty(), module.contacts.find(wang.id()));
            assertEquals(Optional.empty(), module.contacts.find(Long.MAX_VALUE));
            assertThrows(AccessDeniedException.class, () -> module.contacts.create(contact("Mallory", "")));
            assertThrows(AccessDeniedException.class, () -> module.contacts.delete(wang.id()));
        });
        Contact renamed = module.as(module.rep, () -> module.contacts.update(wang.id(),
                new NewContact(company.id(), "王芳", "采购总监", BuyingRole.DECISION_MAKER, "", "139 1234 5678", "wf@hx.cn",
                        Channel.EMAIL, ""), wang.version()));
        assertEquals("采购总监", renamed.title());
        assertThrows(RuntimeException.class, () -> module.as(module.rep, () -> module.contacts.update(wang.id(),
                contact("王芳", ""), wang.version())), "a stale version is refused");
        InputRefusedException refused = assertThrows(InputRefusedException.class,
                () -> module.as(module.rep, () -> module.contacts.create(contact("", ""))));
        assertEquals("name", refused.field());
        assertEquals(2, module.as(module.rep, () -> module.contacts.ofCustomer(company.id(), 0, 50)).size(), "nothing half-written");
        CurrentSubject.runAs(module.rep, () -> module.contacts.delete(wang.id()));
        assertEquals(1, module.as(module.rep, () -> module.contacts.ofCustomer(company.id(), 0, 50)).size());
    }

    @Test
    void theTimelinePagesNewestFirstAndIsAudited() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 12; i++) {
            Instant at = now.minus(i, ChronoUnit.HOURS);
            int n = i;
            module.as(module.rep, () -> module.interactions.record(new NewInteraction(company.id(), null,
                    InteractionKind.CALL, at, "电话沟通 " + n, "", "", null)));
        }
        List<String> walked = new ArrayList<>();
        PageCursor cursor = null;
        do {
            PageCursor after = cursor;
            Page<Interaction> page = module.as(module.rep, () -> module.interactions.timeline(company.id(), after, 5));
            page.items().forEach(i -> walked.add(i.summary()));
            cursor = page.next();
        } while (cursor != null);
        assertEquals(12, walked.size());
        assertEquals("电话沟通 0", walked.get(0), "newest first");
        assertEquals("电话沟通 11", walked.get(11));
        Interaction first = module.as(module.rep, () -> module.interactions.timeline(company.id(), null, 1)).items().get(0);
        assertEquals("REP", first.userName(), "who recorded it");
        Subject auditor = module.security.user("audrey", null, "auditor");
        List<AuditEntry> audit = module.as(auditor, () -> module.security.auditLog.find(
                new AuditQuery(null, "customer", String.valueOf(first.id()), null, null, null, 5)));
        assertTrue(audit.stream().anyMatch(e -> e.recordType().equals("Interaction") && e.action().equals("CREATED")));
    }

    @Test
    void contactSearchFollowsTheCustomerWhenItChangesOwnerOrIsMerged() {
        Contact wang = module.as(module.rep, () -> module.contacts.create(contact("王芳", "139 1234 5678")));
        Customer handedOver = module.as(module.manager, () -> module.customers.update(company.id(),
                NewCustomer.of(company).toBuilder().ownerId(module.otherRep.userId()).build(), company.version()));
        assertEquals(List.of(wang.id()), module.as(module.otherRep, () -> module.contacts.search("王", 10)).stream()
                .map(Contact::id).toList(), "the new owner finds the customer's contacts");
        assertTrue(module.as(module.rep, () -> module.contacts.search("139", 10)).isEmpty(), "the old owner no longer");

        Customer dup = module.as(module.rep, () -> module.customers.create(new NewCustomer("华信电子", CustomerType.COMPANY,
                "", "", "")));
        Contact li = module.as(module.rep, () -> module.contacts.create(new NewContact(dup.id(), "李雷", "", null, "",
                "", "lilei@hx.cn", null, "")));
        module.as(module.manager, () -> module.customers.merge(handedOver.id(), handedOver.version(), dup.id()));
        assertEquals(List.of(li.id()), module.as(module.otherRep, () -> module.contacts.search("lilei@", 10)).stream()
                .map(Contact::id).toList(), "contacts moved by a merge belong to the survivor's owner");
        assertTrue(module.as(module.rep, () -> module.contacts.search("李", 10)).isEmpty());
        assertEquals(List.of(wang.id()), module.as(module.manager, () -> module.contacts.search("王", 10)).stream()
                .map(Contact::id).toList(), "a manager finds the team's contacts");
    }

    @Test
    void badInteractionsAreRefusedAndOthersCannotWriteIntoTheTimeline() {
        NewInteraction future = new NewInteraction(company.id(), null, InteractionKind.VISIT,
                Instant.now().plus(1, ChronoUnit.DAYS), "拜访", "", "", null);
        assertEquals("occurredAt", refused(future).field());
        assertEquals("summary", refused(new NewInteraction(company.id(), null, InteractionKind.NOTE, null, " ", "", "", null)).field());
        assertEquals("kind", refused(new NewInteraction(company.id(), null, null, null, "x", "", "", null)).field());
        Customer other = module.as(module.otherRep, () -> module.customers.create(
                new NewCustomer("别家公司", CustomerType.COMPANY, "", "", "")));
        Contact foreign = module.as(module.otherRep, () -> module.contacts.create(
                new NewContact(other.id(), "赵六", "", null, "", "", "", null, "")));
        assertEquals("contactId", refused(new NewInteraction(company.id(), foreign.id(), InteractionKind.CALL, null,
                "x", "", "", null)).field(), "a contact of another customer");
        CurrentSubject.runAs(module.rep, () -> assertThrows(AccessDeniedException.class, () -> module.interactions.record(
                new NewInteraction(other.id(), null, InteractionKind.NOTE, null, "偷看", "", "", null))));
        CurrentSubject.runAs(module.rep, () -> assertThrows(AccessDeniedException.class,
                () -> module.interactions.timeline(other.id(), null, 10)));
        assertTrue(module.as(module.rep, () -> module.interactions.timeline(company.id(), null, 10)).items().isEmpty());
    }

    @Test
    void followUpsDueAreTheCallersOwnAndCanBeDone() {
        LocalDate today = LocalDate.now();
        Interaction due = module.as(module.rep, () -> module.interactions.record(new NewInteraction(company.id(), null,
                InteractionKind.MEETING, null, "报价讨论", "对方要求降价 5%", "发修改后的报价", today.minusDays(1))));
        module.as(module.rep, () -> module.interactions.record(new NewInteraction(company.id(), null,
                InteractionKind.CALL, null, "回访", "", "", today.plusDays(10))));
        List<FollowUp> mine = module.as(module.rep, () -> module.interactions.followUpsDue(today, 20));
        assertEquals(1, mine.size(), "only what is due");
        assertEquals("深圳华信电子有限公司", mine.get(0).customerName());
        assertEquals("发修改后的报价", mine.get(0).interaction().nextStep());
        assertTrue(module.as(module.manager, () -> module.interactions.followUpsDue(today, 20)).isEmpty(), "the rep's, not the manager's");
        CurrentSubject.runAs(module.manager, () -> assertThrows(AccessDeniedException.class,
                () -> module.interactions.completeFollowUp(due.id())));
        Interaction done = module.as(module.rep, () -> module.interactions.completeFollowUp(due.id()));
        assertTrue(done.followUpDone());
        assertTrue(module.as(module.rep, () -> module.interactions.followUpsDue(today, 20)).isEmpty());
        assertFalse(module.as(module.rep, () -> module.interactions.followUpsDue(today.plusDays(30), 20)).isEmpty());
        assertNull(module.as(module.rep, () -> module.interactions.timeline(company.id(), null, 10)).items().get(0).contactId());
    }

    private InputRefusedException refused(NewInteraction interaction) {
        return assertThrows(InputRefusedException.class,
                () -> module.as(module.rep, () -> module.interactions.record(interaction)));
    }
}
