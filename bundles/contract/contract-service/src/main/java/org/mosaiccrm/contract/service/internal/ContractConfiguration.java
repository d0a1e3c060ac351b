package org.mosaiccrm.contract.service.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The contract module's settings ({@code etc/org.mosaiccrm.contract.cfg}). */
@ObjectClassDefinition(name = "Mosaic CRM contracts", description = "How contracts are numbered and approved")
public @interface ContractConfiguration {

    @AttributeDefinition(name = "Finance approval from", description = "Contracts of this amount or more also go to a"
            + " finance approver in the flow the module ships (a process administrator may change the flow later)")
    String approvalLimit() default "100000";

    @AttributeDefinition(name = "Contract numbers", description = "The pattern of new contract numbers: {yyyy}, {yy} and {MM}"
            + " for the year and month, {seq:N} for the number within them (N digits, consecutive, no gaps); e.g."
            + " HT-{yyyy}-{seq:5} or SH{yy}{MM}{seq:4}")
    String numberPattern() default NumberPattern.DEFAULT;
}
