package org.mosaiccrm.customer.service.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.customer.ContactPointKind;
import org.mosaiccrm.customer.DuplicateReason;
import org.mosaiccrm.platform.persistence.SqlDialect;

/**
 * Finds existing customers that look like new input: the same email key, phone key or match key
 * (see {@link SearchKeys}), emails and phones compared with the main and the further ones
 * ({@link ContactPoints}) on both sides. Each is one indexed equality query; a batch (import) asks
 * once per key kind and table for all its rows.
 */
public final class DuplicateFinder {

    /** Keys asked per statement in a batch look-up on Derby: one statement, compiled once. */
    private static final int DERBY_CHUNK = 25;
    /** Keys asked per statement in a batch look-up elsewhere: a whole batch, planned as index probes. */
    private static final int CHUNK = 1_000;
    /** Customers read per key for a single look-up; the caller's limit applies after merging. */
    private static final int LOOK_ALIKES_READ = 50;

    /** Where a customer's emails and phones are: its own columns and the further ones' tables. */
    private static final List<String> EMAIL_SOURCES = List.of("c.emailKey", "k:otherEmailKeys");
    private static final List<String> PHONE_SOURCES = List.of("c.phoneKey", "k:otherPhoneKeys");

    /** The keys a customer is compared by, main ones first; match null when the name has none. */
    public record Keys(Set<String> emails, Set<String> phones, String match) {

        public static Keys of(CustomerInput input) {
            Set<String> emails = new LinkedHashSet<>();
            if (input.email() != null) {
                emails.add(SearchKeys.email(input.email()));
            }
            emails.addAll(ContactPoints.keys(input.contactPoints(), ContactPointKind.EMAIL));
            Set<String> phones = new LinkedHashSet<>();
            if (input.phone() != null) {
                phones.add(SearchKeys.phone(input.phone()));
            }
            phones.addAll(ContactPoints.keys(input.contactPoints(), ContactPointKind.PHONE));
            phones.remove("");
            String match = SearchKeys.match(input.name());
            return new Keys(emails, phones, match.isEmpty() ? null : match);
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
        for (String email : keys.emails()) {
            for (String source : EMAIL_SOURCES) {
                collect(em, hits, source, email, DuplicateReason.EMAIL);
            }
        }
        for (String phone : keys.phones()) {
            for (String source : PHONE_SOURCES) {
                collect(em, hits, source, phone, DuplicateReason.PHONE);
            }
        }
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
        List<Object[]> rows = em.createQuery("select c.id, c.ownerId, c.name from " + from(column) + " where "
                + key(column) + " = :key", Object[].class).setParameter("key", key).setMaxResults(LOOK_ALIKES_READ).getResultList();
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
            List<String> emails = keys.stream().flatMap(k -> k.emails().stream()).distinct().toList();
            List<String> phones = keys.stream().flatMap(k -> k.phones().stream()).distinct().toList();
            byEmail = new HashMap<>();
            byPhone = new HashMap<>();
            for (String source : EMAIL_SOURCES) {
                ids(em, source, emails).forEach((key, id) -> byEmail.merge(key, id, Math::min));
            }
            for (String source : PHONE_SOURCES) {
                ids(em, source, phones).forEach((key, id) -> byPhone.merge(key, id, Math::min));
            }
            byMatch = ids(em, "c.matchKey", keys.stream().map(Keys::match).filter(Objects::nonNull).distinct().toList());
        }

        /** The existing customer these keys point to, or null. */
        public Long existing(Keys keys) {
            Long id = first(byEmail, keys.emails());
            if (id == null) {
                id = first(byPhone, keys.phones());
            }
            if (id == null && keys.match() != null) {
                id = byMatch.get(keys.match());
            }
            return id;
        }

        /** Makes a customer created earlier in the same batch findable by the rows after it. */
        public void add(Keys keys, long id) {
            keys.emails().forEach(email -> byEmail.putIfAbsent(email, id));
            keys.phones().forEach(phone -> byPhone.putIfAbsent(phone, id));
            if (keys.match() != null) {
                byMatch.putIfAbsent(keys.match(), id);
            }
        }

        private static Long first(Map<String, Long> ids, Set<String> keys) {
            for (String key : keys) {
                Long id = ids.get(key);
                if (id != null) {
                    return id;
                }
            }
            return null;
        }

        /**
         * The oldest id per key. Derby is asked in chunks of a fixed size (the last key repeated to
         * fill a chunk) so that it compiles one statement and probes the key's index for each value;
         * PostgreSQL plans a long list as index probes too, so it is asked once per thousand keys
         * (a statement per 25 keys made the import spend most of its time here: docs/benchmarks.md).
         * No ORDER BY, which would make Derby walk the primary key instead.
         */
        private static Map<String, Long> ids(EntityManager em, String column, List<String> keys) {
            Map<String, Long> ids = new HashMap<>();
            String jpql = "select " + key(column) + ", c.id from " + from(column) + " where " + key(column) + " in :keys";
            boolean derby = SqlDialect.of(em) == SqlDialect.DERBY;
            int size = derby ? DERBY_CHUNK : CHUNK;
            for (int from = 0; from < keys.size(); from += size) {
                List<String> chunk = new ArrayList<>(keys.subList(from, Math.min(keys.size(), from + size)));
                while (derby && chunk.size() < size) {
                    chunk.add(chunk.get(chunk.size() - 1));
                }
                for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("keys", chunk).getResultList()) {
                    ids.merge((String) row[0], (Long) row[1], Math::min);
                }
            }
            return ids;
        }
    }

    /** A source is a column of the customer ({@code c.x}) or a key collection ({@code k:collection}). */
    private static String from(String source) {
        return source.startsWith("k:") ? "CustomerEntity c join c." + source.substring(2) + " k" : "CustomerEntity c";
    }

    private static String key(String source) {
        return source.startsWith("k:") ? "k" : source;
    }
}
