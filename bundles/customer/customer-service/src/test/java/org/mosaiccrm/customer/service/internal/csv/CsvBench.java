package org.mosaiccrm.customer.service.internal.csv;

import java.nio.file.Path;

import org.mosaiccrm.customer.service.internal.CustomerModule;
import org.mosaiccrm.platform.csv.Imports;
import org.mosaiccrm.platform.csv.internal.ImportService;
import org.mosaiccrm.platform.job.Jobs;

/** The platform's imports offering the customer import of a {@link CustomerModule}, for the benchmark outside this package. */
public final class CsvBench {

    private CsvBench() {
    }

    public static Imports service(CustomerModule module, Path work, Jobs jobs) {
        ImportService imports = ImportService.in(work, module.security.policy, jobs);
        imports.addDefinition(CustomerImport.using(module.database, module.security.policy, module.security.auditLog));
        return imports;
    }
}
