package org.mosaiccrm.platform.security.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.ui.InputRefusals;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.security.User;
import org.mosaiccrm.platform.security.UserAdministration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;

/** Teams and their leads; a lead reaches the records of the team's members. */
public class TeamsView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient UserAdministration administration;
    private final Grid<Team> grid = new Grid<>();
    private transient Map<Long, String> userNames = Map.of();

    public TeamsView(UserAdministration administration) {
        this.administration = administration;
        setId("teams-view");
        setSizeFull();
        Button add = new Button(getTranslation("security.teams.new"), event -> edit(null));
        add.setId("team-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("teams-grid");
        grid.addColumn(Team::name).setHeader(getTranslation("security.team.name"));
        grid.addColumn(team -> userNames.getOrDefault(team.leadId(), "")).setHeader(getTranslation("security.team.lead"));
        grid.addComponentColumn(team -> {
            Button edit = new Button(getTranslation("security.edit"), event -> edit(team));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setAutoWidth(true);
        grid.setSizeFull();
        add(new H2(getTranslation("security.teams.title")), add, grid);
        refresh();
    }

    private void refresh() {
        userNames = administration.users().stream().collect(Collectors.toMap(User::id, User::displayName));
        grid.setItems(administration.teams());
    }

    private void edit(Team existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "security.teams.new" : "security.edit"));
        TextField name = new TextField(getTranslation("security.team.name"));
        name.setId("team-name");
        LengthLimit.apply(name, 100);
        List<User> users = administration.users();
        ComboBox<User> lead = new ComboBox<>(getTranslation("security.team.lead"), users);
        lead.setId("team-lead");
        lead.setItemLabelGenerator(user -> user.displayName() + " (" + user.username() + ")");
        lead.setClearButtonVisible(true);
        if (existing != null) {
            name.setValue(existing.name());
            users.stream().filter(u -> Long.valueOf(u.id()).equals(existing.leadId())).findFirst().ifPresent(lead::setValue);
        }
        Button save = new Button(getTranslation("security.save"), event -> {
            try {
                administration.saveTeam(new Team(existing == null ? 0 : existing.id(), name.getValue(),
                        lead.getValue() == null ? null : lead.getValue().id()));
                dialog.close();
                Messages.info(this, "security.saved");
                refresh();
            } catch (InputRefusedException e) {
                InputRefusals.show(e, Map.of("name", name));
            }
        });
        save.setId("team-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, lead));
        dialog.getFooter().add(new Button(getTranslation("security.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.teams.title");
    }
}
