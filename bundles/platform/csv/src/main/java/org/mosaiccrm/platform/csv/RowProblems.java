package org.mosaiccrm.platform.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything wrong with a row, not only what a module's checks stop at first: each field is checked
 * again on its own, in an otherwise valid row, so a person fixes a rejected row in one go.
 */
public final class RowProblems {

    private RowProblems() {
    }

    /**
     * @param fields the row's values by field name
     * @param valid  values that make a row valid on their own (e.g. a name where one is required)
     * @param check  the module's check of a row: its first problem, or null when the row is fine
     * @return the row's problems, its first problem first; empty when the row is fine
     */
    public static List<RowProblem> of(Map<String, String> fields, Map<String, String> valid,
            Function<Map<String, String>, RowProblem> check) {
        RowProblem first = check.apply(fields);
        if (first == null) {
            return List.of();
        }
        List<RowProblem> problems = new ArrayList<>(List.of(first));
        fields.forEach((field, value) -> {
            if (field.equals(first.field())) {
                return;
            }
            Map<String, String> alone = new LinkedHashMap<>(valid);
            alone.put(field, value);
            RowProblem problem = check.apply(alone);
            if (problem != null && Objects.equals(problem.field(), field) && !problems.contains(problem)) {
                problems.add(problem);
            }
        });
        return problems;
    }
}
