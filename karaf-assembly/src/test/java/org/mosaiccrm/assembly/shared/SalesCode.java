package org.mosaiccrm.assembly.shared;

import org.mosaiccrm.assembly.ModuleCode;
import org.osgi.framework.BundleContext;

/** The sales scenarios' typed parts ({@code shared/sales}), run through the sales module as installed now. */
final class SalesCode {

    private SalesCode() {
    }

    static ModuleCode in(BundleContext context) {
        return ModuleCode.of(context, "org.mosaiccrm.sales", "org.mosaiccrm.sales");
    }
}
