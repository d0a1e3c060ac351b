/**
 * CSV import for every module: reading files as Excel and WPS write them (encoding and separator
 * detected, lenient quoting), a preview for the column-mapping step, and imports run in the
 * background in batches with their progress and rejected rows.
 *
 * <p>A module offers an import by registering an {@link org.mosaiccrm.platform.csv.ImportDefinition}
 * (its fields with English and Chinese headings, permission, duplicate policies and a {@link
 * org.mosaiccrm.platform.csv.CsvRowHandler} that checks and writes its own rows); the {@link
 * org.mosaiccrm.platform.csv.Imports} service runs it for every caller and ends its imports when the
 * module goes, and the UI host's import wizard is built from the definition. {@link
 * org.mosaiccrm.platform.csv.CsvImports} is the engine underneath, usable alone.
 * Every CSV file handed to users is written with {@link org.mosaiccrm.platform.csv.CsvExport}, which
 * neutralises cells a spreadsheet would run as formulas ({@link org.mosaiccrm.platform.csv.CsvCells}).
 */
@org.osgi.annotation.versioning.Version("2.2.0")
package org.mosaiccrm.platform.csv;
