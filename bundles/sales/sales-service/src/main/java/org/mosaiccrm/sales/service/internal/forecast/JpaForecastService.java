package org.mosaiccrm.sales.service.internal.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.OwnerClause;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.sales.Forecast;
import org.mosaiccrm.sales.ForecastService;
import org.mosaiccrm.sales.Funnel;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.Quota;
import org.mosaiccrm.sales.SalesInputException;
import org.mosaiccrm.sales.Stage;
import org.mosaiccrm.sales.WinRate;
import org.mosaiccrm.sales.service.internal.Amounts;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.mosaiccrm.sales.service.internal.StageEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import jakarta.persistence.EntityManager;

/**
 * Forecast and funnel from SAL_OPPORTUNITY and SAL_STAGE_CHANGE, quotas in SAL_QUOTA. Every figure
 * is a grouped query (per owner, currency and day), so the cost follows the owners and days in the
 * period, not the number of opportunities.
 */
@Component(service = ForecastService.class, configurationPid = "org.mosaiccrm.sales.forecast")
@Designate(ocd = JpaForecastService.Config.class)
public class JpaForecastService implements ForecastService {

    @ObjectClassDefinition(name = "Mosaic CRM sales forecast", description = "How the sales forecast counts")
    public @interface Config {
        @AttributeDefinition(name = "Commit probability", min = "0", max = "100",
                description = "Open opportunities at or above this probability (percent) count as committed")
        int commitProbability() default 80;
    }

    private static final int MAX_MONTHS = 24;
    private static final long MAX_FUNNEL_DAYS = 3 * 366;

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final UserDirectory users;
    private final AuditLog audit;
    private volatile int commitProbability;

    @Activate
    public JpaForecastService(@Reference SalesDatabase database, @Reference AccessPolicy policy, @Reference UserDirectory users,
            @Reference AuditLog audit, Config config) {
        this.database = database.database();
        this.policy = policy;
        this.users = users;
        this.audit = audit;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.commitProbability = Math.max(0, Math.min(100, config.commitProbability()));
    }

