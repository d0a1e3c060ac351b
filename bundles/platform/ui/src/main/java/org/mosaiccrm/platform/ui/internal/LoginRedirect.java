package org.mosaiccrm.platform.ui.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * Where the UI sends a user who is no longer signed in: a full page load of {@value #ROUTE}, which
 * {@link LoginServlet} answers without any UI session. The route exists so that a navigation inside
 * an open page ({@code forwardTo}, a link) reaches the sign-in page too.
 */
public class LoginRedirect extends Div implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    static final String ROUTE = "login";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getUI().getPage().setLocation(ROUTE);
    }
}
