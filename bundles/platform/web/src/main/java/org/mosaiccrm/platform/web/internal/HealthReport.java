package org.mosaiccrm.platform.web.internal;

import java.util.List;

import org.mosaiccrm.platform.module.ModuleStatus;

/**
 * The body of {@code /health}.
 *
 * @param status   UP when the database answers, sign-in works and every module is active;
 *                 DEGRADED when the database answers but sign-in or a module is out; DOWN when the
 *                 database does not answer
 * @param database state of the database
 * @param signIn   UP when an authenticator is in service (users can sign in)
 * @param modules  every installed module
 */
public record HealthReport(Status status, Status database, Status signIn, List<Module> modules) {

    public enum Status { UP, DEGRADED, DOWN }

    /** One module as operators see it. */
    public record Module(String id, String name, String version, String state, String problem) {
    }

    static HealthReport of(Status database, Status signIn, List<ModuleStatus> modules) {
        List<Module> rows = modules.stream()
                .map(m -> new Module(m.descriptor().id(), m.descriptor().name(), m.descriptor().version(),
                        m.state().name(), m.problem()))
                .toList();
        Status overall;
        if (database != Status.UP) {
            overall = Status.DOWN;
        } else if (signIn == Status.UP && modules.stream().allMatch(m -> m.state().isHealthy())) {
            overall = Status.UP;
        } else {
            overall = Status.DEGRADED;
        }
        return new HealthReport(overall, database, signIn, rows);
    }
}
