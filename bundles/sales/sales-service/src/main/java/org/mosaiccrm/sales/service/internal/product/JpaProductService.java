package org.mosaiccrm.sales.service.internal.product;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.LikePrefix;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.Product;
import org.mosaiccrm.sales.ProductInput;
import org.mosaiccrm.sales.ProductService;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** The price list on SAL_PRODUCT. It has no owner: reading and keeping it are permissions, not record scope. */
@Component(service = ProductService.class)
public class JpaProductService implements ProductService {

    private static final String RECORD_TYPE = "Product";

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog audit;

    @Activate
    public JpaProductService(@Reference SalesDatabase database, @Reference AccessPolicy policy, @Reference AuditLog audit) {
        this.database = database.database();
        this.policy = policy;
        this.audit = audit;
    }

    @Override
    public List<Product> list(boolean includeInactive) {
        policy.require(PERMISSION_READ);
        return database.read(em -> em.createQuery("select p from ProductEntity p"
                + (includeInactive ? "" : " where p.active = true") + " order by p.nameKey, p.code", ProductEntity.class)
                .setMaxResults(5_000).getResultList().stream().map(ProductEntity::toProduct).toList());
    }

    @Override
    public List<Product> search(String prefix, int limit) {
        policy.require(PERMISSION_READ);
        String key = prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
        return database.read(em -> em.createQuery("select p from ProductEntity p where p.active = true and"
                + " (p.nameKey like :key escape '\\' or lower(p.code) like :key escape '\\') order by p.nameKey", ProductEntity.class)
                .setParameter("key", LikePrefix.of(key)).setMaxResults(limit).getResultList().stream()
                .map(ProductEntity::toProduct).toList());
    }

    @Override
    public Optional<Product> find(long id) {
        policy.require(PERMISSION_READ);
        return database.read(em -> Optional.ofNullable(em.find(ProductEntity.class, id)).map(ProductEntity::toProduct));
    }

    @Override
    public Product create(ProductInput input) {
        policy.require(PERMISSION_ADMINISTER);
        ProductRules.Checked checked = ProductRules.check(input);
        Product created = database.inTransaction(em -> {
            requireFreeCode(em, checked.code(), -1);
            ProductEntity entity = new ProductEntity(checked);
            em.persist(entity);
            em.flush();
            return entity.toProduct();
        });
        audit.record(AuditEvent.created(OpportunityService.MODULE_ID, RECORD_TYPE, created.id(), fields(created)));
        return created;
    }

    @Override
    public Product update(long id, ProductInput input, long version) {
        policy.require(PERMISSION_ADMINISTER);
        ProductRules.Checked checked = ProductRules.check(input);
        Product[] before = new Product[1];
        Product after = database.inTransaction(em -> {
            ProductEntity entity = em.find(ProductEntity.class, id);
            if (entity == null) {
                throw new NoSuchElementException("No product " + id);
            }
            if (entity.version() != version) {
                throw new OptimisticLockException("Product " + id + " was changed meanwhile");
            }
            requireFreeCode(em, checked.code(), id);
            before[0] = entity.toProduct();
            entity.set(checked);
            em.flush();
            return entity.toProduct();
        });
        audit.record(AuditEvent.updated(OpportunityService.MODULE_ID, RECORD_TYPE, id, fields(before[0]), fields(after)));
        return after;
    }

    /** The unique constraint would refuse it too, but only as a database error the user cannot read. */
    private static void requireFreeCode(EntityManager em, String code, long self) {
        boolean taken = !em.createQuery("select p.id from ProductEntity p where p.code = :code and p.id <> :self", Long.class)
                .setParameter("code", code).setParameter("self", self).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new InputRefusedException("sales.error.product.codeTaken");
        }
    }

    private static Map<String, Object> fields(Product p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", p.code());
        fields.put("name", p.name());
        fields.put("unit", p.unit());
        fields.put("price", p.price().toPlainString() + " " + p.currency());
        fields.put("taxRate", p.taxRate().toPlainString());
        fields.put("active", p.active());
        return fields;
    }
}
