package org.mosaiccrm.contract.service.internal;

import java.util.List;

import org.mosaiccrm.contract.Contract;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.search.SearchHit;
import org.mosaiccrm.platform.search.SearchProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contracts in the global search box by the start of their number or title; a hit opens the contract. */
@Component(service = SearchProvider.class)
public class ContractSearchProvider implements SearchProvider {

    private final ContractService contracts;

    @Activate
    public ContractSearchProvider(@Reference ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public String titleKey() {
        return "contract.contracts";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String requiredPermission() {
        return ContractService.PERMISSION_READ;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return contracts.search(query, limit).stream().map(ContractSearchProvider::hit).toList();
    }

    /** The amount beside it for who may see it; the box shows no translated words from here. */
    private static SearchHit hit(Contract contract) {
        return new SearchHit(contract.number() + " " + contract.title(),
                contract.amount() == null ? "" : contract.amount().toPlainString() + " " + contract.currency(),
                "contract/contracts/" + contract.id());
    }
}
