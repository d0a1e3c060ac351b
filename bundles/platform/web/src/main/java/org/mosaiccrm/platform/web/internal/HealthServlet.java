package org.mosaiccrm.platform.web.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.security.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /health}: overall status for load balancers (status code and {@code status}), and every
 * module's name, version and state for operators — the latter only asked from this machine or with
 * the monitoring token, since module versions tell a stranger which weaknesses to try. Registered
 * in every servlet context so that the UI's catch-all servlet never shadows it.
 */
@Component(service = Servlet.class, configurationPid = WebConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@HttpWhiteboardServletPattern("/health")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ModuleRegistry moduleRegistry;
    private final transient ObjectMapper mapper = new ObjectMapper();

    @Reference(target = "(osgi.jndi.service.name=crmds)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    private volatile String token;

    @Activate
    public HealthServlet(@Reference ModuleRegistry moduleRegistry, WebConfiguration configuration) {
        this.moduleRegistry = moduleRegistry;
        modified(configuration);
    }

    @Modified
    void modified(WebConfiguration configuration) {
        token = configuration.health_token().strip();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HealthReport report = HealthReport.of(databaseState(),
                authenticator == null ? HealthReport.Status.DOWN : HealthReport.Status.UP, moduleRegistry.modules());
        response.setStatus(report.status() == HealthReport.Status.DOWN ? 503 : 200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (maySeeDetails(request)) {
            mapper.writeValue(response.getOutputStream(), report);
        } else {
            mapper.writeValue(response.getOutputStream(), java.util.Map.of("status", report.status()));
        }
    }

    /** From this machine (the client's address after a trusted proxy, see ForwardedHeadersFilter) or with the token. */
    private boolean maySeeDetails(HttpServletRequest request) {
        String expected = token;
        String sent = request.getHeader("Authorization");
        if (!expected.isEmpty() && sent != null && java.security.MessageDigest.isEqual(
                ("Bearer " + expected).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                sent.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return true;
        }
        String address = request.getRemoteAddr();
        if (address == null || !address.matches("[0-9A-Fa-f:.]+")) {
            return false; // only an address literal: never a name lookup
        }
        try {
            return java.net.InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private HealthReport.Status databaseState() {
        DataSource current = dataSource;
        if (current == null) {
            return HealthReport.Status.DOWN;
        }
        try (Connection connection = current.getConnection()) {
            return connection.isValid(2) ? HealthReport.Status.UP : HealthReport.Status.DOWN;
        } catch (SQLException e) {
            return HealthReport.Status.DOWN;
        }
    }
}
