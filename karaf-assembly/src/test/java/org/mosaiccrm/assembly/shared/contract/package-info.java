/**
 * Typed parts of the contract scenario, written against the contract API and run through the module's
 * class loader by {@link org.mosaiccrm.assembly.ModuleCode} (the probe never wires to the contract
 * module, which the scenario uninstalls). What they take and give back are platform or JDK types, or
 * records of the scenario class one package up.
 */
package org.mosaiccrm.assembly.shared.contract;
