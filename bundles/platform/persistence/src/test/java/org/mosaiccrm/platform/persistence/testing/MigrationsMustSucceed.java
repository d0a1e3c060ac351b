package org.mosaiccrm.platform.persistence.testing;

import java.util.List;
import java.util.Optional;

import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.module.ModuleStatus;

/** A module registry for {@code DataSourceModuleDatabases} in service tests: a failed migration fails the test. */
public final class MigrationsMustSucceed implements ModuleRegistry {

    @Override
    public List<ModuleStatus> modules() {
        return List.of();
    }

    @Override
    public Optional<ModuleStatus> module(String id) {
        return Optional.empty();
    }

    @Override
    public void reportFailure(String moduleId, String reason) {
        throw new AssertionError("migration of module '" + moduleId + "' failed: " + reason);
    }

    @Override
    public void clearFailure(String moduleId) {
        // nothing was reported
    }
}
