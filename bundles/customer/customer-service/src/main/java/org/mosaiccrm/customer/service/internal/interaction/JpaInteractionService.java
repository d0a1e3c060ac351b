package org.mosaiccrm.customer.service.internal.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.persistence.TypedQuery;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.FollowUp;
import org.mosaiccrm.customer.Interaction;
import org.mosaiccrm.customer.InteractionService;
import org.mosaiccrm.customer.NewInteraction;
import org.mosaiccrm.customer.Page;
import org.mosaiccrm.customer.PageCursor;
import org.mosaiccrm.customer.service.internal.Changed;
import org.mosaiccrm.customer.service.internal.CustomerDatabase;
import org.mosaiccrm.customer.service.internal.CustomerScope;
import org.mosaiccrm.customer.service.internal.contact.ContactEntity;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The timeline in {@code CUS_INTERACTION}, paged newest first by (occurred, id). */
@Component(service = InteractionService.class)
public class JpaInteractionService implements InteractionService {

    private static final String RECORD_TYPE = "Interaction";
    private static final int MAX_PAGE = 200;

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog auditLog;

    @Activate
    public JpaInteractionService(@Reference CustomerDatabase database, @Reference AccessPolicy policy,
            @Reference AuditLog auditLog) {
        this(database.database(), policy, auditLog);
    }

    /** For tests outside this package; a factory rather than a public constructor, which SCR would try. */
    public static JpaInteractionService using(ModuleDatabase database, AccessPolicy policy, AuditLog auditLog) {
        return new JpaInteractionService(database, policy, auditLog);
    }

    private JpaInteractionService(ModuleDatabase database, AccessPolicy policy, AuditLog auditLog) {
        this.database = database;
        this.policy = policy;
        this.auditLog = auditLog;
    }

    @Override
    public Interaction record(NewInteraction interaction) {
        Subject subject = policy.require(CustomerService.PERMISSION_READ);
        InteractionInput input = InteractionInput.of(interaction, StoredTime.now());
        InteractionEntity created = database.inTransaction(em -> {
            CustomerScope.require(em, policy, CustomerService.PERMISSION_READ, input.customerId());
            if (input.contactId() != null) {
                ContactEntity contact = em.find(ContactEntity.class, input.contactId());
                if (contact == null || contact.customerId() != input.customerId()) {
                    throw new InputRefusedException("contactId", "customer.error.contact.notOfCustomer");
                }
            }
            InteractionEntity entity = new InteractionEntity(input, input.occurredAt(), subject.userId(),
                    subject.displayName());
            em.persist(entity);
            em.flush();
            return entity;
        });
        auditLog.record(AuditEvent.created(CustomerDatabase.MODULE_ID, RECORD_TYPE, created.id(), created.auditFields()));
        return created.toInteraction();
    }

    @Override
    public Page<Interaction> timeline(long customerId, PageCursor after, int limit) {
        policy.require(CustomerService.PERMISSION_READ);
        int max = Math.min(Math.max(limit, 0), MAX_PAGE);
        if (max == 0) {
            return new Page<>(List.of(), null);
        }
        return database.read(em -> {
            CustomerScope.requireExisting(em, policy, CustomerService.PERMISSION_READ, customerId);
            String seek = after == null ? ""
                    : " and i.occurredAt <= :at and (i.occurredAt < :at or i.id < :id)";
            TypedQuery<InteractionEntity> query = em.createQuery("select i from InteractionEntity i where i.customerId = :customer"
                    + seek + " order by i.occurredAt desc, i.id desc", InteractionEntity.class)
                    .setParameter("customer", customerId).setMaxResults(max + 1);
            if (after != null) {
                query.setParameter("at", Instant.parse(after.key())).setParameter("id", after.id());
            }
            List<InteractionEntity> rows = query.getResultList();
            boolean more = rows.size() > max;
            List<InteractionEntity> page = more ? rows.subList(0, max) : rows;
            InteractionEntity last = more ? page.get(page.size() - 1) : null;
            return new Page<>(page.stream().map(InteractionEntity::toInteraction).toList(),
                    last == null ? null : new PageCursor(last.occurredAt().toString(), last.id()));
        });
    }

    @Override
    public List<FollowUp> followUpsDue(LocalDate until, int limit) {
        Subject subject = policy.require(CustomerService.PERMISSION_READ);
        int max = Math.min(Math.max(limit, 0), MAX_PAGE);
        return database.read(em -> em.createQuery("select i, c.name from InteractionEntity i, CustomerEntity c"
                + " where c.id = i.customerId and i.userId = :user and i.followUpDone = false"
                + " and i.followUpOn <= :until order by i.followUpOn, i.id", Object[].class)
                .setParameter("user", subject.userId()).setParameter("until", until).setMaxResults(max).getResultList()
                .stream().map(row -> new FollowUp(((InteractionEntity) row[0]).toInteraction(), (String) row[1])).toList());
    }

    @Override
    public Interaction completeFollowUp(long interactionId) {
        Subject subject = policy.require(CustomerService.PERMISSION_READ);
        Changed<InteractionEntity> changed = database.inTransaction(em -> {
            InteractionEntity entity = em.find(InteractionEntity.class, interactionId);
            if (entity == null) {
                throw new NoSuchElementException("customer.error.interaction.notFound");
            }
            CustomerScope.requireExisting(em, policy, CustomerService.PERMISSION_READ, entity.customerId());
            if (entity.userId() != subject.userId()) {
                throw new AccessDeniedException(CustomerService.PERMISSION_READ);
            }
            Map<String, Object> before = entity.auditFields();
            entity.completeFollowUp();
            em.flush();
            return Changed.updated(entity, RECORD_TYPE, interactionId, before, entity.auditFields());
        });
        auditLog.record(changed.event());
        return changed.entity().toInteraction();
    }
}
