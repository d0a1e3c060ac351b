package org.mosaiccrm.platform.audit;

/** One changed field of a record: its value before and after, as text ({@code null} for none). */
public record FieldChange(String field, String before, String after) {
}
