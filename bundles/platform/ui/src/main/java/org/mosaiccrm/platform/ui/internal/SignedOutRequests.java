package org.mosaiccrm.platform.ui.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the UI servlet does for a request without a signed-in user. Static files and the requests
 * of a page already open (which Vaadin answers with "session expired", creating nothing) pass; a
 * page, or the start of a new UI, is sent to the sign-in page instead, so that an anonymous visitor
 * never gets a session.
 */
final class SignedOutRequests {

    /** Requests of an open page: Vaadin never creates a session for them. */
    private static final Set<String> OF_OPEN_PAGES = Set.of("uidl", "heartbeat", "push");

    private SignedOutRequests() {
    }

    static boolean mayReachUi(HttpServletRequest request) {
        String path = path(request);
        if (path.startsWith("/VAADIN/") || path.substring(path.lastIndexOf('/') + 1).contains(".")) {
            return true;
        }
        String type = request.getParameter("v-r");
        return type != null && OF_OPEN_PAGES.contains(type);
    }

    /** 303 to the sign-in page, which comes back here after signing in. */
    static void sendToLogin(HttpServletRequest request, HttpServletResponse response) {
        String path = path(request);
        String query = request.getQueryString();
        String wanted = path + (query == null || request.getParameter("v-r") != null ? "" : "?" + query);
        String next = "/".equals(wanted) || !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                ? "" : "?" + LoginServlet.NEXT + "=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + LoginServlet.PATH + next);
        response.setHeader("Cache-Control", "no-store");
    }

    private static String path(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }
}
