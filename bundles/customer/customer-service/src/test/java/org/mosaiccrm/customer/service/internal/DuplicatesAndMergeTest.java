package org.mosaiccrm.customer.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.customer.BuyingRole;
import org.mosaiccrm.customer.Channel;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerMergeParticipant;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.DuplicateMatch;
import org.mosaiccrm.customer.DuplicateReason;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.InteractionKind;
import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.NewInteraction;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.event.EventTopics;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.event.Event;

/** Duplicate warnings and merging two customers, on real Derby with the real security module. */
class DuplicatesAndMergeTest {

    private CustomerModule module;

    @BeforeEach
    void open(TestInfo test) {
        module = new CustomerModule("dup-" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void close() {
        module.close();
    }

    private Customer create(Subject who, NewCustomer customer) {
        return module.as(who, () -> module.customers.create(customer));
    }

    private List<DuplicateMatch> duplicates(Subject who, NewCustomer candidate) {
        return module.as(who, () -> module.customers.duplicates(candidate, null, 10));
    }

    @Test
    void warnsOnTheSameEmailPhoneOrNormalisedName() {
        Customer xingyun = create(module.rep, new NewCustomer("北京星云科技有限公司", CustomerType.COMPANY,
                "Sales@XingYun.cn", "+86 138 0013 8000", "北京"));
        Customer acme = create(module.rep, new NewCustomer("Acme Co., Ltd.", CustomerType.COMPANY, "", "", ""));

        assertEquals(List.of(new DuplicateMatch(xingyun.id(), xingyun.name(), Set.of(DuplicateReason.NAME))),
                duplicates(module.rep, new NewCustomer("北京星云科技", CustomerType.COMPANY, "", "", "")));
        assertEquals(Set.of(DuplicateReason.EMAIL, DuplicateReason.PHONE), duplicates(module.rep,
                new NewCustomer("星云", CustomerType.COMPANY, "sales@xingyun.cn", "13800138000", "")).get(0).reasons(),
                "email in another case, the mobile without +86");
        assertEquals(acme.id(), duplicates(module.rep, new NewCustomer("ＡＣＭＥ  Inc.", CustomerType.COMPANY, "", "", ""))
                .get(0).customerId(), "full-width letters and another legal form");
        assertTrue(duplicates(module.rep, new NewCustomer("Acmeco", CustomerType.COMPANY, "", "", "")).isEmpty(),
                "a legal form is a word of its own");
        assertTrue(duplicates(module.rep, new NewCustomer("星云科技（上海）", CustomerType.COMPANY, "", "", "")).isEmpty());
        assertTrue(module.as(module.rep, () -> module.customers.duplicates(NewCustomer.of(xingyun), xingyun.id(), 10))
                .isEmpty(), "the customer being edited is not its own duplicate");

        DuplicateMatch hidden = duplicates(module.otherRep,
                new NewCustomer("北京星云科技有限公司", CustomerType.COMPANY, "", "", "")).get(0);
        assertEquals(xingyun.id(), hidden.customerId(), "a colleague is warned about a customer he cannot see");
        assertFalse(hidden.visible(), "but not told its name");
        assertNull(hidden.name());
    }

    @Test
    void mergeKeepsTheSurvivorFillsItsGapsAndMovesEverything() {
        Customer kept = create(module.rep, NewCustomer.builder("华信电子", CustomerType.COMPANY).email("info@hx.cn")
                .tags(Set.of("重点")).build());
        Customer dup = create(module.rep, NewCustomer.builder("深圳华信电子有限公司", CustomerType.COMPANY)
                .email("old@hx.cn").phone("0755-8888 0000").city("深圳").grade(Grade.A).tags(Set.of("华南", "重点"))
                .notes("老客户").build());
        Customer branch = create(module.rep, NewCustomer.builder("华信电子东莞分公司", CustomerType.COMPANY)
                .parentId(dup.id()).build());
        module.as(module.rep, () -> module.contacts.create(new NewContact(dup.id(), "王芳", "采购经理",
                BuyingRole.DECISION_MAKER, "", "139 1234 5678", "", Channel.WECHAT, "")));
        module.as(module.rep, () -> module.interactions.record(new NewInteraction(dup.id(), null, InteractionKind.CALL,
                null, "询价", "", "", null)));
        List<String> told = new ArrayList<>();
        module.mergeParticipants.addParticipant((merged, survivor) -> told.add(merged + "->" + survivor));

        Customer merged = module.as(module.manager, () -> module.customers.merge(kept.id(), kept.version(), dup.id()));

        assertEquals("华信电子", merged.name(), "the survivor keeps its own values");
        assertEquals("info@hx.cn", merged.email());
        assertEquals("0755-8888 0000", merged.phone(), "and takes the merged one's where it had none");
        assertEquals("深圳", merged.city());
        assertEquals(Grade.A, merged.grade());
        assertEquals("老客户", merged.notes());
        assertEquals(Set.of("重点", "华南"), merged.tags());
        assertEquals(List.of("王芳"), module.as(module.rep, () -> module.contacts.ofCustomer(kept.id(), 0, 10))
                .stream().map(c -> c.name()).toList(), "contacts moved");
        assertEquals(1, module.as(module.rep, () -> module.interactions.timeline(kept.id(), null, 10)).items().size(),
                "timeline moved");
        assertEquals(kept.id(), module.as(module.rep, () -> module.customers.find(branch.id())).orElseThrow().parentId(),
                "child companies moved");
        assertEquals(Optional.empty(), module.as(module.rep, () -> module.customers.find(dup.id())));
        assertEquals(Optional.of(kept.id()), module.as(module.rep, () -> module.customers.mergedInto(dup.id())));
        assertEquals(List.of(dup.id() + "->" + kept.id()), told, "participants repoint their references");
        Event mergedEvent = module.posted.get(module.posted.size() - 1);
        assertEquals("org/mosaiccrm/customer/Customer/MERGED", mergedEvent.getTopic(), "webhooks hear of the merge");
        assertEquals(kept.id(), mergedEvent.getProperty(EventTopics.PROPERTY_ID));
        assertEquals(dup.id(), ((Map<?, ?>) mergedEvent.getProperty(EventTopics.PROPERTY_DATA)).get("mergedId"));
        assertEquals("boss", mergedEvent.getProperty(EventTopics.PROPERTY_USER));

        Subject auditor = module.security.user("audrey", null, "auditor");
        List<AuditEntry> audit = module.as(auditor, () -> module.security.auditLog.find(
                new AuditQuery(null, "customer", null, null, null, null, 20)));
        assertTrue(audit.stream().anyMatch(e -> e.action().equals("MERGED") && e.recordId().equals(String.valueOf(kept.id()))
                && e.changes().stream().anyMatch(c -> c.field().equals("mergedId") && c.after().equals(String.valueOf(dup.id())))));
        assertTrue(audit.stream().anyMatch(e -> e.action().equals("DELETED") && e.recordId().equals(String.valueOf(dup.id()))));
    }

    @Test
    void aModuleThatWasAwayCatchesUpOnMergesWhenItComesBack() {
        Customer a = create(module.rep, new NewCustomer("甲公司", CustomerType.COMPANY, "", "", ""));
        Customer b = create(module.rep, new NewCustomer("乙公司", CustomerType.COMPANY, "", "", ""));
        Customer c = create(module.rep, new NewCustomer("丙公司", CustomerType.COMPANY, "", "", ""));
        module.as(module.manager, () -> module.customers.merge(b.id(), b.version(), c.id()));
        Customer bNow = module.as(module.manager, () -> module.customers.find(b.id())).orElseThrow();
        module.as(module.manager, () -> module.customers.merge(a.id(), a.version(), bNow.id()));

        List<String> told = new ArrayList<>();
        CustomerMergeParticipant late = (merged, survivor) -> told.add(merged + "->" + survivor);
        module.mergeParticipants.addParticipant(late);

        assertEquals(List.of(c.id() + "->" + a.id(), b.id() + "->" + a.id()), told,
                "every merge it missed, chains leading to the final survivor");
        assertEquals(Optional.of(a.id()), module.as(module.rep, () -> module.customers.mergedInto(c.id())));
    }

    @Test
    void mergeNeedsEditOnTheSurvivorAndDeleteOnTheMergedAndWritesNothingWhenRefused() {
        Customer mine = create(module.rep, new NewCustomer("客户甲", CustomerType.COMPANY, "", "", ""));
        Customer mineToo = create(module.rep, new NewCustomer("客户甲有限公司", CustomerType.COMPANY, "", "", ""));
        Customer others = create(module.otherRep, new NewCustomer("客户乙", CustomerType.COMPANY, "", "", ""));

        assertThrows(AccessDeniedException.class, () -> module.as(module.rep,
                () -> module.customers.merge(mine.id(), mine.version(), mineToo.id())), "a rep may not delete customers");
        assertThrows(AccessDeniedException.class, () -> module.as(module.security.user("outsider", null, "sales-manager"),
                () -> module.customers.merge(mine.id(), mine.version(), mineToo.id())), "a manager of another team");
        assertEquals(InputRefusedException.class, assertThrows(InputRefusedException.class, () -> module.as(
                module.manager, () -> module.customers.merge(mine.id(), mine.version(), mine.id()))).getClass());
        assertThrows(NoSuchElementException.class, () -> module.as(module.manager,
                () -> module.customers.merge(mine.id(), mine.version(), 999_999L)));
        assertThrows(OptimisticLockException.class, () -> module.as(module.manager,
                () -> module.customers.merge(mine.id(), mine.version() + 1, mineToo.id())), "a stale survivor");

        assertTrue(module.as(module.rep, () -> module.customers.find(mineToo.id())).isPresent(), "nothing merged");
        assertEquals(Optional.empty(), module.as(module.rep, () -> module.customers.mergedInto(mineToo.id())));
        Customer merged = module.as(module.manager, () -> module.customers.merge(mine.id(), mine.version(), others.id()));
        assertEquals(mine.id(), merged.id(), "the team manager reaches both reps' customers");
    }
}
