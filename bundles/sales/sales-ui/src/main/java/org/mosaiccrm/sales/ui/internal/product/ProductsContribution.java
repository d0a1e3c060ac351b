package org.mosaiccrm.sales.ui.internal.product;

import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.mosaiccrm.sales.ProductService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The price list page in the sales menu group. */
@Component(service = ViewContribution.class)
public class ProductsContribution implements ViewContribution<ProductsView> {

    private final ProductService products;
    private final AccessPolicy policy;

    @Activate
    public ProductsContribution(@Reference ProductService products, @Reference AccessPolicy policy) {
        this.products = products;
        this.policy = policy;
    }

    @Override
    public String route() {
        return "sales/products";
    }

    @Override
    public Class<ProductsView> viewClass() {
        return ProductsView.class;
    }

    @Override
    public ProductsView createView() {
        return new ProductsView(products, policy.isPermitted(ProductService.PERMISSION_ADMINISTER));
    }

    @Override
    public String titleKey() {
        return "sales.products";
    }

    @Override
    public String requiredPermission() {
        return ProductService.PERMISSION_READ;
    }

    @Override
    public String menuGroup() {
        return "sales.menu.group";
    }

    @Override
    public String icon() {
        return "PACKAGE";
    }

    /** Menu position in the sales group: leads, opportunities, quotes, orders, price list. */
    @Override
    public int order() {
        return 50;
    }
}
