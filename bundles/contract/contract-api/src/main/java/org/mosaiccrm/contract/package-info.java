/**
 * The contract module's API: contracts (合同) with their number, type, customer, owner, amount and
 * terms, through draft, approval, signing and execution; their payment plans, receipts, invoices and
 * reports. Every call checks the caller's permission and the record scope of the contract's owner.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.mosaiccrm.contract;
