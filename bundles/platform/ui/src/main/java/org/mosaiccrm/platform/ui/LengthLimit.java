package org.mosaiccrm.platform.ui;

import java.util.Objects;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;

/**
 * The longest text a field takes, said rather than enforced by the browser: an HTML
 * {@code maxlength} cuts pasted text without a word (a 10,000-character paste became 200), so the
 * field takes everything and, when it is too long, says so and by how much. The service refuses
 * the save as well, so nothing too long is stored and nothing typed vanishes.
 */
public final class LengthLimit {

    /** The message this rule put on a field, so that it takes back its own message only. */
    private record Shown(String message) {
    }

    private LengthLimit() {
    }

    /** Marks {@code field} invalid, with a message, whenever its text is longer than {@code max} characters. */
    public static <F extends AbstractField<?, String> & HasValidation> void apply(F field, int max) {
        field.addValueChangeListener(event -> {
            String value = Objects.requireNonNullElse(event.getValue(), "");
            int length = value.codePointCount(0, value.length());
            Shown shown = ComponentUtil.getData(field, Shown.class);
            if (length > max) {
                String message = field.getTranslation("field.tooLong", max, length);
                field.setErrorMessage(message);
                field.setInvalid(true);
                ComponentUtil.setData(field, Shown.class, new Shown(message));
            } else if (shown != null) {
                if (shown.message().equals(field.getErrorMessage())) {
                    field.setInvalid(false);
                }
                ComponentUtil.setData(field, Shown.class, null);
            }
        });
    }
}
