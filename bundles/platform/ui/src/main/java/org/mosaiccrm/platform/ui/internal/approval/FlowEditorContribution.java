package org.mosaiccrm.platform.ui.internal.approval;

import org.mosaiccrm.platform.approval.ApprovalFlows;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The approval flow editor, in the administration menu, for the process administrator. */
@Component(service = ViewContribution.class)
public class FlowEditorContribution implements ViewContribution<FlowEditorView> {

    private final ApprovalFlows flows;
    private final UserDirectory directory;

    @Activate
    public FlowEditorContribution(@Reference ApprovalFlows flows, @Reference UserDirectory directory) {
        this.flows = flows;
        this.directory = directory;
    }

    @Override
    public String route() {
        return "admin/approval-flows";
    }

    @Override
    public Class<FlowEditorView> viewClass() {
        return FlowEditorView.class;
    }

    @Override
    public FlowEditorView createView() {
        return new FlowEditorView(flows, directory);
    }

    @Override
    public String titleKey() {
        return "approval.flows.title";
    }

    @Override
    public String requiredPermission() {
        return ApprovalFlows.PERMISSION_ADMINISTER;
    }

    @Override
    public String menuGroup() {
        return "menu.group.security";
    }

    @Override
    public String icon() {
        return "SITEMAP";
    }

    @Override
    public int order() {
        return 70;
    }
}
