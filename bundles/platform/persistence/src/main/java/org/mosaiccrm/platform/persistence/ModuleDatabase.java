package org.mosaiccrm.platform.persistence;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A module's migrated database access: an EntityManagerFactory built from the module's class loader
 * and a transaction helper. Close it when the module's component deactivates so the module's class
 * loader can be released.
 */
@ProviderType
public interface ModuleDatabase extends AutoCloseable {

    /** Runs {@code work} in a transaction that commits on return and rolls back on any exception. */
    <T> T inTransaction(Function<EntityManager, T> work);

    /** Like {@link #inTransaction(Function)} for work without a result. */
    default void runInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs read-only {@code work} with a fresh EntityManager, without a transaction. */
    <T> T read(Function<EntityManager, T> work);

    /** The factory itself, for the rare case the helpers do not fit. */
    EntityManagerFactory entityManagerFactory();

    /** Releases the factory. Idempotent. */
    @Override
    void close();
}
