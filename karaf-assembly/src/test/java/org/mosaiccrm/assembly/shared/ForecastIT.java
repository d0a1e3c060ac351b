package org.mosaiccrm.assembly.shared;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.shared.sales.ForecastAndFunnel;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;

/**
 * Forecast, quotas and funnel on the running module: a manager sets quotas only within the team
 * (all or nothing), reps see their own figures, the manager the team's, and the funnel counts how
 * far this month's opportunities came, worked out by hand in {@link ForecastAndFunnel}.
 */
public class ForecastIT extends SharedKarafTestSupport {

    private static final String OPPORTUNITIES = "org.mosaiccrm.sales.OpportunityService";
    private static final String FORECASTS = "org.mosaiccrm.sales.ForecastService";

    private Subject admin;
    private People people;

    @Before
    public void users() throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        admin = users.user("forecastadmin", null, "user-admin");
        Team east = users.team("Forecast East");
        Team west = users.team("Forecast West");
        people = new People(users.user("forecastmanager", east.id(), "sales-manager"), users.user("forecastrep", east.id(), "sales-rep"),
                users.user("forecastrep2", east.id(), "sales-rep"), users.user("forecastrep3", west.id(), "sales-rep"));
    }

    @Test
    public void quotasForecastAndFunnelFollowTheRecordScope() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        as(admin, () -> modules.apply("sales", ModuleChange.INSTALL));
        await("sales up", 30, () -> hasService(OPPORTUNITIES) && hasService(FORECASTS));
        try {
            SalesCode.in(bundleContext).run(ForecastAndFunnel.class, people);
        } finally {
            as(admin, () -> modules.apply("sales", ModuleChange.UNINSTALL));
        }
    }

    /** The team East's manager, a rep and a colleague of theirs, and a rep of team West. */
    public record People(Subject manager, Subject rep, Subject colleague, Subject stranger) {
    }
}
