package org.mosaiccrm.platform.module.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleDelivery;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModuleSchema;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.module.ModuleStatus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The modules the feature repositories offer, installed or not, with their version, state and
 * schema; install, update, uninstall and purge after a confirmation that says what will happen
 * ({@link ModulePlanDialog}); below, the module packages received ({@link ModulePackagesPanel}).
 */
public class ModulesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient ModuleManager modules;
    private final transient ModuleRegistry registry;
    private final transient Supplier<Map<String, List<ModuleContributions.Count>>> contributions;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Grid<ModuleOffer> grid = new Grid<>();
    private final ModulePackagesPanel packages;
    private transient Map<String, List<ModuleContributions.Count>> contributed = Map.of();

    public ModulesView(ModuleManager modules, ModuleDelivery delivery, ModuleRegistry registry,
            Supplier<Map<String, List<ModuleContributions.Count>>> contributions) {
        this.modules = modules;
        this.registry = registry;
        this.contributions = contributions;
        setId("modules-view");
        setWidthFull();
        grid.setId("modules-grid");
        grid.addComponentColumn(this::describe).setHeader(getTranslation("modules.column.module")).setFlexGrow(3);
        grid.addColumn(this::version).setHeader(getTranslation("modules.column.version")).setAutoWidth(true)
                .setClassNameGenerator(offer -> "module-version");
        grid.addComponentColumn(this::state).setHeader(getTranslation("modules.column.state")).setFlexGrow(2);
        grid.addColumn(this::relations).setHeader(getTranslation("modules.column.requires"));
        grid.addColumn(this::contributes).setHeader(getTranslation("modules.column.contributes")).setFlexGrow(2)
                .setClassNameGenerator(offer -> "module-contributes");
        grid.addColumn(this::schema).setHeader(getTranslation("modules.column.schema")).setFlexGrow(2)
                .setClassNameGenerator(offer -> "module-schema");
        grid.addComponentColumn(this::actions).setWidth("13em").setFlexGrow(0); // room for two buttons in either language
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true); // a handful of modules: the page scrolls, packages below
        grid.setWidthFull();
        packages = new ModulePackagesPanel(delivery, this::refresh);
        add(new H2(getTranslation("modules.title")), new Paragraph(getTranslation("modules.intro")), grid, packages);
        refresh();
    }

    void refresh() {
        contributed = contributions.get();
        grid.setItems(modules.modules());
        packages.refresh();
    }

    private String relations(ModuleOffer offer) {
        String requires = String.join(", ", offer.requires());
        if (offer.enhances().isEmpty()) {
            return requires;
        }
        String enhances = getTranslation("modules.enhances", String.join(", ", offer.enhances()));
        return requires.isEmpty() ? enhances : requires + "; " + enhances;
    }

    private String version(ModuleOffer offer) {
        if (offer.updatable()) {
            return getTranslation("modules.version.update", offer.installedVersion(), offer.version());
        }
        return offer.installed() ? offer.installedVersion() : offer.version();
    }

    private String schema(ModuleOffer offer) {
        ModuleSchema schema = offer.schema();
        if (!schema.exists()) {
            return getTranslation("modules.schema.none");
        }
        String applied = getTranslation("modules.schema.applied", schema.applied(),
                schema.lastApplied() == null ? "" : DATE.format(schema.lastApplied().atZone(ZoneId.systemDefault())));
        return offer.installed() ? applied : getTranslation("modules.schema.kept", applied);
    }

    private String contributes(ModuleOffer offer) {
        return contributed.getOrDefault(offer.id(), List.of()).stream()
                .map(count -> getTranslation(count.labelKey(), count.count())).collect(Collectors.joining(", "));
    }

    private Div describe(ModuleOffer offer) {
        Span id = new Span(offer.id());
        id.getStyle().set("font-weight", "600");
        Span description = new Span(offer.description());
        description.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div cell = new Div(id, new Div(description));
        cell.addClassName("module-" + offer.id());
        return cell;
    }

    private Span state(ModuleOffer offer) {
        if (!offer.installed()) {
            return new Span(getTranslation("modules.state.notInstalled"));
        }
        String text = registry.module(offer.id()).map(this::stateText).orElse(getTranslation("modules.state.installed"));
        Span state = new Span(offer.core() ? text + " · " + getTranslation("modules.core") : text);
        state.addClassName("module-state");
        return state;
    }

    private String stateText(ModuleStatus status) {
        String state = getTranslation("modules.state." + status.state().name());
        return status.problem().isEmpty() ? state : state + ": " + status.problem();
    }

    private HorizontalLayout actions(ModuleOffer offer) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        if (offer.updatable()) {
            actions.add(action(offer, ModuleChange.UPDATE, ButtonVariant.LUMO_PRIMARY));
        }
        if (!offer.installed()) {
            actions.add(action(offer, ModuleChange.INSTALL, ButtonVariant.LUMO_PRIMARY));
            if (offer.schema().exists() && !offer.core()) {
                actions.add(action(offer, ModuleChange.PURGE, ButtonVariant.LUMO_ERROR));
            }
        } else if (!offer.core()) {
            actions.add(action(offer, ModuleChange.UNINSTALL, ButtonVariant.LUMO_ERROR));
        }
        return actions;
    }

    private Button action(ModuleOffer offer, ModuleChange change, ButtonVariant variant) {
        String name = change.name().toLowerCase(Locale.ROOT);
        Button button = new Button(getTranslation("modules." + name),
                event -> new ModulePlanDialog(modules, modules.plan(offer.id(), change), this::refresh).open());
        button.setId("module-" + name + "-" + offer.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modules.title");
    }
}
