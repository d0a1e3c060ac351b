package org.mosaiccrm.platform.approval;

import java.util.List;

/**
 * When a step is on a record's path: a field compared with values (the step is skipped otherwise).
 *
 * @param values one number for {@link Operator#AT_LEAST} and {@link Operator#BELOW}, the allowed texts for {@link Operator#IN}
 */
public record StepCondition(String field, Operator operator, List<String> values) {

    /** How the field is compared. */
    public enum Operator {
        AT_LEAST, BELOW, IN
    }

    public StepCondition {
        values = List.copyOf(values);
    }
}
