package org.mosaiccrm.platform.security.ui.internal;

import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.security.UserAdministration;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The views of this bundle, each a contribution of its own so each has its permission and menu entry. */
public final class Contributions {

    private Contributions() {
    }

    @Component(service = ViewContribution.class)
    public static class Users extends AdminViewContribution<UsersView> {
        @Activate
        public Users(@Reference UserAdministration administration, @Reference ApiTokens tokens) {
            super("admin/users", UsersView.class, () -> new UsersView(administration, tokens), "security.users.title",
                    UserAdministration.PERMISSION_USERS, "USERS", 10);
        }
    }

    @Component(service = ViewContribution.class)
    public static class Teams extends AdminViewContribution<TeamsView> {
        @Activate
        public Teams(@Reference UserAdministration administration) {
            super("admin/teams", TeamsView.class, () -> new TeamsView(administration), "security.teams.title",
                    UserAdministration.PERMISSION_USERS, "GROUP", 20);
        }
    }

    @Component(service = ViewContribution.class)
    public static class Roles extends AdminViewContribution<RolesView> {
        @Activate
        public Roles(@Reference UserAdministration administration) {
            super("admin/roles", RolesView.class, () -> new RolesView(administration), "security.roles.title",
                    UserAdministration.PERMISSION_ROLES, "KEY", 30);
        }
    }

    @Component(service = ViewContribution.class)
    public static class Audit extends AdminViewContribution<AuditView> {
        @Activate
        public Audit(@Reference AuditLog auditLog, @Reference UserAdministration administration) {
            super("audit", AuditView.class, () -> new AuditView(auditLog, administration), "audit.title", AuditLog.PERMISSION_READ,
                    "RECORDS", 40);
        }
    }
}