    @Override
    public Forecast forecast(YearMonth from, YearMonth to) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        if (from == null || to == null || to.isBefore(from) || from.until(to, ChronoUnit.MONTHS) >= MAX_MONTHS) {
            throw new SalesInputException("sales.error.period");
        }
        int commit = commitProbability;
        LocalDate start = from.atDay(1);
        LocalDate end = to.plusMonths(1).atDay(1);
        ForecastTally tally = new ForecastTally();
        database.read(em -> {
            rows(em, "select o.ownerId, o.currency, o.expectedClose, sum(o.amount), sum(o.amount * o.probability),"
                    + " sum(case when o.probability >= :commit then o.amount else 0 end), count(o) from OpportunityEntity o"
                    + " where o.status = :status and o.expectedClose >= :start and o.expectedClose < :end"
                    + OwnerClause.jpql(owners, "o.ownerId") + " group by o.ownerId, o.currency, o.expectedClose", owners,
                    Map.of("commit", commit, "status", OpportunityStatus.OPEN, "start", start, "end", end))
                    .forEach(row -> tally.open((Long) row[0], (String) row[1], (LocalDate) row[2], decimal(row[3]), decimal(row[4]),
                            decimal(row[5]), ((Number) row[6]).longValue()));
            rows(em, "select o.ownerId, o.currency, o.closedOn, sum(o.amount) from OpportunityEntity o"
                    + " where o.status = :status and o.closedOn >= :start and o.closedOn < :end"
                    + OwnerClause.jpql(owners, "o.ownerId") + " group by o.ownerId, o.currency, o.closedOn", owners,
                    Map.of("status", OpportunityStatus.WON, "start", start, "end", end))
                    .forEach(row -> tally.won((Long) row[0], (String) row[1], (LocalDate) row[2], decimal(row[3])));
            quotas(em, owners, start, end).forEach(q -> tally.quota(q.ownerId(), q.currency(), q.month(), q.amount()));
            return null;
        });
        List<Long> ownerIds = tally.owners();
        return new Forecast(from, to, commit, tally.lines(users.displayNames(ownerIds), users.teamsOf(ownerIds)));
    }

    private static List<Object[]> rows(EntityManager em, String jpql, OwnerFilter owners, Map<String, Object> parameters) {
        var query = OwnerClause.bind(owners, em.createQuery(jpql, Object[].class));
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static List<QuotaEntity> quotas(EntityManager em, OwnerFilter owners, LocalDate start, LocalDate end) {
        return OwnerClause.bind(owners, em.createQuery("select q from QuotaEntity q where q.monthStart >= :start and q.monthStart < :end"
                + OwnerClause.jpql(owners, "q.ownerId"), QuotaEntity.class)).setParameter("start", start).setParameter("end", end)
                .getResultList();
    }

    @Override
    public List<Quota> quotas(YearMonth month, String currency) {
        OwnerFilter scope = policy.ownerFilter(PERMISSION_QUOTA);
        if (month == null) {
            throw new SalesInputException("sales.error.period");
        }
        String code = Amounts.currency(currency);
        Map<Long, BigDecimal> set = database.read(em -> quotas(em, scope, month.atDay(1), month.plusMonths(1).atDay(1))).stream()
                .filter(q -> q.currency().equals(code)).collect(Collectors.toMap(QuotaEntity::ownerId, QuotaEntity::amount));
        return users.holders(OpportunityService.PERMISSION_CREATE).stream().filter(user -> scope.includes(user.id()))
                .map(user -> new Quota(user.id(), user.displayName(), month, code,
                        set.getOrDefault(user.id(), BigDecimal.ZERO.setScale(2))))
                .toList();
    }

    @Override
    public void saveQuotas(List<Quota> quotas) {
        policy.require(PERMISSION_QUOTA);
        List<Quota> checked = new ArrayList<>();
        for (Quota quota : quotas) {
            if (quota.month() == null) {
                throw new SalesInputException("sales.error.period");
            }
            policy.requireRecord(PERMISSION_QUOTA, quota.ownerId(), "Quota#" + quota.ownerId());
            checked.add(new Quota(quota.ownerId(), quota.ownerName(), quota.month(), Amounts.currency(quota.currency()),
                    Amounts.money(quota.amount(), "sales.error.quota")));
        }
        Map<Quota, BigDecimal> before = database.inTransaction(em -> {
            Map<Quota, BigDecimal> previous = new LinkedHashMap<>();
            for (Quota quota : checked) {
                Optional<QuotaEntity> existing = em.createQuery("select q from QuotaEntity q where q.ownerId = :owner"
                        + " and q.monthStart = :month and q.currency = :currency", QuotaEntity.class)
                        .setParameter("owner", quota.ownerId()).setParameter("month", quota.month().atDay(1))
                        .setParameter("currency", quota.currency()).getResultStream().findFirst();
                BigDecimal old = existing.map(QuotaEntity::amount).orElse(BigDecimal.ZERO.setScale(2));
                if (old.compareTo(quota.amount()) == 0) {
                    continue;
                }
                previous.put(quota, old);
                if (quota.amount().signum() == 0) {
                    existing.ifPresent(em::remove);
                } else if (existing.isPresent()) {
                    existing.get().setAmount(quota.amount());
                } else {
                    em.persist(new QuotaEntity(quota.ownerId(), quota.month(), quota.currency(), quota.amount()));
                }
            }
            return previous;
        });
        before.forEach((quota, old) -> audit.record(AuditEvent.updated(OpportunityService.MODULE_ID, "Quota", quota.ownerId(),
                Map.of(quota.month() + " " + quota.currency(), old.toPlainString()),
                Map.of(quota.month() + " " + quota.currency(), quota.amount().toPlainString()))));
    }

    @Override
    public Funnel funnel(LocalDate from, LocalDate to) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        if (from == null || to == null || to.isBefore(from) || from.until(to, ChronoUnit.DAYS) > MAX_FUNNEL_DAYS) {
            throw new SalesInputException("sales.error.period");
        }
        ZoneId zone = ZoneId.systemDefault();
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return database.read(em -> {
            Map<OpportunityStatus, Long> outcomes = FunnelQuery.outcomes(em, owners, start, end);
            long won = outcomes.getOrDefault(OpportunityStatus.WON, 0L);
            List<Stage> stages = em.createQuery("select s from StageEntity s order by s.position", StageEntity.class).getResultList()
                    .stream().map(StageEntity::toStage).toList();
            return new Funnel(from, to, FunnelQuery.stages(em, owners, start, end, stages, won),
                    outcomes.getOrDefault(OpportunityStatus.OPEN, 0L), won, outcomes.getOrDefault(OpportunityStatus.LOST, 0L));
        });
    }

    @Override
    public WinRate winRate(LocalDate from, LocalDate to) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        Map<OpportunityStatus, Long> closed = database.read(em -> rows(em, "select o.status, count(o) from OpportunityEntity o"
                + " where o.status <> :open and o.closedOn >= :from and o.closedOn <= :to" + OwnerClause.jpql(owners, "o.ownerId")
                + " group by o.status", owners, Map.of("open", OpportunityStatus.OPEN, "from", from, "to", to)))
                .stream().collect(Collectors.toMap(row -> (OpportunityStatus) row[0], row -> ((Number) row[1]).longValue()));
        return new WinRate(from, to, closed.getOrDefault(OpportunityStatus.WON, 0L), closed.getOrDefault(OpportunityStatus.LOST, 0L));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
