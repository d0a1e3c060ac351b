/**
 * Customers: the core every module links to. Other modules refer to a customer by its id and read
 * it through {@link org.mosaiccrm.customer.CustomerService}.
 */
@org.osgi.annotation.versioning.Version("3.4.0")
package org.mosaiccrm.customer;
