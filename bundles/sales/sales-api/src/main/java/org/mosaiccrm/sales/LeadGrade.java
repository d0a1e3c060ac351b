package org.mosaiccrm.sales;

/** How warm a lead is, as its owner judges it. */
public enum LeadGrade {
    HOT, WARM, COLD
}
