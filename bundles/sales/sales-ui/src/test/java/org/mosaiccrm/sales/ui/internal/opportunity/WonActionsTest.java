package org.mosaiccrm.sales.ui.internal.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.action.ActionContext;
import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;

/** Which actions of other modules a won opportunity offers: point, permission, applicability, order. */
class WonActionsTest {

    private record Action(String titleKey, String extensionPoint, String requiredPermission, int order, boolean applies)
            implements ActionContribution {
        @Override
        public boolean isApplicable(ActionContext context) {
            return applies && context.attributes().get("customerId").equals(7L);
        }

        @Override
        public String execute(ActionContext context) {
            return "";
        }
    }

    @Test
    void offersTheApplicableActionsTheUserMayRunInTheirOrder() {
        Opportunity won = new Opportunity(1, 7, "扩产", "negotiation", BigDecimal.TEN, "CNY", null, 100, "", "", 3,
                OpportunityStatus.WON, "", Instant.now(), 2);
        Action contract = new Action("contract.create", OpportunityService.ACTIONS_WON, "contract.create", 20, true);
        Action invoice = new Action("billing.invoice", OpportunityService.ACTIONS_WON, "", 10, true);
        Action forbidden = new Action("secret", OpportunityService.ACTIONS_WON, "secret.run", 5, true);
        Action notNow = new Action("later", OpportunityService.ACTIONS_WON, "", 1, false);
        Action elsewhere = new Action("other", "customer.toolbar", "", 1, true);
        List<ActionContribution> offered = WonActions.applicable(List.of(contract, invoice, forbidden, notNow, elsewhere),
                WonActions.context(won), Set.of("contract.create")::contains);
        assertEquals(List.of(invoice, contract), offered);
    }
}
