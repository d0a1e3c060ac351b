package org.mosaiccrm.customer.ui.internal;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a refusal of a service into words. The services throw with an i18n key as message
 * ({@code customer.error.changedMeanwhile}, {@code access.denied}); anything else is a fault,
 * logged, and shown as such.
 */
final class ServiceErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceErrors.class);
    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[A-Za-z0-9]+)+");

    private ServiceErrors() {
    }

    static String messageKey(RuntimeException e) {
        String message = e.getMessage();
        if (message != null && KEY.matcher(message).matches()) {
            return message;
        }
        LOG.warn("Unexpected failure of a customer service call", e);
        return "customer.error.unexpected";
    }
}
