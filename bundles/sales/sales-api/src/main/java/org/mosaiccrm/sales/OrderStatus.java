package org.mosaiccrm.sales;

/** Where a sales order stands; it moves forward one step at a time, or is cancelled before it is invoiced. */
public enum OrderStatus {
    CONFIRMED, DELIVERED, INVOICED, CLOSED, CANCELLED;

    /** The step after this one, or {@code null} at the end. */
    public OrderStatus next() {
        return switch (this) {
            case CONFIRMED -> DELIVERED;
            case DELIVERED -> INVOICED;
            case INVOICED -> CLOSED;
            case CLOSED, CANCELLED -> null;
        };
    }

    /** Whether an order in this status may still be cancelled. */
    public boolean cancellable() {
        return this == CONFIRMED || this == DELIVERED;
    }
}
