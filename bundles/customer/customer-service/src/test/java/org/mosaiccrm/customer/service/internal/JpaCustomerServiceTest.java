package org.mosaiccrm.customer.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerInputException;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.module.ModuleRegistry;
import org.mosaiccrm.platform.module.ModuleStatus;
import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.security.AccessDeniedException;

/** The customer service on a real (in-memory) Derby, through the platform's persistence. */
class JpaCustomerServiceTest {

    private JpaCustomerService customers;

    @BeforeEach
    void open(TestInfo test) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:customers-" + test.getTestMethod().orElseThrow().getName());
        dataSource.setCreateDatabase("create");
        ModuleRegistry noModules = new ModuleRegistry() {
            @Override
            public List<ModuleStatus> modules() {
                return List.of();
            }

            @Override
            public Optional<ModuleStatus> module(String id) {
                return Optional.empty();
            }

            @Override
            public void reportFailure(String moduleId, String reason) {
                throw new AssertionError("migration failed: " + reason);
            }

            @Override
            public void clearFailure(String moduleId) {
                // nothing reported
            }
        };
        customers = new JpaCustomerService(new DataSourceModuleDatabases(dataSource, noModules).open(
                PersistenceUnit.of("customer", JpaCustomerService.class, "db/customer-changelog.xml", CustomerEntity.class)));
    }

    @AfterEach
    void close() {
        customers.deactivate();
    }

    @Test
    void createsAndFindsByNameEmailAndPhonePrefix() {
        Customer created = customers.create(new NewCustomer("  北京星辰科技有限公司 ", CustomerType.COMPANY,
                "Info@XingChen.cn", "+86 10 6512-3456", "北京"));
        assertEquals("北京星辰科技有限公司", created.name(), "trimmed");
        assertEquals(created, customers.find(created.id()).orElseThrow());
        assertEquals(List.of(created), customers.search("北京星", 10));
        assertEquals(List.of(created), customers.search("info@xing", 10));
        assertEquals(List.of(created), customers.search("861065", 10), "phone digits only");
        assertTrue(customers.search("上海", 10).isEmpty());
        assertTrue(customers.search("%", 10).isEmpty(), "wildcards are text, not patterns");
    }

    @Test
    void fullWidthInputFindsHalfWidthNames() {
        Customer acme = customers.create(new NewCustomer("ACME Trading", CustomerType.COMPANY, "", "", ""));
        assertEquals(List.of(acme), customers.search("ＡＣＭＥ", 10));
    }

    @Test
    void badInputIsRefusedWithTheFieldAndAKeyAndWritesNothing() {
        assertRefused(new NewCustomer("  ", CustomerType.COMPANY, "", "", ""), "name", "customer.error.name.required");
        assertRefused(new NewCustomer("张伟", null, "", "", ""), "type", "customer.error.type.required");
        assertRefused(new NewCustomer("张伟", CustomerType.PERSON, "not-an-email", "", ""), "email", "customer.error.email.invalid");
        assertRefused(new NewCustomer("张伟", CustomerType.PERSON, "", "call me", ""), "phone", "customer.error.phone.invalid");
        assertRefused(new NewCustomer("张\u0000伟", CustomerType.PERSON, "", "", ""), "name", "customer.error.control");
        assertRefused(new NewCustomer("x".repeat(201), CustomerType.PERSON, "", "", ""), "name", "customer.error.tooLong");
        assertEquals(0, customers.count());
    }

    @Test
    void scriptInANameIsStoredAsPlainText() {
        Customer odd = customers.create(new NewCustomer("<script>alert(1)</script>", CustomerType.PERSON, "", "", ""));
        assertEquals("<script>alert(1)</script>", customers.find(odd.id()).orElseThrow().name());
    }

    @Test
    void pagesAreOrderedByNameAndCapped() {
        customers.create(new NewCustomer("Beta", CustomerType.COMPANY, "", "", ""));
        customers.create(new NewCustomer("alpha", CustomerType.COMPANY, "", "", ""));
        customers.create(new NewCustomer("Gamma", CustomerType.COMPANY, "", "", ""));
        assertEquals(List.of("alpha", "Beta"), customers.page(0, 2).stream().map(Customer::name).toList());
        assertEquals(List.of("Gamma"), customers.page(2, 2).stream().map(Customer::name).toList());
        assertEquals(3, customers.page(0, 100_000).size());
        assertEquals(3, customers.count());
    }

    @Test
    void withoutPermissionNothingIsReadOrWritten() {
        customers.create(new NewCustomer("Visible Ltd", CustomerType.COMPANY, "", "", ""));
        customers.accessPolicy = permission -> permission.equals(CustomerService.PERMISSION_READ);
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> customers.create(new NewCustomer("Sneaky Ltd", CustomerType.COMPANY, "", "", "")));
        assertEquals(CustomerService.PERMISSION_CREATE, denied.permission());
        assertEquals(1, customers.count(), "nothing written");
        customers.accessPolicy = permission -> false;
        assertThrows(AccessDeniedException.class, () -> customers.page(0, 10));
        assertThrows(AccessDeniedException.class, () -> customers.search("Vis", 10));
        assertThrows(AccessDeniedException.class, () -> customers.count());
    }

    private void assertRefused(NewCustomer input, String field, String key) {
        CustomerInputException refused = assertThrows(CustomerInputException.class, () -> customers.create(input));
        assertEquals(field, refused.field());
        assertEquals(key, refused.getMessage());
    }
}
