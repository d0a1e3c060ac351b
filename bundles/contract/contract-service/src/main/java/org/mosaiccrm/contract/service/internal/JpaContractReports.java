package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.mosaiccrm.contract.Ageing;
import org.mosaiccrm.contract.AgeingLine;
import org.mosaiccrm.contract.ContractFigure;
import org.mosaiccrm.contract.ContractGrouping;
import org.mosaiccrm.contract.ContractReports;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ScopedSql;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The contract reports. Contracts signed in a period are read from the sums kept per owner and day
 * ({@link SignedSums}). The ageing reads the rows {@link Receivables} keeps (a few per owner and
 * customer) as the last roll-over ({@link ContractReceivables}) counted them; counting them anew takes
 * tens of seconds at a million contracts, which a report never waits for after the first time.
 */
@Component(service = ContractReports.class)
public class JpaContractReports implements ContractReports {

    private static final int MAX_LINES = 500;
    private static final int MAX_YEARS = 10;
    private static final String RANGES = "DAYS_30, DAYS_60, DAYS_90, OVER_90";

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final Supplier<LocalDate> today;

    @Activate
    public JpaContractReports(@Reference ContractDatabase database, @Reference AccessPolicy policy) {
        this(database.database(), policy, LocalDate::now);
    }

    /** With another day for today (tests). */
    JpaContractReports(ModuleDatabase database, AccessPolicy policy, Supplier<LocalDate> today) {
        this.database = database;
        this.policy = policy;
        this.today = today;
    }

    @Override
    public Ageing ageingByOwner() {
        OwnerFilter owners = readableAmounts();
        LocalDate asOf = countedToDay();
        List<AgeingLine> lines = database.read(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT OWNER_ID, CURRENCY, " + RANGES + " FROM CON_RECEIVABLE_OWNER"
                    + " WHERE TOTAL > 0" + ScopedSql.owners(owners, "OWNER_ID") + " ORDER BY TOTAL DESC, OWNER_ID, CURRENCY")
                    .getResultList();
            return rows.stream().map(row -> new AgeingLine(number(row[0]), null, (String) row[1], amount(row[2]), amount(row[3]),
                    amount(row[4]), amount(row[5]))).toList();
        });
        return new Ageing(asOf, lines);
    }

    @Override
    public Ageing ageingByCustomer(Long ownerId, int limit) {
        OwnerFilter owners = readableAmounts();
        int max = Math.min(Math.max(limit, 0), MAX_LINES);
        LocalDate asOf = countedToDay();
        if (max == 0 || ownerId != null && !owners.all() && !owners.ownerIds().contains(ownerId)) {
            return new Ageing(asOf, List.of());
        }
        OwnerFilter scope = ownerId != null ? OwnerFilter.owners(Set.of(ownerId)) : owners;
        List<AgeingLine> lines = database.read(em -> {
            // one owner: their rows by key, a few thousand at most, sorted; a team or everyone: the
            // largest-first index walked until the page is full
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT OWNER_ID, CUSTOMER_ID, CURRENCY, " + RANGES + " FROM "
                    + ScopedSql.table(em, "CON_RECEIVABLE", "r", scope, "CON_RECEIVABLE_LARGEST_IX")
                    + " WHERE TOTAL > 0" + ScopedSql.owners(scope, "OWNER_ID")
                    + " ORDER BY TOTAL DESC, OWNER_ID, CUSTOMER_ID, CURRENCY FETCH FIRST " + max + " ROWS ONLY").getResultList();
            return rows.stream().map(row -> new AgeingLine(number(row[0]), number(row[1]), (String) row[2], amount(row[3]),
                    amount(row[4]), amount(row[5]), amount(row[6]))).toList();
        });
        return new Ageing(asOf, lines);
    }

    @Override
    public List<ContractFigure> signed(ContractGrouping by, LocalDate from, LocalDate to) {
        OwnerFilter owners = readableAmounts();
        if (by == null || from == null || to == null || to.isBefore(from) || to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new InputRefusedException("to", "contract.error.reportPeriod", MAX_YEARS);
        }
        // the kept sums per owner and day (SignedSums); a month is folded from the days here: the same SQL on both databases
        String key = switch (by) {
            case STATUS -> "STATUS";
            case TYPE -> "TYPE_CODE";
            case OWNER -> "OWNER_ID";
            case MONTH -> "SIGNED_ON";
        };
        List<Object[]> rows = database.read(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("SELECT " + key + ", CURRENCY, SUM(CONTRACTS), SUM(AMOUNT), SUM(RECEIVED),"
                    + " SUM(INVOICED) FROM CON_SIGNED_DAY WHERE SIGNED_ON >= ? AND SIGNED_ON <= ?"
                    + ScopedSql.owners(owners, "OWNER_ID") + " GROUP BY " + key + ", CURRENCY")
                    .setParameter(1, from).setParameter(2, to).getResultList();
            return found;
        });
        Map<List<String>, ContractFigure> groups = new HashMap<>();
        for (Object[] row : rows) {
            String group = by == ContractGrouping.MONTH ? YearMonth.from(day(row[0])).toString() : String.valueOf(row[0]);
            ContractFigure figure = new ContractFigure(group, (String) row[1], number(row[2]), amount(row[3]), amount(row[4]),
                    amount(row[5]));
            groups.merge(List.of(group, figure.currency()), figure, (a, b) -> new ContractFigure(a.key(), a.currency(),
                    a.count() + b.count(), a.amount().add(b.amount()), a.received().add(b.received()), a.invoiced().add(b.invoiced())));
        }
        Comparator<ContractFigure> order = switch (by) {
            case STATUS -> Comparator.comparing(figure -> ContractStatus.valueOf(figure.key()));
            case OWNER -> Comparator.comparing(ContractFigure::amount).reversed().thenComparing(ContractFigure::key);
            default -> Comparator.comparing(ContractFigure::key);
        };
        return groups.values().stream().sorted(order.thenComparing(ContractFigure::currency)).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The caller's scope for reports with amounts in them. */
    private OwnerFilter readableAmounts() {
        policy.require(ContractService.PERMISSION_READ);
        policy.require(ContractService.PERMISSION_AMOUNT);
        return policy.ownerFilter(ContractService.PERMISSION_READ);
    }

    /**
     * The day the ageing is counted to: the last roll-over's (today's, once the job has run since
     * midnight); counted now only if it never was (a module just installed or updated).
     */
    private LocalDate countedToDay() {
        LocalDate asOf = database.read(Receivables::asOf);
        if (asOf != null) {
            return asOf;
        }
        LocalDate day = today.get();
        database.inTransaction(em -> Receivables.countUnlessCounted(em, day));
        return day;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal amount(Object value) {
        return value instanceof BigDecimal decimal ? decimal.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}
