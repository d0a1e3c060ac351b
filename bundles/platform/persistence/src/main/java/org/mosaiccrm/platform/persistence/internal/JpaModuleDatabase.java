package org.mosaiccrm.platform.persistence.internal;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.mosaiccrm.platform.persistence.ModuleDatabase;

/** A module's EntityManagerFactory with resource-local transactions. */
final class JpaModuleDatabase implements ModuleDatabase {

    private final String moduleId;
    private final EntityManagerFactory factory;
    private final Runnable onClose;

    JpaModuleDatabase(String moduleId, EntityManagerFactory factory, Runnable onClose) {
        this.moduleId = moduleId;
        this.factory = factory;
        this.onClose = onClose;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    @Override
    public EntityManagerFactory entityManagerFactory() {
        return factory;
    }

    @Override
    public synchronized void close() {
        if (factory.isOpen()) {
            factory.close();
            onClose.run();
        }
    }

    @Override
    public String toString() {
        return "ModuleDatabase[" + moduleId + "]";
    }
}
