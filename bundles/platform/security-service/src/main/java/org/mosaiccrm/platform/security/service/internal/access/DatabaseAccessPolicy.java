package org.mosaiccrm.platform.security.service.internal.access;

import java.util.List;
import java.util.Optional;

import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.NotAuthenticatedException;
import org.mosaiccrm.platform.security.OwnerFilter;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The access policy over the users' roles and teams; every refusal is written to the audit log. */
@Component(service = AccessPolicy.class)
public class DatabaseAccessPolicy implements AccessPolicy {

    private final GrantResolver grants;
    private final AuditLog auditLog;

    @Activate
    public DatabaseAccessPolicy(@Reference GrantResolver grants, @Reference AuditLog auditLog) {
        this.grants = grants;
        this.auditLog = auditLog;
    }

    @Override
    public boolean isPermitted(String permission) {
        return grants.scope(CurrentSubject.get(), permission).isPresent();
    }

    @Override
    public Subject subject() {
        Optional<Subject> subject = CurrentSubject.get();
        if (grants.scope(subject, "").isEmpty()) {
            deny("", "");
            throw new NotAuthenticatedException();
        }
        return subject.get();
    }

    @Override
    public Subject require(String permission) {
        scope(permission, "");
        return CurrentSubject.get().orElseThrow();
    }

    @Override
    public Subject requireRecord(String permission, Long ownerId, String recordRef) {
        RecordScope scope = scope(permission, recordRef);
        Subject subject = CurrentSubject.get().orElseThrow();
        if (!grants.of(subject).owners(scope).includes(ownerId)) {
            deny(permission, recordRef);
            throw new AccessDeniedException(permission);
        }
        return subject;
    }

    @Override
    public OwnerFilter ownerFilter(String permission) {
        RecordScope scope = scope(permission, "");
        return grants.of(CurrentSubject.get().orElseThrow()).owners(scope);
    }

    private RecordScope scope(String permission, String recordRef) {
        subject();
        Optional<RecordScope> scope = grants.scope(CurrentSubject.get(), permission);
        if (scope.isEmpty()) {
            deny(permission, recordRef);
            throw new AccessDeniedException(permission);
        }
        return scope.get();
    }

    private void deny(String permission, String recordRef) {
        auditLog.record(AuditEvent.security("access.denied", "", recordRef,
                List.of(new FieldChange("permission", null, permission))));
    }
}
