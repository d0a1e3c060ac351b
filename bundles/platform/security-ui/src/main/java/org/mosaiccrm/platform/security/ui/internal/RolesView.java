package org.mosaiccrm.platform.security.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.ui.InputRefusals;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.platform.security.PermissionDefinition;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.Role;
import org.mosaiccrm.platform.security.UserAdministration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Roles and their grants. Built-in roles are shown read-only; operators define their own from the
 * permissions the installed modules declare, each with a record scope.
 */
public class RolesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    /** "No grant" in the scope selector. */
    private static final String NONE = "-";

    private final transient UserAdministration administration;
    private final Grid<Role> grid = new Grid<>();

    public RolesView(UserAdministration administration) {
        this.administration = administration;
        setId("roles-view");
        setSizeFull();
        Button add = new Button(getTranslation("security.roles.new"), event -> edit(null));
        add.setId("role-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("roles-grid");
        grid.addColumn(Role::code).setHeader(getTranslation("security.role.code")).setAutoWidth(true);
        grid.addColumn(role -> label(role)).setHeader(getTranslation("security.role.name")).setAutoWidth(true);
        grid.addColumn(role -> new TreeMap<>(role.grants()).entrySet().stream()
                .map(g -> g.getKey() + " (" + getTranslation("security.scope." + g.getValue()) + ")")
                .collect(Collectors.joining(", "))).setHeader(getTranslation("security.role.grants")).setFlexGrow(3);
        grid.addComponentColumn(role -> {
            Button edit = new Button(getTranslation(platformRole(role) ? "security.view" : "security.edit"), e -> edit(role));
            edit.setId("role-edit-" + role.code());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setAutoWidth(true);
        grid.setSizeFull();
        add(new H2(getTranslation("security.roles.title")), add, grid);
        grid.setItems(administration.roles());
    }

    private String label(Role role) {
        String key = "role." + role.code();
        String label = getTranslation(key);
        return label.equals(key) || label.startsWith("!") ? role.name() : label;
    }

    /** The platform's own roles are shown, not changed; a module's built-in role keeps its name, its grants are editable. */
    private static boolean platformRole(Role role) {
        return role.builtIn() && UserAdministration.PLATFORM_ROLES.contains(role.code());
    }

    private void edit(Role existing) {
        boolean readOnly = existing != null && platformRole(existing);
        Dialog dialog = new Dialog();
        dialog.setWidth("44em");
        dialog.setHeaderTitle(existing == null ? getTranslation("security.roles.new") : label(existing));
        TextField code = new TextField(getTranslation("security.role.code"));
        code.setId("role-code");
        LengthLimit.apply(code, 40);
        TextField name = new TextField(getTranslation("security.role.name"));
        name.setId("role-name");
        LengthLimit.apply(name, 100);
        VerticalLayout grants = new VerticalLayout();
        grants.setPadding(false);
        grants.setSpacing(false);
        Map<String, Select<String>> scopes = new LinkedHashMap<>();
        Map<String, RecordScope> current = existing == null ? Map.of() : existing.grants();
        for (PermissionDefinition permission : administration.permissions()) {
            Select<String> scope = scopeSelect(permission.id(), current.get(permission.id()));
            scope.setReadOnly(readOnly);
            scopes.put(permission.id(), scope);
            String labelKey = permission.titleKey();
            String text = getTranslation(labelKey);
            Paragraph label = new Paragraph(permission.id() + (text.equals(labelKey) || text.startsWith("!") ? "" : " · " + text));
            label.getStyle().set("margin", "0").set("flex-grow", "1");
            HorizontalLayout row = new HorizontalLayout(label, scope);
            row.setWidthFull();
            row.setAlignItems(Alignment.CENTER);
            grants.add(row);
        }
        // grants by pattern (e.g. <module>*.read for modules not installed yet) stay as they are
        Map<String, RecordScope> patterns = new LinkedHashMap<>(current);
        patterns.keySet().removeAll(scopes.keySet());
        if (!patterns.isEmpty()) {
            grants.add(new Paragraph(getTranslation("security.role.patterns") + " " + patterns.entrySet().stream()
                    .map(g -> g.getKey() + " (" + getTranslation("security.scope." + g.getValue()) + ")")
                    .collect(Collectors.joining(", "))));
        }
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            name.setValue(existing.name());
        }
        name.setReadOnly(existing != null && existing.builtIn());
        dialog.add(new HorizontalLayout(code, name), grants);
        Button close = new Button(getTranslation(readOnly ? "security.close" : "security.cancel"), e -> dialog.close());
        dialog.getFooter().add(close);
        if (!readOnly) {
            Button save = new Button(getTranslation("security.save"), event -> {
                Map<String, RecordScope> chosen = new LinkedHashMap<>(patterns);
                scopes.forEach((permission, select) -> {
                    if (select.getValue() != null && !NONE.equals(select.getValue())) {
                        chosen.put(permission, RecordScope.valueOf(select.getValue()));
                    }
                });
                try {
                    administration.saveRole(new Role(code.getValue(), name.getValue(), existing != null && existing.builtIn(), chosen));
                    dialog.close();
                    Messages.info(this, "security.saved");
                    grid.setItems(administration.roles());
                } catch (InputRefusedException e) {
                    InputRefusals.show(e, Map.of("name", name, "code", code));
                }
            });
            save.setId("role-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(save);
        }
        dialog.open();
    }

    private Select<String> scopeSelect(String permission, RecordScope granted) {
        Select<String> scope = new Select<>();
        scope.setId("grant-" + permission.replace('.', '-'));
        scope.setItems(NONE, RecordScope.OWN.name(), RecordScope.TEAM.name(), RecordScope.ALL.name());
        scope.setItemLabelGenerator(value -> NONE.equals(value) ? getTranslation("security.scope.none")
                : getTranslation("security.scope." + value));
        scope.setValue(granted == null ? NONE : granted.name());
        scope.setWidth("10em");
        return scope;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.roles.title");
    }
}
