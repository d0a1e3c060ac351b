package org.mosaiccrm.customer.service.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.mosaiccrm.customer.Category;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.DuplicateMatch;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.customer.Page;
import org.mosaiccrm.customer.PageCursor;
import org.mosaiccrm.customer.SavedFilter;
import org.mosaiccrm.customer.service.internal.merge.MergeEntity;
import org.mosaiccrm.customer.service.internal.merge.MergeParticipants;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.persistence.LikePrefix;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.OwnerClause;
import org.mosaiccrm.platform.persistence.RecordChanges;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Customers in the module's own tables (prefix {@code CUS_}). Every method checks function-level
 * permission, record scope (owner) and the sensitive tax id field; every change is audited.
 */
@Component(service = CustomerService.class)
public class JpaCustomerService implements CustomerService {

    public static final String MODULE_ID = CustomerDatabase.MODULE_ID;
    public static final String RECORD_TYPE = "Customer";
    /** Up to this many, counting reads ids and stops at the bound; beyond, a plain COUNT. */
    private static final int BOUNDED_COUNT = 100_000;

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog auditLog;
    private final Suggestions suggestions;
    private final MergeParticipants mergeParticipants;
    private final RecordChanges<CustomerEntity> customerChanges;
    private final CustomerEvents events;

    @Activate
    public JpaCustomerService(@Reference CustomerDatabase database, @Reference AccessPolicy policy,
            @Reference AuditLog auditLog, @Reference MergeParticipants mergeParticipants, @Reference CustomerEvents events) {
        this(database.database(), policy, auditLog, mergeParticipants, events);
    }

    JpaCustomerService(ModuleDatabase database, AccessPolicy policy, AuditLog auditLog,
            MergeParticipants mergeParticipants, CustomerEvents events) {
        this.database = database;
        this.events = events;
        this.policy = policy;
        this.auditLog = auditLog;
        this.suggestions = new Suggestions(database);
        this.mergeParticipants = mergeParticipants;
        this.customerChanges = RecordChanges.of(database, policy, auditLog, MODULE_ID, RECORD_TYPE, CustomerEntity.class,
                CustomerEntity::ownerId, CustomerEntity::version, CustomerEntity::auditFields)
                .withMessages("customer.error.notFound", "customer.error.changedMeanwhile");
    }

    @Override
    public Customer create(NewCustomer customer) {
        Subject subject = policy.require(PERMISSION_CREATE);
        CustomerInput input = CustomerInput.of(customer);
        boolean taxId = policy.isPermitted(PERMISSION_TAX_ID);
        if (input.ownerId() != null && input.ownerId() != subject.userId()) {
            requireOwnerWithin(PERMISSION_CREATE, input.ownerId());
        }
        CustomerEntity created = database.inTransaction(em -> {
            checkParent(em, input.parentId(), null);
            CustomerEntity entity = new CustomerEntity(input, subject.userId(), StoredTime.now());
            if (!taxId) {
                entity.apply(input, false);
            }
            em.persist(entity);
            em.flush();
            return entity;
        });
        auditLog.record(AuditEvent.created(MODULE_ID, RECORD_TYPE, created.id(), created.auditFields()));
        Customer stored = created.toCustomer(taxId);
        events.created(stored);
        return stored;
    }

