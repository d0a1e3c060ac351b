package org.mosaiccrm.platform.security.ui.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.ApiToken;
import org.mosaiccrm.platform.security.ApiTokenSecret;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.security.User;
import org.mosaiccrm.platform.ui.ApiTokenGrid;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.InputRefusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A service account's API tokens, as a user administrator keeps them: listed with their last use,
 * made (within the account's own permissions; the secret shown once, to hand to the other system)
 * and revoked.
 */
final class ServiceAccountTokens extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient ApiTokens tokens;
    private final User account;
    private final ApiTokenGrid grid = new ApiTokenGrid("service-token", this::revoke);
    private final TextArea secret = new TextArea();

    ServiceAccountTokens(ApiTokens tokens, User account) {
        this.tokens = tokens;
        this.account = account;
        setHeaderTitle(getTranslation("security.serviceAccount.tokensOf", account.displayName()));
        setWidth("min(60em, 95vw)");
        TextField name = new TextField(getTranslation("apiToken.name"));
        name.setId("service-token-name");
        name.setMaxLength(ApiTokens.MAX_NAME);
        DateField expires = new DateField(getTranslation("apiToken.expires"));
        expires.setId("service-token-expires");
        expires.setMin(LocalDate.now());
        expires.setMax(LocalDate.now().plusDays(ApiTokens.MAX_DAYS));
        expires.setValue(LocalDate.now().plusDays(90));
        MultiSelectComboBox<String> scopes = new MultiSelectComboBox<>(getTranslation("apiToken.scopes"));
        scopes.setId("service-token-scopes");
        scopes.setItems(new TreeSet<>(tokens.grantableFor(account.id())));
        scopes.setHelperText(getTranslation("security.serviceAccount.scopesHelp"));
        scopes.setWidth("24em");
        Button create = new Button(getTranslation("apiToken.create"), event -> {
            if (expires.refuseUnreadable()) {
                return;
            }
            try {
                ApiTokenSecret made = tokens.createFor(account.id(), name.getValue(), expires.getValue(), scopes.getValue());
                name.clear();
                scopes.clear();
                showOnce(made);
                load();
            } catch (InputRefusedException refused) {
                InputRefusals.show(refused, Map.of("name", name, "expires", expires, "scopes", scopes));
            }
        });
        create.setId("service-token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, expires, scopes, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        secret.setId("service-token-secret");
        secret.setLabel(getTranslation("apiToken.secret"));
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText(getTranslation("security.serviceAccount.secretOnce"));
        secret.setVisible(false);

        grid.setHeight("14em");
        Paragraph about = new Paragraph(getTranslation("security.serviceAccount.tokensAbout"));
        about.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(about, form, secret, grid);
        Button close = new Button(getTranslation("security.close"), event -> close());
        close.setId("service-tokens-close");
        getFooter().add(close);
        load();
    }

    /** The secret, shown this once: the account's system is given it; the CRM keeps only its hash. */
    private void showOnce(ApiTokenSecret made) {
        secret.setValue(made.secret());
        secret.setVisible(true);
        secret.focus();
    }

    private void revoke(ApiToken token) {
        tokens.revokeOf(account.id(), token.id());
        Messages.info(this, "apiToken.revoked", token.name());
        load();
    }

    private void load() {
        grid.setItems(tokens.of(account.id()));
    }
}
