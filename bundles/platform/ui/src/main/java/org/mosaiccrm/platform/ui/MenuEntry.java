package org.mosaiccrm.platform.ui;

/**
 * One entry of the side menu.
 *
 * @param groupKey i18n key of the menu group
 * @param titleKey i18n key of the entry's title
 * @param route    route it opens
 * @param icon     Vaadin icon name
 * @param order    position within the group
 */
public record MenuEntry(String groupKey, String titleKey, String route, String icon, int order) {
}
