package org.mosaiccrm.platform.module.service.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.platform.module.ModuleChange;

/** {@code crm:uninstall <module>}: refused while other installed modules need it; data is kept. */
@Service
@Command(scope = "crm", name = "uninstall", description = "Uninstalls a CRM module; its data is kept")
public class UninstallCommand extends ModuleChangeCommand {

    @Override
    ModuleChange change() {
        return ModuleChange.UNINSTALL;
    }
}
