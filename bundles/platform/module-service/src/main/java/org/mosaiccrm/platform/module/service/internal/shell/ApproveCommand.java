package org.mosaiccrm.platform.module.service.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.platform.module.ModuleChangeException;
import org.mosaiccrm.platform.module.ModulePackage;
import org.mosaiccrm.platform.module.service.internal.delivery.PackageInbox;

/** {@code crm:approve <package>}: installs a package from an unknown source that waits for approval. */
@Service
@Command(scope = "crm", name = "approve", description = "Approves and installs a module package that waits for approval")
public class ApproveCommand implements Action {

    @Argument(name = "package", description = "the package's checksum, or its start as crm:packages shows it", required = true)
    String packageId;

    @Reference
    PackageInbox inbox;

    @Override
    public Object execute() {
        ModulePackage match = inbox.packages().stream().filter(p -> p.id().startsWith(packageId.strip().toLowerCase()))
                .findFirst().orElse(null);
        if (match == null || packageId.strip().length() < 6) {
            System.err.println("Refused: no package " + packageId + ". See crm:packages.");
            return null;
        }
        try {
            ModulePackage result = inbox.approve(match.id(), "console");
            if (result.state() == ModulePackage.PackageState.INSTALLED) {
                System.out.println("Installed " + String.join(", ", result.modules()));
            } else {
                System.err.println("Refused: " + result.problem());
            }
        } catch (ModuleChangeException refused) {
            System.err.println("Refused: " + refused.getMessage());
        }
        return null;
    }
}
