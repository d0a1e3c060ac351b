package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.platform.job.ScheduledJob;
import org.mosaiccrm.platform.notification.NewNotification;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds contract owners, through the notification centre (the bell, open tabs, and mail for who
 * wants it), of instalments and of deliveries and obligations falling due (their days before) and
 * late, and of signed contracts
 * ending within the configured days (90, 60 and 30 by default: renew it or let it end; none once it
 * is renewed). A scheduled
 * job of the platform's job service; each reminder is marked in the transaction that finds it, so it
 * goes once. Paid instalments are marked too, which keeps the look-ups on their indexes small; expiry
 * notices are kept apart from the contract (for the end date they were about), so telling an owner
 * never changes a contract under someone working on it, and a new end date is told anew.
 */
@Component(service = { ScheduledJob.class, ContractReminders.class }, configurationPid = "org.mosaiccrm.contract.reminders",
        property = { ScheduledJob.ID + "=contract.reminders", ScheduledJob.SCHEDULE + "=0/15 * * * * ?",
                ScheduledJob.LEASE_SECONDS + "=120" })
@Designate(ocd = ContractReminders.Config.class)
public class ContractReminders implements ScheduledJob {

    @ObjectClassDefinition(name = "Mosaic CRM contract reminders", description = "Reminders of payments due and contracts ending")
    public @interface Config {
        @AttributeDefinition(name = "Schedule", description = "Quartz cron expression with seconds; default every 15 seconds")
        String mosaic_job_schedule() default "0/15 * * * * ?";

        @AttributeDefinition(name = "Expiry notices", description = "Days before a signed contract's end date its owner is"
                + " told, comma-separated (default 90,60,30)")
        String expiryNoticeDays() default "90,60,30";
    }

    private static final Logger LOG = LoggerFactory.getLogger(ContractReminders.class);
    private static final int[] DEFAULT_NOTICES = { 90, 60, 30 };
    private static final int BATCH = 500;
    private static final String ROUTE = "contract/contracts/";
    private static final List<ContractStatus> COLLECTING = ContractEntity.COLLECTING;

    private final ModuleDatabase database;
    private final Notifications notifications;
    /** Ascending: the nearest notice first, so a contract found late gets only the nearest one. */
    private final int[] expiryNotices;

    @Activate
    public ContractReminders(@Reference ContractDatabase database, @Reference Notifications notifications, Config config) {
        this(database.database(), notifications, notices(config.expiryNoticeDays()));
    }

    ContractReminders(ModuleDatabase database, Notifications notifications, int[] expiryNotices) {
        this.database = database;
        this.notifications = notifications;
        this.expiryNotices = expiryNotices.clone();
        Arrays.sort(this.expiryNotices);
    }

    static int[] notices(String configured) {
        try {
            int[] days = Arrays.stream(configured.split(",")).map(String::strip).filter(day -> !day.isEmpty())
                    .mapToInt(Integer::parseInt).distinct().toArray();
            if (days.length > 0 && Arrays.stream(days).allMatch(day -> day > 0 && day <= 3650)) {
                return days;
            }
        } catch (NumberFormatException unreadable) {
            // told below
        }
        LOG.warn("expiryNoticeDays \"{}\" is not a list of days from 1 to 3650; using 90,60,30", configured);
        return DEFAULT_NOTICES;
    }

    @Override
    public void run() {
        remind(LocalDate.now());
    }

