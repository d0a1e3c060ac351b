package org.mosaiccrm.platform.security.service.internal.login;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.FieldChange;
import org.mosaiccrm.platform.security.service.internal.SecurityConfiguration;
import org.mosaiccrm.platform.security.service.internal.SecurityDatabase;
import org.mosaiccrm.platform.security.service.internal.password.PasswordHasher;
import org.mosaiccrm.platform.security.service.internal.password.PasswordRules;
import org.mosaiccrm.platform.security.service.internal.user.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start (no users at all) creates one user administrator with a one-time password,
 * written to the console and the log, which must be changed at first login. This account can manage
 * users, roles and modules but reads no business data.
 */
@Component(service = InitialAdministrator.class, immediate = true, configurationPid = SecurityConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class InitialAdministrator {

    static final String ROLE = "user-admin";

    private final Logger logger = LoggerFactory.getLogger(InitialAdministrator.class);

    @Activate
    public InitialAdministrator(@Reference SecurityDatabase database, @Reference PasswordHasher hasher,
            @Reference PasswordRules rules, @Reference AuditLog auditLog, SecurityConfiguration configuration) {
        String username = configuration.admin_username().strip();
        String configured = configuration.admin_initialPassword();
        String password = configured == null || configured.isBlank() ? rules.oneTimePassword() : configured;
        Long created = database.inTransaction(em -> {
            if (em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult() > 0) {
                return null;
            }
            UserEntity admin = new UserEntity(username, "User administrator", hasher.hash(password.toCharArray()),
                    Instant.now());
            admin.setRoles(Set.of(ROLE));
            em.persist(admin);
            em.flush();
            return admin.getId();
        });
        if (created == null) {
            return;
        }
        auditLog.record(new AuditEvent(AuditEvent.SECURITY, "user.created", SecurityDatabase.MODULE_ID, "User",
                String.valueOf(created), List.of(new FieldChange("username", null, username),
                        new FieldChange("roles", null, "[" + ROLE + "]"))));
        if (configured == null || configured.isBlank()) {
            // on the console of bin/mosaic only: a log is kept, copied and shipped, a password must not be
            System.out.println("Mosaic CRM first start: user administrator '" + username + "' with one-time password "
                    + password + " (to be changed at first login)");
            String kept = FirstStartPassword.file().map(file -> {
                try {
                    FirstStartPassword.write(file, username, password);
                    return " and in " + file + " (owner-only, removed when the password is changed)";
                } catch (java.io.IOException e) {
                    return ""; // not writable: the console only
                }
            }).orElse("");
            logger.warn("Mosaic CRM first start: user administrator '{}' created; its one-time password is on the console"
                    + " of this start{} (to be changed at first login)", username, kept);
        } else {
            logger.warn("Mosaic CRM first start: user administrator '{}' created with the configured one-time password",
                    username);
        }
    }
}
