package org.mosaiccrm.sales.ui.internal.opportunity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.mosaiccrm.platform.action.ActionContext;
import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteLines;
import org.mosaiccrm.sales.QuoteService;
import org.mosaiccrm.sales.QuoteStatus;
import org.mosaiccrm.sales.ui.internal.ExtensionActions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The actions other modules offer on a won opportunity (extension point
 * {@link OpportunityService#ACTIONS_WON}, e.g. the contract module's "create contract"), given the
 * opportunity and, when the user may read it, its accepted quote's lines. They come and go with
 * their modules.
 */
@Component(service = WonActions.class)
public class WonActions {

    private final ExtensionActions actions = new ExtensionActions(OpportunityService.ACTIONS_WON);
    private final QuoteService quotes;
    private final AccessPolicy policy;

    @Activate
    public WonActions(@Reference QuoteService quotes, @Reference AccessPolicy policy) {
        this.quotes = quotes;
        this.policy = policy;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + ActionContribution.EXTENSION_POINT_PROPERTY + "=" + OpportunityService.ACTIONS_WON + ")")
    void addAction(ActionContribution action) {
        actions.add(action);
    }

    void removeAction(ActionContribution action) {
        actions.remove(action);
    }

    /** The opportunity as an action sees it, with its accepted quote's lines when the user may read quotes. */
    ActionContext context(Opportunity opportunity) {
        Optional<Quote> accepted = policy.isPermitted(QuoteService.PERMISSION_READ)
                ? quotes.forOpportunity(opportunity.id()).stream().filter(quote -> quote.status() == QuoteStatus.ACCEPTED).findFirst()
                : Optional.empty();
        return context(opportunity, accepted);
    }

    static ActionContext context(Opportunity opportunity, Optional<Quote> accepted) {
        Map<String, Object> facts = new HashMap<>(Map.of("customerId", opportunity.customerId(), "name", opportunity.name(),
                "amount", opportunity.amount(), "currency", opportunity.currency()));
        accepted.ifPresent(quote -> facts.putAll(QuoteLines.attributes(quote)));
        return new ActionContext("Opportunity", opportunity.id(), facts);
    }

    /** The actions for this opportunity the user may run, in their order. */
    List<ActionContribution> applicable(Opportunity opportunity, Predicate<String> permitted) {
        return actions.applicable(context(opportunity, Optional.empty()), permitted);
    }
}