    /** Sends the reminders due on {@code today}; returns how many. */
    int remind(LocalDate today) {
        record Notice(long ownerId, String kind, String textKey, List<String> args, long contractId) {
        }
        List<Notice> notices = database.inTransaction(em -> {
            List<Notice> found = new ArrayList<>();
            // only contracts being collected: a plan made on a draft is reminded of once it is signed
            for (Object[] row : instalments(em, "i.remindedOverdue = false and i.dueDate < :today", today)) {
                InstalmentEntity instalment = (InstalmentEntity) row[0];
                ContractEntity contract = (ContractEntity) row[1];
                instalment.remindedOverdue();
                found.add(new Notice(contract.ownerId(), ContractNotificationKinds.INSTALMENT_OVERDUE, "contract.reminder.overdue",
                        instalmentArgs(contract, instalment), contract.id()));
            }
            for (Object[] row : instalments(em, "i.remindedDue = false and i.remindOn <= :today and i.dueDate >= :today", today)) {
                InstalmentEntity instalment = (InstalmentEntity) row[0];
                ContractEntity contract = (ContractEntity) row[1];
                instalment.remindedDue();
                found.add(new Notice(contract.ownerId(), ContractNotificationKinds.INSTALMENT_DUE, "contract.reminder.due",
                        instalmentArgs(contract, instalment), contract.id()));
            }
            for (Object[] row : milestones(em, "m.remindedLate = false and m.dueDate < :today", today)) {
                MilestoneEntity milestone = (MilestoneEntity) row[0];
                ContractEntity contract = (ContractEntity) row[1];
                milestone.remindedLate();
                found.add(new Notice(contract.ownerId(), ContractNotificationKinds.MILESTONE_LATE, "contract.reminder.milestoneLate",
                        milestoneArgs(contract, milestone), contract.id()));
            }
            for (Object[] row : milestones(em, "m.remindedDue = false and m.remindOn <= :today and m.dueDate >= :today", today)) {
                MilestoneEntity milestone = (MilestoneEntity) row[0];
                ContractEntity contract = (ContractEntity) row[1];
                milestone.remindedDue();
                found.add(new Notice(contract.ownerId(), ContractNotificationKinds.MILESTONE_DUE, "contract.reminder.milestoneDue",
                        milestoneArgs(contract, milestone), contract.id()));
            }
            for (int days : expiryNotices) {
                for (ContractEntity contract : em.createQuery("select c from ContractEntity c where c.endDate >= :today"
                        + " and c.endDate <= :until and c.status in :statuses and not exists (select n from ExpiryNoticeEntity n"
                        + " where n.contractId = c.id and n.endDate = c.endDate and n.days <= :days) and not exists (select s from"
                        + " ContractEntity s where s.predecessorId = c.id and s.status <> :void)", ContractEntity.class)
                        .setParameter("today", today).setParameter("until", today.plusDays(days)).setParameter("days", days)
                        .setParameter("void", ContractStatus.VOID)
                        .setParameter("statuses", COLLECTING).setMaxResults(BATCH).getResultList()) {
                    ExpiryNoticeEntity notice = em.find(ExpiryNoticeEntity.class, contract.id());
                    if (notice == null) {
                        notice = new ExpiryNoticeEntity(contract.id());
                        em.persist(notice);
                    }
                    notice.sent(contract.endDate(), days);
                    em.flush();
                    found.add(new Notice(contract.ownerId(), ContractNotificationKinds.EXPIRING, "contract.reminder.expiring",
                            List.of(contract.number(), contract.title(), contract.endDate().toString(),
                                    String.valueOf(ChronoUnit.DAYS.between(today, contract.endDate()))), contract.id()));
                }
            }
            return found;
        });
        for (Notice notice : notices) {
            notifications.notify(new NewNotification(notice.ownerId(), notice.kind(), notice.textKey(), notice.args(),
                    ROUTE + notice.contractId()));
        }
        return notices.size();
    }

    /** Instalments matching {@code condition} with their contracts, of contracts being collected. */
    private static List<Object[]> instalments(EntityManager em, String condition, LocalDate today) {
        return em.createQuery("select i, c from InstalmentEntity i, ContractEntity c where c.id = i.contractId"
                + " and c.status in :statuses and " + condition + " order by i.dueDate", Object[].class)
                .setParameter("statuses", COLLECTING).setParameter("today", today).setMaxResults(BATCH).getResultList();
    }

    /** Milestones matching {@code condition} with their contracts, of contracts being carried out (signed, in execution). */
    private static List<Object[]> milestones(EntityManager em, String condition, LocalDate today) {
        return em.createQuery("select m, c from MilestoneEntity m, ContractEntity c where c.id = m.contractId"
                + " and c.status in :statuses and " + condition + " order by m.dueDate", Object[].class)
                .setParameter("statuses", COLLECTING).setParameter("today", today).setMaxResults(BATCH).getResultList();
    }

    private static List<String> milestoneArgs(ContractEntity contract, MilestoneEntity milestone) {
        return List.of(contract.number(), milestone.title(), milestone.dueDate().toString());
    }

    private static List<String> instalmentArgs(ContractEntity contract, InstalmentEntity instalment) {
        return List.of(contract.number(), String.valueOf(instalment.number()), instalment.dueDate().toString(),
                money(instalment.due(), contract.currency()));
    }

    /** Amounts in a notice read the same in both languages: 150,000.00 CNY. */
    private static String money(BigDecimal amount, String currency) {
        return String.format(Locale.ROOT, "%,.2f %s", amount, currency);
    }
}
