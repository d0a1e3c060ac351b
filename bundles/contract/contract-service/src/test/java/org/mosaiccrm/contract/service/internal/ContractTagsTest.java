package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.security.Subject;

/**
 * Tags (标签) on the build's database: checked and kept one of each in any case, on a contract in any
 * status but void, suggested from the contracts in scope, and a list of a tag's contracts keyset-paged;
 * a renewal keeps them; audited.
 */
class ContractTagsTest {

    private static final LocalDate TODAY = LocalDate.now();

    private ContractModule module;
    private long customerId;

    @BeforeEach
    void setUp(TestInfo test) {
        module = new ContractModule(test.getTestMethod().orElseThrow().getName());
        customerId = module.customerOf(module.rep, "青岛海湾化工有限公司", "0532 8888 6666", "青岛");
        module.approveAtOnce();
    }

    @AfterEach
    void tearDown() {
        module.close();
    }

    private <T> T as(Subject who, Supplier<T> work) {
        return module.as(who, work);
    }

    private Contract draft(Subject owner, long customer, String title) {
        return as(owner, () -> module.contracts.create(new NewContract(title, "sales", customer, new BigDecimal("10000"), "CNY", null,
                TODAY, TODAY.plusYears(1), "", "")));
    }

    private String refused(Runnable work) {
        return module.refusal(module.rep, work);
    }

    @Test
    void tagsAreCheckedKeptOnceInAnyCaseAndAnyStatusButVoid() {
        Contract draft = draft(module.rep, customerId, "年度框架合同");
        Contract tagged = as(module.rep, () -> module.contracts.setTags(draft.id(), List.of("  重点  客户 ", "年框", "VIP", "vip", " "),
                draft.version()));
        assertTrue(tagged.version() > draft.version(), "the version moves on");
        assertEquals(List.of("重点 客户", "年框", "VIP"), as(module.rep, () -> module.contracts.tags(draft.id())),
                "trimmed, one space, the first spelling kept, blanks dropped");
        assertThrows(OptimisticLockException.class, () -> as(module.rep, () -> module.contracts.setTags(draft.id(), List.of("旧"),
                draft.version())), "a stale version is told");
        assertEquals("tags contract.error.tooManyTags", refused(() -> module.contracts.setTags(draft.id(),
                Collections.nCopies(11, "x").stream().map(x -> x + Math.random()).toList(), tagged.version())));
        assertEquals("tags contract.error.tooLong", refused(() -> module.contracts.setTags(draft.id(), List.of("标".repeat(31)),
                tagged.version())));
        assertEquals(List.of("重点 客户", "年框", "VIP"), as(module.rep, () -> module.contracts.tags(draft.id())), "nothing written");

        // signed: still tagged; renewed: the successor keeps them; void: no more
        Contract approved = as(module.rep, () -> module.contracts.submit(draft.id(), tagged.version(), ""));
        Contract signed = as(module.rep, () -> module.contracts.sign(draft.id(), TODAY, TODAY, approved.version()));
        Contract retagged = as(module.rep, () -> module.contracts.setTags(draft.id(), List.of("年框", "已签"), signed.version()));
        assertEquals(ContractStatus.SIGNED, retagged.status());
        Contract renewal = as(module.rep, () -> module.contracts.renew(draft.id(), retagged.version()));
        assertEquals(List.of("年框", "已签"), as(module.rep, () -> module.contracts.tags(renewal.id())));
        Contract voided = as(module.rep, () -> module.contracts.voidContract(renewal.id(), "重复", renewal.version()));
        assertEquals("status contract.error.closed", refused(() -> module.contracts.setTags(renewal.id(), List.of("x"),
                voided.version())));

        Subject auditor = module.customer.security.user("shenji", null, "auditor");
        assertEquals(2, as(auditor, () -> module.customer.security.auditLog.find(new AuditQuery(null, ContractService.MODULE_ID,
                String.valueOf(draft.id()), null, null, null, 100))).stream()
                .filter(entry -> entry.recordType().equals(ContractTags.RECORD_TYPE)).count());
    }

    @Test
    void aTagsContractsArePagedNewestFirstAndSuggestionsStayInScope() {
        Contract first = draft(module.rep, customerId, "一号合同");
        Contract second = draft(module.rep, customerId, "二号合同");
        Contract third = draft(module.rep, customerId, "三号合同");
        draft(module.rep, customerId, "未标记合同");
        for (Contract contract : List.of(first, second, third)) {
            as(module.rep, () -> module.contracts.setTags(contract.id(), List.of("年框"), contract.version()));
        }
        long othersCustomer = module.customerOf(module.otherRep, "烟台港务物流有限公司", "0535 6666 1234", "烟台");
        Contract others = draft(module.otherRep, othersCustomer, "别人的合同");
        as(module.otherRep, () -> module.contracts.setTags(others.id(), List.of("年框", "保密项目"), others.version()));

        List<Contract> page = as(module.rep, () -> module.contracts.listTagged("年框", null, null, 2));
        assertEquals(List.of(third.id(), second.id()), page.stream().map(Contract::id).toList(), "newest first, the rep's own");
        assertEquals(List.of(first.id()), as(module.rep, () -> module.contracts.listTagged("年框", null, second.id(), 2)).stream()
                .map(Contract::id).toList());
        assertEquals(List.of(), as(module.rep, () -> module.contracts.listTagged("年框", ContractStatus.SIGNED, null, 10)));
        assertEquals(List.of(others.id(), third.id(), second.id(), first.id()), as(module.manager,
                () -> module.contracts.listTagged("年框", ContractStatus.DRAFT, null, 10)).stream().map(Contract::id).toList(),
                "the team's manager: both reps' drafts");

        assertEquals(List.of("年框"), as(module.rep, () -> module.contracts.knownTags("", 10)), "another rep's tags are not suggested");
        assertEquals(List.of("保密项目", "年框"), as(module.otherRep, () -> module.contracts.knownTags("", 10)));
        assertEquals(List.of("年框"), as(module.otherRep, () -> module.contracts.knownTags("年", 10)));
        assertEquals(List.of(), as(module.rep, () -> module.contracts.knownTags("%", 10)), "a wildcard typed is a character");
    }
}
