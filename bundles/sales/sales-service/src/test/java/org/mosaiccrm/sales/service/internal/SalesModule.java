package org.mosaiccrm.sales.service.internal;

import org.mosaiccrm.sales.service.internal.opportunity.JpaOpportunityService;
import java.lang.annotation.Annotation;
import java.util.function.Supplier;

import org.mosaiccrm.customer.service.internal.CustomerDatabase;
import org.mosaiccrm.customer.service.internal.CustomerModule;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.user.DatabaseUserDirectory;
import org.mosaiccrm.sales.service.internal.forecast.JpaForecastService;
import org.mosaiccrm.sales.service.internal.lead.JpaLeadService;
import org.mosaiccrm.sales.service.internal.order.JpaOrderService;
import org.mosaiccrm.sales.service.internal.product.JpaProductService;
import org.mosaiccrm.sales.service.internal.quote.JpaQuoteService;
import org.mosaiccrm.sales.service.internal.quote.QuotePdfs;

/**
 * The sales module's services on a real database ({@link TestDatabase}: in-memory Derby or
 * PostgreSQL) beside the real customer core and security module, wired by hand as Karaf wires them:
 * conversion, quotes, orders and forecast tested in seconds. The people are the customer fixture's:
 * two reps and their manager in team East.
 */
public final class SalesModule implements AutoCloseable {

    public final CustomerModule customer;
    public final JpaOpportunityService opportunities;
    public final JpaLeadService leads;
    public final JpaProductService products;
    public final JpaQuoteService quotes;
    public final JpaOrderService orders;
    public final JpaForecastService forecasts;
    public final Subject rep;
    public final Subject otherRep;
    public final Subject manager;
    private final TestDatabase testDatabase;
    private final SalesDatabase database;

    public SalesModule(String name) {
        testDatabase = TestDatabase.open("sales-" + name, "customer-and-sales", empty -> {
            DataSourceModuleDatabases migrations = new DataSourceModuleDatabases(empty, new MigrationsMustSucceed());
            migrations.open(CustomerDatabase.unit()).close();
            migrations.open(SalesDatabase.unit()).close();
        });
        customer = new CustomerModule(name, testDatabase.dataSource());
        var security = customer.security;
        database = new SalesDatabase(new DataSourceModuleDatabases(testDatabase.dataSource(), security.modules()));
        SalesEvents events = new SalesEvents(customer.eventAdmin);
        opportunities = new JpaOpportunityService(database, security.policy, customer.customers, security.auditLog, events);
        var users = new DatabaseUserDirectory(security.database, security.policy, security.grants);
        leads = new JpaLeadService(database, security.policy, users, customer.customers, customer.contacts, opportunities,
                security.auditLog);
        products = new JpaProductService(database, security.policy, security.auditLog);
        quotes = new JpaQuoteService(database, security.policy, security.auditLog, customer.customers, QuotePdfs.withFont(""), events);
        orders = new JpaOrderService(database, security.policy, security.auditLog);
        forecasts = new JpaForecastService(database, security.policy, users, security.auditLog, commitAt(80));
        rep = customer.rep;
        otherRep = customer.otherRep;
        manager = customer.manager;
    }

    /** The module's tables, for the pieces a test wires itself (the quotes' approvable type). */
    public SalesDatabase database() {
        return database;
    }

    public <T> T as(Subject subject, Supplier<T> work) {
        return CurrentSubject.callAs(subject, work);
    }

    /** Opportunities at {@code probability} % or more count as committed (the component's default is 80). */
    public static JpaForecastService.Config commitAt(int probability) {
        return new JpaForecastService.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return JpaForecastService.Config.class;
            }

            @Override
            public int commitProbability() {
                return probability;
            }
        };
    }

    @Override
    public void close() {
        database.close();
        customer.close();
        testDatabase.close();
    }
}
