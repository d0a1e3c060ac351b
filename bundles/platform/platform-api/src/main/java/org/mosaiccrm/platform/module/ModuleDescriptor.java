package org.mosaiccrm.platform.module;

import java.util.Objects;

/**
 * What a module says about itself, read from the manifest headers in {@link ModuleHeaders}.
 *
 * @param id          stable module id, e.g. {@code customer}
 * @param name        display name
 * @param version     version of the module (the version of its bundles)
 * @param description one-line description, may be empty
 * @param icon        Vaadin icon name, may be empty
 */
public record ModuleDescriptor(String id, String name, String version, String description, String icon) {

    public ModuleDescriptor {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
        version = version == null ? "" : version;
        description = description == null ? "" : description;
        icon = icon == null ? "" : icon;
    }
}
