package org.mosaiccrm.platform.webhooks.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Keeps deliveries off this machine: a receiver whose host resolves to a loopback, wildcard or
 * link-local address (the CRM itself, or a cloud's metadata service at 169.254.169.254) is refused
 * unless the operator allows loopback receivers. Checked when a subscription is saved and again
 * before each attempt, as a name may resolve elsewhere later. Addresses in private networks stay
 * allowed: an ERP in the company's network is the usual receiver.
 */
final class ReceiverAddresses {

    private final boolean allowLoopback;

    ReceiverAddresses(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /** Why a receiver is refused: the text key saying so, and the address it resolved to. */
    record Refusal(String key, String address) {
        /** For the delivery log. */
        String describe() {
            return "Refused: the receiver is at " + (key.endsWith("loopback") ? "a loopback" : "a link-local") + " address, "
                    + address;
        }
    }

    /**
     * @return why the receiver is refused, or null when it may be called
     * @throws UnknownHostException when its host does not resolve
     */
    Refusal refusal(String url) throws UnknownHostException {
        String host = URI.create(url).getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (address.isLinkLocalAddress()) {
                return new Refusal("webhook.error.linkLocal", address.getHostAddress());
            }
            if (!allowLoopback && (address.isLoopbackAddress() || address.isAnyLocalAddress())) {
                return new Refusal("webhook.error.loopback", address.getHostAddress());
            }
        }
        return null;
    }
}
