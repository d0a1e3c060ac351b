package org.mosaiccrm.sales.ui.internal.opportunity;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.ui.InputRefusals;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.BoardColumn;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.Stage;
import org.mosaiccrm.sales.ui.internal.StageLabels;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * The open opportunities as a board: one column per stage, a card per opportunity; dragging a card
 * to another column moves the opportunity to that stage. On a phone one stage is shown at a time,
 * picked above the board (the page style hides the picker on wider screens).
 */
class PipelineBoard extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** Cards per stage; a column's count and amounts cover all of its opportunities, the list pages through them. */
    static final int SHOWN = 50;

    private final transient OpportunityService opportunities;
    private final transient Consumer<Opportunity> open;
    private final boolean mayEdit;
    private final HorizontalLayout columns = new HorizontalLayout();
    private final Select<Stage> shown = new Select<>();

    PipelineBoard(OpportunityService opportunities, boolean mayEdit, Consumer<Opportunity> open) {
        this.opportunities = opportunities;
        this.open = open;
        this.mayEdit = mayEdit;
        setId("pipeline-board");
        setPadding(false);
        setWidthFull();
        shown.setId("board-stage-picker");
        shown.addClassName("board-stage-picker");
        shown.setLabel(getTranslation("sales.board.stageShown"));
        shown.setItemLabelGenerator(stage -> StageLabels.label(this, stage));
        shown.addValueChangeListener(event -> markShown());
        columns.setWidthFull();
        columns.getStyle().set("overflow-x", "auto").set("align-items", "flex-start");
        add(shown, columns);
        refresh();
    }

    void refresh() {
        columns.removeAll();
        List<BoardColumn> board = opportunities.board(SHOWN);
        board.forEach(column -> columns.add(column(column)));
        String current = shown.getValue() == null ? null : shown.getValue().code();
        List<Stage> stages = board.stream().map(BoardColumn::stage).toList();
        shown.setItems(stages);
        stages.stream().filter(stage -> stage.code().equals(current)).findFirst()
                .or(() -> stages.stream().findFirst()).ifPresent(shown::setValue);
        markShown();
    }

    private void markShown() {
        String code = shown.getValue() == null ? "" : shown.getValue().code();
        columns.getChildren().forEach(column -> column.getElement().getClassList().set("shown",
                column.getId().orElse("").equals("stage-" + code)));
    }

    private VerticalLayout column(BoardColumn board) {
        Stage stage = board.stage();
        VerticalLayout column = new VerticalLayout();
        column.setId("stage-" + stage.code());
        column.addClassName("pipeline-stage");
        column.setWidth("16em");
        column.setMinWidth("14em");
        column.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)");
        Span title = new Span(StageLabels.label(this, stage) + " · " + stage.probability() + "%");
        title.getStyle().set("font-weight", "600");
        Span sum = new Span(getTranslation("sales.board.count", board.count()) + board.totals().stream()
                .map(total -> " · " + Money.format(total.amount(), total.currency(), getLocale())).collect(Collectors.joining()));
        sum.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        column.add(title, sum);
        board.newest().forEach(card -> column.add(card(card)));
        if (board.count() > board.newest().size()) {
            Span more = new Span(getTranslation("sales.board.more", board.count() - board.newest().size()));
            more.addClassName("pipeline-more");
            more.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            column.add(more);
        }
        if (mayEdit) {
            DropTarget<VerticalLayout> target = DropTarget.create(column);
            target.addDropListener(event -> event.getDragData().ifPresent(data -> move((Opportunity) data, stage)));
        }
        return column;
    }

    private Div card(Opportunity opportunity) {
        Span name = new Span(opportunity.name());
        name.getStyle().set("font-weight", "600");
        Span amount = new Span(Money.format(opportunity.amount(), opportunity.currency(), getLocale()));
        amount.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Div card = new Div(name, new Div(amount));
        card.setId("opportunity-card-" + opportunity.id());
        card.addClassName("opportunity-card");
        card.getStyle().set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("cursor", "pointer").set("width", "100%").set("box-sizing", "border-box");
        card.addClickListener(event -> open.accept(opportunity));
        // reachable by keyboard: Tab to a card, Enter or Space opens it (its details move it to another stage)
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("aria-label", opportunity.name() + ", " + amount.getText());
        card.getElement().addEventListener("keydown", event -> open.accept(opportunity))
                .setFilter("event.key === 'Enter' || event.key === ' '").addEventData("event.preventDefault()");
        if (mayEdit) {
            DragSource<Div> source = DragSource.create(card);
            source.setDragData(opportunity);
        }
        return card;
    }

    private void move(Opportunity opportunity, Stage stage) {
        if (opportunity.stageCode().equals(stage.code())) {
            return;
        }
        try {
            opportunities.moveToStage(opportunity.id(), stage.code(), opportunity.version());
            Notification.show(getTranslation("sales.moved", opportunity.name(), StageLabels.label(this, stage)))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InputRefusedException refused) {
            InputRefusals.show(refused);
        } catch (OptimisticLockException stale) {
            Notification.show(getTranslation("sales.error.stale")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
