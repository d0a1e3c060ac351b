package org.mosaiccrm.platform.ui.internal;

import java.util.Locale;

import org.mosaiccrm.platform.text.Texts;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;

/** English / 简体中文 switch; the choice holds for the session and re-renders every text. */
final class LanguageSwitch extends Select<Locale> {

    private static final long serialVersionUID = 1L;

    LanguageSwitch() {
        setId("language-switch");
        setItems(Texts.LANGUAGES);
        setItemLabelGenerator(LanguageSwitch::label);
        setValue(Texts.supported(UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale()));
        setWidth("9em");
        setAriaLabel("Language / 语言");
        addClassName("header-wide");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                choose(event.getValue());
            }
        });
    }

    /** The language in its own words. */
    static String label(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "简体中文" : "English";
    }

    /** Switches the session to {@code locale} and shows the page again in it. */
    static void choose(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        // remembered by the browser: the sign-in page has no session to ask
        if (VaadinService.getCurrentResponse() instanceof VaadinServletResponse response) {
            response.getHttpServletResponse().addHeader("Set-Cookie",
                    LanguageCookie.header(locale, VaadinService.getCurrentRequest().isSecure()));
        }
        UI.getCurrent().getPage().reload();
    }
}
