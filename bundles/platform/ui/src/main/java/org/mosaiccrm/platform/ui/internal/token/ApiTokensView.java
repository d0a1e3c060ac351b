package org.mosaiccrm.platform.ui.internal.token;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeSet;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.ApiToken;
import org.mosaiccrm.platform.security.ApiTokenSecret;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.ui.DateField;
import org.mosaiccrm.platform.ui.InputRefusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient ApiTokens tokens;
    private final TextField name = new TextField();
    private final DateField expires = new DateField("");
    private final MultiSelectComboBox<String> scopes = new MultiSelectComboBox<>();
    private final Grid<ApiToken> grid = new Grid<>();

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

        grid.setId("api-tokens-grid");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("apiToken.name")).setAutoWidth(true);
        grid.addColumn(token -> String.join(", ", new TreeSet<>(token.scopes()))).setHeader(getTranslation("apiToken.scopes"))
                .setFlexGrow(1).setWidth("14em");
        grid.addColumn(token -> token.expires().toString()).setHeader(getTranslation("apiToken.expires")).setAutoWidth(true);
        grid.addColumn(token -> time(token.created())).setHeader(getTranslation("apiToken.created")).setAutoWidth(true);
        grid.addColumn(token -> token.lastUsed() == null ? getTranslation("apiToken.neverUsed") : time(token.lastUsed()))
                .setHeader(getTranslation("apiToken.lastUsed")).setAutoWidth(true);
        grid.addColumn(token -> getTranslation(token.revoked() ? "apiToken.state.revoked"
                : token.works(LocalDate.now()) ? "apiToken.state.active" : "apiToken.state.expired"))
                .setHeader(getTranslation("apiToken.state")).setAutoWidth(true);
        grid.addComponentColumn(token -> {
            if (token.revoked()) {
                return new Span();
            }
            Button revoke = new Button(getTranslation("apiToken.revoke"), event -> revoke(token));
            revoke.setId("api-token-revoke-" + token.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("apiToken.none"));
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

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiToken.title");
    }
}
