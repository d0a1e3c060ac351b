package org.mosaiccrm.customer;

/**
 * Input the customer service refused, before 3.3.
 *
 * @deprecated since 3.3 the customer services refuse input with the platform's
 *             {@code org.mosaiccrm.platform.InputRefusedException}, as every module does; catch that.
 *             This type is no longer thrown and stays only for modules compiled against it.
 */
@Deprecated(since = "3.3", forRemoval = true)
public class CustomerInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public CustomerInputException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
