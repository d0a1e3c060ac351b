package org.mosaiccrm.platform.module.service.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.platform.module.ModulePackage;
import org.mosaiccrm.platform.module.service.internal.delivery.PackageInbox;

/** {@code crm:packages}: the module packages (KAR files) received, their source and state. */
@Service
@Command(scope = "crm", name = "packages", description = "Lists the module packages (KAR files) received, with source and state")
public class PackagesCommand implements Action {

    @Reference
    PackageInbox inbox;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Package");
        table.column("File");
        table.column("State");
        table.column("Modules");
        table.column("Source");
        table.column("Problem");
        for (ModulePackage pack : inbox.packages()) {
            table.addRow().addContent(pack.id().substring(0, 12), pack.fileName(), pack.state(),
                    String.join(", ", pack.modules()), pack.origin() + " (" + pack.via() + ")", pack.problem());
        }
        table.print(System.out);
        return null;
    }
}
