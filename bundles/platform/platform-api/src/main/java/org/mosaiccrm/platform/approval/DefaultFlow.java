package org.mosaiccrm.platform.approval;

import java.util.List;

/**
 * The flow an approvable type ships with: it becomes the type's first flow version the first time the
 * type's flow is asked for, and the process administrator changes it like any other (a later save is
 * its next version). A type without one needs no approval until a flow is saved.
 *
 * @param name  the flow's name as the flow editor shows it
 * @param steps its steps, checked as a saved flow's are
 * @since 1.1
 */
public record DefaultFlow(String name, List<ApprovalStep> steps) {

    public DefaultFlow {
        steps = List.copyOf(steps);
    }
}
