package org.mosaiccrm.platform.persistence;

import java.util.Map;

import jakarta.persistence.Query;

import org.mosaiccrm.platform.security.OwnerFilter;

/**
 * The record-scope condition of a query. One owner (a rep) is an equality, so Derby walks the
 * owner index in (name, id) order and stops after a page; an IN list, even of one value, makes it
 * probe and sort every row of the owner first. Several owners (a team) stay an IN list.
 */
public final class OwnerClause {

    private OwnerClause() {
    }

    /** {@code ""}, {@code " and <owner> = :owner"} or {@code " and <owner> in :owners"}. */
    public static String jpql(OwnerFilter owners, String ownerPath) {
        if (owners.all()) {
            return "";
        }
        return owners.ownerIds().size() == 1 ? " and " + ownerPath + " = :owner" : " and " + ownerPath + " in :owners";
    }

    /** The parameter {@link #jpql} named, if any. */
    public static void bind(OwnerFilter owners, Map<String, Object> parameters) {
        if (owners.all()) {
            return;
        }
        if (owners.ownerIds().size() == 1) {
            parameters.put("owner", owners.ownerIds().iterator().next());
        } else {
            parameters.put("owners", owners.ownerIds());
        }
    }

    /** The parameter {@link #jpql} named, if any. */
    public static <Q extends Query> Q bind(OwnerFilter owners, Q query) {
        if (!owners.all()) {
            if (owners.ownerIds().size() == 1) {
                query.setParameter("owner", owners.ownerIds().iterator().next());
            } else {
                query.setParameter("owners", owners.ownerIds());
            }
        }
        return query;
    }
}
