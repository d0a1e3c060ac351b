package org.mosaiccrm.sales.ui.internal.opportunity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.mosaiccrm.platform.action.ActionContext;
import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The actions other modules offer on a won opportunity (extension point
 * {@link OpportunityService#ACTIONS_WON}, e.g. the contract module's "create contract"). They come
 * and go with their modules.
 */
@Component(service = WonActions.class)
public class WonActions {

    private final List<ActionContribution> actions = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + ActionContribution.EXTENSION_POINT_PROPERTY + "=" + OpportunityService.ACTIONS_WON + ")")
    void addAction(ActionContribution action) {
        actions.add(action);
    }

    void removeAction(ActionContribution action) {
        actions.remove(action);
    }

    /** The opportunity as an action sees it. */
    static ActionContext context(Opportunity opportunity) {
        return new ActionContext("Opportunity", opportunity.id(), Map.of("customerId", opportunity.customerId(),
                "name", opportunity.name(), "amount", opportunity.amount(), "currency", opportunity.currency()));
    }

    /** The actions for this opportunity the user may run, in their order. */
    List<ActionContribution> applicable(Opportunity opportunity, Predicate<String> permitted) {
        return applicable(actions, context(opportunity), permitted);
    }

    static List<ActionContribution> applicable(List<ActionContribution> actions, ActionContext context,
            Predicate<String> permitted) {
        return actions.stream()
                .filter(action -> OpportunityService.ACTIONS_WON.equals(action.extensionPoint()))
                .filter(action -> action.requiredPermission().isEmpty() || permitted.test(action.requiredPermission()))
                .filter(action -> action.isApplicable(context))
                .sorted(Comparator.comparingInt(ActionContribution::order)).toList();
    }
}
