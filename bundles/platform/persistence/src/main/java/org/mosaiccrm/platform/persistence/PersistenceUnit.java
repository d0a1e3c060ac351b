package org.mosaiccrm.platform.persistence;

import java.util.List;
import java.util.Objects;

/**
 * What a module needs from the database.
 *
 * @param moduleId      the module's id; also names its Liquibase history tables
 * @param classLoader   the module bundle's class loader; entities and the changelog are loaded from it
 * @param entityClasses the module's JPA entities
 * @param changelog     class-path resource of the module's Liquibase changelog, e.g.
 *                      {@code db/customer-changelog.xml}
 */
public record PersistenceUnit(String moduleId, ClassLoader classLoader, List<Class<?>> entityClasses, String changelog) {

    public PersistenceUnit {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(changelog, "changelog");
        if (!moduleId.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("module id must be lower-case letters, digits and dashes: " + moduleId);
        }
        entityClasses = List.copyOf(entityClasses);
    }

    /** Builds a unit from a class of the module (its class loader is the module's). */
    public static PersistenceUnit of(String moduleId, Class<?> moduleClass, String changelog, Class<?>... entities) {
        return new PersistenceUnit(moduleId, moduleClass.getClassLoader(), List.of(entities), changelog);
    }
}
