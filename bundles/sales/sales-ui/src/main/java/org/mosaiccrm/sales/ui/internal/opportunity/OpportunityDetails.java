package org.mosaiccrm.sales.ui.internal.opportunity;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.DateInput;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteDraft;
import org.mosaiccrm.sales.QuoteService;
import org.mosaiccrm.sales.Stage;
import org.mosaiccrm.sales.StageChange;
import org.mosaiccrm.sales.ui.internal.StageLabels;
import org.mosaiccrm.sales.ui.internal.quote.QuotesContribution;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** One opportunity: its facts, quotes and stage history; edited, quoted, won or lost while open. */
class OpportunityDetails extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    OpportunityDetails(OpportunityUi ui, Opportunity opportunity, List<ActionContribution> wonActions, Runnable onChange) {
        setId("opportunity-details");
        setWidth("min(44em, 95vw)");
        setHeaderTitle(opportunity.name());
        StageLabels stages = new StageLabels(this, ui.opportunities().stages());
        VerticalLayout facts = new VerticalLayout();
        facts.setId("opportunity-facts");
        facts.setPadding(false);
        facts.setSpacing(false);
        ui.customers().find(opportunity.customerId()).ifPresent(customer -> {
            Anchor link = new Anchor("customers/" + customer.id(), customer.name());
            link.setId("opportunity-customer-link");
            link.getElement().addEventListener("click", event -> close());
            facts.add(new Span(new Span(getTranslation("sales.field.customer") + ": "), link));
        });
        facts.add(new Span(getTranslation("sales.field.amount") + ": " + Money.format(opportunity.amount(), opportunity.currency(), getLocale())));
        facts.add(new Span(getTranslation("sales.field.stage") + ": " + stages.of(opportunity.stageCode())
                + " · " + opportunity.probability() + "%"));
        Span status = new Span(getTranslation("sales.status." + opportunity.status().name())
                + (opportunity.lostReason().isEmpty() ? "" : ": " + opportunity.lostReason()));
        status.setId("opportunity-status");
        facts.add(status);
        if (opportunity.expectedClose() != null) {
            facts.add(new Span(getTranslation("sales.field.expectedClose") + ": " + DateInput.format(opportunity.expectedClose())));
        }
        if (!opportunity.nextStep().isEmpty()) {
            facts.add(new Span(getTranslation("sales.field.nextStep") + ": " + opportunity.nextStep()));
        }
        if (!opportunity.competitors().isEmpty()) {
            facts.add(new Span(getTranslation("sales.field.competitors") + ": " + opportunity.competitors()));
        }
        add(facts);
        addQuotes(ui, opportunity);
        add(new Paragraph(getTranslation("sales.history")));
        VerticalLayout history = new VerticalLayout();
        history.setId("opportunity-history");
        history.setPadding(false);
        history.setSpacing(false);
        for (StageChange change : ui.opportunities().history(opportunity.id())) {
            history.add(new Span(TIME.format(change.changedAt()) + " · " + change.changedBy() + " · "
                    + (change.fromStage().isEmpty() ? "" : stages.of(change.fromStage()) + " → ") + stages.of(change.toStage())));
        }
        add(history);
        Button close = new Button(getTranslation("sales.close"), event -> close());
        if (opportunity.status() == OpportunityStatus.WON) {
            addWonActions(opportunity, wonActions, ui.wonActions());
        }
        if (!ui.mayEdit() || opportunity.status() != OpportunityStatus.OPEN) {
            getFooter().add(close);
            return;
        }
        // the board's drag, for keyboards and screen readers: the stage chosen here
        Select<Stage> stage = new Select<>();
        stage.setId("opportunity-stage");
        stage.setLabel(getTranslation("sales.stage.moveTo"));
        stage.setItems(ui.opportunities().stages());
        stage.setItemLabelGenerator(s -> StageLabels.label(this, s));
        ui.opportunities().stages().stream().filter(s -> s.code().equals(opportunity.stageCode())).findFirst()
                .ifPresent(stage::setValue);
        stage.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && !event.getValue().code().equals(opportunity.stageCode())) {
                Stage to = event.getValue();
                Opportunity moved = OpportunityUi.attempt(() -> ui.opportunities().moveToStage(opportunity.id(), to.code(),
                        opportunity.version()));
                if (moved != null) {
                    close();
                    Attempt.done("sales.moved", moved.name(), StageLabels.label(this, to));
                    onChange.run();
                }
            }
        });
        add(stage);
        TextField reason = new TextField(getTranslation("sales.field.lostReason"));
        reason.setId("opportunity-lost-reason");
        reason.setWidthFull();
        add(reason);
        Button edit = new Button(getTranslation("sales.edit"), event -> {
            close();
            new OpportunityForm(ui, opportunity, saved -> onChange.run()).open();
        });
        edit.setId("opportunity-edit");
        Button won = new Button(getTranslation("sales.win"), event -> apply(
                () -> ui.opportunities().win(opportunity.id(), opportunity.version()), onChange));
        won.setId("opportunity-win");
        won.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button lost = new Button(getTranslation("sales.lose"), event -> apply(
                () -> ui.opportunities().lose(opportunity.id(), reason.getValue(), opportunity.version()), onChange));
        lost.setId("opportunity-lose");
        lost.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(close, edit, lost, won);
    }

    /** The opportunity's quotes, each a link to its page; "new quote" makes a draft and opens it. */
    private void addQuotes(OpportunityUi ui, Opportunity opportunity) {
        if (!ui.policy().isPermitted(QuoteService.PERMISSION_READ)) {
            return;
        }
        add(new Paragraph(getTranslation("sales.quotes")));
        VerticalLayout list = new VerticalLayout();
        list.setId("opportunity-quotes");
        list.setPadding(false);
        list.setSpacing(false);
        for (Quote quote : ui.quotes().forOpportunity(opportunity.id())) {
            Anchor link = new Anchor(QuotesContribution.ROUTE + "/" + quote.id(), quote.number() + " · "
                    + getTranslation("sales.quote.revisionShort", quote.revision()) + " · "
                    + getTranslation("sales.quote.status." + quote.status().name()) + " · "
                    + Money.format(quote.total(), quote.currency(), getLocale()));
            link.addClassName("opportunity-quote");
            list.add(link);
        }
        add(list);
        if (opportunity.status() == OpportunityStatus.OPEN && ui.policy().isPermitted(QuoteService.PERMISSION_CREATE)) {
            Button create = new Button(getTranslation("sales.quote.new"), event -> {
                Quote draft = OpportunityUi.attempt(() -> ui.quotes().create(opportunity.id(), new QuoteDraft(null, null, List.of())));
                if (draft != null) {
                    close();
                    UI.getCurrent().navigate(QuotesContribution.ROUTE + "/" + draft.id());
                }
            });
            create.setId("quote-new");
            add(create);
        }
    }

    /** Buttons of other modules for a won opportunity; an action may send the user to its page. */
    private void addWonActions(Opportunity opportunity, List<ActionContribution> wonActions, WonActions context) {
        for (ActionContribution action : wonActions) {
            Button button = new Button(getTranslation(action.titleKey()), event -> {
                String route = action.execute(context.context(opportunity));
                close();
                if (route != null && !route.isEmpty()) {
                    UI.getCurrent().navigate(route);
                }
            });
            button.addClassName("won-action");
            getFooter().add(button);
        }
    }

    private void apply(java.util.function.Supplier<Opportunity> change, Runnable onChange) {
        Opportunity changed = OpportunityUi.attempt(change);
        if (changed != null) {
            close();
            Attempt.done("sales.status.changed", changed.name(), getTranslation("sales.status." + changed.status().name()));
            onChange.run();
        }
    }
}
