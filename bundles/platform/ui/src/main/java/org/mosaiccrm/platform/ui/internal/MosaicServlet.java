package org.mosaiccrm.platform.ui.internal;

import java.io.File;
import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.text.Texts;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;

/**
 * The Vaadin servlet of the product. A servlet container would scan the class path and run
 * Vaadin's initializers; in OSGi nothing scans, so {@link #init} runs the three that matter with
 * the host's class loader as context class loader, which then stays set for every request.
 */
@Component(service = Servlet.class, property = {
        "servlet.init.productionMode=true",
        // open tabs report every minute; a UI silent for two beats counts as gone (MainLayout)
        "servlet.init.heartbeatInterval=60",
        // heartbeats do not keep a session alive: it ends after the idle timeout of the HTTP session
        "servlet.init.closeIdleSessions=true" })
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + MosaicServletContextHelper.NAME + ")")
@HttpWhiteboardServletAsyncSupported
public class MosaicServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    private final transient Logger logger = LoggerFactory.getLogger(MosaicServlet.class);
    private final transient UiContributions contributions;
    private final transient Texts translations;
    private final transient HostSecurity security;
    private final transient RouteOwners routeOwners;
    private transient RouteBinder routeBinder;
    private transient ServletContext servletContext;

    @Activate
    public MosaicServlet(@Reference UiContributions contributions, @Reference Texts translations,
            @Reference HostSecurity security) {
        this.contributions = contributions;
        this.translations = translations;
        this.security = security;
        File known = FrameworkUtil.getBundle(MosaicServlet.class).getDataFile("route-owners.properties");
        this.routeOwners = new RouteOwners(known == null ? null : known.toPath());
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        long start = System.nanoTime();
        servletContext = config.getServletContext();
        try (HostClassLoader ignored = HostClassLoader.enter()) {
            new LookupServletContainerInitializer().process(Set.of(LookupInitializer.class), servletContext);
            VaadinServletContext vaadinContext = new VaadinServletContext(servletContext);
            new ErrorNavigationTargetInitializer().initialize(Set.of(PageNotFoundView.class), vaadinContext);
            VaadinAppShellInitializer.init(Set.of(MosaicAppShell.class), vaadinContext);
            super.init(config);
            routeBinder = new RouteBinder(vaadinContext, contributions, routeOwners);
            routeBinder.open();
        }
        logger.info("Mosaic CRM UI ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        VaadinServletService service = new MosaicVaadinService(this, configuration, contributions, security,
                new MosaicI18NProvider(translations), routeOwners);
        service.init();
        ActiveServices.add(service);
        return service;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (NonUiPaths.answer(request, response)) {
            return;
        }
        Subject subject = requestSubject(request);
        if (subject == null && !SignedOutRequests.mayReachUi(request)) {
            // no UI (and no session) is built for someone who has not signed in: that would let
            // anyone who can reach the sign-in page fill the heap
            SignedOutRequests.sendToLogin(request, response);
            return;
        }
        try (HostClassLoader ignored = HostClassLoader.enter();
                CurrentSubject.Scope caller = CurrentSubject.bind(subject)) {
            super.service(request, response);
        }
    }

    /** The session's subject while it is still allowed to work (or has only its password to change). */
    private Subject requestSubject(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Subject subject = SessionSubject.of(session).orElse(null);
        if (subject != null && !security.isActive(subject) && !security.mustChangePassword(subject)) {
            session.removeAttribute(SessionSubject.ATTRIBUTE);
            return null;
        }
        return subject;
    }

    @Override
    public void destroy() {
        try (HostClassLoader ignored = HostClassLoader.enter()) {
            if (routeBinder != null) {
                routeBinder.close();
            }
            if (getService() instanceof MosaicVaadinService service) {
                service.invalidateSessions();
            }
            ActiveServices.remove(getService());
            super.destroy();
        } finally {
            if (servletContext != null) {
                VaadinContextCleaner.removeVaadinAttributes(servletContext);
            }
        }
    }
}
