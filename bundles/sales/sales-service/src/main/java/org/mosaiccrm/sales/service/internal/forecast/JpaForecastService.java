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

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.OwnerClause;
import org.mosaiccrm.platform.persistence.ScopedSql;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.sales.Forecast;
import org.mosaiccrm.sales.ForecastService;
import org.mosaiccrm.sales.Funnel;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.Quota;
import org.mosaiccrm.sales.WinRate;
import org.mosaiccrm.sales.service.internal.Amounts;
import org.mosaiccrm.sales.service.internal.SalesDatabase;
import org.mosaiccrm.sales.service.internal.opportunity.StageEntity;
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
    private static final long MAX_PERIOD_DAYS = 3 * 366;

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
            throw new InputRefusedException("sales.error.period");
        }
        int commit = commitProbability;
        LocalDate start = from.atDay(1);
        LocalDate end = to.plusMonths(1).atDay(1);
        ForecastTally tally = new ForecastTally();
        database.read(em -> {
            openRows(em, owners, commit, start, end).forEach(row -> tally.open(((Number) row[0]).longValue(), ((String) row[1]).strip(),
                    ((java.sql.Date) row[2]).toLocalDate(), decimal(row[3]), decimal(row[4]), decimal(row[5]), ((Number) row[6]).longValue()));
            closedRows(em, owners, "o.OWNER_ID, o.CURRENCY, o.CLOSED_ON, SUM(o.AMOUNT)", "o.STATUS = 'WON'", start, end,
                    "o.OWNER_ID, o.CURRENCY, o.CLOSED_ON").forEach(row -> tally.won(((Number) row[0]).longValue(),
                            ((String) row[1]).strip(), ((java.sql.Date) row[2]).toLocalDate(), decimal(row[3])));
            quotas(em, owners, start, end).forEach(q -> tally.quota(q.ownerId(), q.currency(), q.month(), q.amount()));
            return null;
        });
        List<Long> ownerIds = tally.owners();
        return new Forecast(from, to, commit, tally.lines(users.displayNames(ownerIds), users.teamsOf(ownerIds)));
    }

    /** The open opportunities expected to close in the period, per owner, currency and day; over a team from the index alone. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> openRows(EntityManager em, OwnerFilter owners, int commit, LocalDate start, LocalDate end) {
        return em.createNativeQuery("SELECT o.OWNER_ID, o.CURRENCY, o.EXPECTED_CLOSE, SUM(o.AMOUNT), SUM(o.AMOUNT * o.PROBABILITY),"
                + " SUM(CASE WHEN o.PROBABILITY >= ? THEN o.AMOUNT ELSE 0 END), COUNT(*) FROM "
                + ScopedSql.table(em, "SAL_OPPORTUNITY", "o", owners, "SAL_OPP_EXPECTED_IX")
                + " WHERE o.STATUS = ? AND o.EXPECTED_CLOSE >= ? AND o.EXPECTED_CLOSE < ?" + ScopedSql.owners(owners, "o.OWNER_ID")
                + " GROUP BY o.OWNER_ID, o.CURRENCY, o.EXPECTED_CLOSE").setParameter(1, commit)
                .setParameter(2, OpportunityStatus.OPEN.name()).setParameter(3, java.sql.Date.valueOf(start))
                .setParameter(4, java.sql.Date.valueOf(end)).getResultList();
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
            throw new InputRefusedException("sales.error.period");
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
                throw new InputRefusedException("sales.error.period");
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
        checkDays(from, to);
        ZoneId zone = ZoneId.systemDefault();
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return database.read(em -> FunnelQuery.count(em, owners, start, end, from, to,
                em.createQuery("select s from StageEntity s order by s.position", StageEntity.class).getResultList().stream()
                        .map(StageEntity::toStage).toList()));
    }

    @Override
    public WinRate winRate(LocalDate from, LocalDate to) {
        OwnerFilter owners = policy.ownerFilter(PERMISSION_READ);
        checkDays(from, to);
        Map<String, Long> closed = new java.util.HashMap<>();
        database.read(em -> closedRows(em, owners, "o.STATUS, COUNT(*)", "o.STATUS IN ('WON', 'LOST')", from, to.plusDays(1), "o.STATUS"))
                .forEach(row -> closed.put(((String) row[0]).strip(), ((Number) row[1]).longValue()));
        return new WinRate(from, to, closed.getOrDefault(OpportunityStatus.WON.name(), 0L),
                closed.getOrDefault(OpportunityStatus.LOST.name(), 0L));
    }

    /** Opportunities closed from {@code start} (inclusive) to {@code end} (exclusive), grouped; over a team from the closed index. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> closedRows(EntityManager em, OwnerFilter owners, String select, String status, LocalDate start,
            LocalDate end, String groupBy) {
        return em.createNativeQuery("SELECT " + select + " FROM " + ScopedSql.table(em, "SAL_OPPORTUNITY", "o", owners, "SAL_OPP_CLOSED_IX")
                + " WHERE " + status + " AND o.CLOSED_ON >= ? AND o.CLOSED_ON < ?" + ScopedSql.owners(owners, "o.OWNER_ID")
                + " GROUP BY " + groupBy).setParameter(1, java.sql.Date.valueOf(start)).setParameter(2, java.sql.Date.valueOf(end))
                .getResultList();
    }

    /** A period of days, both ends given, the end not before the start, at most three years. */
    private static void checkDays(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.until(to, ChronoUnit.DAYS) > MAX_PERIOD_DAYS) {
            throw new InputRefusedException("sales.error.period");
        }
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
