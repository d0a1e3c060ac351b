package org.mosaiccrm.sales.service.internal.quote;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.OwnerClause;
import org.mosaiccrm.platform.persistence.RecordChanges;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.Product;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteDraft;
import org.mosaiccrm.sales.QuoteLine;
import org.mosaiccrm.sales.QuoteService;
import org.mosaiccrm.sales.QuoteStatus;
import org.mosaiccrm.sales.SalesOrder;
import org.mosaiccrm.sales.service.internal.DocumentNumbers;
import org.mosaiccrm.sales.service.internal.opportunity.OpportunityEntity;
import org.mosaiccrm.sales.service.internal.opportunity.OpportunityOutcome;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.mosaiccrm.sales.service.internal.SalesEvents;
import org.mosaiccrm.sales.service.internal.order.OrderEntity;
import org.mosaiccrm.sales.service.internal.product.ProductEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Quotes on SAL_QUOTE and SAL_QUOTE_LINE. A quote belongs to its opportunity's owner (record scope).
 * Only a draft changes; sending freezes a revision; accepting the latest sent revision makes the
 * order and wins the opportunity in the same transaction, so neither exists without the other.
 */
@Component(service = QuoteService.class)
public class JpaQuoteService implements QuoteService {

    private static final String RECORD_TYPE = "Quote";
    private static final int SHOWN = 200;

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final CustomerService customers;
    private final QuotePdf pdf;
    private final Clock clock = Clock.systemDefaultZone();
    private final RecordChanges<QuoteEntity> changes;
    private final SalesEvents events;

    @Activate
    public JpaQuoteService(@Reference SalesDatabase database, @Reference AccessPolicy policy, @Reference AuditLog audit,
            @Reference CustomerService customers, @Reference QuotePdf pdf, @Reference SalesEvents events) {
        this.database = database.database();
        this.events = events;
        this.policy = policy;
        this.audit = audit;
        this.changes = RecordChanges.of(this.database, policy, audit, OpportunityService.MODULE_ID, RECORD_TYPE, QuoteEntity.class,
                QuoteEntity::ownerId, QuoteEntity::version, entity -> fields(entity.toQuote(LocalDate.now(clock))));
        this.customers = customers;
        this.pdf = pdf;
    }

