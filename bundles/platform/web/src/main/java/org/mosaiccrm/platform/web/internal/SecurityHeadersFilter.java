package org.mosaiccrm.platform.web.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Security headers on every response of every context. The Content-Security-Policy is as strict as
 * Vaadin Flow allows: its client evaluates server-sent JavaScript and its components use inline
 * styles, so {@code script-src} needs {@code 'unsafe-eval'} and {@code 'unsafe-inline'} (Vaadin's
 * bootstrap) and {@code style-src} {@code 'unsafe-inline'}; everything else is same-origin only, and
 * no page may be framed.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
public class SecurityHeadersFilter implements Filter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "same-origin");
            http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            if (request instanceof HttpServletRequest asked && !isStaticFile(asked)) {
                // pages and UI messages show personal data: no browser or proxy may keep a copy
                // (set first: a servlet that knows better, e.g. for a download, may replace it)
                http.setHeader("Cache-Control", "no-store");
            }
        }
        chain.doFilter(request, response);
        if (response instanceof HttpServletResponse http && !http.isCommitted()) {
            addSameSite(http, request.isSecure());
        }
    }

    /**
     * Felix HTTP cannot configure SameSite for the session cookie, so it is added here: Lax keeps
     * other sites from sending the session along with their requests (ASVS 3.4.3). Over HTTPS (also
     * when a trusted proxy says so, {@link ForwardedHeadersFilter}) every cookie gets {@code Secure}.
     */
    static void addSameSite(HttpServletResponse response, boolean secure) {
        List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
        if (cookies.isEmpty() || cookies.stream().allMatch(c -> complete(c, secure))) {
            return;
        }
        boolean first = true;
        for (String cookie : cookies) {
            String lower = cookie.toLowerCase(Locale.ROOT);
            String value = cookie + (lower.contains("samesite=") ? "" : "; SameSite=Lax")
                    + (secure && !flaggedSecure(lower) ? "; Secure" : "");
            if (first) {
                response.setHeader("Set-Cookie", value);
                first = false;
            } else {
                response.addHeader("Set-Cookie", value);
            }
        }
    }

    /** Vaadin's scripts, styles, images and fonts: the same for everyone, cacheable (downloads are not). */
    static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/VAADIN/dynamic/")) {
            return false;
        }
        return path.startsWith("/VAADIN/") || path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private static boolean complete(String cookie, boolean secure) {
        String lower = cookie.toLowerCase(Locale.ROOT);
        return lower.contains("samesite=") && (!secure || flaggedSecure(lower));
    }

    private static boolean flaggedSecure(String lowerCaseCookie) {
        return lowerCaseCookie.matches(".*;\\s*secure(;.*|$)");
    }
}
