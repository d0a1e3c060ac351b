package org.mosaiccrm.contract.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.Money;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The contracts in the user's scope, newest first, by status; fifty at a time with "more" below
 * (keyset pages: as quick at the millionth contract as at the first). A contract opens as its page.
 */
public class ContractsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    private final transient ContractUi ui;
    private final Grid<Contract> grid = new Grid<>();
    private final Button more = new Button();
    private final List<Contract> shown = new ArrayList<>();
    private ContractStatus listed;
    private final ComboBox<String> tag = new ComboBox<>();

    ContractsView(ContractUi ui) {
        this.ui = ui;
        setId("contracts-view");
        setSizeFull();
        Map<Tab, ContractStatus> statuses = new LinkedHashMap<>();
        Tab all = new Tab(getTranslation("contract.all"));
        all.setId("contracts-tab-ALL");
        statuses.put(all, null);
        for (ContractStatus status : ContractStatus.values()) {
            Tab tab = new Tab(getTranslation("contract.status." + status.name()));
            tab.setId("contracts-tab-" + status.name());
            statuses.put(tab, status);
        }
        Tabs tabs = new Tabs(statuses.keySet().toArray(Tab[]::new));
        tabs.addSelectedChangeListener(event -> {
            listed = statuses.get(event.getSelectedTab());
            reload();
        });
        grid.setId("contracts-grid");
        grid.addColumn(Contract::number).setHeader(getTranslation("contract.field.number")).setAutoWidth(true);
        // title and customer keep room to be read; the grid scrolls sideways on a narrow screen instead
        grid.addColumn(Contract::title).setHeader(getTranslation("contract.field.title")).setWidth("14em").setFlexGrow(3)
                .setTooltipGenerator(Contract::title);
        grid.addColumn(c -> ui.customerName(c.customerId())).setHeader(getTranslation("contract.field.customer")).setWidth("12em")
                .setFlexGrow(2).setTooltipGenerator(c -> ui.customerName(c.customerId()));
        grid.addColumn(c -> ui.typeName(c.typeCode())).setHeader(getTranslation("contract.field.type"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.amount() == null ? getTranslation("contract.amountHidden") : Money.format(c.amount(), c.currency(), getLocale()))
                .setHeader(getTranslation("contract.field.amount")).setAutoWidth(true);
        // collection starts with the signature: before it the columns stay empty
        grid.addColumn(c -> !collecting(c) ? "" : c.collectedPercent() == null ? getTranslation("contract.amountHidden")
                : c.collectedPercent() + " %").setHeader(getTranslation("contract.field.collected")).setAutoWidth(true);
        grid.addColumn(c -> !collecting(c) || c.outstanding() == null ? "" : Money.format(c.outstanding(), c.currency(), getLocale()))
                .setHeader(getTranslation("contract.field.outstanding")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("contract.status." + c.status().name())).setHeader(getTranslation("contract.field.status"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.endDate() == null ? "" : c.endDate().toString()).setHeader(getTranslation("contract.field.endDate"))
                .setAutoWidth(true);
        grid.addItemClickListener(event -> open(event.getItem().id()));
        more.setText(getTranslation("contract.more"));
        more.setId("contracts-more");
        more.addClickListener(event -> loadPage());

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("contract.contracts")));
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (ui.mayCreate) {
            Button create = new Button(getTranslation("contract.new"), event -> new ContractForm(ui, null, saved -> open(saved.id())).open());
            create.setId("contract-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        if (ui.mayAdministerTypes) {
            Button types = new Button(getTranslation("contract.types"), event -> {
                ContractTypesDialog dialog = new ContractTypesDialog(ui);
                dialog.addOpenedChangeListener(change -> {
                    if (!change.isOpened()) {
                        reload(); // renamed types
                    }
                });
                dialog.open();
            });
            types.setId("contract-types");
            header.add(types);
        }
        tag.setId("contracts-tag");
        tag.setPlaceholder(getTranslation("contract.tags.filter"));
        tag.setAriaLabel(getTranslation("contract.tags.filter"));
        tag.setClearButtonVisible(true);
        tag.setItems(ui.contracts.knownTags("", 50));
        tag.addValueChangeListener(event -> reload());
        HorizontalLayout filters = new HorizontalLayout(tabs, tag);
        filters.setWidthFull();
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        filters.setWrap(true);
        add(header, filters, grid, more);
        expand(grid);
        reload();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).ifPresent(id -> {
            Optional<Contract> contract = Attempt.of(() -> ui.contracts.find(id), "contract.error.changedMeanwhile",
                    "contract.error.notFound");
            if (contract != null && contract.isPresent()) {
                ContractPage page = new ContractPage(ui, contract.get(), this::reload);
                add(page);
                page.open();
            } else if (contract != null) {
                Attempt.error("contract.error.notFound");
            }
        });
    }

    private static boolean collecting(Contract contract) {
        return contract.status().ordinal() >= ContractStatus.SIGNED.ordinal();
    }

    private void open(long id) {
        getUI().ifPresent(page -> page.navigate(ContractsContribution.ROUTE + "/" + id));
    }

    private void reload() {
        shown.clear();
        loadPage();
    }

    private void loadPage() {
        Long after = shown.isEmpty() ? null : shown.get(shown.size() - 1).id();
        String tagged = tag.getValue();
        List<Contract> page = tagged == null || tagged.isBlank() ? ui.contracts.listAfter(listed, after, PAGE)
                : ui.contracts.listTagged(tagged, listed, after, PAGE);
        shown.addAll(page);
        grid.setItems(shown);
        more.setVisible(page.size() == PAGE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contract.contracts");
    }
}
