package org.mosaiccrm.sales.service.internal.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.DuplicateMatch;
import org.mosaiccrm.customer.LifecycleStage;
import org.mosaiccrm.customer.NewContact;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.LikePrefix;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.OwnerClause;
import org.mosaiccrm.platform.persistence.RecordChanges;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadConversion;
import org.mosaiccrm.sales.LeadService;
import org.mosaiccrm.sales.LeadStatus;
import org.mosaiccrm.sales.LeadTask;
import org.mosaiccrm.sales.NewLead;
import org.mosaiccrm.sales.NewOpportunity;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.service.internal.opportunity.OpportunityInput;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Leads on SAL_LEAD and their tasks on SAL_LEAD_TASK. Checks come first: a refused call writes
 * nothing. Conversion spans two modules' tables (customer core and sales), which no single
 * transaction covers: the lead is claimed first, then customer, contact and opportunity are made
 * through their services, then the lead records them; a failure in between gives the lead back.
 */
@Component(service = LeadService.class)
public class JpaLeadService implements LeadService {

    static final String RECORD_TYPE = "Lead";
    private static final Logger LOG = LoggerFactory.getLogger(JpaLeadService.class);
    private static final int MAX_TITLE = 200;

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final UserDirectory users;
    private final CustomerService customers;
    private final ContactService contacts;
    private final OpportunityService opportunities;
    private final AuditLog audit;
    private final RecordChanges<LeadEntity> changes;

    @Activate
    public JpaLeadService(@Reference SalesDatabase database, @Reference AccessPolicy policy, @Reference UserDirectory users,
            @Reference CustomerService customers, @Reference ContactService contacts,
            @Reference OpportunityService opportunities, @Reference AuditLog audit) {
        this.database = database.database();
        this.policy = policy;
        this.users = users;
        this.customers = customers;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.audit = audit;
        this.changes = RecordChanges.of(this.database, policy, audit, OpportunityService.MODULE_ID, RECORD_TYPE, LeadEntity.class,
                LeadEntity::ownerId, LeadEntity::version, entity -> fields(entity.toLead()));
    }

    @Override
    public Lead create(NewLead input) {
        Subject subject = policy.require(PERMISSION_CREATE);
        LeadInput.Checked checked = LeadInput.check(input);
        if (input.ownerId() != null && input.ownerId() != subject.userId()) {
            requireLeadWorker(input.ownerId());
        }
        Lead created = database.inTransaction(em -> {
            long owner = input.ownerId() != null ? input.ownerId() : ownerByRule(em, subject);
            LeadEntity entity = new LeadEntity(checked, owner, StoredTime.now());
            em.persist(entity);
            em.flush();
            return entity.toLead();
        });
        audit.record(AuditEvent.created(OpportunityService.MODULE_ID, RECORD_TYPE, created.id(), fields(created)));
        return created;
    }

    /** The next round-robin member, or the user who enters the lead when there is no rule. */
    private static long ownerByRule(EntityManager em, Subject subject) {
        Long next = LeadRouting.next(em, StoredTime.now());
        return next != null ? next : subject.userId();
    }

    private void requireLeadWorker(long userId) {
        if (users.holders(PERMISSION_EDIT).stream().noneMatch(u -> u.id() == userId)) {
            throw new InputRefusedException("sales.error.lead.owner");
        }
    }

    @Override
    public Lead update(long id, NewLead changes, long version) {
        policy.require(PERMISSION_EDIT);
        LeadInput.Checked checked = LeadInput.check(changes);
        return change(id, version, (em, entity) -> entity.apply(checked));
    }

    @Override
    public Optional<Lead> find(long id) {
        policy.require(PERMISSION_READ);
        return policy.readable(PERMISSION_READ, database.read(em -> Optional.ofNullable(em.find(LeadEntity.class, id))),
                LeadEntity::ownerId).map(entity -> entity.toLead());
    }

    @Override
    public List<Lead> list(LeadStatus status, int offset, int limit) {
        return page(status, null, offset, limit);
    }

    @Override
    public List<Lead> listAfter(LeadStatus status, Long afterId, int limit) {
        return page(status, afterId, 0, limit);
    }