    @Override
    public Customer update(long id, NewCustomer changes, long version) {
        policy.require(PERMISSION_EDIT);
        CustomerInput input = CustomerInput.of(changes);
        boolean taxId = policy.isPermitted(PERMISSION_TAX_ID);
        Customer updated = customerChanges.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            if (input.ownerId() != null && input.ownerId() != entity.ownerId()) {
                requireOwnerWithin(PERMISSION_EDIT, input.ownerId());
            }
            checkParent(em, input.parentId(), id);
            long ownerBefore = entity.ownerId();
            entity.apply(input, taxId);
            if (entity.ownerId() != ownerBefore) {
                ContactOwners.follow(em, id, entity.ownerId());
            }
        }, entity -> entity.toCustomer(taxId));
        events.updated(updated);
        return updated;
    }

    @Override
    public Optional<Customer> find(long id) {
        policy.require(PERMISSION_READ);
        boolean taxId = policy.isPermitted(PERMISSION_TAX_ID);
        Optional<CustomerEntity> found = database.read(em -> Optional.ofNullable(em.find(CustomerEntity.class, id)));
        return policy.readable(PERMISSION_READ, found, CustomerEntity::ownerId).map(entity -> entity.toCustomer(taxId));
    }

    @Override
    public Page<Customer> list(CustomerQuery query, PageCursor after, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        boolean taxId = policy.isPermitted(PERMISSION_TAX_ID);
        int max = Math.min(Math.max(limit, 0), MAX_PAGE);
        if (max == 0) {
            return new Page<>(List.of(), null);
        }
        CustomerListQuery list = new CustomerListQuery(query == null ? CustomerQuery.ALL : query, owners);
        return database.read(em -> {
            List<CustomerRows.Listed> rows = CustomerRows.read(em, list.page(em, after, max + 1), taxId);
            boolean more = rows.size() > max;
            List<CustomerRows.Listed> page = more ? rows.subList(0, max) : rows;
            PageCursor next = more ? list.cursorAfter(page.get(page.size() - 1)) : null;
            return new Page<>(page.stream().map(CustomerRows.Listed::customer).toList(), next);
        });
    }

    @Override
    public long count(CustomerQuery query, long max) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        CustomerListQuery list = new CustomerListQuery(query == null ? CustomerQuery.ALL : query, owners);
        if (max > BOUNDED_COUNT) {
            return database.read(em -> list.count(em));
        }
        // reading at most max ids stops early; COUNT(*) would read every matching row
        return database.read(em -> (long) list.ids(em, (int) Math.max(max, 0)).getResultList().size());
    }

    @Override
    public List<DuplicateMatch> duplicates(NewCustomer candidate, Long ignoreId, int limit) {
        policy.require(PERMISSION_READ);
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        DuplicateFinder.Keys keys = DuplicateFinder.Keys.of(CustomerInput.of(candidate));
        int max = Math.min(Math.max(limit, 0), MAX_PAGE);
        if (max == 0) {
            return List.of();
        }
        return database.read(em -> DuplicateFinder.find(em, keys, ignoreId, max)).stream()
                .map(hit -> new DuplicateMatch(hit.id(), owners.includes(hit.ownerId()) ? hit.name() : null, hit.reasons()))
                .toList();
    }

    @Override
    public Customer merge(long survivorId, long survivorVersion, long mergedId) {
        Subject subject = policy.require(PERMISSION_EDIT);
        policy.require(PERMISSION_DELETE);
        if (survivorId == mergedId) {
            throw new InputRefusedException("mergedId", "customer.error.merge.same");
        }
        boolean taxId = policy.isPermitted(PERMISSION_TAX_ID);
        Instant now = StoredTime.now();
        List<AuditEvent> audited = new ArrayList<>();
        CustomerEntity survivor = database.inTransaction(em -> {
            CustomerEntity kept = CustomerScope.requireExisting(em, policy, PERMISSION_EDIT, survivorId);
            CustomerEntity merged = CustomerScope.requireExisting(em, policy, PERMISSION_DELETE, mergedId);
            if (kept.version() != survivorVersion) {
                throw new OptimisticLockException("customer.error.changedMeanwhile");
            }
            Map<String, Object> before = kept.auditFields();
            kept.dropParent(mergedId);
            kept.absorb(merged);
            em.createQuery("update ContactEntity c set c.customerId = :kept, c.ownerId = :owner where c.customerId = :merged")
                    .setParameter("kept", survivorId).setParameter("owner", kept.ownerId()).setParameter("merged", mergedId)
                    .executeUpdate();
            em.createQuery("update InteractionEntity i set i.customerId = :kept where i.customerId = :merged")
                    .setParameter("kept", survivorId).setParameter("merged", mergedId).executeUpdate();
            em.createQuery("update CustomerEntity c set c.parentId = :kept where c.parentId = :merged and c.id <> :kept")
                    .setParameter("kept", survivorId).setParameter("merged", mergedId).executeUpdate();
            // earlier merges into the merged customer now lead to the survivor: one hop, always
            em.createQuery("update MergeEntity m set m.survivorId = :kept where m.survivorId = :merged")
                    .setParameter("kept", survivorId).setParameter("merged", mergedId).executeUpdate();
            em.persist(new MergeEntity(mergedId, survivorId, now, subject.userId()));
            audited.add(new AuditEvent(AuditEvent.DATA, "MERGED", MODULE_ID, RECORD_TYPE, String.valueOf(survivorId),
                    mergeChanges(mergedId, merged.name(), before, kept.auditFields())));
            audited.add(AuditEvent.deleted(MODULE_ID, RECORD_TYPE, mergedId, merged.auditFields()));
            em.remove(merged);
            em.flush();
            return kept;
        });
        auditLog.recordAll(audited);
        mergeParticipants.announce(mergedId, survivorId);
        Customer kept = survivor.toCustomer(taxId);
        events.merged(kept, mergedId);
        return kept;
    }

    private static List<FieldChange> mergeChanges(long mergedId, String mergedName, Map<String, Object> before,
            Map<String, Object> after) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("mergedId", null, String.valueOf(mergedId)));
        changes.add(new FieldChange("mergedName", null, mergedName));
        changes.addAll(AuditEvent.updated(MODULE_ID, RECORD_TYPE, 0, before, after).changes());
        return changes;
    }

    @Override
    public Optional<Long> mergedInto(long id) {
        policy.require(PERMISSION_READ);
        return database.read(em -> Optional.ofNullable(em.find(MergeEntity.class, id)).map(MergeEntity::survivorId));
    }

    @Override
    public List<Customer> search(String prefix, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        boolean taxId = policy.isPermitted(PERMISSION_TAX_ID);
        String text = prefix == null ? "" : prefix.strip();
        int max = Math.min(Math.max(limit, 0), MAX_PAGE);
        if (text.isEmpty() || max == 0) {
            return List.of();
        }
        // one indexed prefix query per key the text can match, merged: an OR across the columns would scan
        Map<Long, CustomerRows.Listed> hits = new LinkedHashMap<>();
        database.read(em -> {
            if (SearchText.isEmail(text)) {
                hits(em, "c.emailKey", SearchKeys.email(text), owners, max, taxId, hits);
                return null;
            }
            if (SearchText.isPhone(text)) {
                hits(em, "c.phoneKey", SearchKeys.phone(text), owners, max, taxId, hits);
            }
            hits(em, "c.nameKey", SearchKeys.name(text), owners, max, taxId, hits);
            if (SearchText.mayBeginEmail(text) && !SearchText.isPhone(text)) {
                hits(em, "c.emailKey", SearchKeys.email(text), owners, max, taxId, hits);
            }
            return null;
        });
        return hits.values().stream().sorted(Comparator.comparing(CustomerRows.Listed::sortKey)
                .thenComparing(CustomerRows.Listed::id)).limit(max).map(CustomerRows.Listed::customer).toList();
    }

    private static void hits(EntityManager em, String column, String key, OwnerFilter owners, int max, boolean taxId,
            Map<Long, CustomerRows.Listed> hits) {
        var query = em.createQuery("select " + CustomerRows.COLUMNS + " from CustomerEntity c where " + column
                + " like :key escape '\\'" + OwnerClause.jpql(owners, "c.ownerId") + " order by " + column + ", c.id",
                Object[].class).setParameter("key", LikePrefix.of(key)).setMaxResults(max);
        CustomerRows.read(em, OwnerClause.bind(owners, query), taxId).forEach(hit -> hits.putIfAbsent(hit.id(), hit));
    }

    @Override
    public List<String> suggestions(Category category, int limit) {
        policy.require(PERMISSION_READ);
        return suggestions.of(category, Math.min(Math.max(limit, 0), MAX_PAGE));
    }

    @Override
    public List<SavedFilter> savedFilters() {
        Subject subject = policy.require(PERMISSION_READ);
        return database.read(em -> em.createQuery("select f from SavedFilterEntity f where f.userId = :user order by f.name",
                SavedFilterEntity.class).setParameter("user", subject.userId()).getResultList().stream()
                .map(SavedFilterEntity::toSavedFilter).toList());
    }

    @Override
    public SavedFilter saveFilter(String name, CustomerQuery query) {
        Subject subject = policy.require(PERMISSION_READ);
        String cleaned = TextRules.required("filterName", name, 100);
        CustomerQuery filter = query == null ? CustomerQuery.ALL : query;
        return database.inTransaction(em -> {
            List<SavedFilterEntity> same = em.createQuery(
                    "select f from SavedFilterEntity f where f.userId = :user and f.name = :name", SavedFilterEntity.class)
                    .setParameter("user", subject.userId()).setParameter("name", cleaned).getResultList();
            SavedFilterEntity entity = same.isEmpty() ? new SavedFilterEntity(subject.userId(), cleaned) : same.get(0);
            entity.apply(filter);
            if (same.isEmpty()) {
                em.persist(entity);
            }
            em.flush();
            return entity.toSavedFilter();
        });
    }

    @Override
    public void deleteFilter(long id) {
        Subject subject = policy.require(PERMISSION_READ);
        database.runInTransaction(em -> {
            SavedFilterEntity entity = em.find(SavedFilterEntity.class, id);
            if (entity != null && entity.userId() == subject.userId()) {
                em.remove(entity);
            }
        });
    }

    /** Giving a record to another owner: only to one the caller's scope reaches. */
    private void requireOwnerWithin(String permission, long ownerId) {
        OwnerFilter owners = policy.ownerFilter(permission);
        if (!owners.all() && !owners.ownerIds().contains(ownerId)) {
            throw new AccessDeniedException(permission);
        }
    }

    private static void checkParent(EntityManager em, Long parentId, Long selfId) {
        if (parentId == null) {
            return;
        }
        CustomerEntity parent = em.find(CustomerEntity.class, parentId);
        if (parent == null || parent.type() != CustomerType.COMPANY || parentId.equals(selfId)) {
            throw new InputRefusedException("parentId", "customer.error.parent.invalid");
        }
    }
}
