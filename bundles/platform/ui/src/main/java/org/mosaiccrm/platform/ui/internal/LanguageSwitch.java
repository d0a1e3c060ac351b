package org.mosaiccrm.platform.ui.internal;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/** English / 简体中文 switch; the choice holds for the session and re-renders every text. */
final class LanguageSwitch extends Select<Locale> {

    private static final long serialVersionUID = 1L;

    LanguageSwitch() {
        setId("language-switch");
        setItems(Translations.LOCALES);
        setItemLabelGenerator(locale -> "zh".equals(locale.getLanguage()) ? "简体中文" : "English");
        setValue(Translations.supported(UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale()));
        setWidth("9em");
        setAriaLabel("Language / 语言");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
