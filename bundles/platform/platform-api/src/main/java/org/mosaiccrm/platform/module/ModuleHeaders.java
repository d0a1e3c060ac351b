package org.mosaiccrm.platform.module;

/**
 * Manifest headers by which a bundle declares that it belongs to a Mosaic module. All bundles of a
 * module (api, service, ui) carry the same {@link #MODULE} id.
 */
public final class ModuleHeaders {

    /** Module id, e.g. {@code customer}; marks the bundle as part of that module. */
    public static final String MODULE = "Mosaic-Module";
    /** Display name of the module, e.g. {@code Customers}. */
    public static final String MODULE_NAME = "Mosaic-Module-Name";
    /** One-line description of the module. */
    public static final String MODULE_DESCRIPTION = "Mosaic-Module-Description";
    /** Vaadin icon name (e.g. {@code USERS}) shown for the module. */
    public static final String MODULE_ICON = "Mosaic-Module-Icon";
    /**
     * Class-path resource of the module's Liquibase changelog in this bundle, e.g.
     * {@code db/notes-changelog.xml}; read by the platform to try an update's migrations before
     * installing it and to know which tables a purge removes. The bundle's {@link #MODULE} must be
     * the module id its persistence unit uses.
     */
    public static final String CHANGELOG = "Mosaic-Changelog";
    /** Base name of the bundle's translations, e.g. {@code i18n/customer}. */
    public static final String TRANSLATIONS = "Mosaic-Translations";

    private ModuleHeaders() {
    }
}
