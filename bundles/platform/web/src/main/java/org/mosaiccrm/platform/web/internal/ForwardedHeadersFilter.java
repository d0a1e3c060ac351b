package org.mosaiccrm.platform.web.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Behind a reverse proxy every request comes from the proxy. When it is one of the configured
 * {@code trustedProxies}, the client's address is taken from {@code X-Forwarded-For} (the nearest
 * address no trusted proxy added) and HTTPS from {@code X-Forwarded-Proto}; from anyone else these
 * headers are ignored, since a client could write them itself. Runs before every other filter, so
 * that sign-in throttling, the audit log and the cookie flags all see the real client.
 */
@Component(service = Filter.class, configurationPid = WebConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = Constants.SERVICE_RANKING + ":Integer=1000")
@Designate(ocd = WebConfiguration.class)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
public class ForwardedHeadersFilter implements Filter {

    private volatile Set<String> trusted;

    @Activate
    public ForwardedHeadersFilter(WebConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(WebConfiguration configuration) {
        trusted = Set.copyOf(Arrays.stream(configuration.trustedProxies()).map(String::strip)
                .filter(a -> !a.isEmpty()).toList());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Set<String> proxies = trusted;
        if (!proxies.isEmpty() && request instanceof HttpServletRequest http && proxies.contains(http.getRemoteAddr())) {
            chain.doFilter(new Forwarded(http, client(http.getRemoteAddr(), http.getHeaders("X-Forwarded-For"), proxies),
                    "https".equalsIgnoreCase(last(http.getHeader("X-Forwarded-Proto")))), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The address nearest to us in the chain that no trusted proxy stands for. */
    static String client(String connected, java.util.Enumeration<String> headers, Set<String> proxies) {
        List<String> hops = new java.util.ArrayList<>();
        while (headers != null && headers.hasMoreElements()) {
            for (String hop : headers.nextElement().split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return hops.isEmpty() ? connected : hops.get(0);
    }

    private static String last(String header) {
        if (header == null) {
            return "";
        }
        String[] values = header.split(",");
        return values[values.length - 1].strip();
    }

    static final class Forwarded extends HttpServletRequestWrapper {

        private final String client;
        private final boolean secure;

        Forwarded(HttpServletRequest request, String client, boolean secure) {
            super(request);
            this.client = client;
            this.secure = secure || request.isSecure();
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getScheme() {
            return secure ? "https" : super.getScheme();
        }

        /** As the browser addressed the proxy (links handed to users, such as a password link, must work). */
        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = super.getRequestURL();
            if (secure && url.indexOf("http://") == 0) {
                url.replace(0, "http://".length(), "https://");
                int authorityEnd = url.indexOf("/", "https://".length());
                String authority = url.substring("https://".length(), authorityEnd < 0 ? url.length() : authorityEnd);
                if (authority.endsWith(":80")) { // the proxy's plain port of the Host header it sent, not the user's
                    url.delete("https://".length() + authority.length() - 3, "https://".length() + authority.length());
                }
            }
            return url;
        }
    }
}
