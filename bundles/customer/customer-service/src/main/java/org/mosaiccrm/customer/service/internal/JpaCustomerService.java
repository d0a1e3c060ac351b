package org.mosaiccrm.customer.service.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Customers in the module's own tables (prefix {@code CUS_}). Every method checks function-level
 * permission, record scope (owner) and the sensitive tax id field; every change is audited.
 */
@Component(service = CustomerService.class)
public class JpaCustomerService implements CustomerService {

    static final String MODULE_ID = "customer";
    private static final String RECORD_TYPE = "Customer";

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog auditLog;

    @Activate
    public JpaCustomerService(@Reference ModuleDatabases databases, @Reference AccessPolicy policy,
            @Reference AuditLog auditLog) {
        this(databases.open(PersistenceUnit.of(MODULE_ID, JpaCustomerService.class,
                "db/customer-changelog.xml", CustomerEntity.class)), policy, auditLog);
    }

    JpaCustomerService(ModuleDatabase database, AccessPolicy policy, AuditLog auditLog) {
        this.database = database;
        this.policy = policy;
        this.auditLog = auditLog;
    }

    @Deactivate
    void deactivate() {
        database.close();
    }

    @Override
    public Customer create(NewCustomer customer) {
        Subject subject = policy.require(PERMISSION_CREATE);
        CustomerInput input = CustomerInput.of(customer);
        boolean taxId = policy.isPermitted(PERMISSION_TAX_ID);
        CustomerEntity created = database.inTransaction(em -> {
            CustomerEntity entity = new CustomerEntity(input, subject.userId(), Instant.now());
            if (!taxId) {
                entity.apply(input, false);
            }
            em.persist(entity);
            em.flush();
            return entity;
        });
        auditLog.record(AuditEvent.created(MODULE_ID, RECORD_TYPE, created.toCustomer(true).id(), created.auditFields()));
        return created.toCustomer(taxId);
    }

    @Override
    public Customer update(long id, NewCustomer changes, long version) {
        policy.require(PERMISSION_EDIT);
        CustomerInput input = CustomerInput.of(changes);
        boolean taxId = policy.isPermitted(PERMISSION_TAX_ID);
        Object[] result = database.inTransaction(em -> {
            CustomerEntity entity = em.find(CustomerEntity.class, id);
            if (entity == null) {
                throw new NoSuchElementException("customer.error.notFound");
            }
            policy.requireRecord(PERMISSION_EDIT, entity.ownerId(), RECORD_TYPE + "#" + id);
            if (entity.version() != version) {
                throw new OptimisticLockException("customer.error.changedMeanwhile");
            }
            Map<String, Object> before = entity.auditFields();
            entity.apply(input, taxId);
            em.flush();
            return new Object[] { before, entity };
        });
        CustomerEntity entity = (CustomerEntity) result[1];
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) result[0];
        auditLog.record(AuditEvent.updated(MODULE_ID, RECORD_TYPE, id, before, entity.auditFields()));
        return entity.toCustomer(taxId);
    }

    @Override
    public Optional<Customer> find(long id) {
        policy.require(PERMISSION_READ);
        boolean taxId = policy.isPermitted(PERMISSION_TAX_ID);
        Optional<CustomerEntity> found = database.read(em -> Optional.ofNullable(em.find(CustomerEntity.class, id)));
        found.ifPresent(entity -> policy.requireRecord(PERMISSION_READ, entity.ownerId(), RECORD_TYPE + "#" + id));
        return found.map(entity -> entity.toCustomer(taxId));
    }

    @Override
    public List<Customer> page(int offset, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        boolean taxId = policy.isPermitted(PERMISSION_TAX_ID);
        return database.read(em -> scoped(em, "select c from CustomerEntity c where 1 = 1", " order by c.nameKey, c.id",
                owners).setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(limit, 0), MAX_PAGE))
                .getResultList().stream().map(c -> c.toCustomer(taxId)).toList());
    }

    @Override
    public List<Customer> search(String prefix, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        boolean taxId = policy.isPermitted(PERMISSION_TAX_ID);
        String text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        int max = Math.min(Math.max(limit, 0), MAX_PAGE);
        String digits = SearchKeys.phone(text);
        return database.read(em -> {
            TypedQuery<CustomerEntity> query = scoped(em, "select c from CustomerEntity c where"
                    + " (c.nameKey like :name escape '\\' or c.emailKey like :email escape '\\'"
                    + (digits.length() >= 3 ? " or c.phoneKey like :phone escape '\\'" : "") + ")",
                    " order by c.nameKey, c.id", owners)
                    .setParameter("name", SearchKeys.likePrefix(SearchKeys.name(text)))
                    .setParameter("email", SearchKeys.likePrefix(SearchKeys.email(text)))
                    .setMaxResults(max);
            if (digits.length() >= 3) {
                query.setParameter("phone", SearchKeys.likePrefix(digits));
            }
            return query.getResultList().stream().map(c -> c.toCustomer(taxId)).toList();
        });
    }

    @Override
    public long count() {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        return database.read(em -> {
            TypedQuery<Long> query = em.createQuery("select count(c) from CustomerEntity c"
                    + (owners.all() ? "" : " where c.ownerId in :owners"), Long.class);
            if (!owners.all()) {
                query.setParameter("owners", owners.ownerIds());
            }
            return query.getSingleResult();
        });
    }

    private static TypedQuery<CustomerEntity> scoped(EntityManager em, String select, String order, OwnerFilter owners) {
        TypedQuery<CustomerEntity> query = em.createQuery(select + (owners.all() ? "" : " and c.ownerId in :owners") + order,
                CustomerEntity.class);
        if (!owners.all()) {
            query.setParameter("owners", owners.ownerIds());
        }
        return query;
    }
}
