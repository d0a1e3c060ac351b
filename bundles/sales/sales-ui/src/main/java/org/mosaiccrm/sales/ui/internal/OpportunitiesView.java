package org.mosaiccrm.sales.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;

/** The sales pipeline: the open opportunities as a board or a list; won and lost ones in the list. */
public class OpportunitiesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient OpportunityService opportunities;
    private final transient CustomerService customers;
    private final boolean mayEdit;
    private final transient WonActions wonActions;
    private final transient AccessPolicy policy;
    private final PipelineBoard board;
    private final Grid<Opportunity> list = new Grid<>();
    private final Map<Long, String> customerNames = new HashMap<>();
    private OpportunityStatus listed = OpportunityStatus.OPEN;

    public OpportunitiesView(OpportunityService opportunities, CustomerService customers, AccessPolicy policy,
            WonActions wonActions) {
        this.opportunities = opportunities;
        this.wonActions = wonActions;
        this.policy = policy;
        this.customers = customers;
        this.mayEdit = policy.isPermitted(OpportunityService.PERMISSION_EDIT);
        setId("opportunities-view");
        setSizeFull();
        board = new PipelineBoard(opportunities, mayEdit, this::open);

        Tab boardTab = new Tab(getTranslation("sales.view.board"));
        boardTab.setId("sales-tab-board");
        Tab openTab = new Tab(getTranslation("sales.view.open"));
        openTab.setId("sales-tab-open");
        Tab wonTab = new Tab(getTranslation("sales.status.WON"));
        wonTab.setId("sales-tab-won");
        Tab lostTab = new Tab(getTranslation("sales.status.LOST"));
        lostTab.setId("sales-tab-lost");
        Tabs tabs = new Tabs(boardTab, openTab, wonTab, lostTab);
        Button add = new Button(getTranslation("sales.new"), event -> new OpportunityForm(opportunities, customers, null,
                saved -> refresh()).open());
        add.setId("opportunity-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(policy.isPermitted(OpportunityService.PERMISSION_CREATE));
        HorizontalLayout bar = new HorizontalLayout(tabs, add);
        bar.setWidthFull();
        bar.expand(tabs);

        list.setId("opportunities-grid");
        list.addColumn(Opportunity::name).setHeader(getTranslation("sales.field.name")).setFlexGrow(2);
        list.addColumn(o -> customerName(o.customerId())).setHeader(getTranslation("sales.field.customer")).setFlexGrow(2);
        list.addColumn(o -> getTranslation("sales.stage." + o.stageCode())).setHeader(getTranslation("sales.field.stage")).setAutoWidth(true);
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
                return customers.find(key).map(Customer::name).orElse("#" + key);
            } catch (RuntimeException outOfScope) {
                return "#" + key;
            }
        });
    }

    private void open(Opportunity opportunity) {
        new OpportunityDetails(opportunities, opportunity, mayEdit, wonActions.applicable(opportunity, policy::isPermitted),
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
