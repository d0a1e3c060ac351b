package org.mosaiccrm.contract.service.internal;

import java.util.List;

import org.mosaiccrm.platform.mail.MailTemplate;
import org.mosaiccrm.platform.notification.NotificationKind;
import org.mosaiccrm.platform.notification.NotificationKinds;
import org.osgi.service.component.annotations.Component;

/** The notifications the contract module sends, with their mail texts (mail/*.ftl of this bundle). */
@Component(service = NotificationKinds.class)
public class ContractNotificationKinds implements NotificationKinds {

    /** An instalment falls due soon: arguments contract number, instalment number, due date, amount still due. */
    public static final String INSTALMENT_DUE = "contract.instalment-due";
    /** An instalment's due date passed without it paid in full: the same arguments. */
    public static final String INSTALMENT_OVERDUE = "contract.instalment-overdue";
    /** A signed contract ends soon (renew it or let it end): arguments contract number, title, end date, days left. */
    public static final String EXPIRING = "contract.expiring";
    /** A delivery or obligation falls due soon: arguments contract number, milestone title, due date. */
    public static final String MILESTONE_DUE = "contract.milestone-due";
    /** A delivery or obligation's due date passed without it done: the same arguments. */
    public static final String MILESTONE_LATE = "contract.milestone-late";

    private final List<NotificationKind> kinds = List.of(
            new NotificationKind(INSTALMENT_DUE, "contract.notification.instalmentDue", true,
                    MailTemplate.load(ContractNotificationKinds.class, INSTALMENT_DUE, "mail/instalment-due")),
            new NotificationKind(INSTALMENT_OVERDUE, "contract.notification.instalmentOverdue", true,
                    MailTemplate.load(ContractNotificationKinds.class, INSTALMENT_OVERDUE, "mail/instalment-overdue")),
            new NotificationKind(EXPIRING, "contract.notification.expiring", true,
                    MailTemplate.load(ContractNotificationKinds.class, EXPIRING, "mail/contract-expiring")),
            new NotificationKind(MILESTONE_DUE, "contract.notification.milestoneDue", true,
                    MailTemplate.load(ContractNotificationKinds.class, MILESTONE_DUE, "mail/milestone-due")),
            new NotificationKind(MILESTONE_LATE, "contract.notification.milestoneLate", true,
                    MailTemplate.load(ContractNotificationKinds.class, MILESTONE_LATE, "mail/milestone-late")));

    @Override
    public List<NotificationKind> kinds() {
        return kinds;
    }
}
