package org.mosaiccrm.platform.security.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.ui.InputRefusals;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.security.NewUser;
import org.mosaiccrm.platform.security.PasswordLink;
import org.mosaiccrm.platform.security.Role;
import org.mosaiccrm.platform.security.RoleGrant;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.security.User;
import org.mosaiccrm.platform.security.UserAdministration;
import org.mosaiccrm.platform.security.UserDraft;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;

/** Users for the user administrator: create, edit, disable, reset password, roles and team. */
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient UserAdministration administration;
    private final transient ApiTokens tokens;
    private final Grid<User> grid = new Grid<>();
    private final RoleGrantsGrid pending = new RoleGrantsGrid("role-requests", this::roleLabel);
    private final H3 pendingTitle = new H3();
    private final TextField filter = new TextField();
    private transient List<User> users = List.of();
    private transient Map<Long, String> teamNames = Map.of();
    /** Names of roles an administrator made; built-in roles have translated names. */
    private transient Map<String, String> roleNames = Map.of();

    public UsersView(UserAdministration administration, ApiTokens tokens) {
        this.administration = administration;
        this.tokens = tokens;
        setId("users-view");
        setSizeFull();
        Button add = new Button(getTranslation("security.users.new"), event -> edit(null, false));
        add.setId("user-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a user for another system (ERP, web shop): no password, API tokens made here
        Button addService = new Button(getTranslation("security.serviceAccount.new"), event -> edit(null, true));
        addService.setId("user-new-service");
        grid.setId("users-grid");
        grid.addColumn(User::username).setHeader(getTranslation("security.user.username")).setAutoWidth(true);
        grid.addColumn(User::displayName).setHeader(getTranslation("security.user.displayName")).setAutoWidth(true);
        grid.addColumn(user -> teamNames.getOrDefault(user.teamId(), "")).setHeader(getTranslation("security.user.team"));
        grid.addColumn(user -> user.roles().stream().sorted().map(this::roleLabel).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("security.user.roles")).setFlexGrow(2);
        grid.addColumn(user -> getTranslation(user.enabled() ? "security.user.active" : "security.user.disabled")
                + (user.serviceAccount() ? " · " + getTranslation("security.serviceAccount") : ""))
                .setHeader(getTranslation("security.user.state"));
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setSizeFull();
        // business roles wait here for a second administrator: nobody approves what they asked for
        pendingTitle.setText(getTranslation("security.grant.pending"));
        pending.addComponentColumn(this::decisions).setAutoWidth(true);
        pending.getColumnByKey("status").setVisible(false); // all of them wait
        pending.getColumnByKey("decided").setVisible(false);
        // an organisation of some hundred people finds one by typing part of the name
        filter.setId("users-filter");
        filter.setPlaceholder(getTranslation("security.users.filter"));
        filter.setAriaLabel(getTranslation("security.users.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(event -> showUsers());
        HorizontalLayout tools = new HorizontalLayout(add, addService, filter);
        tools.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("security.users.title")), tools, pendingTitle, pending, grid);
        refresh();
    }

    private void refresh() {
        teamNames = administration.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        roleNames = administration.roles().stream().collect(Collectors.toMap(Role::code, Role::name));
        users = administration.users();
        showUsers();
        List<RoleGrant> waiting = administration.businessRoleGrants().stream()
                .filter(g -> g.status() == RoleGrant.Status.PENDING).toList();
        pending.setItems(waiting);
        pending.setVisible(!waiting.isEmpty());
        pendingTitle.setVisible(!waiting.isEmpty());
    }

    /** The users whose user name or display name holds what the filter says (all when it is empty). */
    private void showUsers() {
        String wanted = filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(wanted.isEmpty() ? users : users.stream().filter(user -> user.username().toLowerCase(Locale.ROOT).contains(wanted)
                || user.displayName().toLowerCase(Locale.ROOT).contains(wanted)).toList());
    }

    private HorizontalLayout decisions(RoleGrant grant) {
        Button approve = new Button(getTranslation("security.grant.approve"),
                event -> run(() -> administration.decideRoleGrant(grant.requestId(), true), "security.grant.approved"));
        approve.setId("role-approve-" + grant.username() + "-" + grant.role());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(getTranslation("security.grant.reject"),
                event -> run(() -> administration.decideRoleGrant(grant.requestId(), false), "security.grant.rejected"));
        reject.setId("role-reject-" + grant.username() + "-" + grant.role());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(approve, reject);
    }

    /** Says which roles of {@code draft} wait for a second administrator instead of being granted. */
    private void tellWaiting(UserDraft draft, User saved) {
        List<String> waiting = draft.roles().stream().filter(code -> !saved.roles().contains(code)).sorted()
                .map(this::roleLabel).toList();
        if (!waiting.isEmpty()) {
            Messages.info(this, "security.grant.waiting", String.join(", ", waiting));
        }
    }

    private String roleLabel(String code) {
        String key = "role." + code;
        String label = getTranslation(key);
        return label.equals(key) || label.startsWith("!") ? roleNames.getOrDefault(code, code) : label;
    }

    private HorizontalLayout actions(User user) {
        Button edit = new Button(getTranslation("security.edit"), event -> edit(user, user.serviceAccount()));
        edit.setId("user-edit-" + user.username());
        Button toggle = new Button(getTranslation(user.enabled() ? "security.user.disable" : "security.user.enable"),
                event -> run(() -> administration.setEnabled(user.id(), !user.enabled()),
                        user.enabled() ? "security.user.disabledNotice" : "security.user.enabledNotice"));
        toggle.setId("user-toggle-" + user.username());
        Button reset = new Button(getTranslation("security.user.reset"),
                event -> showLink(user.username(), administration.resetPassword(user.id())));
        reset.setId("user-reset-" + user.username());
        // sign-in delays and lockouts, from any address, lifted at once (the password stays)
        Button unlock = new Button(getTranslation("security.user.unlock"),
                event -> run(() -> administration.unlock(user.id()), "security.user.unlockedNotice"));
        unlock.setId("user-unlock-" + user.username());
        HorizontalLayout actions = new HorizontalLayout(edit, toggle);
        if (user.serviceAccount()) {
            Button apiTokens = new Button(getTranslation("security.serviceAccount.tokens"),
                    event -> new ServiceAccountTokens(tokens, user).open());
            apiTokens.setId("user-tokens-" + user.username());
            actions.add(apiTokens);
        } else {
            actions.add(reset, unlock);
        }
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        return actions;
    }

    private void run(Runnable change, String noticeKey) {
        try {
            change.run();
            Messages.info(this, noticeKey);
        } catch (InputRefusedException e) {
            InputRefusals.show(e);
        }
        refresh();
    }

    private void edit(User existing, boolean serviceAccount) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing != null ? "security.edit"
                : serviceAccount ? "security.serviceAccount.new" : "security.users.new"));
        TextField username = new TextField(getTranslation("security.user.username"));
        username.setId("user-username");
        LengthLimit.apply(username, 64);
        TextField displayName = new TextField(getTranslation("security.user.displayName"));
        displayName.setId("user-display-name");
        LengthLimit.apply(displayName, 100);
        List<Team> teams = administration.teams();
        ComboBox<Team> team = new ComboBox<>(getTranslation("security.user.team"), teams);
        team.setId("user-team");
        team.setItemLabelGenerator(Team::name);
        team.setClearButtonVisible(true);
        List<Role> roles = administration.roles();
        roleNames = roles.stream().collect(Collectors.toMap(Role::code, Role::name));
        MultiSelectComboBox<Role> roleBox = new MultiSelectComboBox<>(getTranslation("security.user.roles"), roles);
        roleBox.setId("user-roles");
        roleBox.setItemLabelGenerator(role -> roleLabel(role.code()));
        if (existing != null) {
            username.setValue(existing.username());
            displayName.setValue(existing.displayName());
            teams.stream().filter(t -> Long.valueOf(t.id()).equals(existing.teamId())).findFirst().ifPresent(team::setValue);
            Map<String, Role> byCode = roles.stream().collect(Collectors.toMap(Role::code, Function.identity()));
            roleBox.setValue(existing.roles().stream().map(byCode::get).filter(r -> r != null).collect(Collectors.toSet()));
        }
        Button save = new Button(getTranslation("security.save"), event -> {
            UserDraft draft = new UserDraft(username.getValue(), displayName.getValue(),
                    team.getValue() == null ? null : team.getValue().id(),
                    roleBox.getValue().stream().map(Role::code).collect(Collectors.toSet()));
            try {
                if (existing == null && serviceAccount) {
                    User created = administration.createServiceAccount(draft);
                    dialog.close();
                    Messages.info(this, "security.serviceAccount.created", created.username());
                    tellWaiting(draft, created);
                } else if (existing == null) {
                    NewUser created = administration.createUser(draft);
                    dialog.close();
                    showLink(created.user().username(), created.passwordLink());
                    tellWaiting(draft, created.user());
                } else {
                    User saved = administration.updateUser(existing.id(), draft, existing.version());
                    dialog.close();
                    Messages.info(this, "security.saved");
                    tellWaiting(draft, saved);
                }
                refresh();
            } catch (InputRefusedException e) {
                // on the field it is about (roles: "you cannot give yourself a role"), else as a message
                InputRefusals.show(e, Map.of("username", username, "displayName", displayName, "roles", roleBox));
            }
        });
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, displayName, team, roleBox);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("security.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    /** Shows a one-time password once; it is never shown or stored in clear again. */
    /**
     * The link with which the user chooses a password, to pass on: the administrator sees no password,
     * and the page behind the link refuses a browser signed in (as this administrator).
     */
    private void showLink(String username, PasswordLink link) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("security.user.link.title", username));
        TextField value = new TextField();
        value.setId("user-password-link");
        value.setReadOnly(true);
        value.setWidthFull();
        value.setValue(applicationAddress() + link.pathAndQuery());
        value.getElement().setAttribute("aria-label", getTranslation("security.user.link.title", username));
        String until = UNTIL.format(link.expiresAt().atZone(ZoneId.systemDefault()));
        Paragraph text = new Paragraph(getTranslation("security.user.link.text", username, until));
        text.setId("user-password-link-text");
        dialog.add(text, value);
        dialog.setWidth("min(40em, 95vw)");
        Button close = new Button(getTranslation("security.close"), event -> dialog.close());
        close.setId("user-password-link-close");
        dialog.getFooter().add(close);
        dialog.open();
        value.focus();
        refresh();
    }

    /** The address users reach the CRM at, as this browser does (behind a proxy: as the proxy forwards it). */
    private static String applicationAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String host = request == null ? null : request.getHeader("Host");
        if (host == null) {
            return "";
        }
        return (request.isSecure() ? "https://" : "http://") + host + request.getContextPath();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.users.title");
    }
}
