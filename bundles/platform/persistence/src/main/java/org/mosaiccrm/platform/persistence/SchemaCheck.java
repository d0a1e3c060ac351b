package org.mosaiccrm.platform.persistence;

import java.util.List;

/**
 * The result of a trial migration.
 *
 * @param moduleId the module
 * @param pending  ids of the change sets the migration would apply ({@code author:id}), in order
 * @param problem  why the migration fails, in plain words; empty when it succeeds
 */
public record SchemaCheck(String moduleId, List<String> pending, String problem) {

    public SchemaCheck {
        pending = List.copyOf(pending);
        problem = problem == null ? "" : problem;
    }

    public boolean succeeds() {
        return problem.isEmpty();
    }
}
