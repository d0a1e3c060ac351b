package org.mosaiccrm.platform.persistence.internal;

import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.mosaiccrm.platform.persistence.ModuleDatabase;

/** Forgets the database in the set of open ones when the module closes it. */
final class TrackedModuleDatabase implements ModuleDatabase {

    private final ModuleDatabase delegate;
    private final Set<ModuleDatabase> open;

    TrackedModuleDatabase(ModuleDatabase delegate, Set<ModuleDatabase> open) {
        this.delegate = delegate;
        this.open = open;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return delegate.inTransaction(work);
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return delegate.read(work);
    }

    @Override
    public EntityManagerFactory entityManagerFactory() {
        return delegate.entityManagerFactory();
    }

    @Override
    public void close() {
        delegate.close();
        open.remove(delegate);
    }
}
