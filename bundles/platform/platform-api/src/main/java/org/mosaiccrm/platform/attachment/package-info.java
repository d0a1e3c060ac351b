/**
 * Files kept with the records of any module (a signed document, a photo taken on site):
 * a module registers its record type as {@link org.mosaiccrm.platform.attachment.AttachableRecords}
 * and says who may see and change a record's files; {@link org.mosaiccrm.platform.attachment.Attachments}
 * keeps them, checked by their content against an allow-list, and audits every change.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.attachment;
