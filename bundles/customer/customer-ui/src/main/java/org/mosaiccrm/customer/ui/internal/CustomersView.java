package org.mosaiccrm.customer.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.customer.Category;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerSort;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.LifecycleStage;
import org.mosaiccrm.customer.SavedFilter;
import org.mosaiccrm.customer.csv.CustomerCsv;
import org.mosaiccrm.platform.security.AccessPolicy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The customer list: filters (text, stage, grade, region, tag), keyset-paged from the database so
 * that scrolling stays fast at any depth; a click opens the customer 360 page.
 */
public class CustomersView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
    /** The count shown above the list stops here ("10,000+"): counting a million rows per filter change is waste. */
    private static final long COUNT_BOUND = 10_000;

    private final transient CustomerService customers;
    private final Grid<Customer> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<LifecycleStage> stage = new Select<>();
    private final Select<Grade> grade = new Select<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final Checkbox mine = new Checkbox();
    private final Select<CustomerSort> sort = new Select<>();
    private final ComboBox<SavedFilter> saved = new ComboBox<>();
    private final Span count = new Span();
    private final transient AccessPolicy policy;
    private final Anchor export = new Anchor();

    public CustomersView(CustomerService customers, CustomerCsv csv, AccessPolicy policy) {
        this.customers = customers;
        this.policy = policy;
        setId("customers-view");
        setSizeFull();
        Button create = new Button(getTranslation("customer.new"), VaadinIcon.PLUS.create(),
                event -> new CustomerDialog(customers, null, policy.isPermitted(CustomerService.PERMISSION_TAX_ID),
                        created -> refresh()).open());
        create.setId("customer-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the service refuses anyway; buttons are not offered to whom it would refuse
        create.setVisible(policy.isPermitted(CustomerService.PERMISSION_CREATE));
        Button importButton = new Button(getTranslation("import.open"), VaadinIcon.UPLOAD.create(),
                event -> getUI().ifPresent(ui -> ui.navigate("customers/import")));
        importButton.setId("customers-import");
        importButton.setVisible(policy.isPermitted(CustomerService.PERMISSION_IMPORT));
        export.setId("customers-export");
        export.add(new Button(getTranslation("export.csv"), VaadinIcon.DOWNLOAD.create()));
        export.setVisible(policy.isPermitted(CustomerService.PERMISSION_EXPORT));
        export.setHref((DownloadHandler) event -> {
            event.setFileName("customers-" + FILE_DATE.format(Instant.now()) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            csv.export(query(), field -> getTranslation(field.labelKey()), event.getOutputStream());
        });
        export.setRouterIgnore(true);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("customer.title")), count, export,
                importButton, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(header.getComponentAt(0));
        count.setId("customers-count");

        add(header, filters());
        grid.setId("customers-grid");
        grid.addColumn(Customer::name).setHeader(getTranslation("customer.field.name")).setWidth("16em").setFlexGrow(3);
        grid.addColumn(c -> getTranslation("customer.stage." + c.stage().name())).setHeader(getTranslation("customer.field.stage"));
        grid.addColumn(c -> c.grade() == null ? "" : c.grade().name()).setHeader(getTranslation("customer.field.grade"))
                .setAutoWidth(true);
        grid.addColumn(Customer::region).setHeader(getTranslation("customer.field.region"));
        grid.addColumn(Customer::phone).setHeader(getTranslation("customer.field.phone"));
        grid.addColumn(Customer::email).setHeader(getTranslation("customer.field.email")).setFlexGrow(2);
        grid.addColumn(c -> String.join(", ", c.tags())).setHeader(getTranslation("customer.field.tags"));
        grid.addColumn(c -> DATE.format(c.created())).setHeader(getTranslation("customer.field.created")).setAutoWidth(true);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate("customers/" + event.getItem().id())));
        add(grid);
        expand(grid);
        refresh();
    }

    private HorizontalLayout filters() {
        text.setId("customers-filter-text");
        text.setPlaceholder(getTranslation("customer.filter.text"));
        // a placeholder is no name: screen readers need one that stays
        text.setAriaLabel(getTranslation("customer.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        stage.setId("customers-filter-stage");
        stage.setPlaceholder(getTranslation("customer.field.stage"));
        stage.setAriaLabel(getTranslation("customer.field.stage"));
        stage.setItems(LifecycleStage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("customer.filter.anyStage"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("customer.filter.anyStage")
                : getTranslation("customer.stage." + s.name()));
        grade.setId("customers-filter-grade");
        grade.setPlaceholder(getTranslation("customer.field.grade"));
        grade.setAriaLabel(getTranslation("customer.field.grade"));
        grade.setItems(Grade.values());
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(getTranslation("customer.filter.anyGrade"));
        grade.setItemLabelGenerator(g -> g == null ? getTranslation("customer.filter.anyGrade") : g.name());
        region.setId("customers-filter-region");
        region.setPlaceholder(getTranslation("customer.field.region"));
        region.setAriaLabel(getTranslation("customer.field.region"));
        region.setItems(customers.suggestions(Category.REGION, 100));
        region.setClearButtonVisible(true);
        tag.setId("customers-filter-tag");
        tag.setPlaceholder(getTranslation("customer.field.tags"));
        tag.setAriaLabel(getTranslation("customer.field.tags"));
        tag.setItems(customers.suggestions(Category.TAG, 100));
        tag.setClearButtonVisible(true);
        sort.setId("customers-sort");
        sort.setItems(CustomerSort.values());
        sort.setItemLabelGenerator(o -> getTranslation("customer.sort." + o.name()));
        sort.setValue(CustomerSort.NAME);
        sort.setWidth("11em");
        sort.addValueChangeListener(e -> refresh());
        mine.setId("customers-filter-mine");
        mine.setLabel(getTranslation("customer.filter.mine"));
        text.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        grade.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        text.setWidth("16em");
        stage.setWidth("10em");
        grade.setWidth("9em");
        region.setWidth("10em");
        tag.setWidth("10em");
        HorizontalLayout bar = new HorizontalLayout(text, stage, grade, region, tag, mine, sort, savedFilters());
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.setWrap(true);
        return bar;
    }

    private CustomerQuery query() {
        Long owner = mine.getValue() ? Long.valueOf(policy.subject().userId()) : null;
        return new CustomerQuery(text.getValue(), tag.getValue(), owner, stage.getValue(), grade.getValue(),
                region.getValue(), sort.getValue());
    }

    /** The user's saved filters: choosing one fills the filter fields; the current ones can be saved by name. */
    private HorizontalLayout savedFilters() {
        saved.setId("customers-saved-filters");
        saved.setPlaceholder(getTranslation("customer.filter.saved"));
        saved.setAriaLabel(getTranslation("customer.filter.saved"));
        saved.setItemLabelGenerator(SavedFilter::name);
        saved.setItems(customers.savedFilters());
        saved.setWidth("12em");
        saved.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                apply(event.getValue().query());
            }
        });
        Button save = new Button(VaadinIcon.BOOKMARK.create(), event -> askFilterName());
        save.setId("customers-filter-save");
        save.setTooltipText(getTranslation("customer.filter.save"));
        // a tooltip describes, it does not name: an icon-only button needs its name too
        save.setAriaLabel(getTranslation("customer.filter.save"));
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> {
            if (saved.getValue() != null) {
                customers.deleteFilter(saved.getValue().id());
                saved.setItems(customers.savedFilters());
            }
        });
        delete.setId("customers-filter-delete");
        delete.setTooltipText(getTranslation("customer.filter.delete"));
        delete.setAriaLabel(getTranslation("customer.filter.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(saved, save, delete);
        box.setSpacing(false);
        return box;
    }

    private void apply(CustomerQuery query) {
        text.setValue(query.text() == null ? "" : query.text());
        stage.setValue(query.stage());
        grade.setValue(query.grade());
        region.setValue(query.region());
        tag.setValue(query.tag());
        mine.setValue(query.ownerId() != null);
        sort.setValue(query.sort());
        refresh();
    }

    private void askFilterName() {
        Dialog ask = new Dialog();
        ask.setHeaderTitle(getTranslation("customer.filter.save"));
        TextField name = new TextField(getTranslation("customer.filter.name"));
        name.setId("customers-filter-name");
        LengthLimit.apply(name, 100);
        Button ok = new Button(getTranslation("customer.save"), event -> {
            try {
                SavedFilter filter = customers.saveFilter(name.getValue(), query());
                saved.setItems(customers.savedFilters());
                saved.setValue(filter);
                ask.close();
                Notification.show(getTranslation("customer.filter.saved.done", filter.name()));
            } catch (RuntimeException e) {
                name.setErrorMessage(getTranslation(ServiceErrors.messageKey(e)));
                name.setInvalid(true);
            }
        });
        ok.setId("customers-filter-name-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.add(name);
        ask.getFooter().add(new Button(getTranslation("customer.cancel"), event -> ask.close()), ok);
        ask.open();
        name.focus();
    }

    /** A new filter: a fresh pager (its remembered keys belong to the old filter) and a new count. */
    private void refresh() {
        CustomerQuery query = query();
        KeysetPager<Customer> pager = new KeysetPager<>((cursor, limit) -> customers.list(query, cursor, limit));
        grid.setItems(q -> pager.fetch(q.getOffset(), q.getLimit()));
        long found = customers.count(query, COUNT_BOUND);
        count.setText(found >= COUNT_BOUND ? getTranslation("customer.count.many", COUNT_BOUND)
                : getTranslation("customer.count", found));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.title");
    }
}
