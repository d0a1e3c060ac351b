package org.mosaiccrm.platform.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.mosaiccrm.web} ({@code etc/org.mosaiccrm.web.cfg}). */
@ObjectClassDefinition(name = "Mosaic CRM web", description = "Reverse proxies and the health page")
public @interface WebConfiguration {

    String PID = "org.mosaiccrm.web";

    @AttributeDefinition(description = "Addresses of the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto"
            + " are believed (e.g. 127.0.0.1); empty: the headers are ignored and the connecting address is the client's",
            required = false)
    String[] trustedProxies() default {};

    @AttributeDefinition(description = "Token a monitoring system sends as 'Authorization: Bearer <token>' to see every"
            + " module in /health from another machine; empty: only requests from this machine see them",
            required = false)
    String health_token() default "";
}
