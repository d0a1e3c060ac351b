package org.mosaiccrm.platform.approvals.internal;

import java.util.List;

import org.mosaiccrm.platform.mail.MailTemplate;
import org.mosaiccrm.platform.notification.NotificationKind;
import org.mosaiccrm.platform.notification.NotificationKinds;
import org.osgi.service.component.annotations.Component;

/** What approval tells people: a task waits, a request was decided, a task waits too long. Mailed by default. */
@Component(service = NotificationKinds.class)
public class ApprovalNotificationKinds implements NotificationKinds {

    private final List<NotificationKind> kinds = List.of(
            new NotificationKind(ApprovalService.KIND_TASK, "approval.kind.task", true,
                    MailTemplate.load(ApprovalNotificationKinds.class, ApprovalService.KIND_TASK, "mail/approval-task")),
            new NotificationKind(ApprovalService.KIND_DECIDED, "approval.kind.decided", true,
                    MailTemplate.load(ApprovalNotificationKinds.class, ApprovalService.KIND_DECIDED, "mail/approval-decided")),
            new NotificationKind(ApprovalService.KIND_REMINDER, "approval.kind.reminder", true,
                    MailTemplate.load(ApprovalNotificationKinds.class, ApprovalService.KIND_REMINDER, "mail/approval-reminder")));

    @Override
    public List<NotificationKind> kinds() {
        return kinds;
    }
}
