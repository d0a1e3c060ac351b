package org.mosaiccrm.platform.module.service.internal;

import java.util.List;

import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.mosaiccrm.platform.module.ModulePlan;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ModuleManager} for signed-in users: the permission check, then {@link ModuleOperations}. */
@Component(service = ModuleManager.class)
public class FeatureModuleManager implements ModuleManager {

    private final ModuleOperations operations;
    private final AccessPolicy policy;

    @Activate
    public FeatureModuleManager(@Reference ModuleOperations operations, @Reference AccessPolicy policy) {
        this.operations = operations;
        this.policy = policy;
    }

    @Override
    public List<ModuleOffer> modules() {
        policy.require(PERMISSION_ADMINISTER);
        return operations.modules();
    }

    @Override
    public ModulePlan plan(String moduleId, ModuleChange change) {
        policy.require(PERMISSION_ADMINISTER);
        return operations.plan(moduleId, change);
    }

    @Override
    public ModulePlan apply(String moduleId, ModuleChange change) {
        Subject subject = policy.require(PERMISSION_ADMINISTER);
        return operations.apply(moduleId, change, "user " + subject.username());
    }
}
