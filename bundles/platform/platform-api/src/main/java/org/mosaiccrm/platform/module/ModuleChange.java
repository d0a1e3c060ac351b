package org.mosaiccrm.platform.module;

/** What an operator can do with a module. */
public enum ModuleChange {
    INSTALL,
    /** Removes the module's bundles; its tables and data stay. */
    UNINSTALL
}
