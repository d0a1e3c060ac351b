package org.mosaiccrm.sales.ui.internal.lead;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.sales.Lead;
import org.mosaiccrm.sales.LeadService;
import org.mosaiccrm.sales.LeadStatus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/** Leads: open, converted and disqualified lists; new lead, import, round-robin rule; a lead's details. */
public class LeadsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final transient LeadUi ui;
    private final transient AccessPolicy policy;
    private final transient CustomerService customers;
    private final Grid<Lead> grid = new Grid<>();
    private final transient Map<Long, String> owners;
    private LeadStatus listed = LeadStatus.OPEN;

    public LeadsView(LeadUi ui, AccessPolicy policy, CustomerService customers) {
        this.ui = ui;
        this.policy = policy;
        this.customers = customers;
        this.owners = ui.workers();
        setId("leads-view");
        setSizeFull();
        Tabs tabs = new Tabs();
        for (LeadStatus status : LeadStatus.values()) {
            Tab tab = new Tab(getTranslation("sales.lead.status." + status.name()));
            tab.setId("leads-tab-" + status.name());
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(event -> {
            listed = LeadStatus.values()[tabs.getSelectedIndex()];
            refresh();
        });
        Button add = new Button(getTranslation("sales.lead.new"), VaadinIcon.PLUS.create(),
                event -> new LeadForm(ui, null, saved -> refresh()).open());
        add.setId("lead-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(policy.isPermitted(LeadService.PERMISSION_CREATE));
        Button importFile = new Button(getTranslation("sales.lead.import"), VaadinIcon.UPLOAD.create(),
                event -> getUI().ifPresent(current -> current.navigate(LeadImportContribution.ROUTE)));
        importFile.setId("lead-import");
        importFile.setVisible(policy.isPermitted(LeadService.PERMISSION_IMPORT));
        Button routing = new Button(getTranslation("sales.lead.routing"), VaadinIcon.RANDOM.create(),
                event -> new LeadRoutingDialog(ui).open());
        routing.setId("lead-routing");
        routing.setVisible(policy.isPermitted(LeadService.PERMISSION_ADMINISTER));
        HorizontalLayout bar = new HorizontalLayout(tabs, routing, importFile, add);
        bar.setWidthFull();
        bar.expand(tabs);

        grid.setId("leads-grid");
        grid.addColumn(Lead::name).setHeader(getTranslation("sales.lead.field.name")).setFlexGrow(2);
        grid.addColumn(Lead::company).setHeader(getTranslation("sales.lead.field.company")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation("sales.lead.grade." + l.grade().name())).setHeader(getTranslation("sales.lead.field.grade")).setAutoWidth(true);
        grid.addColumn(Lead::score).setHeader(getTranslation("sales.lead.field.score")).setAutoWidth(true);
        grid.addColumn(Lead::source).setHeader(getTranslation("sales.lead.field.source")).setAutoWidth(true);
        grid.addColumn(l -> owners.computeIfAbsent(l.ownerId(), id -> ui.ownerName(Map.of(), id))).setHeader(getTranslation("sales.lead.field.owner")).setAutoWidth(true);
        grid.addColumn(l -> DAY.format(l.createdAt())).setHeader(getTranslation("sales.lead.field.created")).setAutoWidth(true);
        grid.addItemClickListener(event -> open(event.getItem()));
        add(new H2(getTranslation("sales.leads")), bar, grid);
        expand(grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).ifPresent(id -> {
            java.util.Optional<Lead> lead = LeadUi.attempt(() -> ui.leads().find(id));
            if (lead != null) {
                lead.ifPresent(this::open);
            }
        });
    }

    private void open(Lead lead) {
        new LeadDetails(ui, lead, policy, customers, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(query -> ui.leads().list(listed, query.getOffset(), query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.leads");
    }
}
