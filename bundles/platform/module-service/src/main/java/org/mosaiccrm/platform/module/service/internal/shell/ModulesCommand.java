package org.mosaiccrm.platform.module.service.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.mosaiccrm.platform.module.service.internal.ModuleOperations;

/** {@code crm:modules}: the modules of the feature repositories and whether they are installed. */
@Service
@Command(scope = "crm", name = "modules", description = "Lists the CRM modules offered by the feature repositories")
public class ModulesCommand implements Action {

    @Reference
    ModuleOperations operations;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Installed");
        table.column("Version");
        table.column("Offered");
        table.column("Schema");
        table.column("Requires");
        table.column("Feature");
        for (ModuleOffer offer : operations.modules()) {
            table.addRow().addContent(offer.id(), offer.installed() ? (offer.core() ? "yes (core)" : "yes") : "no",
                    offer.installedVersion(), offer.version(), schema(offer), String.join(", ", offer.requires())
                    + (offer.enhances().isEmpty() ? "" : " (enhances " + String.join(", ", offer.enhances()) + ")"), offer.feature());
        }
        table.print(System.out);
        return null;
    }

    private static String schema(ModuleOffer offer) {
        return offer.schema().exists() ? offer.schema().applied() + " change sets, last " + offer.schema().lastChangeSet() : "";
    }
}
