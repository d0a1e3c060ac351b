package org.mosaiccrm.customer.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.mosaiccrm.customer.Category;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.Grade;
import org.mosaiccrm.customer.LifecycleStage;
import org.mosaiccrm.platform.security.AccessPolicy;

import com.vaadin.flow.component.button.Button;
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
    private final Span count = new Span();

    public CustomersView(CustomerService customers, AccessPolicy policy) {
        this.customers = customers;
        setId("customers-view");
        setSizeFull();
        Button create = new Button(getTranslation("customer.new"), VaadinIcon.PLUS.create(),
                event -> new NewCustomerDialog(customers, created -> refresh()).open());
        create.setId("customer-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the service refuses anyway; the button is not offered to whom it would refuse
        create.setVisible(policy.isPermitted(CustomerService.PERMISSION_CREATE));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("customer.title")), count, create);
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
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        stage.setId("customers-filter-stage");
        stage.setPlaceholder(getTranslation("customer.field.stage"));
        stage.setItems(LifecycleStage.values());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("customer.filter.anyStage"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("customer.filter.anyStage")
                : getTranslation("customer.stage." + s.name()));
        grade.setId("customers-filter-grade");
        grade.setPlaceholder(getTranslation("customer.field.grade"));
        grade.setItems(Grade.values());
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(getTranslation("customer.filter.anyGrade"));
        grade.setItemLabelGenerator(g -> g == null ? getTranslation("customer.filter.anyGrade") : g.name());
        region.setId("customers-filter-region");
        region.setPlaceholder(getTranslation("customer.field.region"));
        region.setItems(customers.suggestions(Category.REGION, 100));
        region.setClearButtonVisible(true);
        tag.setId("customers-filter-tag");
        tag.setPlaceholder(getTranslation("customer.field.tags"));
        tag.setItems(customers.suggestions(Category.TAG, 100));
        tag.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        grade.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        text.setWidth("16em");
        stage.setWidth("10em");
        grade.setWidth("9em");
        region.setWidth("10em");
        tag.setWidth("10em");
        HorizontalLayout bar = new HorizontalLayout(text, stage, grade, region, tag);
        bar.setWidthFull();
        bar.setWrap(true);
        return bar;
    }

    private CustomerQuery query() {
        return new CustomerQuery(text.getValue(), tag.getValue(), null, stage.getValue(), grade.getValue(),
                region.getValue(), null);
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
