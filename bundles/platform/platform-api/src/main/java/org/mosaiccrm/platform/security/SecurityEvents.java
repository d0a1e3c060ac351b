package org.mosaiccrm.platform.security;

import org.mosaiccrm.platform.event.EventTopics;

/** EventAdmin topics of the security module. Property {@link EventTopics#PROPERTY_ID}: the user id. */
public final class SecurityEvents {

    /** A user's sessions must end now (disabled, password reset). */
    public static final String SESSIONS_REVOKED = "org/mosaiccrm/security/User/SESSIONS_REVOKED";

    private SecurityEvents() {
    }
}
