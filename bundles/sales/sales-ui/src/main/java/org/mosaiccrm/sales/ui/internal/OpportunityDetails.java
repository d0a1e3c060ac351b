package org.mosaiccrm.sales.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import java.util.List;

import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.SalesInputException;
import org.mosaiccrm.sales.StageChange;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.persistence.OptimisticLockException;

/** One opportunity: its facts and stage history; won or lost (with the reason) while open. */
class OpportunityDetails extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    OpportunityDetails(OpportunityService opportunities, Opportunity opportunity, boolean mayEdit,
            List<ActionContribution> wonActions, Runnable onChange) {
        setId("opportunity-details");
        setWidth("min(40em, 95vw)");
        setHeaderTitle(opportunity.name());
        VerticalLayout facts = new VerticalLayout();
        facts.setPadding(false);
        facts.setSpacing(false);
        facts.add(new Span(getTranslation("sales.field.amount") + ": " + Money.format(opportunity.amount(), opportunity.currency(), getLocale())));
        facts.add(new Span(getTranslation("sales.field.stage") + ": " + getTranslation("sales.stage." + opportunity.stageCode())
                + " · " + opportunity.probability() + "%"));
        Span status = new Span(getTranslation("sales.status." + opportunity.status().name())
                + (opportunity.lostReason().isEmpty() ? "" : ": " + opportunity.lostReason()));
        status.setId("opportunity-status");
        facts.add(status);
        if (opportunity.expectedClose() != null) {
            facts.add(new Span(getTranslation("sales.field.expectedClose") + ": " + opportunity.expectedClose()));
        }
        if (!opportunity.nextStep().isEmpty()) {
            facts.add(new Span(getTranslation("sales.field.nextStep") + ": " + opportunity.nextStep()));
        }
        if (!opportunity.competitors().isEmpty()) {
            facts.add(new Span(getTranslation("sales.field.competitors") + ": " + opportunity.competitors()));
        }
        add(facts, new Paragraph(getTranslation("sales.history")));
        VerticalLayout history = new VerticalLayout();
        history.setId("opportunity-history");
        history.setPadding(false);
        history.setSpacing(false);
        for (StageChange change : opportunities.history(opportunity.id())) {
            history.add(new Span(TIME.format(change.changedAt()) + " · " + change.changedBy() + " · "
                    + (change.fromStage().isEmpty() ? "" : stageName(change.fromStage()) + " → ") + stageName(change.toStage())));
        }
        add(history);
        Button close = new Button(getTranslation("sales.close"), event -> close());
        if (opportunity.status() == OpportunityStatus.WON) {
            addWonActions(opportunity, wonActions);
        }
        if (!mayEdit || opportunity.status() != OpportunityStatus.OPEN) {
            getFooter().add(close);
            return;
        }
        TextField reason = new TextField(getTranslation("sales.field.lostReason"));
        reason.setId("opportunity-lost-reason");
        reason.setWidthFull();
        add(reason);
        Button won = new Button(getTranslation("sales.win"), event -> apply(() -> opportunities.win(opportunity.id(), opportunity.version()), onChange));
        won.setId("opportunity-win");
        won.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button lost = new Button(getTranslation("sales.lose"), event -> apply(
                () -> opportunities.lose(opportunity.id(), reason.getValue(), opportunity.version()), onChange));
        lost.setId("opportunity-lose");
        lost.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(close, lost, won);
    }

    /** Buttons of other modules for a won opportunity; an action may send the user to its page. */
    private void addWonActions(Opportunity opportunity, List<ActionContribution> wonActions) {
        for (ActionContribution action : wonActions) {
            Button button = new Button(getTranslation(action.titleKey()), event -> {
                String route = action.execute(WonActions.context(opportunity));
                close();
                if (route != null && !route.isEmpty()) {
                    UI.getCurrent().navigate(route);
                }
            });
            button.addClassName("won-action");
            getFooter().add(button);
        }
    }

    private String stageName(String code) {
        return getTranslation(code.equals("won") || code.equals("lost") ? "sales.status." + code.toUpperCase(java.util.Locale.ROOT)
                : "sales.stage." + code);
    }

    private void apply(java.util.function.Supplier<Opportunity> change, Runnable onChange) {
        try {
            Opportunity changed = change.get();
            close();
            Notification.show(getTranslation("sales.status.changed", changed.name(),
                    getTranslation("sales.status." + changed.status().name()))).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SalesInputException refused) {
            Notification.show(getTranslation(refused.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        } catch (OptimisticLockException stale) {
            close();
            Notification.show(getTranslation("sales.error.stale")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        onChange.run();
    }
}
