package org.mosaiccrm.platform.module;

/** What an operator can do with a module. */
public enum ModuleChange {
    INSTALL,
    /** Removes the module's bundles; its tables and data stay. */
    UNINSTALL,
    /**
     * Replaces the installed version by the newest one offered; the new version's migrations are
     * tried first and a migration that would fail refuses the update.
     */
    UPDATE,
    /** Removes the tables of a module that is not installed, after a backup of the database. */
    PURGE
}