    /**
     * The platform's approvals: a quote its flow applies to is sent only once approved, and not changed
     * while pending. Optional (the engine is part of the platform; the module's service tests run without it).
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Approvals approvals;

    void setApprovals(Approvals engine) {
        this.approvals = engine;
    }

    @Override
    public Quote create(long opportunityId, QuoteDraft draft) {
        policy.require(PERMISSION_CREATE);
        LocalDate today = LocalDate.now(clock);
        Quote created = database.inTransaction(em -> {
            OpportunityEntity opportunity = em.find(OpportunityEntity.class, opportunityId);
            if (opportunity == null) {
                throw new NoSuchElementException("No opportunity " + opportunityId);
            }
            policy.requireRecord(PERMISSION_CREATE, opportunity.ownerId(), "Opportunity#" + opportunityId);
            if (opportunity.status() != OpportunityStatus.OPEN) {
                throw new InputRefusedException("sales.error.closed");
            }
            Opportunity facts = opportunity.toOpportunity();
            QuoteRules.Checked terms = QuoteRules.check(draft, activeProducts(em, Set.of()), facts.currency(), today);
            Instant now = clock.instant();
            QuoteEntity entity = new QuoteEntity("", 1, opportunityId, facts.customerId(), facts.ownerId(), facts.currency(),
                    terms, now);
            entity.numbered(DocumentNumbers.next(em, "Q", now, QuoteEntity.class, "number"));
            em.persist(entity);
            em.flush();
            return entity.toQuote(today);
        });
        audit.record(AuditEvent.created(OpportunityService.MODULE_ID, RECORD_TYPE, created.id(), fields(created)));
        return created;
    }

    @Override
    public Quote update(long id, QuoteDraft draft, long version) {
        policy.require(PERMISSION_EDIT);
        Approvals engine = approvals;
        if (engine != null) {
            engine.requireNotPending(QuoteApprovals.TYPE, id);
        }
        return change(id, version, (em, entity, today) -> {
            requireStatus(entity, today, QuoteStatus.DRAFT);
            Quote current = entity.toQuote(today);
            Set<Long> onQuote = current.lines().stream().map(QuoteLine::productId).collect(Collectors.toSet());
            entity.setTerms(QuoteRules.check(draft, activeProducts(em, onQuote), current.currency(), today));
            return null;
        });
    }

    @Override
    public Quote send(long id, long version) {
        policy.require(PERMISSION_EDIT);
        Approvals engine = approvals;
        if (engine != null) {
            engine.requireNotPending(QuoteApprovals.TYPE, id);
        }
        boolean approvalNeeded = approvalNeeded(id);
        return change(id, version, (em, entity, today) -> {
            requireStatus(entity, today, QuoteStatus.DRAFT);
            if (approvalNeeded && entity.approvedAt() == null) {
                throw new InputRefusedException("sales.error.quote.needsApproval");
            }
            Quote quote = entity.toQuote(today);
            if (quote.lines().isEmpty()) {
                throw new InputRefusedException("sales.error.quote.noLines");
            }
            if (quote.validUntil().isBefore(today)) {
                throw new InputRefusedException("sales.error.quote.validUntil");
            }
            entity.sent(clock.instant());
            return null;
        });
    }

    @Override
    public boolean approvalNeeded(long id) {
        policy.require(PERMISSION_READ);
        Approvals engine = approvals;
        if (engine == null) {
            return false;
        }
        boolean approved = database.read(em -> {
            QuoteEntity entity = em.find(QuoteEntity.class, id);
            return entity != null && entity.approvedAt() != null;
        });
        return !approved && engine.needsApproval(QuoteApprovals.TYPE, id);
    }

    @Override
    public SalesOrder accept(long id, long version) {
        Subject subject = policy.require(PERMISSION_EDIT);
        SalesOrder[] order = new SalesOrder[1];
        // the opportunity's amount while it was open, when accepting won it
        AtomicReference<OpportunityOutcome.Won> won = new AtomicReference<>();
        Quote accepted = change(id, version, (em, entity, today) -> {
            if (entity.status(today) == QuoteStatus.EXPIRED) {
                throw new InputRefusedException("sales.error.quote.expired");
            }
            requireStatus(entity, today, QuoteStatus.SENT);
            entity.decided(QuoteStatus.ACCEPTED, "");
            Instant now = clock.instant();
            OrderEntity created = new OrderEntity(entity.toQuote(today), now);
            created.numbered(DocumentNumbers.next(em, "SO", now, OrderEntity.class, "number"));
            em.persist(created);
            em.flush();
            Quote quote = entity.toQuote(today);
            OpportunityOutcome.winIfOpen(em, quote.opportunityId(), quote.net(), subject.username(), now).ifPresent(won::set);
            em.flush();
            order[0] = created.toOrder();
            return null;
        });
        audit.record(AuditEvent.created(OpportunityService.MODULE_ID, "SalesOrder", order[0].id(),
                Map.of("number", order[0].number(), "quote", accepted.number() + " r" + accepted.revision(),
                        "total", order[0].total().toPlainString() + " " + order[0].currency())));
        if (won.get() != null) {
            audit.record(AuditEvent.updated(OpportunityService.MODULE_ID, "Opportunity", accepted.opportunityId(),
                    Map.of("status", OpportunityStatus.OPEN.name(), "amount", won.get().estimate().toPlainString()),
                    Map.of("status", OpportunityStatus.WON.name(), "amount", accepted.net().toPlainString())));
        }
        events.orderCreated(order[0]);
        if (won.get() != null) {
            events.won(won.get().opportunity());
        }
        return order[0];
    }

    @Override
    public Quote reject(long id, String reason, long version) {
        policy.require(PERMISSION_EDIT);
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new InputRefusedException("sales.error.quote.rejectReason");
        }
        if (clean.length() > 500) {
            throw new InputRefusedException("sales.error.textTooLong");
        }
        return change(id, version, (em, entity, today) -> {
            requireStatus(entity, today, QuoteStatus.SENT, QuoteStatus.EXPIRED);
            entity.decided(QuoteStatus.REJECTED, clean);
            return null;
        });
    }

    @Override
    public Quote revise(long id, long version) {
        policy.require(PERMISSION_EDIT);
        QuoteEntity[] next = new QuoteEntity[1];
        change(id, version, (em, entity, today) -> {
            requireStatus(entity, today, QuoteStatus.SENT, QuoteStatus.REJECTED, QuoteStatus.EXPIRED);
            Quote previous = entity.toQuote(today);
            entity.superseded();
            LocalDate validUntil = previous.validUntil().isBefore(today.plusDays(QuoteRules.VALID_DAYS))
                    ? today.plusDays(QuoteRules.VALID_DAYS) : previous.validUntil();
            next[0] = new QuoteEntity(previous.number(), previous.revision() + 1, previous.opportunityId(),
                    previous.customerId(), previous.ownerId(), previous.currency(),
                    new QuoteRules.Checked(validUntil, previous.discountPercent(), previous.lines()), clock.instant());
            em.persist(next[0]);
            em.flush();
            return null;
        });
        Quote revision = next[0].toQuote(LocalDate.now(clock));
        audit.record(AuditEvent.created(OpportunityService.MODULE_ID, RECORD_TYPE, revision.id(), fields(revision)));
        return revision;
    }

    @Override
    public Optional<Quote> find(long id) {
        policy.require(PERMISSION_READ);
        LocalDate today = LocalDate.now(clock);
        return policy.readable(PERMISSION_READ, database.read(em -> Optional.ofNullable(em.find(QuoteEntity.class, id))),
                QuoteEntity::ownerId).map(entity -> entity.toQuote(today));
    }

    @Override
    public List<Quote> forOpportunity(long opportunityId) {
        return query("q.opportunityId = :opportunity", Map.of("opportunity", opportunityId), 0, SHOWN);
    }

    @Override
    public List<Quote> forCustomer(long customerId) {
        return query("q.customerId = :customer and q.latest = true", Map.of("customer", customerId), 0, SHOWN);
    }

    @Override
    public List<Quote> list(QuoteStatus status, int offset, int limit) {
        return page(status, null, offset, limit);
    }

    @Override
    public List<Quote> listAfter(QuoteStatus status, Long afterId, int limit) {
        return page(status, afterId, 0, limit);
    }

    private List<Quote> page(QuoteStatus status, Long afterId, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("q.latest = true");
        if (afterId != null) {
            where.append(" and q.id < :after");
            parameters.put("after", afterId);
        }
        if (status != null) {
            where.append(" and q.status = :status");
            // EXPIRED is never stored: it is a sent revision past its validity
            parameters.put("status", status == QuoteStatus.EXPIRED ? QuoteStatus.SENT : status);
            if (status == QuoteStatus.SENT || status == QuoteStatus.EXPIRED) {
                where.append(status == QuoteStatus.SENT ? " and q.validUntil >= :today" : " and q.validUntil < :today");
                parameters.put("today", LocalDate.now(clock));
            }
        }
        return query(where.toString(), parameters, offset, limit);
    }

    /** Quote revisions matching {@code where} in the caller's read scope, newest first. */
    private List<Quote> query(String where, Map<String, Object> parameters, int offset, int limit) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        LocalDate today = LocalDate.now(clock);
        return database.read(em -> {
            var query = OwnerClause.bind(owners, em.createQuery("select q from QuoteEntity q where " + where
                    + OwnerClause.jpql(owners, "q.ownerId") + " order by q.id desc", QuoteEntity.class));
            parameters.forEach(query::setParameter);
            return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(q -> q.toQuote(today)).toList();
        });
    }

    @Override
    public byte[] pdf(long id, Locale locale) {
        Quote quote = find(id).orElseThrow(() -> new NoSuchElementException("No quote " + id));
        String customer;
        try {
            customer = customers.find(quote.customerId()).map(Customer::name).orElse("#" + quote.customerId());
        } catch (RuntimeException outOfScope) {
            customer = "#" + quote.customerId();
        }
        return pdf.render(quote, customer, locale);
    }

    /** Active products, and those already on the quote (a revision keeps a line whose product was retired). */
    private static LongFunction<Product> activeProducts(EntityManager em, Set<Long> alreadyOnQuote) {
        return productId -> {
            ProductEntity entity = em.find(ProductEntity.class, productId);
            Product product = entity == null ? null : entity.toProduct();
            return product != null && (product.active() || alreadyOnQuote.contains(productId)) ? product : null;
        };
    }

    private static void requireStatus(QuoteEntity entity, LocalDate today, QuoteStatus... allowed) {
        if (!entity.latest()) {
            throw new InputRefusedException("sales.error.quote.superseded");
        }
        QuoteStatus status = entity.status(today);
        for (QuoteStatus ok : allowed) {
            if (status == ok) {
                return;
            }
        }
        throw new InputRefusedException("sales.error.quote.status." + status.name());
    }

    /** A change to a quote revision in the caller's scope, at the version the caller read. */
    private interface Change {
        Void apply(EntityManager em, QuoteEntity entity, LocalDate today);
    }

    private Quote change(long id, long version, Change change) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(id, version, PERMISSION_EDIT, (em, entity) -> change.apply(em, entity, today),
                entity -> entity.toQuote(today));
    }

    private static Map<String, Object> fields(Quote q) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", q.number() + " r" + q.revision());
        fields.put("status", q.status().name());
        fields.put("validUntil", q.validUntil().toString());
        fields.put("lines", q.lines().size());
        fields.put("discountPercent", q.discountPercent().toPlainString());
        fields.put("total", q.total().toPlainString() + " " + q.currency());
        fields.put("rejectReason", q.rejectReason());
        return fields;
    }
}
