package org.mosaiccrm.customer.service.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerSort;
import org.mosaiccrm.customer.PageCursor;
import org.mosaiccrm.platform.persistence.LikePrefix;
import org.mosaiccrm.platform.persistence.OwnerClause;
import org.mosaiccrm.platform.security.OwnerFilter;

/**
 * The JPQL of a customer list: the caller's record scope, the filters, a keyset seek after the
 * cursor and the sort, written so that Derby walks one index ending in the sort key. The text
 * filter looks in one column chosen by what was typed (an {@code @} means email, only digits
 * mean phone, anything else the name): an OR across columns would defeat the indexes.
 */
final class CustomerListQuery {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final CustomerSort sort;
    private final boolean tagJoin;

    CustomerListQuery(CustomerQuery query, OwnerFilter owners) {
        this.sort = query.sort();
        where.append(OwnerClause.jpql(owners, "c.ownerId"));
        OwnerClause.bind(owners, parameters);
        if (query.ownerId() != null) {
            where.append(" and c.ownerId = :onlyOwner");
            parameters.put("onlyOwner", query.ownerId());
        }
        if (query.stage() != null) {
            where.append(" and c.stage = :stage");
            parameters.put("stage", query.stage());
        }
        if (query.grade() != null) {
            where.append(" and c.grade = :grade");
            parameters.put("grade", query.grade());
        }
        if (present(query.region())) {
            where.append(" and c.region = :region");
            parameters.put("region", query.region().strip());
        }
        tagJoin = present(query.tag());
        if (tagJoin) {
            where.append(" and t = :tag");
            parameters.put("tag", query.tag().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (present(query.text())) {
            String text = query.text().strip();
            if (SearchText.isEmail(text)) {
                where.append(" and c.emailKey like :text escape '\\'");
                parameters.put("text", LikePrefix.of(SearchKeys.email(text)));
            } else if (SearchText.isPhone(text)) {
                where.append(" and c.phoneKey like :text escape '\\'");
                parameters.put("text", LikePrefix.of(SearchKeys.phone(text)));
            } else {
                where.append(" and c.nameKey like :text escape '\\'");
                parameters.put("text", LikePrefix.of(SearchKeys.name(text)));
            }
        }
    }

    /** The rows after {@code cursor} (null: from the start). */
    TypedQuery<Object[]> page(EntityManager em, PageCursor cursor, int limit) {
        StringBuilder jpql = new StringBuilder(from("select " + CustomerRows.COLUMNS)).append(where);
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        if (sort == CustomerSort.NEWEST) {
            if (cursor != null) {
                jpql.append(" and c.id < :afterId");
                all.put("afterId", cursor.id());
            }
            jpql.append(" order by c.id desc");
        } else {
            if (cursor != null) {
                // ">= and (> or id >)": the form Derby turns into an index range; "(> or (= and >))" is a scan
                jpql.append(" and c.sortKey >= :afterKey and (c.sortKey > :afterKey or c.id > :afterId)");
                all.put("afterKey", cursor.key());
                all.put("afterId", cursor.id());
            }
            jpql.append(" order by c.sortKey, c.id");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        all.forEach(query::setParameter);
        return query.setMaxResults(limit);
    }

    /** Ids of matching rows, at most {@code max}: a bounded count. */
    TypedQuery<Long> ids(EntityManager em, int max) {
        TypedQuery<Long> query = em.createQuery(from("select c.id") + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(max);
    }

    /** The exact number of matching rows. */
    long count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery(from("select count(c)") + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The cursor after {@code last} in this list's order. */
    PageCursor cursorAfter(CustomerRows.Listed last) {
        return new PageCursor(sort == CustomerSort.NEWEST ? null : last.sortKey(), last.id());
    }

    private String from(String select) {
        return select + " from CustomerEntity c" + (tagJoin ? " join c.tags t" : "");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
