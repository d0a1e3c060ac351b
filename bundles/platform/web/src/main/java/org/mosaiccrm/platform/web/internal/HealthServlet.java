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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /health}: overall status and every module's name, version and state, for load
 * balancers (status code) and operators (body). Registered in every servlet context so that the
 * UI's catch-all servlet never shadows it.
 */
@Component(service = Servlet.class)
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

    @Activate
    public HealthServlet(@Reference ModuleRegistry moduleRegistry) {
        this.moduleRegistry = moduleRegistry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HealthReport report = HealthReport.of(databaseState(),
                authenticator == null ? HealthReport.Status.DOWN : HealthReport.Status.UP, moduleRegistry.modules());
        response.setStatus(report.status() == HealthReport.Status.DOWN ? 503 : 200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        mapper.writeValue(response.getOutputStream(), report);
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
