package org.mosaiccrm.platform.ui.internal.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosaiccrm.platform.ui.internal.MosaicServletContextHelper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves Apache ECharts (the WebJar's {@code echarts.min.js}, copied beside this class by the build)
 * to every page with a chart. Browsers keep it and ask again with its tag, so a new version reaches
 * them after an update and an unchanged one costs a 304.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(EChartsScriptServlet.PATH)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + MosaicServletContextHelper.NAME + ")")
public class EChartsScriptServlet extends HttpServlet {

    public static final String PATH = "/charts/echarts.min.js";

    private static final long serialVersionUID = 1L;
    private static final URL SCRIPT = EChartsScriptServlet.class.getResource("echarts.min.js");

    /** The script's tag, worked out (1 MB hashed) when a page first asks for it rather than at every start. */
    private static final class Tag {
        static final String VALUE = tag();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tag = Tag.VALUE;
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/javascript;charset=UTF-8");
        try (InputStream in = SCRIPT.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static String tag() {
        try (InputStream in = SCRIPT.openStream()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
            return "\"" + HexFormat.of().formatHex(sha256.digest(), 0, 16) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException("echarts.min.js missing from the UI host", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
