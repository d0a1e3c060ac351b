package org.mosaiccrm.platform.modules.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.modules.internal.ModuleOperations;

/** {@code crm:install <module>}: checks with the resolver first, then installs. */
@Service
@Command(scope = "crm", name = "install", description = "Installs a CRM module after checking that it can be resolved")
public class InstallCommand implements Action {

    @Argument(name = "module", description = "module id, as crm:modules lists it", required = true)
    String module;

    @Reference
    ModuleOperations operations;

    @Override
    public Object execute() {
        return ModuleChangeCommand.change(operations, module, ModuleChange.INSTALL);
    }
}
