package org.mosaiccrm.platform.module;

/** Life of an installed module as operators see it. */
public enum ModuleState {
    /** Installed, but a bundle cannot resolve (a requirement is missing). */
    UNRESOLVED,
    /** Resolved, not started. */
    STOPPED,
    /** Starting or stopping. */
    STARTING,
    /** All bundles active and no failure reported. */
    ACTIVE,
    /** A bundle is active but the module reported a failure (e.g. a database migration failed). */
    FAILED;

    /** Whether this state counts as healthy for load balancers. */
    public boolean isHealthy() {
        return this == ACTIVE;
    }
}
