package org.mosaiccrm.platform.security.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.mosaiccrm.platform.security.RoleGrant;

import com.vaadin.flow.component.grid.Grid;

/**
 * Business roles held and asked for: who for, which role, who asked and who decided. The user
 * administrators' page adds Approve and Reject; the auditor's page shows it as it is.
 */
final class RoleGrantsGrid extends Grid<RoleGrant> {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    RoleGrantsGrid(String id, Function<String, String> roleLabel) {
        setId(id);
        setAllRowsVisible(true);
        // as tall as its rows, also beside a grid that takes the rest of the page
        getStyle().set("flex", "none");
        addColumn(RoleGrant::username).setHeader(getTranslation("security.user.username")).setAutoWidth(true);
        addColumn(grant -> roleLabel.apply(grant.role())).setHeader(getTranslation("security.grant.role")).setAutoWidth(true);
        addColumn(grant -> getTranslation("security.grant.status." + grant.status().name()))
                .setHeader(getTranslation("security.grant.status")).setAutoWidth(true).setKey("status");
        addColumn(grant -> grant.requestedBy() == null ? "" : grant.requestedBy() + " · "
                + TIME.format(grant.requestedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("security.grant.requestedBy")).setAutoWidth(true);
        addColumn(grant -> grant.decidedBy() == null ? "" : grant.decidedBy() + " · "
                + TIME.format(grant.decidedAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("security.grant.decidedBy")).setAutoWidth(true).setKey("decided");
    }
}
