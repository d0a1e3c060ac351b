package org.mosaiccrm.sales.ui.internal.quote;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.approval.ApprovalHistoryEntry;
import org.mosaiccrm.platform.security.UserDirectory.UserName;
import org.mosaiccrm.platform.ui.ApprovalHistoryGrid;
import org.mosaiccrm.platform.ui.InputRefusals;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteStatus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A quote's approval on its page: whether it waits for approval (and may be withdrawn), whether it
 * needs one before it is sent, and its approval history (审批记录).
 */
final class QuoteApprovalPanel {

    private QuoteApprovalPanel() {
    }

    static Component of(QuoteUi ui, Quote quote, boolean pending, Runnable changed) {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.setId("quote-approval");
        List<ApprovalHistoryEntry> history = ui.approvals().history(QuoteUi.APPROVAL_TYPE, quote.id());
        boolean needed = quote.status() == QuoteStatus.DRAFT && quote.latest() && ui.quotes().approvalNeeded(quote.id());
        if (history.isEmpty() && !needed) {
            return panel;
        }
        UI current = UI.getCurrent();
        HorizontalLayout heading = new HorizontalLayout(new H3(current.getTranslation("sales.quote.approval.title")));
        heading.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        Span state = new Span(current.getTranslation(pending ? "sales.quote.approval.pending"
                : needed ? "sales.quote.approval.needed" : "sales.quote.approval.done"));
        state.setId("quote-approval-state");
        state.getElement().getThemeList().add(pending ? "badge" : needed ? "badge error" : "badge success");
        heading.add(state);
        if (pending && ui.mayEdit()) {
            ui.approvals().pending(QuoteUi.APPROVAL_TYPE, quote.id()).ifPresent(request -> {
                Button withdraw = new Button(current.getTranslation("approval.withdraw"), event -> {
                    try {
                        ui.approvals().withdraw(request.id());
                        Notification.show(current.getTranslation("approval.withdrawn"), 3000, Notification.Position.BOTTOM_START);
                        changed.run();
                    } catch (org.mosaiccrm.platform.InputRefusedException | org.mosaiccrm.platform.security.AccessDeniedException e) {
                        Notification.show(current.getTranslation(e.getMessage()), 5000, Notification.Position.BOTTOM_START);
                    }
                });
                withdraw.setId("quote-approval-withdraw");
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                heading.add(withdraw);
            });
        }
        panel.add(heading);
        if (!history.isEmpty()) {
            Map<Long, String> names = ui.users().enabledUsers().stream().collect(Collectors.toMap(UserName::id, UserName::displayName));
            panel.add(ApprovalHistoryGrid.of(history, names, "quote-approval-history"));
        }
        return panel;
    }

    /** Submits the saved quote for approval; says so when it needs none. Returns whether it was submitted. */
    static boolean submit(QuoteUi ui, Quote saved) {
        UI current = UI.getCurrent();
        try {
            if (!ui.quotes().approvalNeeded(saved.id())) {
                Notification.show(current.getTranslation("sales.quote.approval.notNeeded"), 5000, Notification.Position.BOTTOM_START);
                return false;
            }
            ui.approvals().submit(QuoteUi.APPROVAL_TYPE, saved.id(), "");
            Notification.show(current.getTranslation("sales.quote.approval.submitted", saved.number()), 3000,
                    Notification.Position.BOTTOM_START);
            return true;
        } catch (org.mosaiccrm.platform.InputRefusedException refused) {
            InputRefusals.show(refused);
            return false;
        }
    }
}
