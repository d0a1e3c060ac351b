package org.mosaiccrm.customer.service.internal;

import static org.mosaiccrm.customer.service.internal.TextRules.orEmpty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.mosaiccrm.customer.CompanySize;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.LifecycleStage;

/**
 * Lists and searches read customers as columns straight into records, not as entities: nothing to
 * build, track or release but the record itself, which brought a page close to its raw SQL.
 */
final class CustomerRows {

    /** The select list; {@link #read} takes the columns in this order. */
    static final String COLUMNS = "c.id, c.name, c.type, c.industry, c.size, c.source, c.stage, c.grade, c.region,"
            + " c.city, c.address, c.email, c.phone, c.pointsText, c.website, c.taxId, c.parentId, c.notes, c.tagsText,"
            + " c.ownerId, c.created, c.version, c.sortKey";

    /** A customer as read, with the sort key its list is ordered by. */
    record Listed(Customer customer, String sortKey) {

        long id() {
            return customer.id();
        }
    }

    private CustomerRows() {
    }

    /**
     * The rows as records. Rows saved before {@code TAGS_TEXT} existed have their tags read in one
     * more query.
     */
    static List<Listed> read(EntityManager em, TypedQuery<Object[]> query, boolean withTaxId) {
        List<Object[]> rows = query.getResultList();
        Map<Long, Set<String>> oldTags = oldTags(em, rows);
        List<Listed> listed = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = (Long) row[0];
            Set<String> tags = row[18] == null ? oldTags.getOrDefault(id, Set.of()) : CustomerEntity.tagsOf((String) row[18]);
            Customer customer = new Customer(id, (String) row[1], (CustomerType) row[2], orEmpty((String) row[3]),
                    (CompanySize) row[4], orEmpty((String) row[5]), (LifecycleStage) row[6], (Grade) row[7],
                    orEmpty((String) row[8]), orEmpty((String) row[9]), orEmpty((String) row[10]),
                    orEmpty((String) row[11]), orEmpty((String) row[12]), ContactPoints.fromText((String) row[13]),
                    orEmpty((String) row[14]), withTaxId ? orEmpty((String) row[15]) : "", (Long) row[16],
                    orEmpty((String) row[17]), tags, (Long) row[19], (Instant) row[20], (Long) row[21]);
            listed.add(new Listed(customer, (String) row[22]));
        }
        return listed;
    }

    private static Map<Long, Set<String>> oldTags(EntityManager em, List<Object[]> rows) {
        List<Long> ids = rows.stream().filter(row -> row[18] == null).map(row -> (Long) row[0]).toList();
        Map<Long, Set<String>> tags = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c.id, t from CustomerEntity c join c.tags t where c.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]));
        }
        return tags;
    }
}
