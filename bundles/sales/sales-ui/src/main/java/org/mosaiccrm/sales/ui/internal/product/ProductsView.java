package org.mosaiccrm.sales.ui.internal.product;

import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.Product;
import org.mosaiccrm.sales.ProductService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The price list: what can be quoted, at what price and tax; kept by whoever may administer it. */
public class ProductsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient ProductService products;
    private final Grid<Product> grid = new Grid<>();
    private final Checkbox inactive = new Checkbox();

    public ProductsView(ProductService products, boolean mayAdminister) {
        this.products = products;
        setId("products-view");
        setSizeFull();
        inactive.setLabel(getTranslation("sales.product.showInactive"));
        inactive.setId("products-inactive");
        inactive.addValueChangeListener(event -> refresh());
        Button add = new Button(getTranslation("sales.product.new"), event -> new ProductForm(products, null, this::refresh).open());
        add.setId("product-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(mayAdminister);
        HorizontalLayout bar = new HorizontalLayout(inactive, add);
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(inactive);
        grid.setId("products-grid");
        grid.addColumn(Product::code).setHeader(getTranslation("sales.product.code")).setAutoWidth(true);
        grid.addColumn(Product::name).setHeader(getTranslation("sales.product.name")).setFlexGrow(2);
        grid.addColumn(Product::unit).setHeader(getTranslation("sales.product.unit")).setAutoWidth(true);
        grid.addColumn(p -> Money.format(p.price(), p.currency(), getLocale())).setHeader(getTranslation("sales.product.price"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.taxRate().stripTrailingZeros().toPlainString() + "%").setHeader(getTranslation("sales.product.taxRate"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.active() ? "sales.product.active" : "sales.product.inactive"))
                .setHeader(getTranslation("sales.field.status")).setAutoWidth(true);
        if (mayAdminister) {
            grid.addItemClickListener(event -> new ProductForm(products, event.getItem(), this::refresh).open());
        }
        add(new H2(getTranslation("sales.products")), bar, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(products.list(inactive.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.products");
    }
}
