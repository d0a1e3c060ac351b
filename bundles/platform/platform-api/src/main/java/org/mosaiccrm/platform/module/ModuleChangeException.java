package org.mosaiccrm.platform.module;

/** A module change that was refused or failed; the message is plain words for an operator. */
public class ModuleChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModuleChangeException(String message) {
        super(message);
    }

    public ModuleChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
