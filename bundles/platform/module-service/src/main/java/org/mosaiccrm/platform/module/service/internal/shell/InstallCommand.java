package org.mosaiccrm.platform.module.service.internal.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.platform.module.ModuleChange;

/** {@code crm:install <module>}: checks with the resolver first, then installs. */
@Service
@Command(scope = "crm", name = "install", description = "Installs a CRM module after checking that it can be resolved")
public class InstallCommand extends ModuleChangeCommand {

    @Override
    ModuleChange change() {
        return ModuleChange.INSTALL;
    }
}
