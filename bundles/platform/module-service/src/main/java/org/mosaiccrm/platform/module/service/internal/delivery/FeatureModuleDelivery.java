package org.mosaiccrm.platform.module.service.internal.delivery;

import java.io.InputStream;
import java.util.List;

import org.mosaiccrm.platform.module.ModuleDelivery;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModulePackage;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ModuleDelivery} for signed-in users: the permission check, then the {@link PackageInbox}. */
@Component(service = ModuleDelivery.class)
public class FeatureModuleDelivery implements ModuleDelivery {

    private final PackageInbox inbox;
    private final AccessPolicy policy;

    @Activate
    public FeatureModuleDelivery(@Reference PackageInbox inbox, @Reference AccessPolicy policy) {
        this.inbox = inbox;
        this.policy = policy;
    }

    @Override
    public List<ModulePackage> packages() {
        policy.require(ModuleManager.PERMISSION_ADMINISTER);
        return inbox.packages();
    }

    @Override
    public ModulePackage receive(String fileName, InputStream content) {
        Subject subject = policy.require(ModuleManager.PERMISSION_ADMINISTER);
        return inbox.receive(fileName, content, "upload by " + subject.username());
    }

    @Override
    public ModulePackage approve(String packageId) {
        Subject subject = policy.require(ModuleManager.PERMISSION_ADMINISTER);
        return inbox.approve(packageId, "approved by " + subject.username());
    }

    @Override
    public void discard(String packageId) {
        policy.require(ModuleManager.PERMISSION_ADMINISTER);
        inbox.discard(packageId);
    }
}
