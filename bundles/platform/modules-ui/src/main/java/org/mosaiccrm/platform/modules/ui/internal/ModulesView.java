package org.mosaiccrm.platform.modules.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.module.ModuleStatus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The modules the feature repositories offer, installed or not, with their state; install and
 * uninstall after a confirmation that says what will happen ({@link ModulePlanDialog}).
 */
public class ModulesView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient ModuleManager modules;
    private final transient ModuleRegistry registry;
    private final transient Supplier<Map<String, List<ModuleContributions.Count>>> contributions;
    private final Grid<ModuleOffer> grid = new Grid<>();
    private transient Map<String, List<ModuleContributions.Count>> contributed = Map.of();

    public ModulesView(ModuleManager modules, ModuleRegistry registry,
            Supplier<Map<String, List<ModuleContributions.Count>>> contributions) {
        this.modules = modules;
        this.registry = registry;
        this.contributions = contributions;
        setId("modules-view");
        setSizeFull();
        grid.setId("modules-grid");
        grid.addComponentColumn(this::describe).setHeader(getTranslation("modules.column.module")).setFlexGrow(3);
        grid.addColumn(ModuleOffer::version).setHeader(getTranslation("modules.column.version")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("modules.column.state")).setFlexGrow(2);
        grid.addColumn(offer -> String.join(", ", offer.requires())).setHeader(getTranslation("modules.column.requires"));
        grid.addColumn(this::contributes).setHeader(getTranslation("modules.column.contributes")).setFlexGrow(2)
                .setClassNameGenerator(offer -> "module-contributes");
        grid.addComponentColumn(this::action).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(new H2(getTranslation("modules.title")), new Paragraph(getTranslation("modules.intro")), grid);
        refresh();
    }

    void refresh() {
        contributed = contributions.get();
        grid.setItems(modules.modules());
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

    private Button action(ModuleOffer offer) {
        ModuleChange change = offer.installed() ? ModuleChange.UNINSTALL : ModuleChange.INSTALL;
        String key = change == ModuleChange.INSTALL ? "modules.install" : "modules.uninstall";
        Button button = new Button(getTranslation(key),
                event -> new ModulePlanDialog(modules, modules.plan(offer.id(), change), this::refresh).open());
        button.setId((change == ModuleChange.INSTALL ? "module-install-" : "module-uninstall-") + offer.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                change == ModuleChange.INSTALL ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        button.setVisible(!(offer.installed() && offer.core()));
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("modules.title");
    }
}
