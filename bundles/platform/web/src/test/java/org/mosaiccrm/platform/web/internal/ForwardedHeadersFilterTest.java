package org.mosaiccrm.platform.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ForwardedHeadersFilterTest {

    private static final Set<String> PROXIES = Set.of("127.0.0.1", "10.0.0.2");

    private static String client(String... headers) {
        return ForwardedHeadersFilter.client("127.0.0.1", Collections.enumeration(List.of(headers)), PROXIES);
    }

    @Test
    void theNearestAddressNoTrustedProxyAddedIsTheClient() {
        assertEquals("203.0.113.7", client("203.0.113.7"));
        // a client writing its own header cannot pass for someone else: the proxy appends the real one
        assertEquals("203.0.113.7", client("198.51.100.1, 203.0.113.7"));
        assertEquals("203.0.113.7", client("198.51.100.1", "203.0.113.7, 10.0.0.2"));
    }

    @Test
    void withoutAHeaderTheConnectedAddressStays() {
        assertEquals("127.0.0.1", client());
        assertEquals("10.0.0.2", client("10.0.0.2"));
    }
}
