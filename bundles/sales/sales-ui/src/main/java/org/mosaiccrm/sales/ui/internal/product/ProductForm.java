package org.mosaiccrm.sales.ui.internal.product;

import java.math.BigDecimal;

import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.sales.Product;
import org.mosaiccrm.sales.ProductInput;
import org.mosaiccrm.sales.ProductService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** A price-list entry, new or changed; a retired product stays on the quotes it is on but is not offered. */
class ProductForm extends Dialog {

    private static final long serialVersionUID = 1L;

    ProductForm(ProductService products, Product product, Runnable onSaved) {
        setId("product-dialog");
        setHeaderTitle(getTranslation(product == null ? "sales.product.new" : "sales.product.edit"));
        setWidth("min(36em, 95vw)");
        TextField code = field("sales.product.code", "product-code", 40);
        TextField name = field("sales.product.name", "product-name", 200);
        TextField unit = field("sales.product.unit", "product-unit", 20);
        BigDecimalField price = new BigDecimalField(getTranslation("sales.product.price"));
        price.setId("product-price");
        TextField currency = field("sales.field.currency", "product-currency", 3);
        currency.setValue("CNY");
        BigDecimalField taxRate = new BigDecimalField(getTranslation("sales.product.taxRate"));
        taxRate.setId("product-tax-rate");
        taxRate.setSuffixComponent(new Span("%"));
        taxRate.setValue(new BigDecimal("13"));
        Checkbox active = new Checkbox(getTranslation("sales.product.active"), true);
        active.setId("product-active");
        if (product != null) {
            code.setValue(product.code());
            name.setValue(product.name());
            unit.setValue(product.unit());
            price.setValue(product.price());
            currency.setValue(product.currency());
            taxRate.setValue(product.taxRate());
            active.setValue(product.active());
        }
        add(new FormLayout(code, name, unit, price, currency, taxRate, active));
        Button save = new Button(getTranslation("sales.save"), event -> {
            ProductInput input = new ProductInput(code.getValue(), name.getValue(), unit.getValue(), price.getValue(),
                    currency.getValue(), taxRate.getValue(), active.getValue());
            Product saved = Attempt.of(() -> product == null ? products.create(input)
                    : products.update(product.id(), input, product.version()), "sales.error.product.stale", "sales.error.product.gone");
            if (saved != null) {
                close();
                Attempt.done("sales.product.saved", saved.name());
                onSaved.run();
            }
        });
        save.setId("product-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("sales.cancel"), event -> close()), save);
    }

    private TextField field(String labelKey, String id, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        LengthLimit.apply(field, maxLength);
        return field;
    }
}
