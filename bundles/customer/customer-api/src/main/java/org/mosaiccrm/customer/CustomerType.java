package org.mosaiccrm.customer;

/** Whether a customer is a company (企业客户) or a person (个人客户). */
public enum CustomerType {
    COMPANY,
    PERSON
}
