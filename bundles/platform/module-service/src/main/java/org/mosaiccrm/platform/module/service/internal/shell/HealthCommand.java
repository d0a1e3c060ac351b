package org.mosaiccrm.platform.module.service.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.module.ModuleStatus;

/** {@code crm:health}: every installed module's state and, when it is out, why. */
@Service
@Command(scope = "crm", name = "health", description = "Shows the state of every installed CRM module")
public class HealthCommand implements Action {

    @Reference
    ModuleRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("State");
        table.column("Version");
        table.column("Problem");
        boolean healthy = true;
        for (ModuleStatus module : registry.modules()) {
            healthy &= module.state().isHealthy();
            table.addRow().addContent(module.descriptor().id(), module.state(), module.descriptor().version(), module.problem());
        }
        table.print(System.out);
        System.out.println(healthy ? "All modules are active." : "Some modules are not active: see Problem.");
        return null;
    }
}
