package org.mosaiccrm.platform.web.internal;

import java.util.List;

import org.mosaiccrm.platform.module.ModuleStatus;

/**
 * The body of {@code /health}.
 *
 * @param status   UP when the database answers and every module is active; DEGRADED when the
 *                 database answers but a module is out; DOWN when the database does not answer
 * @param database state of the database
 * @param modules  every installed module
 */
public record HealthReport(Status status, Status database, List<Module> modules) {

    public enum Status { UP, DEGRADED, DOWN }

    /** One module as operators see it. */
    public record Module(String id, String name, String version, String state, String problem) {
    }

    static HealthReport of(Status database, List<ModuleStatus> modules) {
        List<Module> rows = modules.stream()
                .map(m -> new Module(m.descriptor().id(), m.descriptor().name(), m.descriptor().version(),
                        m.state().name(), m.problem()))
                .toList();
        Status overall;
        if (database != Status.UP) {
            overall = Status.DOWN;
        } else if (modules.stream().allMatch(m -> m.state().isHealthy())) {
            overall = Status.UP;
        } else {
            overall = Status.DEGRADED;
        }
        return new HealthReport(overall, database, rows);
    }
}
