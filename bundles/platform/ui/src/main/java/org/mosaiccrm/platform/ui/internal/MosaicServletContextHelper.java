package org.mosaiccrm.platform.ui.internal;

import java.net.URL;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The servlet context of the UI. Static files are served by Vaadin from the host's class loader,
 * never as {@code bundle:} URLs through the context (Vaadin's Jetty 12 check turns those into
 * {@code Path}s and fails), so {@link #getResource} answers nothing.
 */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = MosaicServletContextHelper.NAME, path = "/")
public class MosaicServletContextHelper extends ServletContextHelper {

    public static final String NAME = "mosaic-ui";

    private static final Map<String, String> MIME_TYPES = Map.of(
            "js", "text/javascript",
            "mjs", "text/javascript",
            "css", "text/css",
            "json", "application/json",
            "svg", "image/svg+xml",
            "woff2", "font/woff2",
            "woff", "font/woff",
            "png", "image/png",
            "html", "text/html",
            "webmanifest", "application/manifest+json");

    @Override
    public URL getResource(String name) {
        return null;
    }

    @Override
    public String getMimeType(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : MIME_TYPES.get(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }
}
