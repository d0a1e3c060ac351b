/**
 * UI contribution contracts of the plugin registry: views (menu entries), customer-360 tabs and
 * dashboard widgets. They carry Vaadin types, so they live with the Vaadin host that exports Vaadin
 * rather than in the Vaadin-free platform API. Widgets every module shares live here too: the
 * import wizard, the date field ({@link org.mosaiccrm.platform.ui.DateField}) and the length limit of
 * text fields ({@link org.mosaiccrm.platform.ui.LengthLimit}).
 */
@org.osgi.annotation.versioning.Version("1.11.0")
package org.mosaiccrm.platform.ui;
