package org.mosaiccrm.platform.persistence;

import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.platform.security.OwnerFilter;

/**
 * Native SQL for the list queries that must stay fast over a whole team or everyone. With several
 * owners Derby probes the owner index once per member, reads every matching row and sorts them,
 * however few are wanted (seen at 100,000 opportunities and at 1,000,000 contracts:
 * docs/benchmarks.md). These queries name the index to walk instead, on Derby only
 * ({@link SqlDialect#indexHint}); PostgreSQL's planner chooses from its statistics. One owner keeps the owner index, which is the right walk for a rep.
 *
 * @since 1.5
 */
public final class ScopedSql {

    private ScopedSql() {
    }

    /** Whether the scope is a single owner (the owner index serves it best). */
    public static boolean singleOwner(OwnerFilter owners) {
        return !owners.all() && owners.ownerIds().size() == 1;
    }

    /** {@code table alias}, on Derby with the index to walk (if named) when several owners are in scope, for the FROM clause. */
    public static String table(EntityManager em, String table, String alias, OwnerFilter owners, String index) {
        return table + " " + alias + (singleOwner(owners) || index == null ? "" : SqlDialect.of(em).indexHint(index));
    }

    /**
     * {@code ""}, {@code " AND <column> IN (1,2,3)"} or, for nobody, a condition no row meets. Owner ids
     * are numbers from the access policy, never user text, so they may stand in the SQL.
     */
    public static String owners(OwnerFilter owners, String column) {
        if (owners.all()) {
            return "";
        }
        if (owners.ownerIds().isEmpty()) {
            return " AND 1 = 0";
        }
        return " AND " + column + " IN (" + owners.ownerIds().stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    }
}
