package org.mosaiccrm.customer.service.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.mosaiccrm.customer.service.internal.contact.JpaContactService;
import org.mosaiccrm.customer.service.internal.interaction.JpaInteractionService;
import org.mosaiccrm.customer.service.internal.merge.MergeParticipants;
import org.mosaiccrm.platform.jobs.testing.ExecutorJobs;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.Team;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The customer module's services on a real database ({@link TestDatabase}: in-memory Derby or
 * PostgreSQL) with the real security module: two
 * reps and their manager in team East, as in the tests' stories.
 */
public final class CustomerModule implements AutoCloseable {

    public final SecurityFixture security;
    public final ModuleDatabase database;
    public final MergeParticipants mergeParticipants;
    public final JpaCustomerService customers;
    public final JpaContactService contacts;
    public final JpaInteractionService interactions;
    /** The events the services posted, in order. */
    public final List<Event> posted = new CopyOnWriteArrayList<>();
    /** Keeps what is posted in {@link #posted} (no other module listens in these tests). */
    public final EventAdmin eventAdmin = new EventAdmin() {
        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            posted.add(event);
        }
    };
    public final Subject rep;
    public final Subject otherRep;
    public final Subject manager;
    /** The database this fixture made, dropped on close ({@code null}: the caller's). */
    private TestDatabase testDatabase;

    public CustomerModule(String name) {
        this(name, TestDatabase.open("customers-" + name, "customer", empty -> new DataSourceModuleDatabases(empty,
                new MigrationsMustSucceed()).open(CustomerDatabase.unit()).close()));
    }

    private CustomerModule(String name, TestDatabase testDatabase) {
        this(name, testDatabase.dataSource());
        this.testDatabase = testDatabase;
    }

    /** On a given database (the benchmark's on disk). */
    public CustomerModule(String name, DataSource dataSource) {
        security = new SecurityFixture("customers-" + name);
        database = new DataSourceModuleDatabases(dataSource, security.modules()).open(CustomerDatabase.unit());
        // catch-up runs on the registering thread, so a test sees it done when add returns
        mergeParticipants = MergeParticipants.on(database, ExecutorJobs.onCallingThread());
        customers = new JpaCustomerService(database, security.policy, security.auditLog, mergeParticipants,
                new CustomerEvents(eventAdmin));
        contacts = JpaContactService.using(database, security.policy, security.auditLog);
        interactions = JpaInteractionService.using(database, security.policy, security.auditLog);
        Team team = security.team("East");
        rep = security.user("rep", team.id(), "sales-rep");
        otherRep = security.user("other", team.id(), "sales-rep");
        manager = security.user("boss", team.id(), "sales-manager");
    }

    public <T> T as(Subject subject, Supplier<T> work) {
        return CurrentSubject.callAs(subject, work);
    }

    @Override
    public void close() {
        database.close();
        security.close();
        if (testDatabase != null) {
            testDatabase.close();
        }
    }
}
