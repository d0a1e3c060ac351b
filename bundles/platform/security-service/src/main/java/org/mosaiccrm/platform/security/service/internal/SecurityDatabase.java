package org.mosaiccrm.platform.security.service.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.ModuleDatabases;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.security.service.internal.audit.AuditAnchorEntity;
import org.mosaiccrm.platform.security.service.internal.audit.AuditEntryEntity;
import org.mosaiccrm.platform.security.service.internal.token.ApiTokenEntity;
import org.mosaiccrm.platform.security.service.internal.user.RoleEntity;
import org.mosaiccrm.platform.security.service.internal.user.RoleGrantRequestEntity;
import org.mosaiccrm.platform.security.service.internal.user.TeamEntity;
import org.mosaiccrm.platform.security.service.internal.user.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The security module's tables ({@code SEC_}), shared by its components. */
@Component(service = SecurityDatabase.class)
public class SecurityDatabase {

    public static final String MODULE_ID = "security";

    private final ModuleDatabase database;

    @Activate
    public SecurityDatabase(@Reference ModuleDatabases databases) {
        this(databases.open(unit()));
    }

    SecurityDatabase(ModuleDatabase database) {
        this.database = database;
    }

    public static PersistenceUnit unit() {
        return PersistenceUnit.of(MODULE_ID, SecurityDatabase.class, "db/security-changelog.xml", UserEntity.class,
                RoleEntity.class, TeamEntity.class, RoleGrantRequestEntity.class, AuditEntryEntity.class, AuditAnchorEntity.class,
                ApiTokenEntity.class);
    }

    @Deactivate
    public void close() {
        database.close();
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        return database.inTransaction(work);
    }

    public void runInTransaction(Consumer<EntityManager> work) {
        database.runInTransaction(work);
    }

    public <T> T read(Function<EntityManager, T> work) {
        return database.read(work);
    }
}
