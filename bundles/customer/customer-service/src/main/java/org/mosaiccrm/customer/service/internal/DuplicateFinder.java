package org.mosaiccrm.customer.service.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.customer.DuplicateReason;

/**
 * Finds existing customers that look like new input: the same email key, phone key or match key
 * (see {@link SearchKeys}). Each is one indexed equality query; a batch (import) asks once per
 * key kind for all its rows.
 */
public final class DuplicateFinder {

    /** Keys asked per statement in a batch look-up. */
    private static final int CHUNK = 25;
    /** Customers read per key for a single look-up; the caller's limit applies after merging. */
    private static final int LOOK_ALIKES_READ = 50;

    /** The keys a customer is compared by; null where the field is empty. */
    public record Keys(String email, String phone, String match) {

        public static Keys of(CustomerInput input) {
            String phone = input.phone() == null ? null : SearchKeys.phone(input.phone());
            String match = SearchKeys.match(input.name());
            return new Keys(input.email() == null ? null : SearchKeys.email(input.email()),
                    phone == null || phone.isEmpty() ? null : phone, match.isEmpty() ? null : match);
        }
    }

    /** An existing customer and what it shares with the input. */
    record Hit(long id, long ownerId, String name, Set<DuplicateReason> reasons) {
    }

    private DuplicateFinder() {
    }

    /** The customers sharing a key with {@code keys}, lowest id first, at most {@code limit}. */
    static List<Hit> find(EntityManager em, Keys keys, Long ignoreId, int limit) {
        Map<Long, Hit> hits = new LinkedHashMap<>();
        collect(em, hits, "c.emailKey", keys.email(), DuplicateReason.EMAIL);
        collect(em, hits, "c.phoneKey", keys.phone(), DuplicateReason.PHONE);
        collect(em, hits, "c.matchKey", keys.match(), DuplicateReason.NAME);
        if (ignoreId != null) {
            hits.remove(ignoreId);
        }
        return hits.values().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).limit(limit).toList();
    }

    private static void collect(EntityManager em, Map<Long, Hit> hits, String column, String key,
            DuplicateReason reason) {
        if (key == null) {
            return;
        }
        // no ORDER BY: sorting by id lets Derby prefer walking the primary key over the key's index
        List<Object[]> rows = em.createQuery("select c.id, c.ownerId, c.name from CustomerEntity c where " + column
                + " = :key", Object[].class).setParameter("key", key).setMaxResults(LOOK_ALIKES_READ).getResultList();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            Hit hit = hits.computeIfAbsent(id,
                    i -> new Hit(i, (Long) row[1], (String) row[2], EnumSet.noneOf(DuplicateReason.class)));
            hit.reasons().add(reason);
        }
    }

    /**
     * For a batch of inputs: the id of the oldest existing customer sharing each key, one query per
     * key kind. Look-ups then go email, phone, name, so the strongest evidence wins.
     */
    public static final class BatchIndex {

        private final Map<String, Long> byEmail;
        private final Map<String, Long> byPhone;
        private final Map<String, Long> byMatch;

        public BatchIndex(EntityManager em, Collection<Keys> keys) {
            byEmail = ids(em, "c.emailKey", keys.stream().map(Keys::email).filter(Objects::nonNull).distinct().toList());
            byPhone = ids(em, "c.phoneKey", keys.stream().map(Keys::phone).filter(Objects::nonNull).distinct().toList());
            byMatch = ids(em, "c.matchKey", keys.stream().map(Keys::match).filter(Objects::nonNull).distinct().toList());
        }

        /** The existing customer these keys point to, or null. */
        public Long existing(Keys keys) {
            Long id = keys.email() == null ? null : byEmail.get(keys.email());
            if (id == null && keys.phone() != null) {
                id = byPhone.get(keys.phone());
            }
            if (id == null && keys.match() != null) {
                id = byMatch.get(keys.match());
            }
            return id;
        }

        /** Makes a customer created earlier in the same batch findable by the rows after it. */
        public void add(Keys keys, long id) {
            if (keys.email() != null) {
                byEmail.putIfAbsent(keys.email(), id);
            }
            if (keys.phone() != null) {
                byPhone.putIfAbsent(keys.phone(), id);
            }
            if (keys.match() != null) {
                byMatch.putIfAbsent(keys.match(), id);
            }
        }

        /**
         * The oldest id per key, asked in chunks of a fixed size (the last key repeated to fill a
         * chunk) so that Derby compiles one statement and probes the key's index for each value;
         * no ORDER BY, which would make it walk the primary key instead.
         */
        private static Map<String, Long> ids(EntityManager em, String column, List<String> keys) {
            Map<String, Long> ids = new HashMap<>();
            String jpql = "select " + column + ", c.id from CustomerEntity c where " + column + " in :keys";
            for (int from = 0; from < keys.size(); from += CHUNK) {
                List<String> chunk = new ArrayList<>(keys.subList(from, Math.min(keys.size(), from + CHUNK)));
                while (chunk.size() < CHUNK) {
                    chunk.add(chunk.get(chunk.size() - 1));
                }
                for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("keys", chunk).getResultList()) {
                    ids.merge((String) row[0], (Long) row[1], Math::min);
                }
            }
            return ids;
        }
    }
}
