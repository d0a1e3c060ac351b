package org.mosaiccrm.platform.module.service.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.platform.module.ModuleChange;

/** {@code crm:update <module>}: checks with the resolver and tries the migration first, then updates. */
@Service
@Command(scope = "crm", name = "update", description = "Updates a CRM module to the newest version offered, after trying its database migration")
public class UpdateCommand extends ModuleChangeCommand {

    @Override
    ModuleChange change() {
        return ModuleChange.UPDATE;
    }
}
