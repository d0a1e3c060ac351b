package org.mosaiccrm.platform.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.module.ModuleDescriptor;
import org.mosaiccrm.platform.module.ModuleState;
import org.mosaiccrm.platform.module.ModuleStatus;
import org.mosaiccrm.platform.web.internal.HealthReport.Status;

class HealthReportTest {

    private static ModuleStatus module(String id, ModuleState state, String problem) {
        return new ModuleStatus(new ModuleDescriptor(id, id, "1.0.0", "", ""), state, problem, List.of("b"));
    }

    @Test
    void upWhenDatabaseAnswersAndAllModulesActive() {
        HealthReport report = HealthReport.of(Status.UP, Status.UP, List.of(module("customer", ModuleState.ACTIVE, "")));
        assertEquals(Status.UP, report.status());
        assertEquals("ACTIVE", report.modules().get(0).state());
    }

    @Test
    void degradedWhenAModuleFailedAndProblemIsReported() {
        HealthReport report = HealthReport.of(Status.UP, Status.UP, List.of(module("customer", ModuleState.ACTIVE, ""),
                module("sales", ModuleState.FAILED, "migration failed")));
        assertEquals(Status.DEGRADED, report.status());
        assertEquals("migration failed", report.modules().get(1).problem());
    }

    @Test
    void downWhenDatabaseDoesNotAnswer() {
        assertEquals(Status.DOWN, HealthReport.of(Status.DOWN, Status.UP, List.of()).status());
    }

    @Test
    void degradedWhileNobodyCanSignIn() {
        HealthReport report = HealthReport.of(Status.UP, Status.DOWN, List.of(module("customer", ModuleState.ACTIVE, "")));
        assertEquals(Status.DEGRADED, report.status());
        assertEquals(Status.DOWN, report.signIn());
    }
}
