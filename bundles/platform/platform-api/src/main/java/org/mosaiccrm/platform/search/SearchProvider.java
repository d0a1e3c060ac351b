package org.mosaiccrm.platform.search;

import java.util.List;

import org.mosaiccrm.platform.Contribution;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answers the global search box for one module's records. {@link #titleKey()} names the group of
 * hits (e.g. "Customers"). Implementations must check the caller's record scope themselves, as
 * every service does, and must answer quickly: use indexed prefix queries and honour {@code limit}.
 */
@ConsumerType
public interface SearchProvider extends Contribution {

    /**
     * @param query what the user typed, trimmed, never empty
     * @param limit the most hits wanted
     */
    List<SearchHit> search(String query, int limit);
}
