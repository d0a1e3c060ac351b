package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.platform.approval.ApprovableRecord;
import org.mosaiccrm.platform.approval.ApprovableRecords;
import org.mosaiccrm.platform.approval.ApprovalField;
import org.mosaiccrm.platform.approval.ApprovalFlows;
import org.mosaiccrm.platform.approval.ApprovalOutcome;
import org.mosaiccrm.platform.approval.ApprovalStep;
import org.mosaiccrm.platform.approval.ApprovalTask;
import org.mosaiccrm.platform.approval.Approvals;
import org.mosaiccrm.platform.approval.ApproverRule;
import org.mosaiccrm.platform.approval.StepCondition;
import org.mosaiccrm.platform.approval.StepMode;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.osgi.framework.ServiceRegistration;

/**
 * Approvals in the running CRM: the sales module brings its quote type with it; a record type a
 * scenario registers (as a module would) goes through a flow defined by the process administrator —
 * the team lead is told (notification kept), approves in "My approvals", the module hears the outcome,
 * every step is in the audit log; the user administrator cannot define flows; when the type's service
 * goes, its waiting tasks leave "My approvals" and come back with it.
 */
public class ApprovalsIT extends SharedKarafTestSupport {

    private static final String TYPE = "it.order";

    @Test
    public void aRecordIsApprovedByTheSubmittersTeamLeadThroughTheFlowTheProcessAdministratorDefined() throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        Subject lead = users.user("apprlead", null, "sales-manager");
        Team team = users.team("Approvals East");
        asAdmin(() -> users.administration().saveTeam(new Team(team.id(), team.name(), lead.userId())));
        Subject rep = users.user("apprrep", team.id(), "sales-rep");
        Subject process = users.user("apprprocess", null, "process-admin");
        ApprovalFlows flows = service(ApprovalFlows.class, 60);
        Approvals approvals = service(Approvals.class, 60);
        Notifications notifications = service(Notifications.class, 60);

        // the sales module brings its quote type, and takes it away again
        ModuleManager modules = service(ModuleManager.class, 60);
        asAdmin(() -> modules.apply("sales", ModuleChange.INSTALL));
        await("quotes approvable", 60, () -> as(process, flows::types).stream().anyMatch(t -> t.recordType().equals("sales.quote")));
        asAdmin(() -> modules.apply("sales", ModuleChange.UNINSTALL));
        await("quotes gone", 60, () -> as(process, flows::types).stream().noneMatch(t -> t.recordType().equals("sales.quote")));

        List<String> told = new CopyOnWriteArrayList<>();
        ServiceRegistration<ApprovableRecords> type = register(rep, told);
        try {
            assertThrows("not the user administrator's", AccessDeniedException.class, () -> asAdmin(() -> flows.save(TYPE, "x",
                    List.of(new ApprovalStep("组长", ApproverRule.teamLead(1), StepMode.ANY, null, null, false, 0)))));
            as(process, () -> flows.save(TYPE, "大单审批", List.of(new ApprovalStep("组长审批", ApproverRule.teamLead(1), StepMode.ANY,
                    new StepCondition("amount", StepCondition.Operator.AT_LEAST, List.of("100000")), null, false, 0))));

            long unreadBefore = as(lead, notifications::unreadCount);
            as(rep, () -> approvals.submit(TYPE, 1, "大客户"));
            assertEquals(1L, (long) as(lead, approvals::waitingForMeCount));
            assertEquals(unreadBefore + 1, (long) as(lead, notifications::unreadCount));
            ApprovalTask task = as(lead, () -> approvals.waitingForMe(10)).get(0);
            as(lead, () -> {
                approvals.approve(task.id(), "同意");
                return null;
            });
            assertEquals(List.of("APPROVED 1"), told);
            Subject auditor = users.user("apprauditor", null, "auditor");
            assertTrue("every step is in the audit log", as(auditor, () -> service(AuditLog.class).find(
                    new AuditQuery(null, "approvals", null, null, null, null, 50))).stream()
                    .anyMatch(entry -> entry.toString().contains("APPROVED")));

            // waiting tasks of a type whose module is gone leave "My approvals" and come back with it
            as(rep, () -> approvals.submit(TYPE, 2, ""));
            assertEquals(1L, (long) as(lead, approvals::waitingForMeCount));
            type.unregister();
            type = null;
            assertEquals(0L, (long) as(lead, approvals::waitingForMeCount));
            type = register(rep, told);
            assertEquals(1L, (long) as(lead, approvals::waitingForMeCount));
        } finally {
            if (type != null) {
                type.unregister();
            }
        }
    }

    private <T> T service(Class<T> type) {
        try {
            return service(type, 10);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scenario's type {@code it.order}: orders 1 and 2 of 200,000, the rep's. */
    private ServiceRegistration<ApprovableRecords> register(Subject rep, List<String> told) {
        return bundleContext.registerService(ApprovableRecords.class, new ApprovableRecords() {
            @Override
            public String recordType() {
                return TYPE;
            }

            @Override
            public String labelKey() {
                return "it.order";
            }

            @Override
            public List<ApprovalField> fields() {
                return List.of(new ApprovalField("amount", "it.amount", true));
            }

            @Override
            public Optional<ApprovableRecord> find(long recordId) {
                return Optional.of(new ApprovableRecord(recordId, rep.userId(), "IT-" + recordId, "", Map.of("amount",
                        new BigDecimal("200000"))));
            }

            @Override
            public boolean maySubmit(long recordId) {
                return true;
            }

            @Override
            public boolean mayRead(long recordId) {
                return true;
            }

            @Override
            public String snapshot(long recordId) {
                return "";
            }

            @Override
            public void restore(long recordId, String snapshot) {
                told.add("restored " + recordId);
            }

            @Override
            public void decided(long recordId, ApprovalOutcome outcome) {
                told.add(outcome + " " + recordId);
            }
        }, null);
    }
}
