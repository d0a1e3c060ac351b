package org.mosaiccrm.platform.ui.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Addresses the UI never serves. The UI servlet takes every path, so while the CRM starts (or
 * when the bundle serving one of these is stopped) it would answer them with the UI page and
 * status 200: a load balancer polling {@code /health} would see "up" before anyone can sign in,
 * and an API client would parse HTML. Their own servlets, once registered, match before the
 * UI's {@code /*}; until then the UI answers for them in JSON.
 */
final class NonUiPaths {

    private NonUiPaths() {
    }

    /** Answers a request for a non-UI path; {@code false} when the path is the UI's. */
    static boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (isUnder(path, "/health")) {
            write(response, "application/json", "{\"status\":\"STARTING\"}");
            return true;
        }
        if (isUnder(path, "/api")) {
            response.setHeader("Retry-After", "10");
            write(response, "application/problem+json",
                    "{\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\"This part of the CRM is not available now.\"}");
            return true;
        }
        return false;
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static void write(HttpServletResponse response, String type, String json) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json);
    }
}
