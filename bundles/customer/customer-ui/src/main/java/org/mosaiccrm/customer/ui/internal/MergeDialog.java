package org.mosaiccrm.customer.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.DuplicateMatch;
import org.mosaiccrm.customer.NewCustomer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Merges a duplicate into the customer on screen. The look-alikes the service finds are offered
 * first; any other customer can be found by typing. The dialog says what will happen before it
 * happens.
 */
class MergeDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    MergeDialog(CustomerService customers, Customer survivor, Consumer<Customer> onMerged) {
        setId("merge-dialog");
        setHeaderTitle(getTranslation("customer.merge.title", survivor.name()));
        setWidth("min(40em, 95vw)");
        List<Customer> lookAlikes = customers.duplicates(NewCustomer.of(survivor), survivor.id(), 10).stream()
                .filter(DuplicateMatch::visible).map(m -> customers.find(m.customerId()))
                .flatMap(Optional::stream).toList();
        ComboBox<Customer> pick = new ComboBox<>(getTranslation("customer.merge.pick"));
        pick.setId("merge-pick");
        pick.setWidthFull();
        pick.setItems(query -> {
            String filter = query.getFilter().orElse("");
            return (filter.isBlank() ? lookAlikes : customers.search(filter, query.getOffset() + query.getLimit()))
                    .stream().filter(c -> c.id() != survivor.id()).skip(query.getOffset()).limit(query.getLimit());
        });
        pick.setItemLabelGenerator(c -> c.name() + (c.city().isEmpty() ? "" : " · " + c.city())
                + (c.email().isEmpty() ? "" : " · " + c.email()));
        Paragraph explain = new Paragraph();
        explain.setId("merge-explain");
        Button merge = new Button(getTranslation("customer.merge.confirm"));
        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        merge.setEnabled(false);
        pick.addValueChangeListener(event -> {
            Customer merged = event.getValue();
            explain.setText(merged == null ? "" : getTranslation("customer.merge.explain", merged.name(), survivor.name()));
            merge.setEnabled(merged != null);
        });
        merge.addClickListener(event -> {
            Customer merged = pick.getValue();
            try {
                Customer kept = customers.merge(survivor.id(), survivor.version(), merged.id());
                close();
                Notification.show(getTranslation("customer.merge.done", merged.name(), kept.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onMerged.accept(kept);
            } catch (RuntimeException e) {
                Notification.show(getTranslation(ServiceErrors.messageKey(e))).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(pick, explain);
        getFooter().add(new Button(getTranslation("customer.cancel"), event -> close()), merge);
    }
}
