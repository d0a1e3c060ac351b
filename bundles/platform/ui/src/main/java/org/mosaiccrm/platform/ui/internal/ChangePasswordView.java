package org.mosaiccrm.platform.ui.internal;

import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.PasswordRejectedException;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;

/** Change of one's own password; the only page open while a one-time password is pending. */
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "password";

    private final transient HostSecurity security;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph error = new Paragraph();

    public ChangePasswordView(HostSecurity security) {
        this.security = security;
        setId("password-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        Paragraph hint = new Paragraph(getTranslation("password.hint", Authenticator.MIN_PASSWORD));
        hint.getStyle().set("max-width", "22em");
        setUp(current, "password-current", "password.current", Autocomplete.CURRENT_PASSWORD);
        setUp(next, "password-new", "password.new", Autocomplete.NEW_PASSWORD);
        setUp(repeat, "password-repeat", "password.repeat", Autocomplete.NEW_PASSWORD);
        error.setId("password-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("max-width", "22em");
        error.setVisible(false);
        Button save = new Button(getTranslation("password.save"), event -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setWidth("22em");
        add(new H2(getTranslation("password.title")), hint, current, next, repeat, error, save);
    }

    private void setUp(PasswordField field, String id, String labelKey, Autocomplete autocomplete) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setAutocomplete(autocomplete);
        field.setMaxLength(Authenticator.MAX_PASSWORD + 1);
        field.setWidth("22em");
    }

    private void save() {
        if (!next.getValue().equals(repeat.getValue())) {
            showError("password.mismatch");
            return;
        }
        try {
            Authenticator authenticator = security.authenticator().orElseThrow(() -> new AccessDeniedException(""));
            authenticator.changeOwnPassword(current.getValue().toCharArray(), next.getValue().toCharArray());
            Notification.show(getTranslation("password.changed"), 4000, Notification.Position.BOTTOM_START);
            UI.getCurrent().navigate("");
        } catch (PasswordRejectedException e) {
            showError(e.getMessage());
        } finally {
            current.clear();
            next.clear();
            repeat.clear();
        }
    }

    private void showError(String key) {
        error.setText(getTranslation(key, Authenticator.MIN_PASSWORD, Authenticator.MAX_PASSWORD));
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
