package org.mosaiccrm.assembly.shared.contract;

import org.mosaiccrm.assembly.shared.ContractModuleIT.Lookup;
import org.mosaiccrm.assembly.shared.ModulePart;
import org.mosaiccrm.contract.ContractService;

/** A contract's status as its owner sees it ("" when the owner cannot find it). */
public final class StatusOf extends ModulePart<Lookup, String> {

    @Override
    protected String run(Lookup lookup) throws Exception {
        ContractService contracts = service(ContractService.class);
        return as(lookup.who(), () -> contracts.find(lookup.contractId())).map(c -> c.status().name()).orElse("");
    }
}
