package org.mosaiccrm.platform.modules.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.modules.internal.ModuleOperations;

/** {@code crm:uninstall <module>}: refused while other installed modules need it; data is kept. */
@Service
@Command(scope = "crm", name = "uninstall", description = "Uninstalls a CRM module; its data is kept")
public class UninstallCommand implements Action {

    @Argument(name = "module", description = "module id, as crm:modules lists it", required = true)
    String module;

    @Reference
    ModuleOperations operations;

    @Override
    public Object execute() {
        return ModuleChangeCommand.change(operations, module, ModuleChange.UNINSTALL);
    }
}
