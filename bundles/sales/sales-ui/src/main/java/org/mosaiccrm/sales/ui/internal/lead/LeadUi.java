package org.mosaiccrm.sales.ui.internal.lead;

import java.util.Map;
import java.util.function.Supplier;

import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.sales.LeadService;



/** What the lead screens share: the services they call and how a refusal is put into words. */
record LeadUi(LeadService leads, UserDirectory users) {

    /** Runs a change; a refusal is shown and the result is null. */
    static <T> T attempt(Supplier<T> change) {
        return Attempt.of(change, "sales.error.lead.stale", "sales.error.lead.gone");
    }

    static void error(String key) {
        Attempt.error(key);
    }

    static void done(String key, Object... args) {
        Attempt.done(key, args);
    }

    /** Names of the users who may work leads, by id. */
    Map<Long, String> workers() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        users.holders(LeadService.PERMISSION_EDIT).forEach(u -> names.put(u.id(), u.displayName()));
        return names;
    }

    /** The owner's name from {@code known}, else asked of the directory (an owner who no longer works leads), else "#id". */
    String ownerName(Map<Long, String> known, long ownerId) {
        String name = known.get(ownerId);
        return name != null ? name : users.displayNames(java.util.List.of(ownerId)).getOrDefault(ownerId, "#" + ownerId);
    }
}
