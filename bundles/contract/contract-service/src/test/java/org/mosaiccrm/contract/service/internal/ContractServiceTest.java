package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;

/**
 * Contracts on the build's database with the real customer core and security module: numbered
 * drafts, every field checked, the customer's and the contract's scope, stale changes refused,
 * amounts hidden from who may not read them, keyset pages, audit.
 */
class ContractServiceTest {

    private ContractModule module;
    private long shop;

    @BeforeEach
    void setUp(TestInfo test) {
        module = new ContractModule(test.getTestMethod().orElseThrow().getName());
        shop = module.as(module.rep, () -> module.customer.customers.create(new NewCustomer("杭州西湖茶业有限公司", CustomerType.COMPANY,
                "", "0571 8765 4321", "杭州"))).id();
    }

    @AfterEach
    void tearDown() {
        module.close();
    }

    private NewContract draft(long customerId, String title, String amount) {
        return new NewContract(title, "sales", customerId, new BigDecimal(amount), "cny", new BigDecimal("13"),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "30% 预付，70% 验收后 30 天内", "");
    }

    private Contract create(Subject who, NewContract contract) {
        return module.as(who, () -> module.contracts.create(contract));
    }

    @Test
    void aDraftIsNumberedFromTheYearsSeriesAndKeptAsTyped() {
        Contract first = create(module.rep, draft(shop, " 2027 年度供茶合同 ", "128000.5"));
        Contract second = create(module.rep, draft(shop, "礼盒定制合同", "36000"));
        String year = String.valueOf(Year.now().getValue());
        assertEquals("HT-" + year + "-00001", first.number());
        assertEquals("HT-" + year + "-00002", second.number(), "consecutive, no gaps");
        assertEquals("2027 年度供茶合同", first.title());
        assertEquals(new BigDecimal("128000.50"), first.amount());
        assertEquals("CNY", first.currency());
        assertEquals(new BigDecimal("13.00"), first.taxRate());
        assertEquals(ContractStatus.DRAFT, first.status());
        assertEquals(module.rep.userId(), first.ownerId());
        assertEquals(List.of("sales", "purchase", "service", "framework"),
                module.as(module.rep, () -> module.contracts.types()).stream().map(t -> t.code()).toList());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        assertEquals("title", refused(new NewContract(" ", "sales", shop, BigDecimal.TEN, "", null, null, null, "", "")));
        assertEquals("typeCode", refused(new NewContract("x", "lease", shop, BigDecimal.TEN, "", null, null, null, "", "")));
        assertEquals("amount", refused(new NewContract("x", "sales", shop, new BigDecimal("-1"), "", null, null, null, "", "")));
        assertEquals("amount", refused(new NewContract("x", "sales", shop, new BigDecimal("1.005"), "", null, null, null, "", "")));
        assertEquals("amount", refused(new NewContract("x", "sales", shop, null, "", null, null, null, "", "")));
        assertEquals("currency", refused(new NewContract("x", "sales", shop, BigDecimal.TEN, "RMB1", null, null, null, "", "")));
        assertEquals("taxRate", refused(new NewContract("x", "sales", shop, BigDecimal.TEN, "", new BigDecimal("101"), null, null, "", "")));
        assertEquals("endDate", refused(new NewContract("x", "sales", shop, BigDecimal.TEN, "", null, LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 1, 31), "", "")));
        assertEquals("title", refused(new NewContract("a\u0000b", "sales", shop, BigDecimal.TEN, "", null, null, null, "", "")));
        assertEquals("customerId", refused(new NewContract("x", "sales", 99_999_999, BigDecimal.TEN, "", null, null, null, "", "")));
        assertTrue(module.as(module.rep, () -> module.contracts.listAfter(null, null, 10)).isEmpty(), "nothing written");
    }

    private String refused(NewContract contract) {
        return assertThrows(InputRefusedException.class, () -> create(module.rep, contract)).field();
    }

    @Test
    void scopeHidesOthersContractsAndTheirCustomersAndAmountsFromWhoMayNotSeeThem() {
        Contract mine = create(module.rep, draft(shop, "供茶合同", "50000"));
        assertEquals(Optional.empty(), module.as(module.otherRep, () -> module.contracts.find(mine.id())),
                "another rep's contract reads as none");
        assertEquals("customerId", assertThrows(InputRefusedException.class, () -> create(module.otherRep, draft(shop, "x", "1"))).field(),
                "a customer out of scope is refused as one that does not exist");
        assertEquals(mine.id(), module.as(module.manager, () -> module.contracts.find(mine.id())).orElseThrow().id(),
                "the team's manager reads it");
        assertEquals(new BigDecimal("50000.00"), module.as(module.contractManager, () -> module.contracts.find(mine.id()))
                .orElseThrow().amount());
        Subject auditor = module.customer.security.user("shenji", null, "auditor");
        assertThrows(AccessDeniedException.class, () -> module.as(auditor, () -> module.contracts.find(mine.id())));

        // who may read contracts but not their amounts gets none
        module.customer.security.roleDefaults.apply("contract-test", List.of(new org.mosaiccrm.platform.security.RoleTemplate(
                "contract-clerk", "Contract clerk")), List.of(new org.mosaiccrm.platform.security.DefaultGrant("contract-clerk",
                "contract.read", org.mosaiccrm.platform.security.RecordScope.ALL)));
        Subject clerk = module.customer.security.user("wenyuan", null, "contract-clerk");
        Contract seen = module.as(clerk, () -> module.contracts.find(mine.id())).orElseThrow();
        assertEquals("供茶合同", seen.title());
        assertNull(seen.amount(), "the amount is a field permission");
    }

    @Test
    void aStaleChangeIsRefusedAndChangesAreAudited() {
        Contract created = create(module.rep, draft(shop, "供茶合同", "50000"));
        Contract changed = module.as(module.rep, () -> module.contracts.update(created.id(), draft(shop, "供茶合同（修订）", "52000"),
                created.version()));
        assertEquals(new BigDecimal("52000.00"), changed.amount());
        assertThrows(jakarta.persistence.OptimisticLockException.class, () -> module.as(module.rep,
                () -> module.contracts.update(created.id(), draft(shop, "stale", "1"), created.version())));
        assertEquals("供茶合同（修订）", module.as(module.rep, () -> module.contracts.find(created.id())).orElseThrow().title(),
                "nothing overwritten");
        long othersShop = module.as(module.otherRep, () -> module.customer.customers.create(new NewCustomer("绍兴黄酒商行",
                CustomerType.COMPANY, "", "0575 8888 0000", "绍兴"))).id();
        assertThrows(AccessDeniedException.class, () -> module.as(module.otherRep,
                () -> module.contracts.update(created.id(), draft(othersShop, "x", "1"), changed.version())),
                "not another rep's contract");

        Subject auditor = module.customer.security.user("shenji", null, "auditor");
        List<AuditEntry> entries = module.as(auditor, () -> module.customer.security.auditLog.find(
                new AuditQuery(null, "contract", String.valueOf(created.id()), null, null, null, 10)));
        assertEquals(List.of("UPDATED", "CREATED"), entries.stream().map(AuditEntry::action).toList());
        assertTrue(entries.get(0).changes().stream().anyMatch(c -> c.field().equals("amount") && c.before().startsWith("50000.00")
                && c.after().startsWith("52000.00")));
    }

    @Test
    void pagesHoldEveryContractInScopeOnceNewestFirst() {
        for (int i = 0; i < 7; i++) {
            create(module.rep, draft(shop, "合同 " + i, "1000"));
        }
        List<Long> seen = new ArrayList<>();
        Long after = null;
        while (true) {
            Long from = after;
            List<Contract> page = module.as(module.rep, () -> module.contracts.listAfter(ContractStatus.DRAFT, from, 3));
            page.forEach(contract -> seen.add(contract.id()));
            if (page.size() < 3) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        assertEquals(7, seen.size());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) < seen.get(i - 1), "newest first");
        }
        assertTrue(module.as(module.otherRep, () -> module.contracts.listAfter(null, null, 50)).isEmpty(), "nothing of another rep's");
        assertTrue(module.as(module.rep, () -> module.contracts.listAfter(ContractStatus.SIGNED, null, 50)).isEmpty());
    }

    @Test
    void theSearchBoxAndTheCustomersPageFindContractsInScope() {
        Contract tea = create(module.rep, draft(shop, "2027 年度供茶合同", "128000"));
        Contract box = create(module.rep, draft(shop, "礼盒定制合同", "36000"));
        long othersShop = module.as(module.otherRep, () -> module.customer.customers.create(new NewCustomer("绍兴黄酒商行",
                CustomerType.COMPANY, "", "0575 8888 0000", "绍兴"))).id();
        Contract others = create(module.otherRep, draft(othersShop, "2027 年度黄酒合同", "50000"));

        assertEquals(List.of(tea.id()), ids(module.as(module.rep, () -> module.contracts.search("2027 年度", 10))),
                "by the start of the title; another rep's is not found");
        assertEquals(List.of(box.id(), tea.id()), ids(module.as(module.rep, () -> module.contracts.search(
                tea.number().substring(0, 7).toLowerCase(java.util.Locale.ROOT), 10))), "by the number, in any case, newest first");
        assertEquals(List.of(others.id(), box.id(), tea.id()), ids(module.as(module.contractManager,
                () -> module.contracts.search("HT-", 10))));
        assertEquals(List.of(), module.as(module.rep, () -> module.contracts.search("%", 10)), "no wildcards of the user's");

        assertEquals(List.of(box.id(), tea.id()), ids(module.as(module.rep, () -> module.contracts.forCustomer(shop, 50))));
        assertEquals(List.of(), module.as(module.otherRep, () -> module.contracts.forCustomer(shop, 50)), "out of scope");
        Contract framework = create(module.rep, draft(shop, "KJ_2027 框架协议", "1000"));
        assertEquals(List.of(framework.id()), ids(module.as(module.rep, () -> module.contracts.search("KJ_2", 10))),
                "what the user typed is looked for as typed, underscore included");
    }

    private static List<Long> ids(List<Contract> contracts) {
        return contracts.stream().map(Contract::id).toList();
    }
}
