package org.mosaiccrm.customer.service.internal;

import java.math.BigDecimal;

import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.metric.MetricProvider;
import org.mosaiccrm.platform.metric.MetricValue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Customers": how many there are. */
@Component(service = MetricProvider.class)
public class CustomerCountMetric implements MetricProvider {

    private final CustomerService customers;

    @Activate
    public CustomerCountMetric(@Reference CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public String id() {
        return "customer.count";
    }

    @Override
    public String titleKey() {
        return "customer.metric.count";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String requiredPermission() {
        return "customer.read";
    }

    @Override
    public MetricValue current() {
        return new MetricValue(BigDecimal.valueOf(customers.count(CustomerQuery.ALL, Long.MAX_VALUE)), "");
    }
}
