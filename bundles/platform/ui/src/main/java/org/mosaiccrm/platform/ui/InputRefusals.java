package org.mosaiccrm.platform.ui;

import java.util.Map;

import org.mosaiccrm.platform.InputRefusedException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Shows a refusal of input the same way on every screen of every module: the translated text beside
 * the field it names, so the user sees where to look, and as a message when it names none of the
 * screen's fields. What the user typed stays in the form.
 *
 * @since 1.4
 */
public final class InputRefusals {

    private InputRefusals() {
    }

    /**
     * @param fields the screen's fields by the names the service uses ({@link InputRefusedException#field()})
     */
    public static void show(InputRefusedException refused, Map<String, ? extends HasValidation> fields) {
        String text = UI.getCurrent().getTranslation(refused.getMessage(), refused.arguments());
        HasValidation field = fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        } else {
            Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** A refusal on a screen without fields of its own (a board, a button): as a message. */
    public static void show(InputRefusedException refused) {
        show(refused, Map.of());
    }
}
