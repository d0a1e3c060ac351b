package org.mosaiccrm.platform.security.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditLog;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.audit.AuditVerification;
import org.mosaiccrm.platform.security.UserAdministration;
import org.mosaiccrm.platform.ui.DateField;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The auditor's view: entries newest first, filtered by user, module, record and time, a page at
 * a time; and the chain verification. Reads only: nothing here changes an entry.
 */
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final transient AuditLog auditLog;
    private final TextField user = new TextField();
    private final TextField module = new TextField();
    private final TextField record = new TextField();
    private final DateField from = new DateField(null);
    private final DateField to = new DateField(null);
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Button older = new Button();
    private final Span verifyResult = new Span();
    private final transient UserAdministration administration;
    private final com.vaadin.flow.component.html.Paragraph head = new com.vaadin.flow.component.html.Paragraph();
    private final List<AuditEntry> shown = new ArrayList<>();

    public AuditView(AuditLog auditLog, UserAdministration administration) {
        this.auditLog = auditLog;
        this.administration = administration;
        setId("audit-view");
        setSizeFull();
        user.setLabel(getTranslation("audit.user"));
        user.setId("audit-user");
        module.setLabel(getTranslation("audit.module"));
        module.setId("audit-module");
        record.setLabel(getTranslation("audit.record"));
        record.setId("audit-record");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        Button search = new Button(getTranslation("audit.search"), event -> load(false));
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button verify = new Button(getTranslation("audit.verify"), event -> verify());
        verify.setId("audit-verify");
        verifyResult.setId("audit-verify-result");
        head.setId("audit-head");
        head.setVisible(false);
        head.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("overflow-wrap", "anywhere")
                .set("margin", "0");
        HorizontalLayout filters = new HorizontalLayout(user, module, record, from, to, search, verify, verifyResult);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-grid");
        grid.addColumn(AuditEntry::sequence).setHeader("#").setAutoWidth(true);
        grid.addColumn(e -> TIME.format(e.at().atZone(ZoneId.systemDefault()))).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(AuditEntry::address).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.module() + (e.recordType().isEmpty() ? "" : " · " + e.recordType())
                + (e.recordId().isEmpty() ? "" : " #" + e.recordId())).setHeader(getTranslation("audit.record")).setAutoWidth(true);
        grid.addColumn(e -> e.changes().stream().map(c -> c.field() + ": " + (c.before() == null ? "" : c.before() + " → ")
                + (c.after() == null ? "∅" : c.after())).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("audit.changes")).setFlexGrow(3);
        grid.setSizeFull();
        older.setText(getTranslation("audit.older"));
        older.setId("audit-older");
        older.addClickListener(event -> load(true));
        // every business role held or waiting, and who asked and approved: no grant goes unseen
        RoleGrantsGrid roleGrants = new RoleGrantsGrid("audit-role-grants",
                code -> getTranslation("role." + code).startsWith("role.") ? code : getTranslation("role." + code));
        roleGrants.setItems(administration.businessRoleGrants());
        add(new H2(getTranslation("audit.title")), filters, head, grid, older,
                new com.vaadin.flow.component.html.H3(getTranslation("security.grant.title")), roleGrants);
        load(false);
    }

    /** Loads the newest page, or the next older page below what is shown. */
    private void load(boolean more) {
        if (DateField.refuseUnreadable(from, to)) {
            return;
        }
        if (!more) {
            shown.clear();
        }
        Long before = shown.isEmpty() ? null : shown.get(shown.size() - 1).sequence();
        List<AuditEntry> page = auditLog.find(new AuditQuery(user.getValue(), module.getValue(), record.getValue(),
                start(from.getValue()), start(to.getValue() == null ? null : to.getValue().plusDays(1)), before, PAGE));
        shown.addAll(page);
        grid.setItems(shown);
        older.setEnabled(page.size() == PAGE);
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private void verify() {
        AuditVerification result = auditLog.verify();
        verifyResult.setText(result.intact() ? getTranslation("audit.intact", result.checkedEntries())
                : getTranslation("audit.broken", result.brokenAt(), result.problem()));
        verifyResult.getStyle().set("color", result.intact() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        // the head to write down elsewhere: a later check against it proves nothing up to it changed
        head.setText(getTranslation("audit.head", result.headSequence(), result.headHash()));
        head.setVisible(result.headSequence() > 0);
        load(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
