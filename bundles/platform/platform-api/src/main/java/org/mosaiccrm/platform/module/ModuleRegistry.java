package org.mosaiccrm.platform.module;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The modules installed in this node and their state. Modules are found by their manifest headers
 * ({@link ModuleHeaders}); a module reports a failure it detects itself (e.g. a failed migration)
 * so that operators see why it is out.
 */
@ProviderType
public interface ModuleRegistry {

    /** All installed modules, ordered by id. */
    List<ModuleStatus> modules();

    /** One module by id. */
    Optional<ModuleStatus> module(String id);

    /** Marks a module failed with a reason an operator can act on; kept until cleared or uninstalled. */
    void reportFailure(String moduleId, String reason);

    /** Clears a failure reported earlier, e.g. after a successful retry. */
    void clearFailure(String moduleId);
}
