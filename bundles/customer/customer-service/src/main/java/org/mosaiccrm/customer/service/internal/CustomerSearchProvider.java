package org.mosaiccrm.customer.service.internal;

import java.util.List;

import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.search.SearchHit;
import org.mosaiccrm.platform.search.SearchProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Customers by name, email or phone prefix in the global search box. */
@Component(service = SearchProvider.class)
public class CustomerSearchProvider implements SearchProvider {

    private final CustomerService customers;

    @Activate
    public CustomerSearchProvider(@Reference CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public String titleKey() {
        return "customer.title";
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
    public List<SearchHit> search(String query, int limit) {
        return customers.search(query, limit).stream()
                .map(c -> new SearchHit(c.name(), detail(c), "customers/" + c.id())).toList();
    }

    private static String detail(Customer customer) {
        return String.join(" · ", java.util.stream.Stream.of(customer.email(), customer.phone(), customer.city())
                .filter(s -> !s.isEmpty()).toList());
    }
}
