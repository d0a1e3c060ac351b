package org.mosaiccrm.sales;

/** Input a sales service refuses; the message is a text key (e.g. {@code sales.error.name}) the UI translates. */
public class SalesInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SalesInputException(String key) {
        super(key);
    }
}
