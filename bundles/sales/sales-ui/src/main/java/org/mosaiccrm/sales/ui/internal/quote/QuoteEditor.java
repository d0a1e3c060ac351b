package org.mosaiccrm.sales.ui.internal.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.DateInput;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OrderService;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteDraft;
import org.mosaiccrm.sales.QuoteLine;
import org.mosaiccrm.sales.QuoteLineInput;
import org.mosaiccrm.sales.QuoteStatus;
import org.mosaiccrm.sales.SalesOrder;
import org.mosaiccrm.sales.ui.internal.order.OrdersContribution;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * One quote revision's page: a draft's lines and terms edited and saved (the service prices them),
 * the totals, and what its status allows next — send, accept (which makes the order), reject with
 * a reason, revise — with the PDF to download in the reader's language.
 */
class QuoteEditor extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient QuoteUi ui;
    private final List<QuoteLineRow> rows = new ArrayList<>();
    private final VerticalLayout lineList = new VerticalLayout();
    private Quote quote;

    QuoteEditor(QuoteUi ui, Quote quote) {
        this.ui = ui;
        setPadding(false);
        setId("quote-editor");
        show(quote);
    }

    private void show(Quote shown) {
        this.quote = shown;
        removeAll();
        rows.clear();
        lineList.removeAll();
        boolean pending = shown.status() == QuoteStatus.DRAFT && ui.approvals().pending(QuoteUi.APPROVAL_TYPE, shown.id()).isPresent();
        boolean editable = ui.mayEdit() && shown.latest() && shown.status() == QuoteStatus.DRAFT && !pending;
        Span status = new Span(getTranslation("sales.quote.status." + shown.status().name())
                + (shown.latest() ? "" : " · " + getTranslation("sales.quote.superseded")));
        status.setId("quote-status");
        status.getElement().getThemeList().add("badge" + badge(shown.status()));
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("sales.quote.title", shown.number(), shown.revision())),
                status);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, facts(shown));
        DateField validUntil = new DateField(getTranslation("sales.quote.validUntil"), shown.validUntil());
        validUntil.setId("quote-valid-until");
        BigDecimalField discount = new BigDecimalField(getTranslation("sales.quote.discount"));
        discount.setId("quote-discount");
        discount.setSuffixComponent(new Span("%"));
        discount.setValue(shown.discountPercent().signum() == 0 ? null : shown.discountPercent());
        if (editable) {
            add(new HorizontalLayout(validUntil, discount));
            lineList.setPadding(false);
            lineList.setSpacing(false);
            lineList.setId("quote-lines");
            shown.lines().forEach(this::addRow);
            if (rows.isEmpty()) {
                addRow(null);
            }
            Button addLine = new Button(getTranslation("sales.quote.line.add"), VaadinIcon.PLUS.create(), event -> addRow(null));
            addLine.setId("quote-line-add");
            add(lineList, addLine);
        } else {
            add(QuoteFigures.lines(shown, "quote-lines-grid"));
        }
        add(QuoteFigures.totals(shown, "quote"));
        add(actions(shown, editable, validUntil, discount));
        add(QuoteApprovalPanel.of(ui, shown, pending, this::reload));
    }

    /** Shows the quote as it is now (after an approval step changed it). */
    private void reload() {
        ui.quotes().find(quote.id()).ifPresent(this::show);
    }

    private static String badge(QuoteStatus status) {
        return switch (status) {
            case ACCEPTED -> " success";
            case REJECTED, EXPIRED -> " error";
            case SENT -> "";
            case DRAFT -> " contrast";
        };
    }

    private Component facts(Quote shown) {
        Anchor customer = new Anchor("customers/" + shown.customerId(), ui.customerName(shown.customerId()));
        customer.setId("quote-customer");
        String opportunity = ui.opportunities().find(shown.opportunityId()).map(Opportunity::name).orElse("");
        Span terms = new Span(getTranslation("sales.quote.facts", opportunity, shown.currency(), DateInput.format(shown.validUntil())));
        HorizontalLayout facts = new HorizontalLayout(customer, terms);
        facts.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return facts;
    }

    private void addRow(QuoteLine line) {
        QuoteLineRow[] row = new QuoteLineRow[1];
        row[0] = new QuoteLineRow(ui.products(), quote.currency(), line, () -> {
            rows.remove(row[0]);
            lineList.remove(row[0]);
        });
        rows.add(row[0]);
        lineList.add(row[0]);
    }

    private Component actions(Quote shown, boolean editable, DateField validUntil, BigDecimalField discount) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.add(pdfLink(shown));
        if (editable) {
            Button save = new Button(getTranslation("sales.save"), event -> {
                Quote saved = save(validUntil, discount);
                if (saved != null) {
                    Attempt.done("sales.quote.saved", saved.number());
                    show(saved);
                }
            });
            save.setId("quote-save");
            Button send = new Button(getTranslation("sales.quote.send"), event -> {
                Quote saved = save(validUntil, discount);
                Quote sent = saved == null ? null : QuoteUi.attempt(() -> ui.quotes().send(saved.id(), saved.version()));
                if (sent != null) {
                    Attempt.done("sales.quote.sent", sent.number());
                    show(sent);
                } else if (saved != null) {
                    show(saved);
                }
            });
            send.setId("quote-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button submit = new Button(getTranslation("sales.quote.submitApproval"), event -> {
                Quote saved = save(validUntil, discount);
                if (saved != null && QuoteApprovalPanel.submit(ui, saved)) {
                    reload();
                } else if (saved != null) {
                    show(saved);
                }
            });
            submit.setId("quote-submit-approval");
            actions.add(save, send, submit);
        }
        if (!ui.mayEdit() || !shown.latest()) {
            return actions;
        }
        if (shown.status() == QuoteStatus.SENT) {
            Button accept = new Button(getTranslation("sales.quote.accept"), event -> {
                SalesOrder order = QuoteUi.attempt(() -> ui.quotes().accept(shown.id(), shown.version()));
                if (order != null) {
                    Attempt.done("sales.quote.accepted", order.number());
                    UI.getCurrent().navigate(OrdersContribution.ROUTE + "/" + order.id());
                }
            });
            accept.setId("quote-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            actions.add(accept);
        }
        if (shown.status() == QuoteStatus.SENT || shown.status() == QuoteStatus.EXPIRED) {
            TextField reason = new TextField();
            reason.setId("quote-reject-reason");
            reason.setPlaceholder(getTranslation("sales.quote.rejectReason"));
            // a placeholder is no name: screen readers need one that stays
            reason.setAriaLabel(getTranslation("sales.quote.rejectReason"));
            Button reject = new Button(getTranslation("sales.quote.reject"), event -> {
                Quote rejected = QuoteUi.attempt(() -> ui.quotes().reject(shown.id(), reason.getValue(), shown.version()));
                if (rejected != null) {
                    show(rejected);
                }
            });
            reject.setId("quote-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(reason, reject);
        }
        if (shown.status() == QuoteStatus.SENT || shown.status() == QuoteStatus.REJECTED || shown.status() == QuoteStatus.EXPIRED) {
            Button revise = new Button(getTranslation("sales.quote.revise"), event -> {
                Quote revision = QuoteUi.attempt(() -> ui.quotes().revise(shown.id(), shown.version()));
                if (revision != null) {
                    Attempt.done("sales.quote.revised", revision.number(), revision.revision());
                    UI.getCurrent().navigate(QuotesContribution.ROUTE + "/" + revision.id());
                }
            });
            revise.setId("quote-revise");
            actions.add(revise);
        }
        if (shown.status() == QuoteStatus.ACCEPTED && ui.policy().isPermitted(OrderService.PERMISSION_READ)) {
            ui.orders().forCustomer(shown.customerId()).stream().filter(o -> o.quoteId() == shown.id()).findFirst().ifPresent(order -> {
                Anchor link = new Anchor(OrdersContribution.ROUTE + "/" + order.id(), getTranslation("sales.order.open", order.number()));
                link.setId("quote-order");
                actions.add(link);
            });
        }
        return actions;
    }

    /** The PDF in the language of the page, made when clicked. */
    private Component pdfLink(Quote shown) {
        Locale locale = getLocale();
        Anchor pdf = new Anchor();
        pdf.setId("quote-pdf");
        pdf.add(new Button(getTranslation("sales.quote.pdf"), VaadinIcon.DOWNLOAD.create()));
        pdf.setHref((DownloadHandler) event -> {
            event.setFileName(shown.number() + "-r" + shown.revision() + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(ui.quotes().pdf(shown.id(), locale));
        });
        pdf.setRouterIgnore(true);
        return new Div(pdf);
    }

    private Quote save(DateField validUntil, BigDecimalField discount) {
        if (validUntil.refuseUnreadable()) {
            return null;
        }
        List<QuoteLineInput> lines = rows.stream().map(QuoteLineRow::toInput).filter(Objects::nonNull).toList();
        return QuoteUi.attempt(() -> ui.quotes().update(quote.id(), new QuoteDraft(validUntil.getValue(), discount.getValue(), lines),
                quote.version()));
    }
}
