package org.mosaiccrm.customer.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.security.AccessPolicy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The customer list: lazily paged from the database, a click opens the customer 360 page. */
public class CustomersView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final Grid<Customer> grid = new Grid<>();

    public CustomersView(CustomerService customers, AccessPolicy policy) {
        setId("customers-view");
        setSizeFull();
        Button create = new Button(getTranslation("customer.new"), VaadinIcon.PLUS.create(),
                event -> new NewCustomerDialog(customers, created -> grid.getDataProvider().refreshAll()).open());
        create.setId("customer-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the service refuses anyway; the button is not offered to whom it would refuse
        create.setVisible(policy.isPermitted(CustomerService.PERMISSION_CREATE));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("customer.title")), create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(header.getComponentAt(0));

        grid.setId("customers-grid");
        grid.addColumn(Customer::name).setHeader(getTranslation("customer.field.name")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("customer.type." + c.type().name())).setHeader(getTranslation("customer.field.type"));
        grid.addColumn(Customer::email).setHeader(getTranslation("customer.field.email")).setFlexGrow(2);
        grid.addColumn(Customer::phone).setHeader(getTranslation("customer.field.phone"));
        grid.addColumn(Customer::city).setHeader(getTranslation("customer.field.city"));
        grid.addColumn(c -> DATE.format(c.created())).setHeader(getTranslation("customer.field.created")).setAutoWidth(true);
        // The database pages; the grid never holds more than what is on screen plus a buffer.
        grid.setItems(query -> customers.page(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate("customers/" + event.getItem().id())));
        add(header, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.title");
    }
}
