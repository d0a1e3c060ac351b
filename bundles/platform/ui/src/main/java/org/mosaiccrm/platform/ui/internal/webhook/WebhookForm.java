package org.mosaiccrm.platform.ui.internal.webhook;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.ui.InputRefusals;
import org.mosaiccrm.platform.webhook.NewWebhook;
import org.mosaiccrm.platform.webhook.WebhookEvent;
import org.mosaiccrm.platform.webhook.WebhookSubscription;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A subscription's name, receiver and events in a dialog. What was typed stays when the service
 * refuses it; the refusal shows beside its field.
 */
final class WebhookForm extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Saves the form's subscription; may refuse. */
    @FunctionalInterface
    interface Save {
        void save(NewWebhook webhook);
    }

    private final TextField name = new TextField();
    private final TextField url = new TextField();
    private final CheckboxGroup<String> events = new CheckboxGroup<>();

    WebhookForm(List<WebhookEvent> offered, WebhookSubscription existing, Save save) {
        setHeaderTitle(getTranslation(existing == null ? "webhook.new" : "webhook.edit"));
        name.setId("webhook-name");
        name.setLabel(getTranslation("webhook.name"));
        name.setMaxLength(100);
        name.setRequired(true);
        url.setId("webhook-url");
        url.setLabel(getTranslation("webhook.url"));
        url.setPlaceholder("https://erp.example.cn/crm-events");
        url.setHelperText(getTranslation("webhook.urlHelp"));
        url.setRequired(true);
        events.setId("webhook-events");
        events.setLabel(getTranslation("webhook.events"));
        events.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        Map<String, WebhookEvent> byName = new LinkedHashMap<>();
        offered.forEach(event -> byName.put(event.name(), event));
        Set<String> items = new LinkedHashSet<>(byName.keySet());
        if (existing != null) {
            items.addAll(existing.events()); // an event of a module now uninstalled stays chosen
        }
        events.setItems(items);
        events.setItemLabelGenerator(eventName -> byName.containsKey(eventName)
                ? getTranslation(byName.get(eventName).labelKey()) + " (" + eventName + ")"
                : eventName + " — " + getTranslation("webhook.eventGone"));
        if (existing != null) {
            name.setValue(existing.name());
            url.setValue(existing.url());
            events.setValue(new LinkedHashSet<>(existing.events()));
        }
        FormLayout form = new FormLayout(name, url, events);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("36em");
        add(form);

        Button saveButton = new Button(getTranslation("webhook.save"), event -> {
            try {
                save.save(new NewWebhook(name.getValue(), url.getValue(), List.copyOf(events.getValue())));
                close();
            } catch (InputRefusedException refused) {
                InputRefusals.show(refused, Map.of("name", name, "url", url, "events", events));
            }
        });
        saveButton.setId("webhook-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("webhook.cancel"), event -> close());
        getFooter().add(cancel, saveButton);
    }
}
