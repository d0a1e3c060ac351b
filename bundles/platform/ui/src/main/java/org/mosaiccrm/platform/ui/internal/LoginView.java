package org.mosaiccrm.platform.ui.internal;

import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.LoginResult;
import org.mosaiccrm.platform.security.Subject;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/**
 * The login page, the only page open without a session. A successful login gets a fresh session
 * id (no session fixation); refusals never say whether the user name exists.
 */
public class LoginView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "login";

    private final transient HostSecurity security;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Paragraph error = new Paragraph();
    private int attempts;

    public LoginView(HostSecurity security) {
        this.security = security;
        setId("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        username.setId("login-username");
        username.setLabel(getTranslation("login.username"));
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        username.setMaxLength(64);
        username.setWidth("20em");
        username.focus();
        password.setId("login-password");
        password.setLabel(getTranslation("login.password"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        password.setMaxLength(Authenticator.MAX_PASSWORD);
        password.setWidth("20em");
        error.setId("login-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("max-width", "20em");
        error.setVisible(false);
        Button submit = new Button(getTranslation("login.submit"), event -> login());
        submit.setId("login-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setWidth("20em");
        add(new LanguageSwitch(), title, username, password, error, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SessionSubject.current().filter(security::isActive).isPresent()) {
            event.forwardTo("");
        }
    }

    private void login() {
        Authenticator authenticator = security.authenticator().orElse(null);
        if (authenticator == null) {
            showError(getTranslation("login.unavailable"));
            return;
        }
        VaadinRequest request = VaadinService.getCurrentRequest();
        String address = request == null ? "" : request.getRemoteAddr();
        LoginResult result = authenticator.login(username.getValue(), password.getValue().toCharArray(), address);
        password.clear();
        switch (result.outcome()) {
            case SUCCESS, PASSWORD_CHANGE_REQUIRED -> enter(result.subject(), result.outcome());
            case TOO_SOON -> showError(getTranslation("login.tooSoon", Math.max(1, (result.retryAfter().toMillis() + 999) / 1000)));
            case LOCKED -> showError(getTranslation("login.locked", Math.max(1, (result.retryAfter().toSeconds() + 59) / 60)));
            default -> showError(getTranslation("login.invalid"));
        }
    }

    private void enter(Subject subject, LoginResult.Outcome outcome) {
        // A new session id for the logged-in session: an id planted before login is worthless.
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        SessionSubject.set(VaadinSession.getCurrent(), subject);
        // this request began signed out: the views built for the navigation must see the new user
        String target = outcome == LoginResult.Outcome.PASSWORD_CHANGE_REQUIRED ? ChangePasswordView.ROUTE : "";
        CurrentSubject.runAs(subject, () -> UI.getCurrent().navigate(target));
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
        // a new answer is visible as such even when its text repeats the last one
        attempts++;
        error.getElement().setAttribute("data-answer", String.valueOf(attempts));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
