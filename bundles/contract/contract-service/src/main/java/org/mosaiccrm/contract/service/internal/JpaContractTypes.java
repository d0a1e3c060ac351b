package org.mosaiccrm.contract.service.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.ContractType;
import org.mosaiccrm.contract.ContractTypes;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The contract types on {@code CON_CONTRACT_TYPE}, each change audited. */
@Component(service = ContractTypes.class)
public class JpaContractTypes implements ContractTypes {

    private static final String RECORD_TYPE = "ContractType";

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog audit;

    @Activate
    public JpaContractTypes(@Reference ContractDatabase database, @Reference AccessPolicy policy, @Reference AuditLog audit) {
        this.database = database.database();
        this.policy = policy;
        this.audit = audit;
    }

    @Override
    public ContractType add(String name) {
        policy.require(ContractService.PERMISSION_ADMINISTER);
        String typed = name(name);
        ContractType added = database.inTransaction(em -> {
            List<ContractTypeEntity> types = all(em);
            requireUnique(types, typed, null);
            int position = types.stream().mapToInt(ContractTypeEntity::position).max().orElse(0) + 1;
            // positions only grow and shipped codes are words, so the code is new; two added at the same
            // moment meet on the primary key and the second is refused whole
            ContractTypeEntity type = new ContractTypeEntity("custom-" + position, typed, position);
            em.persist(type);
            return type.toType();
        });
        audit.record(AuditEvent.created(ContractService.MODULE_ID, RECORD_TYPE, added.code(), fields(added)));
        return added;
    }

    @Override
    public ContractType rename(String code, String name) {
        policy.require(ContractService.PERMISSION_ADMINISTER);
        String typed = name(name);
        return change(code, (em, type) -> {
            requireUnique(all(em), typed, code);
            type.rename(typed);
        });
    }

    @Override
    public ContractType setActive(String code, boolean active) {
        policy.require(ContractService.PERMISSION_ADMINISTER);
        return change(code, (em, type) -> type.activate(active));
    }

    private ContractType change(String code, java.util.function.BiConsumer<EntityManager, ContractTypeEntity> change) {
        ContractType[] beforeAfter = new ContractType[2];
        database.inTransaction(em -> {
            ContractTypeEntity type = code == null ? null : em.find(ContractTypeEntity.class, code);
            if (type == null) {
                throw new NoSuchElementException("contract.error.typeNotFound");
            }
            beforeAfter[0] = type.toType();
            change.accept(em, type);
            beforeAfter[1] = type.toType();
            return null;
        });
        audit.record(AuditEvent.updated(ContractService.MODULE_ID, RECORD_TYPE, code, fields(beforeAfter[0]), fields(beforeAfter[1])));
        return beforeAfter[1];
    }

    private static List<ContractTypeEntity> all(EntityManager em) {
        return em.createQuery("select t from ContractTypeEntity t", ContractTypeEntity.class).getResultList();
    }

    /** The name as typed, trimmed; refused when empty or too long. */
    private static String name(String name) {
        String typed = name == null ? "" : name.strip();
        if (typed.isEmpty()) {
            throw new InputRefusedException("name", "contract.error.typeNameRequired");
        }
        if (typed.length() > MAX_NAME) {
            throw new InputRefusedException("name", "contract.error.typeNameTooLong", MAX_NAME);
        }
        return typed;
    }

    /** No two types of one name (in any case; a shipped one by its English name too). */
    private static void requireUnique(List<ContractTypeEntity> types, String name, String except) {
        String wanted = name.toLowerCase(Locale.ROOT);
        if (types.stream().anyMatch(type -> !type.toType().code().equals(except)
                && type.toType().name().toLowerCase(Locale.ROOT).equals(wanted))) {
            throw new InputRefusedException("name", "contract.error.typeNameTaken", name);
        }
    }

    private static Map<String, Object> fields(ContractType type) {
        return Map.of("name", type.name(), "labelKey", type.labelKey(), "active", type.active());
    }
}
