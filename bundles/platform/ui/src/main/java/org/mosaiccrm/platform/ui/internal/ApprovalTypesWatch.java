package org.mosaiccrm.platform.ui.internal;

import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.ui.internal.approval.MyApprovalsView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * When a module's approvable type comes or goes (installed, uninstalled), open "My approvals" pages list
 * again and the counts beside the menu entry follow: a removed module's tasks leave the view at once.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + Approvals.TYPES_CHANGED)
public class ApprovalTypesWatch implements EventHandler {

    @Override
    public void handleEvent(Event event) {
        ActiveServices.stream().filter(MosaicVaadinService.class::isInstance).map(MosaicVaadinService.class::cast)
                .forEach(service -> service.forEachTab(ui -> {
                    MyApprovalsView.refreshIn(ui);
                    MainLayout.refreshCountsIn(ui);
                }));
    }
}
