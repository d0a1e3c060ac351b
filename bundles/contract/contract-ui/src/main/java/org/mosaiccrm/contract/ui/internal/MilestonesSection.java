package org.mosaiccrm.contract.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractStatus;
import org.mosaiccrm.contract.Milestone;
import org.mosaiccrm.contract.MilestoneStatus;
import org.mosaiccrm.platform.ui.Attempt;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A contract's deliveries and obligations (交付与履约): what is due when, done or late. Who may edit
 * the contract plans them until it is closed, and marks one done (today) once it is signed.
 */
class MilestonesSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    MilestonesSection(ContractUi ui, Contract contract, Consumer<Contract> onChanged) {
        setPadding(false);
        setId("contract-milestones");
        add(new H4(getTranslation("contract.milestones")));
        List<Milestone> milestones = ui.milestones.milestones(contract.id());
        boolean planning = ui.mayEdit && !closed(contract);
        boolean executing = contract.status() == ContractStatus.SIGNED || contract.status() == ContractStatus.IN_EXECUTION;
        Grid<Milestone> grid = new Grid<>();
        grid.setId("contract-milestones-grid");
        grid.addColumn(m -> getTranslation("contract.milestone.kind." + m.kind().name())).setHeader(getTranslation("contract.milestone.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Milestone::title).setHeader(getTranslation("contract.milestone.title")).setFlexGrow(1)
                .setTooltipGenerator(Milestone::title);
        grid.addColumn(m -> m.dueDate().toString()).setHeader(getTranslation("contract.milestone.dueDate")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> getTranslation("contract.milestone.status." + m.status().name())
                + (m.doneOn() == null ? "" : " " + m.doneOn())).setHeader(getTranslation("contract.field.status")).setAutoWidth(true)
                .setFlexGrow(0);
        if (planning) {
            grid.addComponentColumn(m -> {
                HorizontalLayout actions = new HorizontalLayout();
                boolean open = m.status() == MilestoneStatus.PENDING || m.status() == MilestoneStatus.LATE;
                if (open && executing) {
                    Button done = new Button(getTranslation("contract.milestone.done"), event -> apply(() ->
                            ui.milestones.completeMilestone(contract.id(), m.id(), LocalDate.now(), contract.version()), onChanged));
                    done.setId("milestone-done-" + m.id());
                    done.addClassName("milestone-done");
                    done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    actions.add(done);
                }
                if (open) {
                    Button remove = new Button(getTranslation("contract.milestone.remove"), event -> apply(() ->
                            ui.milestones.removeMilestone(contract.id(), m.id(), contract.version()), onChanged));
                    remove.setId("milestone-remove-" + m.id());
                    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    actions.add(remove);
                }
                return actions;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(milestones);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("contract.milestones.none"));
        add(grid);
        if (planning) {
            Button add = new Button(getTranslation("contract.milestone.new"), event -> new MilestoneForm(ui, contract, onChanged).open());
            add.setId("contract-milestone-add");
            add(add);
        }
    }

    private static void apply(java.util.function.Supplier<Contract> change, Consumer<Contract> onChanged) {
        Contract changed = Attempt.of(change, "contract.error.changedMeanwhile", "contract.error.notFound");
        if (changed != null) {
            onChanged.accept(changed);
        }
    }

    private static boolean closed(Contract contract) {
        return switch (contract.status()) {
            case COMPLETED, TERMINATED, VOID -> true;
            default -> false;
        };
    }
}
