package org.mosaiccrm.sales.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.mosaiccrm.platform.action.ActionContext;
import org.mosaiccrm.platform.action.ActionContribution;

/**
 * The actions other modules offer at one extension point of a sales screen, as they come and go
 * with their modules; held by the component that references them.
 */
public final class ExtensionActions {

    private final String extensionPoint;
    private final List<ActionContribution> actions = new CopyOnWriteArrayList<>();

    public ExtensionActions(String extensionPoint) {
        this.extensionPoint = extensionPoint;
    }

    public void add(ActionContribution action) {
        actions.add(action);
    }

    public void remove(ActionContribution action) {
        actions.remove(action);
    }

    /** The actions for {@code context} the user may run, in their order. */
    public List<ActionContribution> applicable(ActionContext context, Predicate<String> permitted) {
        return applicable(actions, extensionPoint, context, permitted);
    }

    public static List<ActionContribution> applicable(List<ActionContribution> actions, String extensionPoint, ActionContext context,
            Predicate<String> permitted) {
        return actions.stream()
                .filter(action -> extensionPoint.equals(action.extensionPoint()))
                .filter(action -> action.requiredPermission().isEmpty() || permitted.test(action.requiredPermission()))
                .filter(action -> action.isApplicable(context))
                .sorted(Comparator.comparingInt(ActionContribution::order)).toList();
    }
}
