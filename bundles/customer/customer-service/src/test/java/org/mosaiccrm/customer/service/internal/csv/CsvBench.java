package org.mosaiccrm.customer.service.internal.csv;

import java.io.IOException;
import java.nio.file.Path;
import org.mosaiccrm.platform.job.Jobs;

import org.mosaiccrm.customer.service.internal.CustomerModule;

/** The CSV service of a {@link CustomerModule}, for the benchmark outside this package. */
public final class CsvBench {

    private CsvBench() {
    }

    public static JpaCustomerCsv service(CustomerModule module, Path work, Jobs jobs) throws IOException {
        return JpaCustomerCsv.of(module.database, module.customers, module.security.policy, module.security.auditLog,
                work, jobs);
    }
}
