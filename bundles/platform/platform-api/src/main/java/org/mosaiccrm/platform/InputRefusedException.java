package org.mosaiccrm.platform;

import java.util.Arrays;

/**
 * Input a service refuses, from any module: nothing was written. {@link #getMessage()} is a text key
 * the UI translates with {@link #arguments()}; {@link #field()} names the field it is about, so the
 * UI shows the text beside it ({@code ""}: about the whole input, shown as a message). The one way
 * every module says "not like this" (the UI host renders it: {@code org.mosaiccrm.platform.ui.InputRefusals}).
 *
 * @since 1.1
 */
public class InputRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient Object[] arguments;

    /** About the whole input, no one field. */
    public InputRefusedException(String messageKey) {
        this("", messageKey);
    }

    public InputRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field == null ? "" : field;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The field the refusal is about, or {@code ""}. */
    public String field() {
        return field;
    }

    /** The text key's arguments (a limit, a name). */
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + field + ": " + getMessage() + " " + Arrays.toString(arguments) + "]";
    }
}
