package org.mosaiccrm.platform.security.service.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.mosaiccrm.security} ({@code etc/org.mosaiccrm.security.cfg}). */
@ObjectClassDefinition(name = "Mosaic CRM security", description = "Login throttling, first administrator, audit retention")
public @interface SecurityConfiguration {

    String PID = "org.mosaiccrm.security";

    @AttributeDefinition(description = "Failed logins in a row from one address that lock the account for that address")
    int lockout_threshold() default 5;

    @AttributeDefinition(description = "Failed logins in a row from all addresses together that lock the account everywhere"
            + " (against guessing from many addresses); well above lockout.threshold, so one stranger cannot lock the owner out")
    int lockout_accountThreshold() default 50;

    @AttributeDefinition(description = "Failed logins from one address, over all user names, after which every further"
            + " attempt from there waits (1, 2, 4 ... seconds up to delay.max.seconds) until it has been quiet for lockout.minutes;"
            + " against trying many names from one place")
    int lockout_addressThreshold() default 30;

    @AttributeDefinition(description = "Minutes an account stays locked")
    int lockout_minutes() default 15;

    @AttributeDefinition(description = "Longest wait, in seconds, forced between failed logins before the lockout")
    int delay_max_seconds() default 30;

    @AttributeDefinition(description = "User name of the user administrator created at first start")
    String admin_username() default "admin";

    @AttributeDefinition(description = "One-time password of that administrator for unattended installs; empty: generated and written to the log")
    String admin_initialPassword() default "";

    @AttributeDefinition(description = "Hours a link for choosing a password (new user, password reset) works")
    int passwordLink_hours() default 72;

    @AttributeDefinition(description = "Days audit entries are kept; 0 keeps them for ever (and then a chain whose"
            + " beginning is missing never verifies)")
    int audit_retention_days() default 0;

    @AttributeDefinition(description = "File of the audit chain's secret keys (owner-only, back it up with etc/);"
            + " empty: etc/mosaic-audit.keys", required = false)
    String audit_keyFile() default "";

    @AttributeDefinition(description = "File the audit chain's head is appended to, for shipping elsewhere;"
            + " empty: data/log/audit-anchors.log", required = false)
    String audit_anchorFile() default "";
}
