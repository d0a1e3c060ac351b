package org.mosaiccrm.platform.persistence;

/** A module's schema migration failed; the module must not start. */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
