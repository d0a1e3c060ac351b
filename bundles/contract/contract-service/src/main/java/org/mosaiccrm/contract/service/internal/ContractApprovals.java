package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.platform.approval.ApprovableRecord;
import org.mosaiccrm.platform.approval.ApprovableRecords;
import org.mosaiccrm.platform.approval.ApprovalField;
import org.mosaiccrm.platform.approval.ApprovalOutcome;
import org.mosaiccrm.platform.approval.ApprovalStep;
import org.mosaiccrm.platform.approval.ApproverRule;
import org.mosaiccrm.platform.approval.DefaultFlow;
import org.mosaiccrm.platform.approval.StepCondition;
import org.mosaiccrm.platform.approval.StepMode;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Contracts as an approvable type ({@value ContractService#APPROVAL_TYPE}). A flow may test the amount
 * and the type. The module ships a flow: the owner's team lead, and for an amount at or above the
 * configured limit then a finance approver (the role the module brings). While the approval runs the
 * contract is locked (the service refuses changes to anything but a draft), so a rejection or a
 * withdrawal only makes it a draft again; an approval makes it approved, ready to be signed.
 */
@Component(service = { ApprovableRecords.class, ContractApprovals.class }, configurationPid = "org.mosaiccrm.contract")
@Designate(ocd = ContractConfiguration.class)
public class ContractApprovals implements ApprovableRecords {

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final BigDecimal limit;

    @Activate
    public ContractApprovals(@Reference ContractDatabase database, @Reference AccessPolicy policy, ContractConfiguration config) {
        this(database.database(), policy, new BigDecimal(config.approvalLimit().strip()));
    }

    ContractApprovals(ModuleDatabase database, AccessPolicy policy, BigDecimal limit) {
        this.database = database;
        this.policy = policy;
        this.limit = limit;
    }

    @Override
    public String recordType() {
        return ContractService.APPROVAL_TYPE;
    }

    @Override
    public String labelKey() {
        return "contract.approval.type";
    }

    @Override
    public List<ApprovalField> fields() {
        return List.of(new ApprovalField("amount", "contract.field.amount", true),
                new ApprovalField("type", "contract.field.type", false));
    }

    @Override
    public Optional<ApprovableRecord> find(long recordId) {
        return Optional.ofNullable(database.read(em -> em.find(ContractEntity.class, recordId))).map(contract ->
                new ApprovableRecord(contract.id(), contract.ownerId(), title(contract), "contract/contracts/" + contract.id(),
                        Map.of("amount", contract.amount(), "type", contract.typeCode())));
    }

    /** "HT-2026-00042 北京星辰科技服务合同 (731,000.00 CNY)": the same in every reader's language. */
    static String title(ContractEntity contract) {
        return contract.number() + " " + contract.title() + " ("
                + String.format(Locale.ROOT, "%,.2f", contract.amount()) + " " + contract.currency() + ")";
    }

    /** Its editor, for a draft (or one the contract service has just locked for submission). */
    @Override
    public boolean maySubmit(long recordId) {
        return policy.isPermitted(ContractService.PERMISSION_EDIT) && policy.readable(ContractService.PERMISSION_EDIT,
                Optional.ofNullable(database.read(em -> em.find(ContractEntity.class, recordId))), ContractEntity::ownerId)
                .filter(contract -> contract.status() == ContractStatus.DRAFT || contract.status() == ContractStatus.PENDING_APPROVAL)
                .isPresent();
    }

    @Override
    public boolean mayRead(long recordId) {
        return readable(ContractService.PERMISSION_READ, recordId);
    }

    private boolean readable(String permission, long recordId) {
        return policy.readable(permission, Optional.ofNullable(database.read(em -> em.find(ContractEntity.class, recordId))),
                ContractEntity::ownerId).isPresent();
    }

    /** Nothing to keep: a contract cannot change while its approval runs. */
    @Override
    public String snapshot(long recordId) {
        return "";
    }

    @Override
    public void restore(long recordId, String snapshot) {
        // decided() makes it a draft again
    }

    @Override
    public void decided(long recordId, ApprovalOutcome outcome) {
        database.runInTransaction(em -> {
            ContractEntity contract = em.find(ContractEntity.class, recordId);
            if (outcome == ApprovalOutcome.APPROVED) {
                contract.approved(StoredTime.now());
            } else {
                contract.backToDraft();
            }
        });
    }

    @Override
    public Optional<DefaultFlow> defaultFlow() {
        return Optional.of(new DefaultFlow("合同审批 Contract approval", List.of(
                new ApprovalStep("组长审批 Team lead", ApproverRule.teamLead(1), StepMode.SEQUENTIAL, null, null, false, 0),
                new ApprovalStep("财务审批 Finance", ApproverRule.role(ContractService.ROLE_FINANCE), StepMode.ANY,
                        new StepCondition("amount", StepCondition.Operator.AT_LEAST, List.of(limit.toPlainString())), null, false, 0))));
    }
}