    private List<Lead> page(LeadStatus status, Long afterId, int offset, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        return database.read(em -> {
            var query = OwnerClause.bind(owners, em.createQuery("select l from LeadEntity l where "
                    + (status == null ? "1 = 1" : "l.status = :status") + (afterId == null ? "" : " and l.id < :after")
                    + OwnerClause.jpql(owners, "l.ownerId") + " order by l.id desc", LeadEntity.class));
            if (status != null) {
                query.setParameter("status", status);
            }
            if (afterId != null) {
                query.setParameter("after", afterId);
            }
            return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(LeadEntity::toLead).toList();
        });
    }

    @Override
    public List<Lead> forCustomer(long customerId) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        return database.read(em -> OwnerClause.bind(owners, em.createQuery("select l from LeadEntity l where l.customerId = :customer"
                + OwnerClause.jpql(owners, "l.ownerId") + " order by l.id desc", LeadEntity.class))
                .setParameter("customer", customerId).setMaxResults(200).getResultList().stream().map(LeadEntity::toLead).toList());
    }

    @Override
    public List<Lead> search(String prefix, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        String key = LeadInput.textKey(prefix.strip());
        if (key.isEmpty()) {
            return List.of();
        }
        return database.read(em -> OwnerClause.bind(owners, em.createQuery("select l from LeadEntity l where"
                + " (l.nameKey like :key escape '\\' or l.companyKey like :key escape '\\')"
                + OwnerClause.jpql(owners, "l.ownerId") + " order by l.nameKey", LeadEntity.class))
                .setParameter("key", LikePrefix.of(key)).setMaxResults(limit).getResultList().stream()
                .map(LeadEntity::toLead).toList());
    }

    @Override
    public Lead assign(long id, long ownerId, long version) {
        policy.require(PERMISSION_EDIT);
        requireLeadWorker(ownerId);
        return change(id, version, (em, entity) -> {
            entity.assignTo(ownerId);
            em.createQuery("select t from LeadTaskEntity t where t.leadId = :lead and t.doneAt is null", LeadTaskEntity.class)
                    .setParameter("lead", id).getResultList().forEach(task -> task.assignTo(ownerId));
        });
    }

    @Override
    public Lead disqualify(long id, String reason, long version) {
        policy.require(PERMISSION_EDIT);
        String clean = LeadInput.reason(reason);
        return change(id, version, (em, entity) -> entity.disqualify(clean));
    }

    @Override
    public List<DuplicateMatch> duplicates(long id) {
        Lead lead = find(id).orElseThrow(() -> new NoSuchElementException("No lead " + id));
        return customers.duplicates(customerOf(lead), null, 10);
    }

    private static NewCustomer customerOf(Lead lead) {
        return NewCustomer.builder(lead.customerName(), lead.company().isEmpty() ? CustomerType.PERSON : CustomerType.COMPANY)
                .email(lead.email()).phone(lead.phone()).source(lead.source()).stage(LifecycleStage.PROSPECT).build();
    }

    @Override
    public Lead convert(long id, LeadConversion conversion, long version) {
        policy.require(PERMISSION_EDIT);
        // every check before the first write
        Lead lead = find(id).orElseThrow(() -> new NoSuchElementException("No lead " + id));
        policy.requireRecord(PERMISSION_EDIT, lead.ownerId(), RECORD_TYPE + "#" + id);
        if (lead.status() != LeadStatus.OPEN) {
            throw new InputRefusedException("sales.error.lead.closed");
        }
        if (lead.version() != version) {
            throw new OptimisticLockException("Lead " + id + " was changed meanwhile");
        }
        Customer existing = null;
        if (conversion.existingCustomerId() != null) {
            existing = customers.find(conversion.existingCustomerId())
                    .orElseThrow(() -> new NoSuchElementException("No customer " + conversion.existingCustomerId()));
            policy.requireRecord(CustomerService.PERMISSION_EDIT, existing.ownerId(), "Customer#" + existing.id());
        } else {
            policy.require(CustomerService.PERMISSION_CREATE);
        }
        NewOpportunity opportunityInput = null;
        if (conversion.withOpportunity()) {
            policy.require(OpportunityService.PERMISSION_CREATE);
            // the opportunity's own rules, checked now: a refusal after the customer is made would leave it behind
            opportunityInput = new NewOpportunity(0, conversion.opportunityName(), "", conversion.amount(),
                    conversion.currency(), conversion.expectedClose(), "", "");
            OpportunityInput.check(opportunityInput, "");
        }

        database.inTransaction(em -> {
            openAtVersion(em, id, version).claimForConversion();
            return null;
        });
        long customerId = -1;
        try {
            customerId = existing != null ? existing.id() : customers.create(customerOf(lead)).id();
            contacts.create(new NewContact(customerId, lead.name(), lead.title(), null, lead.phone(), "", lead.email(),
                    null, lead.notes().isEmpty() ? "" : lead.notes()));
            Long opportunityId = null;
            if (opportunityInput != null) {
                NewOpportunity forCustomer = new NewOpportunity(customerId, opportunityInput.name(), "",
                        opportunityInput.amount(), opportunityInput.currency(), opportunityInput.expectedClose(), "", "");
                Opportunity opportunity = opportunities.create(forCustomer);
                opportunityId = opportunity.id();
            }
            long customer = customerId;
            Long opportunity = opportunityId;
            Lead done = database.inTransaction(em -> {
                LeadEntity entity = em.find(LeadEntity.class, id);
                entity.converted(customer, opportunity);
                em.flush();
                return entity.toLead();
            });
            audit.record(AuditEvent.updated(OpportunityService.MODULE_ID, RECORD_TYPE, id, fields(lead), fields(done)));
            return done;
        } catch (RuntimeException e) {
            LOG.info("Conversion of lead {} failed (customer {}), lead reopened: {}", id, customerId, e.toString());
            database.inTransaction(em -> {
                em.find(LeadEntity.class, id).reopen();
                return null;
            });
            throw e;
        }
    }

    @Override
    public LeadTask addTask(long leadId, String title, Instant dueAt, Duration remindBefore) {
        policy.require(PERMISSION_EDIT);
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > MAX_TITLE) {
            throw new InputRefusedException(clean.isEmpty() ? "sales.error.task.title" : "sales.error.lead.tooLong");
        }
        if (dueAt == null) {
            throw new InputRefusedException("sales.error.task.due");
        }
        if (remindBefore != null && remindBefore.isNegative()) {
            throw new InputRefusedException("sales.error.task.remind");
        }
        LeadTask task = database.inTransaction(em -> {
            LeadEntity lead = openLeadToEdit(em, leadId);
            LeadTaskEntity entity = new LeadTaskEntity(leadId, clean, dueAt,
                    remindBefore == null ? null : dueAt.minus(remindBefore), lead.ownerId());
            em.persist(entity);
            em.flush();
            return entity.toTask(lead.name());
        });
        audit.record(AuditEvent.created(OpportunityService.MODULE_ID, "LeadTask", task.id(),
                Map.of("lead", leadId, "title", clean, "due", dueAt.toString())));
        return task;
    }

    private LeadEntity openLeadToEdit(EntityManager em, long leadId) {
        LeadEntity lead = em.find(LeadEntity.class, leadId);
        if (lead == null) {
            throw new NoSuchElementException("No lead " + leadId);
        }
        policy.requireRecord(PERMISSION_EDIT, lead.ownerId(), RECORD_TYPE + "#" + leadId);
        if (lead.status() != LeadStatus.OPEN) {
            throw new InputRefusedException("sales.error.lead.closed");
        }
        return lead;
    }

    /** An open lead in the caller's edit scope, still at the version the caller read. */
    private LeadEntity openAtVersion(EntityManager em, long id, long version) {
        LeadEntity entity = openLeadToEdit(em, id);
        if (entity.version() != version) {
            throw new OptimisticLockException("Lead " + id + " was changed meanwhile");
        }
        return entity;
    }

    @Override
    public List<LeadTask> tasks(long leadId) {
        Lead lead = find(leadId).orElseThrow(() -> new NoSuchElementException("No lead " + leadId));
        return database.read(em -> em.createQuery("select t from LeadTaskEntity t where t.leadId = :lead"
                + " order by case when t.doneAt is null then 0 else 1 end, t.dueAt", LeadTaskEntity.class)
                .setParameter("lead", leadId).getResultList().stream().map(t -> t.toTask(lead.name())).toList());
    }

    @Override
    public LeadTask completeTask(long taskId) {
        policy.require(PERMISSION_EDIT);
        LeadTask task = database.inTransaction(em -> {
            LeadTaskEntity entity = em.find(LeadTaskEntity.class, taskId);
            if (entity == null) {
                throw new NoSuchElementException("No task " + taskId);
            }
            LeadEntity lead = em.find(LeadEntity.class, entity.leadId());
            policy.requireRecord(PERMISSION_EDIT, lead.ownerId(), RECORD_TYPE + "#" + lead.id());
            entity.done(StoredTime.now());
            em.flush();
            return entity.toTask(lead.name());
        });
        audit.record(AuditEvent.updated(OpportunityService.MODULE_ID, "LeadTask", taskId, Map.of("done", ""),
                Map.of("done", task.doneAt().toString())));
        return task;
    }

    @Override
    public List<LeadTask> myTasksDue(Instant until, int limit) {
        Subject subject = policy.require(PERMISSION_READ);
        return database.read(em -> {
            List<LeadTaskEntity> tasks = em.createQuery("select t from LeadTaskEntity t where t.ownerId = :owner"
                    + " and t.doneAt is null and t.dueAt < :until order by t.dueAt", LeadTaskEntity.class)
                    .setParameter("owner", subject.userId()).setParameter("until", until).setMaxResults(limit).getResultList();
            Map<Long, String> names = leadNames(em, tasks.stream().map(LeadTaskEntity::leadId).collect(Collectors.toSet()));
            return tasks.stream().map(t -> t.toTask(names.getOrDefault(t.leadId(), ""))).toList();
        });
    }

    static Map<Long, String> leadNames(EntityManager em, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("select l from LeadEntity l where l.id in :ids", LeadEntity.class).setParameter("ids", List.copyOf(ids))
                .getResultList().forEach(l -> names.put(l.id(), l.name()));
        return names;
    }

    @Override
    public List<Long> roundRobin() {
        policy.require(PERMISSION_READ);
        return database.read(LeadRouting::members);
    }

    @Override
    public void setRoundRobin(List<Long> userIds) {
        policy.require(PERMISSION_ADMINISTER);
        List<Long> members = List.copyOf(new java.util.LinkedHashSet<>(userIds));
        Set<Long> workers = new HashSet<>();
        users.holders(PERMISSION_EDIT).forEach(u -> workers.add(u.id()));
        if (!workers.containsAll(members)) {
            throw new InputRefusedException("sales.error.lead.owner");
        }
        List<Long> before = roundRobin();
        database.inTransaction(em -> {
            LeadRouting.replace(em, members);
            return null;
        });
        audit.record(AuditEvent.updated(OpportunityService.MODULE_ID, "LeadRouting", 0, Map.of("members", before.toString()),
                Map.of("members", members.toString())));
    }

    /** A change to an open lead in the caller's edit scope, at the version the caller read. */
    private interface Change {
        void apply(EntityManager em, LeadEntity entity);
    }

    private Lead change(long id, long version, Change change) {
        return changes.change(id, version, PERMISSION_EDIT, (em, entity) -> {
            if (entity.status() != LeadStatus.OPEN) {
                throw new InputRefusedException("sales.error.lead.closed");
            }
            change.apply(em, entity);
        }, LeadEntity::toLead);
    }

    static Map<String, Object> fields(Lead l) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", l.name());
        fields.put("company", l.company());
        fields.put("email", l.email());
        fields.put("phone", l.phone());
        fields.put("source", l.source());
        fields.put("grade", l.grade().name());
        fields.put("score", l.score());
        fields.put("owner", l.ownerId());
        fields.put("status", l.status().name());
        fields.put("disqualifyReason", l.disqualifyReason());
        fields.put("customer", l.customerId() == null ? "" : l.customerId());
        fields.put("opportunity", l.opportunityId() == null ? "" : l.opportunityId());
        return fields;
    }
}
