package org.mosaiccrm.platform.module.service.internal.delivery;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The operators' trust list for module packages (etc/org.mosaiccrm.platform.modules.trust.config). */
@ObjectClassDefinition(name = "Mosaic CRM trusted module vendors",
        description = "Module packages (KAR files) from these sources install without approval.")
public @interface TrustConfiguration {

    String PID = "org.mosaiccrm.platform.modules.trust";

    @AttributeDefinition(name = "Trusted vendors", required = false,
            description = "One entry per vendor: 'Vendor name = SHA-256 fingerprint of the certificate the vendor signs its "
                    + "KAR files with' (hex, colons allowed; keytool -list -v shows it).")
    String[] vendors() default {};

    @AttributeDefinition(name = "Trusted package checksums", required = false,
            description = "One entry per package: 'Label = SHA-256 checksum of the KAR file' (sha256sum shows it).")
    String[] checksums() default {};
}
