package org.mosaiccrm.platform.module.ui.internal;

import org.mosaiccrm.platform.module.ModuleDelivery;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Modules page, in the administration menu, for whoever may administer modules. */
@Component(service = ViewContribution.class)
public class ModulesViewContribution implements ViewContribution<ModulesView> {

    private final ModuleManager modules;
    private final ModuleDelivery delivery;
    private final ModuleRegistry registry;
    private final BundleContext context;

    @Activate
    public ModulesViewContribution(@Reference ModuleManager modules, @Reference ModuleDelivery delivery,
            @Reference ModuleRegistry registry, BundleContext context) {
        this.modules = modules;
        this.delivery = delivery;
        this.registry = registry;
        this.context = context;
    }

    @Override
    public String route() {
        return "admin/modules";
    }

    @Override
    public Class<ModulesView> viewClass() {
        return ModulesView.class;
    }

    @Override
    public ModulesView createView() {
        return new ModulesView(modules, delivery, registry, () -> ModuleContributions.of(context));
    }

    @Override
    public String titleKey() {
        return "modules.title";
    }

    @Override
    public String requiredPermission() {
        return ModuleManager.PERMISSION_ADMINISTER;
    }

    @Override
    public String menuGroup() {
        return "menu.group.security";
    }

    @Override
    public String icon() {
        return "PACKAGE";
    }

    @Override
    public int order() {
        return 50;
    }
}
