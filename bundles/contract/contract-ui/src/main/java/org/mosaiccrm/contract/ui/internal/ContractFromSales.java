package org.mosaiccrm.contract.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.contract.NewContract;
import org.mosaiccrm.contract.NewContractLine;
import org.mosaiccrm.contract.NewContractLines;
import org.mosaiccrm.platform.action.ActionContext;
import org.mosaiccrm.platform.action.ActionContribution;
import org.mosaiccrm.platform.ui.Attempt;

/**
 * "Create contract" on a sales record (a won opportunity, an order): a sales contract drafted for its
 * customer with its name and amount and, when the record passes them, its accepted quote's lines and
 * discount — the amount then being their total — opened for the rest to be filled in. The sales
 * module passes plain values (its {@code QuoteLines} says which), so the contract module needs nothing
 * of sales: without sales installed these actions wait unused.
 */
abstract class ContractFromSales implements ActionContribution {

    private static final String SALES_CONTRACT = "sales";

    private final ContractService contracts;
    private final String extensionPoint;
    private final String titleKey;

    ContractFromSales(ContractService contracts, String extensionPoint, String titleKey) {
        this.contracts = contracts;
        this.extensionPoint = extensionPoint;
        this.titleKey = titleKey;
    }

    @Override
    public String extensionPoint() {
        return extensionPoint;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String requiredPermission() {
        return ContractService.PERMISSION_CREATE;
    }

    @Override
    public boolean isApplicable(ActionContext context) {
        return context.attributes().get("customerId") instanceof Long && context.attributes().get("amount") instanceof BigDecimal;
    }

    /** Drafts the contract and opens it; a refusal (a customer out of the user's scope, say) is shown and nothing made. */
    @Override
    public String execute(ActionContext context) {
        Map<String, Object> facts = context.attributes();
        NewContract contract = new NewContract(String.valueOf(facts.get("name")), SALES_CONTRACT, (Long) facts.get("customerId"),
                (BigDecimal) facts.get("amount"), String.valueOf(facts.get("currency")), null, null, null, "", "");
        Contract drafted = Attempt.of(() -> contracts.create(contract, lines(facts)), "contract.error.changedMeanwhile",
                "contract.error.notFound");
        if (drafted == null) {
            return "";
        }
        Attempt.done("contract.saved", drafted.number());
        return ContractsContribution.ROUTE + "/" + drafted.id();
    }

    /** The lines the record passed, as the contract takes them; none when it passed none. */
    static NewContractLines lines(Map<String, Object> facts) {
        if (!(facts.get("lines") instanceof List<?> lines)) {
            return NewContractLines.none();
        }
        List<NewContractLine> typed = lines.stream().filter(Map.class::isInstance).map(line -> (Map<?, ?>) line)
                .map(line -> new NewContractLine(text(line, "productCode"), text(line, "description"), text(line, "unit"),
                        number(line, "quantity"), number(line, "unitPrice"), number(line, "discountPercent"), number(line, "taxRate")))
                .toList();
        return new NewContractLines(typed, number(facts, "discountPercent"));
    }

    private static String text(Map<?, ?> values, String key) {
        return values.get(key) instanceof String text ? text : "";
    }

    private static BigDecimal number(Map<?, ?> values, String key) {
        return values.get(key) instanceof BigDecimal number ? number : null;
    }
}
