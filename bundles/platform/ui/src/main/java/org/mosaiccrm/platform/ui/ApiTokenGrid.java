package org.mosaiccrm.platform.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.mosaiccrm.platform.security.ApiToken;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

/**
 * API tokens as every page lists them (one's own, a service account's): name, permissions, last day,
 * made, last use, state, and a revoke button on each token still working.
 *
 * @since 1.8
 */
public class ApiTokenGrid extends Grid<ApiToken> {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * @param idPrefix the ids of the grid ({@code <prefix>s-grid}) and its buttons ({@code <prefix>-revoke-<id>})
     * @param revoke   what the revoke button of a token does
     */
    public ApiTokenGrid(String idPrefix, Consumer<ApiToken> revoke) {
        setId(idPrefix + "s-grid");
        addColumn(ApiToken::name).setHeader(getTranslation("apiToken.name")).setAutoWidth(true);
        addColumn(token -> String.join(", ", new TreeSet<>(token.scopes()))).setHeader(getTranslation("apiToken.scopes"))
                .setFlexGrow(1).setWidth("14em");
        addColumn(token -> token.expires().toString()).setHeader(getTranslation("apiToken.expires")).setAutoWidth(true);
        addColumn(token -> time(token.created())).setHeader(getTranslation("apiToken.created")).setAutoWidth(true);
        addColumn(token -> token.lastUsed() == null ? getTranslation("apiToken.neverUsed") : time(token.lastUsed()))
                .setHeader(getTranslation("apiToken.lastUsed")).setAutoWidth(true);
        addColumn(token -> getTranslation(token.revoked() ? "apiToken.state.revoked"
                : token.works(LocalDate.now()) ? "apiToken.state.active" : "apiToken.state.expired"))
                .setHeader(getTranslation("apiToken.state")).setAutoWidth(true);
        addComponentColumn(token -> {
            if (token.revoked()) {
                return new Span();
            }
            Button button = new Button(getTranslation("apiToken.revoke"), event -> revoke.accept(token));
            button.setId(idPrefix + "-revoke-" + token.id());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return button;
        }).setAutoWidth(true);
        setEmptyStateText(getTranslation("apiToken.none"));
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
