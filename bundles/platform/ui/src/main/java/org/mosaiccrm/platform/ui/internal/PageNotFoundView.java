package org.mosaiccrm.platform.ui.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

/**
 * What a signed-in user sees at an address the CRM has no page for: a bookmark of a module that is
 * not installed (named, when it has been installed here before) or a mistyped address. Shown in
 * the application's layout, with the menu and a way home; nothing is logged, it is no fault.
 */
@ParentLayout(MainLayout.class)
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient RouteOwners owners;

    public PageNotFoundView(RouteOwners owners) {
        this.owners = owners;
        setId("page-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        if (SessionSubject.current().isEmpty()) {
            // error views cannot forward: the browser goes to the sign-in page itself
            event.getUI().getPage().setLocation(LoginRedirect.ROUTE);
            return HttpServletResponse.SC_NOT_FOUND;
        }
        Optional<String> module = owners.moduleOf(event.getLocation().getPath());
        add(new H2(getTranslation("page.notFound.title")));
        Paragraph reason = new Paragraph(module.map(name -> getTranslation("page.notFound.module", name))
                .orElseGet(() -> getTranslation("page.notFound.address")));
        reason.setId("page-not-found-reason");
        Anchor home = new Anchor("", getTranslation("page.notFound.home"));
        home.setId("page-not-found-home");
        add(reason, home);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.notFound.title") + " · " + getTranslation("app.name");
    }
}
