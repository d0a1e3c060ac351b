/**
 * Typed parts of the sales scenarios, written against the sales API and run through the module's
 * class loader by {@link org.mosaiccrm.assembly.ModuleCode} (the probe itself never wires to sales,
 * which the scenarios uninstall). Only parts live here; what they take and give back are platform,
 * customer or JDK types, or records of the scenario classes one package up.
 */
package org.mosaiccrm.assembly.shared.sales;
