package org.mosaiccrm.platform.ui.internal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/**
 * Page-wide settings. Push tells open tabs about installed and removed modules at once; long
 * polling works on the plain Felix Jetty bundle (WebSocket would need more Jetty bundles).
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.LONG_POLLING)
public class MosaicAppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;
}
