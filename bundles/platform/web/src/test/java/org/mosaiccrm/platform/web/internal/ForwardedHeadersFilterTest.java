package org.mosaiccrm.platform.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

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

    /** A request as Jetty hands it over behind a TLS proxy: plain HTTP, the Host header the proxy sent. */
    private static HttpServletRequest plain(String url) {
        return (HttpServletRequest) Proxy.newProxyInstance(ForwardedHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURL" -> new StringBuffer(url);
                    case "isSecure" -> false;
                    case "getScheme" -> "http";
                    default -> null;
                });
    }

    @Test
    void behindATlsProxyTheAddressIsTheOneTheBrowserUsed() {
        var forwarded = new ForwardedHeadersFilter.Forwarded(plain("http://crm.example.com:80/admin/users"), "203.0.113.7", true);
        assertEquals("https://crm.example.com/admin/users", forwarded.getRequestURL().toString());
        assertEquals("https", forwarded.getScheme());
        assertEquals("https://crm.example.com:8443/",
                new ForwardedHeadersFilter.Forwarded(plain("http://crm.example.com:8443/"), "203.0.113.7", true)
                        .getRequestURL().toString());
        assertEquals("http://localhost:8181/",
                new ForwardedHeadersFilter.Forwarded(plain("http://localhost:8181/"), "127.0.0.1", false)
                        .getRequestURL().toString(), "no proxy said https: unchanged");
    }

    @Test
    void withoutAHeaderTheConnectedAddressStays() {
        assertEquals("127.0.0.1", client());
        assertEquals("10.0.0.2", client("10.0.0.2"));
    }
}
