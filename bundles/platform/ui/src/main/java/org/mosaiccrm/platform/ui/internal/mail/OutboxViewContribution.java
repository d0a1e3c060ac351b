package org.mosaiccrm.platform.ui.internal.mail;

import org.mosaiccrm.platform.mail.MailOutbox;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The mail outbox page, in the administration menu, for whoever may administer mail. */
@Component(service = ViewContribution.class)
public class OutboxViewContribution implements ViewContribution<OutboxView> {

    private final MailOutbox outbox;

    @Activate
    public OutboxViewContribution(@Reference MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String route() {
        return "admin/outbox";
    }

    @Override
    public Class<OutboxView> viewClass() {
        return OutboxView.class;
    }

    @Override
    public OutboxView createView() {
        return new OutboxView(outbox);
    }

    @Override
    public String titleKey() {
        return "mail.outbox.title";
    }

    @Override
    public String requiredPermission() {
        return MailOutbox.PERMISSION_ADMINISTER;
    }

    @Override
    public String menuGroup() {
        return "menu.group.security";
    }

    @Override
    public String icon() {
        return "ENVELOPE";
    }

    @Override
    public int order() {
        return 60;
    }
}
