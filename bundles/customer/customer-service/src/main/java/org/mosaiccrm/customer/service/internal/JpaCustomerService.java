package org.mosaiccrm.customer.service.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Customers in the module's own tables (prefix {@code CUS_}). */
@Component(service = CustomerService.class)
public class JpaCustomerService implements CustomerService {

    static final String MODULE_ID = "customer";

    private final ModuleDatabase database;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile AccessPolicy accessPolicy;

    @Activate
    public JpaCustomerService(@Reference ModuleDatabases databases) {
        this(databases.open(PersistenceUnit.of(MODULE_ID, JpaCustomerService.class,
                "db/customer-changelog.xml", CustomerEntity.class)));
    }

    JpaCustomerService(ModuleDatabase database) {
        this.database = database;
    }

    @Deactivate
    void deactivate() {
        database.close();
    }

    @Override
    public Customer create(NewCustomer customer) {
        AccessPolicy.require(accessPolicy, PERMISSION_CREATE);
        CustomerInput input = CustomerInput.of(customer);
        return database.inTransaction(em -> {
            CustomerEntity entity = new CustomerEntity(input, Instant.now());
            em.persist(entity);
            em.flush();
            return entity.toCustomer();
        });
    }

    @Override
    public Optional<Customer> find(long id) {
        AccessPolicy.require(accessPolicy, PERMISSION_READ);
        return database.read(em -> Optional.ofNullable(em.find(CustomerEntity.class, id)).map(CustomerEntity::toCustomer));
    }

    @Override
    public List<Customer> page(int offset, int limit) {
        AccessPolicy.require(accessPolicy, PERMISSION_READ);
        return database.read(em -> em.createQuery("select c from CustomerEntity c order by c.nameKey, c.id", CustomerEntity.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(limit, 0), MAX_PAGE))
                .getResultList().stream().map(CustomerEntity::toCustomer).toList());
    }

    @Override
    public List<Customer> search(String prefix, int limit) {
        AccessPolicy.require(accessPolicy, PERMISSION_READ);
        String text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        int max = Math.min(Math.max(limit, 0), MAX_PAGE);
        String digits = SearchKeys.phone(text);
        return database.read(em -> {
            var query = em.createQuery("select c from CustomerEntity c where c.nameKey like :name escape '\\'"
                    + " or c.emailKey like :email escape '\\'"
                    + (digits.length() >= 3 ? " or c.phoneKey like :phone escape '\\'" : "")
                    + " order by c.nameKey, c.id", CustomerEntity.class)
                    .setParameter("name", SearchKeys.likePrefix(SearchKeys.name(text)))
                    .setParameter("email", SearchKeys.likePrefix(SearchKeys.email(text)))
                    .setMaxResults(max);
            if (digits.length() >= 3) {
                query.setParameter("phone", SearchKeys.likePrefix(digits));
            }
            return query.getResultList().stream().map(CustomerEntity::toCustomer).toList();
        });
    }

    @Override
    public long count() {
        AccessPolicy.require(accessPolicy, PERMISSION_READ);
        return database.read(em -> em.createQuery("select count(c) from CustomerEntity c", Long.class).getSingleResult());
    }
}
