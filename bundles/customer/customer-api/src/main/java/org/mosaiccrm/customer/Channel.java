package org.mosaiccrm.customer;

/** How a contact likes to be reached. */
public enum Channel {
    PHONE,
    MOBILE,
    EMAIL,
    WECHAT,
    VISIT
}
