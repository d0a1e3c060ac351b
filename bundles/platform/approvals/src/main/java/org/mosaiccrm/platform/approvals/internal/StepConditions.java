package org.mosaiccrm.platform.approvals.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mosaiccrm.platform.approval.ApprovalStep;
import org.mosaiccrm.platform.approval.StepCondition;

/** Which steps of a flow apply to a record: those without a condition and those whose condition its fields meet. */
final class StepConditions {

    private StepConditions() {
    }

    static List<Integer> path(List<ApprovalStep> steps, Map<String, Object> values) {
        List<Integer> path = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (applies(steps.get(i).condition(), values)) {
                path.add(i);
            }
        }
        return path;
    }

    static boolean applies(StepCondition condition, Map<String, Object> values) {
        if (condition == null) {
            return true;
        }
        Object value = values.get(condition.field());
        if (value == null) {
            return false;
        }
        return switch (condition.operator()) {
            case AT_LEAST -> number(value).compareTo(new BigDecimal(condition.values().get(0).strip())) >= 0;
            case BELOW -> number(value).compareTo(new BigDecimal(condition.values().get(0).strip())) < 0;
            case IN -> condition.values().stream().anyMatch(allowed -> allowed.strip().equals(String.valueOf(value).strip()));
        };
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(String.valueOf(value).strip());
    }
}
