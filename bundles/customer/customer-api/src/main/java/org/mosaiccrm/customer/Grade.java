package org.mosaiccrm.customer;

/** Value class of a customer (客户等级): A the most valuable. */
public enum Grade {
    A,
    B,
    C
}
