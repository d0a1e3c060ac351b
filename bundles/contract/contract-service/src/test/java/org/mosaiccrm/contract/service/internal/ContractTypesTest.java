package org.mosaiccrm.contract.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.mosaiccrm.contract.ContractType;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;

/**
 * The editable list of contract types on the build's database: a contract manager adds, renames and
 * stops offering types; names are required, short and unique; reps only read the list; a type no
 * longer offered keeps its contracts, drafts included; every change is audited.
 */
class ContractTypesTest {

    private ContractModule module;
    private long customerId;

    @BeforeEach
    void setUp(TestInfo test) {
        module = new ContractModule(test.getTestMethod().orElseThrow().getName());
        customerId = module.customerOf(module.rep, "嘉兴南湖纺织有限公司", "0573 8888 1234", "嘉兴");
    }

    @AfterEach
    void tearDown() {
        module.close();
    }

    private <T> T as(Subject who, Supplier<T> work) {
        return module.as(who, work);
    }

    private String refused(Subject who, Runnable work) {
        return assertThrows(InputRefusedException.class, () -> as(who, () -> {
            work.run();
            return null;
        })).getMessage();
    }

    private List<String> listed() {
        return as(module.rep, () -> module.contracts.types()).stream()
                .map(type -> type.code() + ":" + (type.labelKey().isEmpty() ? type.name() : type.labelKey()) + (type.active() ? "" : " (off)"))
                .toList();
    }

    @Test
    void aContractManagerAddsRenamesAndStopsOfferingTypesAndTheirContractsKeepThem() {
        ContractType lease = as(module.contractManager, () -> module.types.add("  租赁合同 "));
        assertEquals("租赁合同", lease.name());
        assertEquals(List.of("sales:contract.type.sales", "purchase:contract.type.purchase", "service:contract.type.service",
                "framework:contract.type.framework", lease.code() + ":租赁合同"), listed(), "added last, named as typed");

        assertEquals("contract.error.typeNameTaken", refused(module.contractManager, () -> module.types.add("租赁合同")));
        assertEquals("contract.error.typeNameTaken", refused(module.contractManager, () -> module.types.add("SALES")),
                "a shipped type's name too, in any case");
        assertEquals("contract.error.typeNameRequired", refused(module.contractManager, () -> module.types.add(" ")));
        assertEquals("contract.error.typeNameTooLong", refused(module.contractManager, () -> module.types.add("合".repeat(51))));
        assertThrows(AccessDeniedException.class, () -> as(module.rep, () -> module.types.add("代理合同")));

        as(module.contractManager, () -> module.types.rename("service", "技术服务合同"));
        assertEquals("service:技术服务合同", listed().get(2), "a shipped type renamed is named as typed in every language");

        // a draft of the lease type, then the type is no longer offered: no new contract of it, the draft keeps it
        Contract draft = as(module.rep, () -> module.contracts.create(new NewContract("仓库租赁合同", lease.code(), customerId,
                new BigDecimal("120000"), "CNY", new BigDecimal("9"), LocalDate.now(), LocalDate.now().plusYears(1), "", "")));
        as(module.contractManager, () -> module.types.setActive(lease.code(), false));
        assertEquals(lease.code() + ":租赁合同 (off)", listed().get(4));
        String refusedType = refused(module.rep, () -> module.contracts.create(new NewContract("另一份租赁合同", lease.code(), customerId,
                new BigDecimal("1000"), "CNY", null, null, null, "", "")));
        assertEquals("contract.error.type", refusedType);
        Contract edited = as(module.rep, () -> module.contracts.update(draft.id(), new NewContract("仓库租赁合同（含车位）", lease.code(),
                customerId, new BigDecimal("126000"), "CNY", new BigDecimal("9"), LocalDate.now(), LocalDate.now().plusYears(1), "", ""),
                draft.version()));
        assertEquals(lease.code(), edited.typeCode());

        Subject auditor = module.customer.security.user("shenji", null, "auditor");
        assertEquals(3, as(auditor, () -> module.customer.security.auditLog.find(new AuditQuery(null, ContractService.MODULE_ID,
                null, null, null, null, 100))).stream().filter(entry -> entry.recordType().equals("ContractType")).count(),
                "added, renamed, switched off");
    }
}
