package org.mosaiccrm.platform.module.service.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.platform.module.ModuleChange;

/** {@code crm:purge <module>}: removes the tables of an uninstalled module after a database backup. */
@Service
@Command(scope = "crm", name = "purge", description = "Removes the tables of an uninstalled CRM module, after a backup of the database")
public class PurgeCommand extends ModuleChangeCommand {

    @Override
    ModuleChange change() {
        return ModuleChange.PURGE;
    }
}
