package org.mosaiccrm.platform.module;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Installs and removes business modules at runtime. A module is a Karaf feature of a configured
 * feature repository that declares the capability {@link #CAPABILITY} (e.g.
 * {@code <capability>mosaic.module;mosaic.module=notes</capability>}). Every change is planned
 * first: what it pulls in, which installed modules depend on it, and whether the container's
 * resolver accepts it; a refused plan changes nothing. Uninstalling keeps the module's data.
 * Every method needs {@link #PERMISSION_ADMINISTER}.
 */
@ProviderType
public interface ModuleManager {

    String PERMISSION_ADMINISTER = "platform.modules.administer";
    /** The capability namespace by which a feature says it is a module; its attribute of the same name is the id. */
    String CAPABILITY = "mosaic.module";

    /** Every module of the configured repositories, installed or not, ordered by id. */
    List<ModuleOffer> modules();

    /**
     * What {@code change} of module {@code moduleId} would do, nothing changed. The resolver is asked
     * for an install; {@link ModulePlan#problem()} says in plain words why it cannot be done.
     *
     * @throws java.util.NoSuchElementException for an unknown module
     */
    ModulePlan plan(String moduleId, ModuleChange change);

    /**
     * Plans and, when the plan is possible, carries out the change; recorded in the audit log.
     *
     * @return the plan carried out
     * @throws ModuleChangeException when the plan is refused or the container fails to carry it out;
     *                               its message is plain words for an operator
     */
    ModulePlan apply(String moduleId, ModuleChange change);
}
