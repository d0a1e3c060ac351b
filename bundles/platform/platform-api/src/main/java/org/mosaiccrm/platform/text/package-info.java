/**
 * The texts of every module in the languages the CRM ships in, for whatever speaks to people outside
 * the web UI too (API errors, mails): {@link org.mosaiccrm.platform.text.Texts}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.text;
