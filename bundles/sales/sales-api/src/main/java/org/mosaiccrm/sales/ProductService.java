package org.mosaiccrm.sales;

import java.util.List;
import java.util.Optional;

import org.mosaiccrm.platform.InputRefusedException;
import org.osgi.annotation.versioning.ProviderType;

/** The price list: read by everyone selling, kept by whoever holds {@link #PERMISSION_ADMINISTER}. Changes are audited. */
@ProviderType
public interface ProductService {

    String PERMISSION_READ = "sales.product.read";
    String PERMISSION_ADMINISTER = "sales.product.administer";

    /** The price list ordered by name; inactive entries only when asked for. */
    List<Product> list(boolean includeInactive);

    /** Active products whose name or code starts with {@code prefix}. */
    List<Product> search(String prefix, int limit);

    Optional<Product> find(long id);

    /** @throws InputRefusedException when a field is not acceptable or the code is taken; nothing is written */
    Product create(ProductInput product);

    /**
     * @param version the version the caller read; a concurrent change is refused, not overwritten
     * @throws InputRefusedException when a field is not acceptable or the code is taken; nothing is written
     */
    Product update(long id, ProductInput product, long version);
}
