package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractInvoices;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.Invoice;
import org.mosaiccrm.contract.InvoiceIssue;
import org.mosaiccrm.contract.InvoiceRequest;
import org.mosaiccrm.contract.InvoiceStatus;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.RecordChanges;
import org.mosaiccrm.platform.persistence.StoredTime;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Invoices on {@code CON_INVOICE}. As with payments, every change locks the contract (its version,
 * through {@link RecordChanges}): the invoices asked for and issued are summed with the contract
 * locked, and an issued invoice adds to the contract's invoiced total in the same transaction.
 */
@Component(service = ContractInvoices.class)
public class JpaContractInvoices implements ContractInvoices {

    private static final String INVOICE = "Invoice";

    private final ModuleDatabase database;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final ContractChanges changes;

    @Activate
    public JpaContractInvoices(@Reference ContractDatabase database, @Reference AccessPolicy policy, @Reference AuditLog audit) {
        this.database = database.database();
        this.policy = policy;
        this.audit = audit;
        this.changes = ContractChanges.of(this.database, policy, audit);
    }

    @Override
    public List<Invoice> invoices(long contractId) {
        boolean amountVisible = ContractChanges.requireReadable(database, policy, contractId);
        return database.read(em -> invoicesOf(em, contractId).stream().map(invoice -> invoice.toInvoice(amountVisible)).toList());
    }

    @Override
    public Contract request(long contractId, InvoiceRequest request, long contractVersion) {
        Subject subject = policy.require(ContractService.PERMISSION_EDIT);
        InvoiceInput.Request input = InvoiceInput.of(request);
        AtomicReference<InvoiceEntity> requested = new AtomicReference<>();
        Contract changed = changes.change(contractId, contractVersion, ContractService.PERMISSION_EDIT, (em, contract) -> {
            if (!contract.collecting()) {
                throw new InputRefusedException("status", "contract.error.invoiceNotSigned");
            }
            BigDecimal asked = invoicesOf(em, contractId).stream().map(InvoiceEntity::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (asked.add(input.amount()).compareTo(contract.amount()) > 0) {
                throw new InputRefusedException("amount", "contract.error.invoiceOverAmount",
                        contract.amount().subtract(asked).max(BigDecimal.ZERO).toPlainString());
            }
            InvoiceEntity entity = new InvoiceEntity(contractId, input, subject.userId(), StoredTime.now());
            em.persist(entity);
            em.flush();
            requested.set(entity);
        }, ContractChanges.toContract(policy));
        audit.record(AuditEvent.created(ContractService.MODULE_ID, INVOICE, requested.get().id(), requested.get().auditFields()));
        return changed;
    }

    @Override
    public Contract issue(long contractId, long invoiceId, InvoiceIssue issue, long contractVersion) {
        Subject subject = policy.require(PERMISSION_ISSUE);
        InvoiceInput.Issue input = InvoiceInput.of(issue, LocalDate.now());
        List<Map<String, Object>> beforeAfter = new ArrayList<>(2);
        Contract changed = changes.change(contractId, contractVersion, PERMISSION_ISSUE, (em, contract) -> {
            InvoiceEntity invoice = em.find(InvoiceEntity.class, invoiceId);
            if (invoice == null || invoice.contractId() != contractId) {
                throw new InputRefusedException("invoiceId", "contract.error.invoiceNotFound");
            }
            if (invoice.status() != InvoiceStatus.REQUESTED) {
                throw new InputRefusedException("invoiceId", "contract.error.invoiceIssued");
            }
            beforeAfter.add(invoice.auditFields());
            invoice.issued(input, subject.userId());
            contract.invoiced(invoice.amount());
            beforeAfter.add(invoice.auditFields());
        }, ContractChanges.toContract(policy));
        audit.record(AuditEvent.updated(ContractService.MODULE_ID, INVOICE, invoiceId, beforeAfter.get(0), beforeAfter.get(1)));
        return changed;
    }

    private static List<InvoiceEntity> invoicesOf(EntityManager em, long contractId) {
        return em.createQuery("select i from InvoiceEntity i where i.contractId = :contract order by i.id desc", InvoiceEntity.class)
                .setParameter("contract", contractId).getResultList();
    }
}
