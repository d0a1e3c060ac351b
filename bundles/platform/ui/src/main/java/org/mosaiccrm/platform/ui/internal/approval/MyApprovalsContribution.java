package org.mosaiccrm.platform.ui.internal.approval;

import java.util.OptionalLong;

import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "My approvals" in every user's workspace menu, with the count of tasks waiting for them beside it. */
@Component(service = ViewContribution.class)
public class MyApprovalsContribution implements ViewContribution<MyApprovalsView> {

    private final Approvals approvals;
    private final UserDirectory directory;

    @Activate
    public MyApprovalsContribution(@Reference Approvals approvals, @Reference UserDirectory directory) {
        this.approvals = approvals;
        this.directory = directory;
    }

    @Override
    public String route() {
        return MyApprovalsView.ROUTE;
    }

    @Override
    public Class<MyApprovalsView> viewClass() {
        return MyApprovalsView.class;
    }

    @Override
    public MyApprovalsView createView() {
        return new MyApprovalsView(approvals, directory);
    }

    @Override
    public String titleKey() {
        return "approval.my.title";
    }

    @Override
    public String requiredPermission() {
        return "";
    }

    @Override
    public String icon() {
        return "CHECK_SQUARE_O";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public OptionalLong menuCount() {
        return OptionalLong.of(approvals.waitingForMeCount());
    }
}
