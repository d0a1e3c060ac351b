package org.mosaiccrm.platform.mail.service.internal;

import java.util.List;

import org.mosaiccrm.platform.mail.MailOutbox;
import org.mosaiccrm.platform.security.Action;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/** The outbox's permission (a platform permission: the security module grants it to the user administrator). */
@Component(service = PermissionProvider.class)
public class MailPermissions implements PermissionProvider {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(MailOutbox.PERMISSION_ADMINISTER, "platform", Action.ADMINISTER, false));
    }
}
