package org.mosaiccrm.platform.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.mosaiccrm.platform.search.SearchHit;
import org.mosaiccrm.platform.search.SearchProvider;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.ui.MenuEntry;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.mosaiccrm.platform.ui.internal.notification.NotificationBell;
import org.mosaiccrm.platform.ui.internal.token.ApiTokensView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinSession;

/**
 * The frame around every view: a side menu built live from view contributions (grouped, ordered,
 * filtered by permission), the global search box fed by search providers, and the language
 * switch. Follows module installs and removals while the tab is open.
 */
public class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = LoggerFactory.getLogger(MainLayout.class);
    private static final int HITS_PER_PROVIDER = 5;

    private final transient UiContributions contributions;
    private final VerticalLayout menu = new VerticalLayout();
    private final ComboBox<GlobalHit> search = new ComboBox<>();
    private transient Runnable unsubscribe = () -> { };

    private final transient HostSecurity security;

    public MainLayout(UiContributions contributions, HostSecurity security) {
        this.contributions = contributions;
        this.security = security;
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)").set("white-space", "nowrap");
        DrawerToggle drawerToggle = new DrawerToggle();
        drawerToggle.setAriaLabel(getTranslation("menu.toggle"));
        HorizontalLayout header = new HorizontalLayout(drawerToggle, brand, createSearch(),
                new NotificationBell(contributions::notifications), new LanguageSwitch(), createUserMenu(),
                new CompactUserMenu(this::logout));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(2));
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        menu.setPadding(false);
        menu.setSpacing(true);
        menu.getStyle().set("padding", "var(--lumo-space-s)");
        addToDrawer(menu);
        rebuildMenu();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        ComponentUtil.setData(ui, MainLayout.class, this);
        unsubscribe = contributions.addListener(
                change -> CoalescedAccess.of(ui).submit(() -> onRegistryChange(ui, change)));
        rebuildMenu();
        offerSearch();
        ResponsiveStyle.applyTo(ui);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (ComponentUtil.getData(event.getUI(), MainLayout.class) == this) {
            ComponentUtil.setData(event.getUI(), MainLayout.class, null);
        }
        unsubscribe.run();
        unsubscribe = () -> { };
        super.onDetach(event);
    }

    private void onRegistryChange(UI ui, UiContributions.Change change) {
        if (change.kind() == UiContributions.Kind.NOTIFICATIONS) {
            NotificationBell.refreshIn(ui);
        }
        if (change.kind() == UiContributions.Kind.SEARCH || change.kind() == UiContributions.Kind.POLICY) {
            offerSearch();
        }
        if (change.kind() != UiContributions.Kind.VIEW && change.kind() != UiContributions.Kind.POLICY) {
            return;
        }
        rebuildMenu();
        if (!change.added() && change.contribution() instanceof ViewContribution<?> removed
                && showsViewOf(removed.viewClass())) {
            leaveRemovedView(ui);
        }
    }

    private boolean showsViewOf(Class<?> viewClass) {
        HasElement content = getContent();
        return content != null && content.getClass() == viewClass;
    }

    /** The module of the open view went away: go home and say why. */
    private void leaveRemovedView(UI ui) {
        if (browserGone(ui)) {
            // Nobody will ever see this UI again, yet its state tree would keep the module's view
            // (and so its class loader) until the session ends.
            LOGGER.debug("Closing UI {} of a gone browser, left on a removed view", ui.getUIId());
            setContent(null);
            ui.close();
            ui.getSession().removeUI(ui);
            return;
        }
        ui.navigate("");
        // ten seconds: the user did not ask for this, and may be looking at another window when it happens
        Notification.show(getTranslation("notice.module.removed"), 10_000, Notification.Position.BOTTOM_START);
    }

    /**
     * A browser that missed two heartbeats is gone. (With long polling the push connection is
     * briefly closed between polls, so that says nothing.)
     */
    private static boolean browserGone(UI ui) {
        long heartbeatMillis = ui.getSession().getConfiguration().getHeartbeatInterval() * 1000L;
        long silentFor = System.currentTimeMillis() - ui.getInternals().getLastHeartbeatTimestamp();
        return heartbeatMillis > 0 && silentFor > 2 * heartbeatMillis;
    }

    private void rebuildMenu() {
        menu.removeAll();
        SideNav home = new SideNav();
        home.addItem(new SideNavItem(getTranslation("menu.home"), "", VaadinIcon.HOME.create()));
        menu.add(home);

        Map<String, SideNav> groups = new LinkedHashMap<>();
        List<ViewContribution<?>> views = contributions.visibleViews();
        for (MenuEntry entry : LiveNavigation.menuOf(views)) {
            SideNav group = groups.computeIfAbsent(entry.groupKey(), key -> {
                SideNav nav = new SideNav(getTranslation(key));
                nav.setCollapsible(true);
                return nav;
            });
            SideNavItem item = new SideNavItem(getTranslation(entry.titleKey()), entry.route(), icon(entry.icon()));
            views.stream().filter(view -> LiveNavigation.withoutParameters(view.route()).equals(entry.route())).findFirst()
                    .ifPresent(view -> count(view).ifPresent(count -> item.setSuffixComponent(countBadge(entry, count))));
            group.addItem(item);
        }
        groups.values().forEach(menu::add);
    }

    private OptionalLong count(ViewContribution<?> view) {
        try {
            return view.menuCount();
        } catch (RuntimeException e) {
            LOGGER.debug("No menu count from {}: {}", view.route(), e.toString());
            return OptionalLong.empty();
        }
    }

    private Component countBadge(MenuEntry entry, long count) {
        Span badge = new Span(count > 99 ? "99+" : String.valueOf(count));
        badge.getElement().getThemeList().add("badge contrast pill small");
        badge.setId("menu-count-" + entry.route().replace('/', '-'));
        badge.setVisible(count > 0);
        return badge;
    }

    /** Counts beside the menu entries again (a notice reached the tab, or the user dealt with something). */
    public static void refreshCountsIn(UI ui) {
        MainLayout layout = ComponentUtil.getData(ui, MainLayout.class);
        if (layout != null) {
            layout.rebuildMenu();
        }
    }

    private static Component icon(String name) {
        try {
            return VaadinIcon.valueOf(name).create();
        } catch (IllegalArgumentException | NullPointerException e) {
            return VaadinIcon.CIRCLE_THIN.create();
        }
    }

    /** The search box names what the user can search, and is not offered to one who may search nothing. */
    private void offerSearch() {
        List<String> what = contributions.visibleSearchProviders().stream().map(p -> getTranslation(p.titleKey())).toList();
        search.setVisible(!what.isEmpty());
        String placeholder = getTranslation("search.placeholder", String.join(getTranslation("search.separator"), what));
        search.setPlaceholder(placeholder);
        search.setAriaLabel(placeholder);
    }

    private Component createSearch() {
        offerSearch();
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxWidth("32em");
        search.setWidthFull();
        search.setId("global-search");
        search.setItemLabelGenerator(hit -> hit.hit().title());
        search.setRenderer(new ComponentRenderer<>(hit -> {
            Span title = new Span(hit.hit().title());
            Span detail = new Span(hit.group() + (hit.hit().subtitle().isEmpty() ? "" : " · " + hit.hit().subtitle()));
            detail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            VerticalLayout row = new VerticalLayout(title, detail);
            row.setPadding(false);
            row.setSpacing(false);
            return row;
        }));
        search.setItems(query -> searchAll(query.getFilter().orElse(""))
                .skip(query.getOffset()).limit(query.getLimit()));
        search.addValueChangeListener(event -> {
            if (event.getValue() != null && event.isFromClient()) {
                String route = event.getValue().hit().route();
                search.clear();
                UI.getCurrent().navigate(route);
            }
        });
        return search;
    }

    private Stream<GlobalHit> searchAll(String filter) {
        String query = filter.strip();
        if (query.isEmpty()) {
            return Stream.empty();
        }
        List<SearchProvider> providers = contributions.visibleSearchProviders();
        return providers.stream().flatMap(provider -> {
            try {
                String group = getTranslation(provider.titleKey());
                return provider.search(query, HITS_PER_PROVIDER).stream().map(hit -> new GlobalHit(group, hit));
            } catch (RuntimeException e) {
                LOGGER.warn("Search provider {} failed: {}", provider.getClass().getName(), e.getMessage());
                return Stream.empty();
            }
        });
    }

    /** Who is logged in, and the way out. */
    private Component createUserMenu() {
        Span user = new Span(SessionSubject.current().map(Subject::displayName).orElse(""));
        user.setId("current-user");
        user.getStyle().set("color", "var(--lumo-secondary-text-color)").set("white-space", "nowrap");
        Button password = new Button(VaadinIcon.KEY.create(), event -> UI.getCurrent().navigate(ChangePasswordView.ROUTE));
        password.setId("change-password");
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        password.setAriaLabel(getTranslation("password.title"));
        password.setTooltipText(getTranslation("password.title"));
        Button apiTokens = new Button(VaadinIcon.CONNECT.create(), event -> UI.getCurrent().navigate(ApiTokensView.ROUTE));
        apiTokens.setId("api-tokens");
        apiTokens.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        apiTokens.setAriaLabel(getTranslation("apiToken.title"));
        apiTokens.setTooltipText(getTranslation("apiToken.title"));
        Button logout = new Button(getTranslation("logout"), VaadinIcon.SIGN_OUT.create(), event -> logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(user, password, apiTokens, logout);
        box.addClassName("header-wide");
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.setSpacing(false);
        return box;
    }

    private void logout() {
        VaadinSession session = VaadinSession.getCurrent();
        SessionSubject.of(session).ifPresent(subject -> security.authenticator().ifPresent(a -> a.logout(subject)));
        SessionSubject.clear(session);
        UI.getCurrent().getPage().setLocation(LoginRedirect.ROUTE);
        session.getSession().invalidate();
    }

    /** A search hit with the title of the group (module) it came from. */
    record GlobalHit(String group, SearchHit hit) {
    }
}
