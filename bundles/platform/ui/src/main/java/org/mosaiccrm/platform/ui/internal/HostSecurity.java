package org.mosaiccrm.platform.ui.internal;

import java.util.Optional;

import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The host's link to the security module. The reference is dynamic so that an update of the
 * security module does not restart the servlet (and end every session); while it is away nobody
 * can log in and no session counts as active.
 */
@Component(service = HostSecurity.class)
public class HostSecurity {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    public Optional<Authenticator> authenticator() {
        return Optional.ofNullable(authenticator);
    }

    /** Whether the subject may keep working: enabled, no pending password change. */
    public boolean isActive(Subject subject) {
        Authenticator current = authenticator;
        return subject != null && current != null && current.isActive(subject);
    }

    public boolean mustChangePassword(Subject subject) {
        Authenticator current = authenticator;
        return subject != null && current != null && current.mustChangePassword(subject);
    }
}
