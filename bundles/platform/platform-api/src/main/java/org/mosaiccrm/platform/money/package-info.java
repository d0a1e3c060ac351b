/**
 * The arithmetic of documents with lines (quotes, orders, contracts): each line's net and tax,
 * rounded to cents as an invoice is, so every module's documents add up alike.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.money;
