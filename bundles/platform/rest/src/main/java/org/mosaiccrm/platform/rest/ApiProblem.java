package org.mosaiccrm.platform.rest;

import java.util.List;

/**
 * A refusal with an HTTP status and a message key (translated for the caller like the UI's texts),
 * answered as {@code application/problem+json}. Input refusals of the services need no wrapping:
 * {@link org.mosaiccrm.platform.InputRefusedException} is answered as 400 with its field.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Object> arguments;

    public ApiProblem(int status, String key, Object... arguments) {
        super(key);
        this.status = status;
        this.arguments = List.of(arguments);
    }

    public int status() {
        return status;
    }

    /** The message key. */
    public String key() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
