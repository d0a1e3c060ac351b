package org.mosaiccrm.platform.ui.internal.token;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.ApiToken;
import org.mosaiccrm.platform.security.ApiTokenSecret;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.ui.ApiTokenGrid;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.InputRefusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The signed-in user's API tokens: make one (name, last day, the permissions it carries, chosen from
 * the user's own), see its secret once, list them with their last use, revoke one.
 */
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "api-tokens";

    private static final long serialVersionUID = 1L;

    private final transient ApiTokens tokens;
    private final TextField name = new TextField();
    private final DateField expires = new DateField("");
    private final MultiSelectComboBox<String> scopes = new MultiSelectComboBox<>();
    private final ApiTokenGrid grid = new ApiTokenGrid("api-token", this::revoke);

    public ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        setId("api-tokens-view");
        setSizeFull();
        Paragraph about = new Paragraph(getTranslation("apiToken.about"));
        about.getStyle().set("color", "var(--lumo-secondary-text-color)").set("max-width", "60em");

        name.setId("api-token-name");
        name.setLabel(getTranslation("apiToken.name"));
        name.setMaxLength(ApiTokens.MAX_NAME);
        name.setWidth("16em");
        expires.setId("api-token-expires");
        expires.setLabel(getTranslation("apiToken.expires"));
        expires.setMin(LocalDate.now());
        expires.setMax(LocalDate.now().plusDays(ApiTokens.MAX_DAYS));
        expires.setValue(LocalDate.now().plusDays(90));
        scopes.setId("api-token-scopes");
        scopes.setLabel(getTranslation("apiToken.scopes"));
        scopes.setHelperText(getTranslation("apiToken.scopesHelp"));
        scopes.setItems(new TreeSet<>(tokens.grantable()));
        scopes.setWidth("28em");
        Button create = new Button(getTranslation("apiToken.create"), event -> create());
        create.setId("api-token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, expires, scopes, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        add(new H2(getTranslation("apiToken.title")), about, form, grid);
        expand(grid);
        load();
    }

    private void create() {
        if (expires.refuseUnreadable()) {
            return;
        }
        try {
            ApiTokenSecret made = tokens.create(name.getValue(), expires.getValue(), scopes.getValue());
            name.clear();
            scopes.clear();
            load();
            showOnce(made);
        } catch (InputRefusedException refused) {
            InputRefusals.show(refused, Map.of("name", name, "expires", expires, "scopes", scopes));
        }
    }

    /** The secret, shown this once: it is kept only as a hash. */
    private void showOnce(ApiTokenSecret made) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("apiToken.createdTitle", made.token().name()));
        TextArea secret = new TextArea();
        secret.setId("api-token-secret");
        secret.setValue(made.secret());
        secret.setReadOnly(true);
        secret.setWidth("32em");
        secret.setLabel(getTranslation("apiToken.secret"));
        Paragraph warning = new Paragraph(getTranslation("apiToken.secretOnce"));
        Button done = new Button(getTranslation("apiToken.done"), event -> dialog.close());
        done.setId("api-token-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(warning, secret));
        dialog.getFooter().add(done);
        dialog.open();
        secret.focus();
    }

    private void revoke(ApiToken token) {
        tokens.revoke(token.id());
        Notification.show(getTranslation("apiToken.revoked", token.name()), 3000, Notification.Position.BOTTOM_START);
        load();
    }

    private void load() {
        grid.setItems(tokens.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiToken.title");
    }
}
