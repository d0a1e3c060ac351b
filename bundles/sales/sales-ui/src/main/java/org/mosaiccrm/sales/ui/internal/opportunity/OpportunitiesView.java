package org.mosaiccrm.sales.ui.internal.opportunity;

import java.util.HashMap;
import java.util.Map;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.ui.internal.StageLabels;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;

/** The sales pipeline: the open opportunities as a board or a list; won and lost ones in the list. */
public class OpportunitiesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient OpportunityUi ui;
    private final transient OpportunityService opportunities;
    private final PipelineBoard board;
    private StageLabels stages;
    private final Grid<Opportunity> list = new Grid<>();
    private final Map<Long, String> customerNames = new HashMap<>();
    private OpportunityStatus listed = OpportunityStatus.OPEN;

    public OpportunitiesView(OpportunityUi ui) {
        this.ui = ui;
        this.opportunities = ui.opportunities();
        this.stages = new StageLabels(this, opportunities.stages());
        setId("opportunities-view");
        setSizeFull();
        board = new PipelineBoard(opportunities, ui.mayEdit(), this::open);

        Tab boardTab = new Tab(getTranslation("sales.view.board"));
        boardTab.setId("sales-tab-board");
        Tab openTab = new Tab(getTranslation("sales.view.open"));
        openTab.setId("sales-tab-open");
        Tab wonTab = new Tab(getTranslation("sales.status.WON"));
        wonTab.setId("sales-tab-won");
        Tab lostTab = new Tab(getTranslation("sales.status.LOST"));
        lostTab.setId("sales-tab-lost");
        Tabs tabs = new Tabs(boardTab, openTab, wonTab, lostTab);
        Button add = new Button(getTranslation("sales.new"), event -> new OpportunityForm(ui, (Customer) null,
                saved -> refresh()).open());
        add.setId("opportunity-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(ui.policy().isPermitted(OpportunityService.PERMISSION_CREATE));
        Button settings = new Button(getTranslation("sales.stages.title"), VaadinIcon.COG.create(),
                event -> new StageSettingsDialog(opportunities, () -> {
                    stages = new StageLabels(this, opportunities.stages());
                    refresh();
                }).open());
        settings.setId("stages-settings");
        settings.setVisible(ui.policy().isPermitted(OpportunityService.PERMISSION_ADMINISTER));
        HorizontalLayout bar = new HorizontalLayout(tabs, settings, add);
        bar.setWidthFull();
        bar.expand(tabs);

        list.setId("opportunities-grid");
        list.addColumn(Opportunity::name).setHeader(getTranslation("sales.field.name")).setFlexGrow(2);
        list.addColumn(o -> customerName(o.customerId())).setHeader(getTranslation("sales.field.customer")).setFlexGrow(2);
        list.addColumn(o -> stages.of(o.stageCode())).setHeader(getTranslation("sales.field.stage")).setAutoWidth(true);
        list.addColumn(o -> Money.format(o.amount(), o.currency(), getLocale())).setHeader(getTranslation("sales.field.amount")).setAutoWidth(true);
        list.addColumn(o -> o.probability() + "%").setHeader(getTranslation("sales.field.probability")).setAutoWidth(true);
        list.addColumn(o -> o.expectedClose() == null ? "" : o.expectedClose().toString())
                .setHeader(getTranslation("sales.field.expectedClose")).setAutoWidth(true);
        list.addItemClickListener(event -> open(event.getItem()));
        list.setVisible(false);

        tabs.addSelectedChangeListener(event -> {
            Tab selected = event.getSelectedTab();
            board.setVisible(selected == boardTab);
            list.setVisible(selected != boardTab);
            listed = selected == wonTab ? OpportunityStatus.WON : selected == lostTab ? OpportunityStatus.LOST : OpportunityStatus.OPEN;
            refresh();
        });
        add(new H2(getTranslation("sales.opportunities")), bar, board, list);
        expand(list);
    }

    private String customerName(long id) {
        return customerNames.computeIfAbsent(id, key -> {
            try {
                return ui.customers().find(key).map(Customer::name).orElse("#" + key);
            } catch (RuntimeException outOfScope) {
                return "#" + key;
            }
        });
    }

    private void open(Opportunity opportunity) {
        new OpportunityDetails(ui, opportunity, ui.wonActions().applicable(opportunity, ui.policy()::isPermitted),
                this::refresh).open();
    }

    private void refresh() {
        if (board.isVisible()) {
            board.refresh();
        } else {
            list.setItems(query -> opportunities.list(listed, query.getOffset(), query.getLimit()).stream());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.opportunities");
    }
}
