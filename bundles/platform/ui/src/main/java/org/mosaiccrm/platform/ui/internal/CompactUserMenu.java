package org.mosaiccrm.platform.ui.internal;

import java.util.Locale;

import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.text.Texts;
import org.mosaiccrm.platform.ui.internal.token.ApiTokensView;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;

/**
 * The header's user name, language, password and sign-out folded into one menu, for screens too
 * narrow to show them side by side (a phone); the page's style shows either this or the wide form.
 */
final class CompactUserMenu extends MenuBar {

    private static final long serialVersionUID = 1L;

    CompactUserMenu(Runnable logout) {
        setId("user-menu");
        addClassName("header-narrow");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        String name = SessionSubject.current().map(Subject::displayName).orElse("");
        MenuItem root = addItem(VaadinIcon.USER.create());
        root.setAriaLabel(getTranslation("header.menu", name));
        root.getElement().setAttribute("title", name);
        SubMenu items = root.getSubMenu();
        MenuItem who = items.addItem(name);
        who.setEnabled(false);
        for (Locale locale : Texts.LANGUAGES) {
            MenuItem language = items.addItem(LanguageSwitch.label(locale), event -> LanguageSwitch.choose(locale));
            language.setId("user-menu-language-" + locale.getLanguage());
        }
        items.addItem(getTranslation("password.title"), event -> UI.getCurrent().navigate(ChangePasswordView.ROUTE))
                .setId("user-menu-password");
        items.addItem(getTranslation("apiToken.title"), event -> UI.getCurrent().navigate(ApiTokensView.ROUTE))
                .setId("user-menu-api-tokens");
        items.addItem(getTranslation("logout"), event -> logout.run()).setId("user-menu-logout");
    }
}
