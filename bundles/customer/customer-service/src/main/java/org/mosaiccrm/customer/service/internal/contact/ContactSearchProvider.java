package org.mosaiccrm.customer.service.internal.contact;

import java.util.List;
import java.util.stream.Stream;

import org.mosaiccrm.customer.Contact;
import org.mosaiccrm.customer.ContactService;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.platform.search.SearchHit;
import org.mosaiccrm.platform.search.SearchProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contacts by name, email, phone or mobile prefix in the global search box; a hit opens the customer. */
@Component(service = SearchProvider.class)
public class ContactSearchProvider implements SearchProvider {

    private final ContactService contacts;

    @Activate
    public ContactSearchProvider(@Reference ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public String titleKey() {
        return "customer.contacts";
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public String requiredPermission() {
        return CustomerService.PERMISSION_READ;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return contacts.search(query, limit).stream()
                .map(c -> new SearchHit(c.name(), detail(c), "customers/" + c.customerId())).toList();
    }

    private static String detail(Contact contact) {
        return String.join(" · ", Stream.of(contact.title(), contact.email(), contact.mobile(), contact.phone())
                .filter(s -> !s.isEmpty()).toList());
    }
}
