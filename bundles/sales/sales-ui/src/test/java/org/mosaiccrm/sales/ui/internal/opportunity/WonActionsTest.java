package org.mosaiccrm.sales.ui.internal.opportunity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.action.ActionContext;
import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.sales.Opportunity;
import org.mosaiccrm.sales.OpportunityService;
import org.mosaiccrm.sales.OpportunityStatus;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteLine;
import org.mosaiccrm.sales.QuoteLines;
import org.mosaiccrm.sales.QuoteStatus;
import org.mosaiccrm.sales.ui.internal.ExtensionActions;

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
        List<ActionContribution> offered = ExtensionActions.applicable(List.of(contract, invoice, forbidden, notNow, elsewhere),
                OpportunityService.ACTIONS_WON, WonActions.context(won, Optional.empty()), Set.of("contract.create")::contains);
        assertEquals(List.of(invoice, contract), offered);
    }

    @Test
    void anAcceptedQuoteGivesItsLinesAsPlainValues() {
        Opportunity won = new Opportunity(1, 7, "扩产", "negotiation", new BigDecimal("250000"), "CNY", null, 100, "", "", 3,
                OpportunityStatus.WON, "", Instant.now(), 2);
        QuoteLine machine = new QuoteLine(5, "CNC-200", "数控机床", "台", new BigDecimal("2.000"), new BigDecimal("120000.00"),
                new BigDecimal("5.00"), new BigDecimal("13.00"), new BigDecimal("228000.00"));
        Quote accepted = new Quote(9, "Q-2026-00009", 1, true, 1, 7, 3, "CNY", QuoteStatus.ACCEPTED, null, new BigDecimal("10.00"),
                List.of(machine), null, null, null, null, null, "", Instant.now(), Instant.now(), 4);
        Map<String, Object> facts = WonActions.context(won, Optional.of(accepted)).attributes();
        assertEquals(new BigDecimal("10.00"), facts.get(QuoteLines.ATTRIBUTE_DISCOUNT));
        assertEquals(List.of(Map.of("productCode", "CNC-200", "description", "数控机床", "unit", "台", "quantity", new BigDecimal("2.000"),
                "unitPrice", new BigDecimal("120000.00"), "discountPercent", new BigDecimal("5.00"), "taxRate", new BigDecimal("13.00"))),
                facts.get(QuoteLines.ATTRIBUTE_LINES));
        assertEquals(7L, facts.get("customerId"));
    }
}
