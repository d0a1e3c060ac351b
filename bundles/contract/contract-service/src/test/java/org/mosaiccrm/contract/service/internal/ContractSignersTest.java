package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.contract.Signers;
import org.mosaiccrm.customer.BuyingRole;
import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.security.Subject;

/**
 * Signatories (签约人) on the build's database with the real customer core: a contact of the contract's
 * customer and one of our users, named before signing, kept by a renewal, audited with the contract.
 */
class ContractSignersTest {

    private static final LocalDate TODAY = LocalDate.now();

    private ContractModule module;
    private long customerId;

    @BeforeEach
    void setUp(TestInfo test) {
        module = new ContractModule(test.getTestMethod().orElseThrow().getName());
        customerId = module.customerOf(module.rep, "南通江海纺织机械有限公司", "0513 8888 2222", "南通");
        module.approveAtOnce();
    }

    @AfterEach
    void tearDown() {
        module.close();
    }

    private <T> T as(Subject who, Supplier<T> work) {
        return module.as(who, work);
    }

    private long contactOf(Subject owner, long customer, String name) {
        return as(owner, () -> module.customer.contacts.create(new NewContact(customer, name, "总经理", BuyingRole.DECISION_MAKER,
                "", "13900001111", "", null, ""))).id();
    }

    private String refused(Runnable work) {
        return module.refusal(module.rep, work);
    }

    @Test
    void theCustomersContactAndOneOfOurUsersSignNamedBeforeSigning() {
        long boss = contactOf(module.rep, customerId, "顾总");
        long otherCustomer = module.customerOf(module.rep, "南通另一家公司", "0513 8888 3333", "南通");
        long stranger = contactOf(module.rep, otherCustomer, "陌生人");
        Contract draft = as(module.rep, () -> module.contracts.create(new NewContract("纺机采购合同", "sales", customerId,
                new BigDecimal("300000"), "CNY", null, TODAY, TODAY.plusYears(1), "", "")));

        assertEquals("customerContactId contract.error.signerContact", refused(() -> module.signers.setSigners(draft.id(),
                new Signers(stranger, null), draft.version())), "a contact of another customer");
        assertEquals("customerContactId contract.error.signerContact", refused(() -> module.signers.setSigners(draft.id(),
                new Signers(999_999L, null), draft.version())));
        assertEquals("ourSignerId contract.error.ourSigner", refused(() -> module.signers.setSigners(draft.id(),
                new Signers(boss, 999_999L), draft.version())));
        assertEquals(Signers.none(), as(module.rep, () -> module.signers.signers(draft.id())), "nothing written");

        Contract named = as(module.rep, () -> module.signers.setSigners(draft.id(), new Signers(boss, module.manager.userId()),
                draft.version()));
        assertEquals(new Signers(boss, module.manager.userId()), as(module.rep, () -> module.signers.signers(draft.id())));

        // approved, still to be named; signed, locked; a renewal keeps them
        Contract approved = as(module.rep, () -> module.contracts.submit(draft.id(), named.version(), ""));
        Contract renamed = as(module.rep, () -> module.signers.setSigners(draft.id(), new Signers(boss, module.rep.userId()),
                approved.version()));
        Contract signed = as(module.rep, () -> module.contracts.sign(draft.id(), TODAY, TODAY, renamed.version()));
        assertEquals("status contract.error.signersLocked", refused(() -> module.signers.setSigners(draft.id(), Signers.none(),
                signed.version())));
        Contract renewal = as(module.rep, () -> module.contracts.renew(draft.id(), signed.version()));
        assertEquals(new Signers(boss, module.rep.userId()), as(module.rep, () -> module.signers.signers(renewal.id())));

        Subject auditor = module.customer.security.user("shenji", null, "auditor");
        List<AuditEntry> audited = as(auditor, () -> module.customer.security.auditLog.find(new AuditQuery(null,
                ContractService.MODULE_ID, String.valueOf(draft.id()), null, null, null, 100)));
        assertTrue(audited.stream().flatMap(entry -> entry.changes().stream()).anyMatch(change -> change.field().equals("ourSignerId")
                && java.util.Objects.equals(change.before(), String.valueOf(module.manager.userId()))
                && java.util.Objects.equals(change.after(), String.valueOf(module.rep.userId()))), "the change of our signatory, before and after");
    }
}
