package org.mosaiccrm.sales.service.internal.order;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.OwnerClause;
import org.mosaiccrm.platform.persistence.RecordChanges;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.OrderStatus;
import org.mosaiccrm.sales.SalesOrder;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.OptimisticLockException;

/** Sales orders on SAL_ORDER: made by an accepted quote, then moved forward step by step or cancelled. */
@Component(service = OrderService.class)
public class JpaOrderService implements OrderService {

    private static final String RECORD_TYPE = "SalesOrder";
    private static final int SHOWN = 200;

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final RecordChanges<OrderEntity> changes;

    @Activate
    public JpaOrderService(@Reference SalesDatabase database, @Reference AccessPolicy policy, @Reference AuditLog audit) {
        this.database = database.database();
        this.policy = policy;
        this.audit = audit;
        this.changes = RecordChanges.of(this.database, policy, audit, OpportunityService.MODULE_ID, RECORD_TYPE, OrderEntity.class,
                OrderEntity::ownerId, OrderEntity::version, JpaOrderService::auditFields);
    }

    @Override
    public Optional<SalesOrder> find(long id) {
        policy.require(PERMISSION_READ);
        return policy.readable(PERMISSION_READ, database.read(em -> Optional.ofNullable(em.find(OrderEntity.class, id))),
                OrderEntity::ownerId).map(entity -> entity.toOrder());
    }

    @Override
    public List<SalesOrder> list(OrderStatus status, int offset, int limit) {
        return page(status, null, offset, limit);
    }

    @Override
    public List<SalesOrder> listAfter(OrderStatus status, Long afterId, int limit) {
        return page(status, afterId, 0, limit);
    }

    private List<SalesOrder> page(OrderStatus status, Long afterId, int offset, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        return database.read(em -> {
            var query = OwnerClause.bind(owners, em.createQuery("select o from OrderEntity o where "
                    + (status == null ? "1 = 1" : "o.status = :status") + (afterId == null ? "" : " and o.id < :after")
                    + OwnerClause.jpql(owners, "o.ownerId") + " order by o.id desc", OrderEntity.class));
            if (status != null) {
                query.setParameter("status", status);
            }
            if (afterId != null) {
                query.setParameter("after", afterId);
            }
            return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(OrderEntity::toOrder).toList();
        });
    }

    @Override
    public List<SalesOrder> forCustomer(long customerId) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        return database.read(em -> OwnerClause.bind(owners, em.createQuery("select o from OrderEntity o where o.customerId = :customer"
                + OwnerClause.jpql(owners, "o.ownerId") + " order by o.id desc", OrderEntity.class))
                .setParameter("customer", customerId).setMaxResults(SHOWN).getResultList().stream().map(OrderEntity::toOrder).toList());
    }

    @Override
    public SalesOrder advance(long id, long version) {
        policy.require(PERMISSION_EDIT);
        return change(id, version, null);
    }

    @Override
    public SalesOrder cancel(long id, String reason, long version) {
        policy.require(PERMISSION_EDIT);
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new InputRefusedException("sales.error.order.cancelReason");
        }
        if (clean.length() > 500) {
            throw new InputRefusedException("sales.error.textTooLong");
        }
        return change(id, version, clean);
    }

    /** One step forward, or cancelled with {@code cancelReason} when it is given. */
    private SalesOrder change(long id, long version, String cancelReason) {
        return changes.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            OrderStatus status = entity.status();
            if (cancelReason != null) {
                if (!status.cancellable()) {
                    throw new InputRefusedException("sales.error.order.notCancellable");
                }
                entity.moveTo(OrderStatus.CANCELLED, cancelReason, StoredTime.now());
            } else {
                if (status.next() == null) {
                    throw new InputRefusedException("sales.error.order.finished");
                }
                entity.moveTo(status.next(), "", StoredTime.now());
            }
        }, OrderEntity::toOrder);
    }

    private static Map<String, ?> auditFields(OrderEntity entity) {
        SalesOrder order = entity.toOrder();
        return Map.of("status", order.status().name(), "cancelReason", order.cancelReason());
    }
}
