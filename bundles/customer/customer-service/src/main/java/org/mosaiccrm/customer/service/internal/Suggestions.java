package org.mosaiccrm.customer.service.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.customer.Category;
import org.mosaiccrm.platform.persistence.ModuleDatabase;

/**
 * The values in use for industries, regions, sources and tags, most used first. Counting them
 * groups the whole table, so an answer is kept for a minute: suggestions may lag, lists never do.
 */
final class Suggestions {

    private static final long TTL_MILLIS = 60_000;
    private static final int KEPT = 200;

    private record Cached(List<String> values, long at) {
    }

    private final ModuleDatabase database;
    private final Map<Category, Cached> cache = new ConcurrentHashMap<>();

    Suggestions(ModuleDatabase database) {
        this.database = database;
    }

    List<String> of(Category category, int limit) {
        long now = System.currentTimeMillis();
        Cached cached = cache.get(category);
        if (cached == null || now - cached.at() > TTL_MILLIS) {
            cached = new Cached(load(category), now);
            cache.put(category, cached);
        }
        return cached.values().subList(0, Math.min(limit, cached.values().size()));
    }

    /** Forgets the answers, e.g. after an import brought new values. */
    void invalidate() {
        cache.clear();
    }

    private List<String> load(Category category) {
        String jpql = switch (category) {
            case INDUSTRY -> grouped("c.industry");
            case REGION -> grouped("c.region");
            case SOURCE -> grouped("c.source");
            case TAG -> "select t, count(c) from CustomerEntity c join c.tags t group by t order by count(c) desc, t";
        };
        return database.read(em -> em.createQuery(jpql, Object[].class).setMaxResults(KEPT).getResultList().stream()
                .map(row -> (String) row[0]).toList());
    }

    private static String grouped(String column) {
        return "select " + column + ", count(c) from CustomerEntity c where " + column + " is not null group by " + column
                + " order by count(c) desc, " + column;
    }
}
