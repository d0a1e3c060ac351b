package org.mosaiccrm.sales.ui.internal.quote;

import java.math.BigDecimal;

import org.mosaiccrm.sales.Product;
import org.mosaiccrm.sales.ProductService;
import org.mosaiccrm.sales.QuoteLine;
import org.mosaiccrm.sales.QuoteLineInput;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** One line of a draft quote being edited: product, quantity, price (empty for the list price) and discount. */
class QuoteLineRow extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    private final ComboBox<Product> product = new ComboBox<>();
    private final BigDecimalField quantity = new BigDecimalField();
    private final BigDecimalField unitPrice = new BigDecimalField();
    private final BigDecimalField discount = new BigDecimalField();

    QuoteLineRow(ProductService products, String currency, QuoteLine line, Runnable onRemove) {
        addClassName("quote-line");
        setWidthFull();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        product.addClassName("quote-line-product");
        product.setPlaceholder(getTranslation("sales.quote.line.product"));
        // a placeholder is no name: screen readers need one that stays
        product.setAriaLabel(getTranslation("sales.quote.line.product"));
        product.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        product.setItems(query -> products.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                .filter(p -> p.currency().equals(currency)).skip(query.getOffset()).limit(query.getLimit()));
        product.setWidth("20em");
        quantity.addClassName("quote-line-quantity");
        quantity.setPlaceholder(getTranslation("sales.quote.line.quantity"));
        quantity.setAriaLabel(getTranslation("sales.quote.line.quantity"));
        quantity.setWidth("7em");
        unitPrice.addClassName("quote-line-price");
        unitPrice.setWidth("9em");
        unitPrice.setPlaceholder(getTranslation("sales.quote.line.listPrice"));
        unitPrice.setAriaLabel(getTranslation("sales.quote.line.listPrice"));
        discount.addClassName("quote-line-discount");
        discount.setPlaceholder(getTranslation("sales.quote.line.discount"));
        discount.setAriaLabel(getTranslation("sales.quote.line.discount"));
        discount.setSuffixComponent(new Span("%"));
        discount.setWidth("6em");
        product.addValueChangeListener(event -> {
            if (event.getValue() != null && event.isFromClient()) {
                unitPrice.setPlaceholder(event.getValue().price().toPlainString());
            }
        });
        Button remove = new Button(VaadinIcon.TRASH.create(), event -> onRemove.run());
        remove.addClassName("quote-line-remove");
        remove.setAriaLabel(getTranslation("sales.quote.line.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        if (line != null) {
            products.find(line.productId()).ifPresent(product::setValue);
            quantity.setValue(line.quantity().stripTrailingZeros());
            unitPrice.setValue(line.unitPrice());
            discount.setValue(line.discountPercent().signum() == 0 ? null : line.discountPercent());
        } else {
            quantity.setValue(BigDecimal.ONE);
        }
        add(product, quantity, unitPrice, discount, remove);
    }

    /** The line as entered, or null while no product is chosen (such a row is left out). */
    QuoteLineInput toInput() {
        Product chosen = product.getValue();
        return chosen == null ? null : new QuoteLineInput(chosen.id(), quantity.getValue(), unitPrice.getValue(), discount.getValue());
    }
}
