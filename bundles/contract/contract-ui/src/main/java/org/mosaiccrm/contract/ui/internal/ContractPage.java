package org.mosaiccrm.contract.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractLines;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.Signers;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.approval.ApprovalHistoryEntry;
import org.mosaiccrm.platform.ui.ApprovalHistoryGrid;
import org.mosaiccrm.platform.ui.AttachmentsPanel;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.Money;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One contract as its owner works on it: its facts, its line items, its deliveries and obligations, its payment plan and payments received, its
 * invoices, its files (the signed scan), and the
 * next step its status allows — edit and submit a draft, sign an approved one. Closing it goes back
 * to the list.
 */
class ContractPage extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient ContractUi ui;
    private final Runnable onChanged;

    ContractPage(ContractUi ui, Contract contract, Runnable onChanged) {
        this.ui = ui;
        this.onChanged = onChanged;
        setId("contract-page");
        setWidth("min(56em, 95vw)");
        // closed by the user (Esc, the close button): back to the list's address; it goes with the view
        // when the user navigates elsewhere
        addDialogCloseActionListener(event -> back());
        show(contract);
    }

    private void show(Contract contract) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(contract.number() + " " + contract.title());
        Span status = new Span(getTranslation("contract.status." + contract.status().name()));
        status.setId("contract-status");
        status.getElement().getThemeList().add("badge");
        FormLayout facts = new FormLayout();
        facts.addFormItem(status, getTranslation("contract.field.status"));
        fact(facts, "customer", "contract.field.customer", ui.customerName(contract.customerId()));
        fact(facts, "type", "contract.field.type", ui.typeName(contract.typeCode()));
        fact(facts, "amount", "contract.field.amount", contract.amount() == null ? getTranslation("contract.amountHidden")
                : Money.format(contract.amount(), contract.currency(), getLocale()));
        fact(facts, "tax-rate", "contract.field.taxRate", contract.taxRate().toPlainString());
        fact(facts, "start", "contract.field.startDate", day(contract.startDate()));
        fact(facts, "end", "contract.field.endDate", day(contract.endDate()));
        fact(facts, "customer-signed", "contract.field.customerSignedOn", day(contract.customerSignedOn()));
        fact(facts, "our-signed", "contract.field.ourSignedOn", day(contract.ourSignedOn()));
        if (contract.predecessorId() != null) {
            ui.contracts.find(contract.predecessorId()).ifPresent(before -> facts.addFormItem(link("renews", before),
                    getTranslation("contract.field.renews")));
        }
        Optional<Contract> successor = ui.contracts.successorOf(contract.id());
        successor.ifPresent(after -> facts.addFormItem(link("renewed-by", after), getTranslation("contract.field.renewedBy")));
        if (contract.closedOn() != null) {
            fact(facts, "closed-on", contract.status() == ContractStatus.VOID ? "contract.field.voidedOn" : "contract.field.terminatedOn",
                    day(contract.closedOn()));
            fact(facts, "closing-reason", "contract.field.closingReason", contract.closingReason());
        }
        signers(facts, contract);
        List<String> tags = ui.contracts.tags(contract.id());
        if (ui.mayEdit && contract.status() != ContractStatus.VOID) {
            // a row of its own: the field and its button fit beside the label
            facts.setColspan(facts.addFormItem(new TagsField(ui, contract, tags, this::changed), getTranslation("contract.field.tags")), 2);
        } else {
            fact(facts, "tags", "contract.field.tags", String.join(" · ", tags));
        }
        fact(facts, "payment-terms", "contract.field.paymentTerms", contract.paymentTerms());
        fact(facts, "terms", "contract.field.terms", contract.terms());
        add(facts);
        ContractLines lines = ui.contracts.lines(contract.id());
        if (!lines.lines().isEmpty() || ui.mayEdit && contract.status() == ContractStatus.DRAFT) {
            add(new LinesSection(ui, contract, lines, this::changed));
        }
        // the next step's fields (the comment for the approvers, the signing dates) right below the facts
        if (ui.mayEdit) {
            closing(contract);
        }
        if (ui.mayCreate && successor.isEmpty()
                && (PaymentsSection.collecting(contract) || contract.status() == ContractStatus.COMPLETED)) {
            renewal(contract);
        }
        if (ui.mayEdit && contract.status() == ContractStatus.DRAFT) {
            draftActions(contract);
        } else if (ui.mayEdit && contract.status() == ContractStatus.APPROVED) {
            signing(contract);
        }
        // the approvers' comments, a rejection's reason above all, before anything else about the contract
        List<ApprovalHistoryEntry> history = ui.approvals.history(ContractService.APPROVAL_TYPE, contract.id());
        if (!history.isEmpty()) {
            Map<Long, String> names = ui.users.displayNames(history.stream().map(ApprovalHistoryEntry::userId)
                    .filter(java.util.Objects::nonNull).distinct().toList());
            add(new H4(getTranslation("contract.approvalHistory")), ApprovalHistoryGrid.of(history, names, "contract-approval-history"));
        }
        add(new MilestonesSection(ui, contract, this::changed));
        if (contract.amount() != null) {
            add(new PaymentsSection(ui, contract, this::changed));
            add(new InvoicesSection(ui, contract, this::changed));
        }
        add(new H4(getTranslation("contract.attachments")), new AttachmentsPanel(ui.attachments, ContractService.ATTACHMENT_TYPE,
                contract.id()));
        Button close = new Button(getTranslation("contract.close"), event -> back());
        close.setId("contract-close");
        getFooter().add(close);
    }

    private void draftActions(Contract contract) {
        TextField comment = new TextField(getTranslation("contract.submit.comment"));
        comment.setId("contract-submit-comment");
        comment.setWidthFull();
        add(comment);
        Button edit = new Button(getTranslation("contract.edit"), event -> new ContractForm(ui, contract, this::changed).open());
        edit.setId("contract-edit");
        Button submit = new Button(getTranslation("contract.submit"), event -> {
            Contract submitted = Attempt.of(() -> ui.contracts.submit(contract.id(), contract.version(), comment.getValue()),
                    "contract.error.changedMeanwhile", "contract.error.notFound");
            if (submitted != null) {
                Attempt.done(submitted.status() == ContractStatus.APPROVED ? "contract.approvedAtOnce" : "contract.submitted",
                        submitted.number());
                changed(submitted);
            }
        });
        submit.setId("contract-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(edit, submit);
    }

    private void signing(Contract contract) {
        DateField byCustomer = new DateField(getTranslation("contract.field.customerSignedOn"), LocalDate.now());
        byCustomer.setId("contract-customer-signed-on");
        DateField byUs = new DateField(getTranslation("contract.field.ourSignedOn"), LocalDate.now());
        byUs.setId("contract-our-signed-on");
        byCustomer.setMax(LocalDate.now());
        byUs.setMax(LocalDate.now());
        add(new HorizontalLayout(byCustomer, byUs));
        Button sign = new Button(getTranslation("contract.sign"), event -> {
            if (DateField.refuseUnreadable(byCustomer, byUs)) {
                return;
            }
            Contract signed = Attempt.of(() -> ui.contracts.sign(contract.id(), byCustomer.getValue(), byUs.getValue(), contract.version()),
                    "contract.error.changedMeanwhile", "contract.error.notFound",
                    Map.of("customerSignedOn", byCustomer, "ourSignedOn", byUs));
            if (signed != null) {
                Attempt.done("contract.signedNotice", signed.number());
                changed(signed);
            }
        });
        sign.setId("contract-sign");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(sign);
    }

    /** Terminate a signed contract, void one that never took effect: first in the footer, pushed away from the rest. */
    private void closing(Contract contract) {
        boolean terminable = PaymentsSection.collecting(contract);
        boolean voidable = contract.status() == ContractStatus.DRAFT || contract.status() == ContractStatus.APPROVED;
        if (!terminable && !voidable) {
            return;
        }
        String what = terminable ? "terminate" : "void";
        Button end = new Button(getTranslation("contract." + what), event -> new ClosingForm(ui, contract, terminable,
                this::changed).open());
        end.setId("contract-" + what);
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.getStyle().set("margin-inline-end", "auto");
        getFooter().add(end);
    }

    /** Renew (续约): a draft that follows this contract, opened at once. */
    private void renewal(Contract contract) {
        Button renew = new Button(getTranslation("contract.renew"), event -> {
            Contract successor = Attempt.of(() -> ui.contracts.renew(contract.id(), contract.version()),
                    "contract.error.changedMeanwhile", "contract.error.notFound");
            if (successor != null) {
                Attempt.done("contract.renewed", contract.number(), successor.number());
                close();
                onChanged.run();
                UI.getCurrent().navigate(ContractsContribution.ROUTE + "/" + successor.id());
            }
        });
        renew.setId("contract-renew");
        getFooter().add(renew);
    }

    private Anchor link(String id, Contract other) {
        Anchor link = new Anchor(ContractsContribution.ROUTE + "/" + other.id(), other.number() + " " + other.title());
        link.setId("contract-" + id);
        return link;
    }

    private void back() {
        close();
        UI.getCurrent().navigate(ContractsContribution.ROUTE);
    }

    private void changed(Contract contract) {
        onChanged.run();
        show(contract);
    }

    /** Who signs, by name; who may edit names them until the contract is signed. */
    private void signers(FormLayout facts, Contract contract) {
        Signers signers = ui.signers.signers(contract.id());
        String customerSigner = signers.customerContactId() == null ? "" : contactName(signers.customerContactId());
        String ourSigner = signers.ourSignerId() == null ? ""
                : ui.users.displayNames(List.of(signers.ourSignerId())).getOrDefault(signers.ourSignerId(), "#" + signers.ourSignerId());
        fact(facts, "customer-signer", "contract.field.customerSigner", customerSigner);
        fact(facts, "our-signer", "contract.field.ourSigner", ourSigner);
        if (ui.mayEdit && (contract.status() == ContractStatus.DRAFT || contract.status() == ContractStatus.APPROVED)) {
            Button edit = new Button(getTranslation("contract.signers.edit"),
                    event -> new SignersDialog(ui, contract, signers, this::changed).open());
            edit.setId("contract-signers-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            facts.addFormItem(edit, "");
        }
    }

    private String contactName(long id) {
        try {
            return ui.contacts.find(id).map(contact -> contact.name()).orElse("#" + id);
        } catch (RuntimeException outOfScope) {
            return "#" + id;
        }
    }

    private void fact(FormLayout facts, String id, String labelKey, String value) {
        Span text = new Span(value == null ? "" : value);
        text.setId("contract-fact-" + id);
        facts.addFormItem(text, getTranslation(labelKey));
    }

    /** Dates as ISO days: the same in both languages and in every export. */
    private static String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
