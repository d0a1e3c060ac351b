/**
 * Karaf scenarios that share one boot of the assembly ({@link org.mosaiccrm.assembly.shared.SharedKarafTestSupport}).
 * A module's Karaf tests belong here unless a fresh boot is what they test (restart, another database).
 */
package org.mosaiccrm.assembly.shared;
