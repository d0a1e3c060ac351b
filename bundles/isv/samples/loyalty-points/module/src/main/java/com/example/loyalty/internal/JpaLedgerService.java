package com.example.loyalty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import com.example.loyalty.LedgerEntry;
import com.example.loyalty.LedgerService;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The ledgers in the module's own table. Opening the database applies the module's Liquibase
 * changelog first; the record scope of a customer is the customer core's to decide
 * ({@link CustomerService#find} refuses a customer outside the caller's scope).
 */
@Component(service = LedgerService.class)
public class JpaLedgerService implements LedgerService {

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final CustomerService customers;
    private final AuditLog audit;

    @Activate
    public JpaLedgerService(@Reference ModuleDatabases databases, @Reference AccessPolicy policy,
            @Reference CustomerService customers, @Reference AuditLog audit) {
        this.policy = policy;
        this.customers = customers;
        this.audit = audit;
        this.database = databases.open(PersistenceUnit.of(MODULE_ID, JpaLedgerService.class,
                "db/loyalty-changelog.xml", LedgerEntryEntity.class));
    }

    @Deactivate
    void deactivate() {
        database.close();
    }

    @Override
    public LedgerEntry add(long customerId, long amount, String reason) {
        Subject subject = policy.require(PERMISSION_CREATE);
        String clean = EntryInput.check(amount, reason);
        visible(customerId);
        LedgerEntry entry = database.inTransaction(em -> {
            LedgerEntryEntity entity = new LedgerEntryEntity(customerId, amount, clean, Instant.now(), subject.username());
            em.persist(entity);
            em.flush();
            return entity.toEntry();
        });
        audit.record(AuditEvent.created(MODULE_ID, "LedgerEntry", entry.id(),
                Map.of("customerId", customerId, "amount", amount, "reason", clean)));
        return entry;
    }

    @Override
    public List<LedgerEntry> entries(long customerId, int limit) {
        policy.require(PERMISSION_READ);
        visible(customerId);
        return database.read(em -> em.createQuery("select e from LedgerEntryEntity e where e.customerId = :customer"
                + " order by e.id desc", LedgerEntryEntity.class).setParameter("customer", customerId)
                .setMaxResults(limit).getResultList().stream().map(LedgerEntryEntity::toEntry).toList());
    }

    @Override
    public long balance(long customerId) {
        policy.require(PERMISSION_READ);
        visible(customerId);
        return database.read(em -> em.createQuery("select coalesce(sum(e.amount), 0) from LedgerEntryEntity e"
                + " where e.customerId = :customer", Long.class).setParameter("customer", customerId).getSingleResult());
    }

    /**
     * Newest first, only of customers the caller may see. The module keeps no customer owner, so
     * each customer is asked once; a module with large ledgers would keep the owner as the
     * customer core keeps it for contacts.
     */
    @Override
    public List<LedgerEntry> recent(int limit) {
        policy.require(PERMISSION_READ);
        List<LedgerEntry> newest = database.read(em -> em.createQuery("select e from LedgerEntryEntity e order by e.id desc",
                LedgerEntryEntity.class).setMaxResults(limit * 4).getResultList().stream().map(LedgerEntryEntity::toEntry).toList());
        Map<Long, Boolean> maysee = new HashMap<>();
        List<LedgerEntry> shown = new ArrayList<>();
        for (LedgerEntry entry : newest) {
            if (shown.size() < limit && maysee.computeIfAbsent(entry.customerId(), this::mayRead)) {
                shown.add(entry);
            }
        }
        return shown;
    }

    @Override
    public long writtenThisMonth() {
        Subject subject = policy.require(PERMISSION_READ);
        Instant monthStart = LocalDate.now().withDayOfMonth(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        return database.read(em -> em.createQuery("select coalesce(sum(e.amount), 0) from LedgerEntryEntity e"
                + " where e.createdBy = :user and e.createdAt >= :start", Long.class)
                .setParameter("user", subject.username()).setParameter("start", monthStart).getSingleResult());
    }

    private void visible(long customerId) {
        customers.find(customerId).orElseThrow(() -> new NoSuchElementException("No customer " + customerId));
    }

    private boolean mayRead(long customerId) {
        try {
            return customers.find(customerId).isPresent();
        } catch (AccessDeniedException outOfScope) {
            return false;
        }
    }
}
