package org.mosaiccrm.platform.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.platform.approval.ApprovalHistoryEntry;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * A record's approval history (审批记录) as every module's page shows it: when, who, what they did
 * and their comment (a decision as its outcome), oldest first, all rows shown, comments wrapped.
 *
 * @since 1.10
 */
public final class ApprovalHistoryGrid {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ApprovalHistoryGrid() {
    }

    /**
     * @param names display names by user id (ids not in it show as "#id")
     * @param id    the grid's element id, e.g. {@code contract-approval-history}
     */
    public static Grid<ApprovalHistoryEntry> of(List<ApprovalHistoryEntry> history, Map<Long, String> names, String id) {
        UI current = UI.getCurrent();
        Grid<ApprovalHistoryEntry> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(entry -> TIME.format(entry.at().atZone(ZoneId.systemDefault()))).setHeader(current.getTranslation("approval.at"))
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.userId() == null ? current.getTranslation("approval.system")
                : names.getOrDefault(entry.userId(), "#" + entry.userId())).setHeader(current.getTranslation("approval.who")).setAutoWidth(true);
        grid.addColumn(entry -> current.getTranslation("approval.action." + entry.action())).setHeader(current.getTranslation("approval.what"))
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.action().equals("DECIDED") ? current.getTranslation("approval.state." + entry.comment())
                : entry.comment()).setHeader(current.getTranslation("approval.comment")).setFlexGrow(1);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        // a reason is read whole: long comments wrap instead of ending in "…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
