package org.mosaiccrm.customer.csv;

/** The customer fields a column of an import file can fill. */
public enum ImportField {
    NAME, TYPE, STAGE, GRADE, INDUSTRY, SIZE, SOURCE, REGION, CITY, ADDRESS, EMAIL, PHONE, WEBSITE, TAX_ID, TAGS, NOTES
}
