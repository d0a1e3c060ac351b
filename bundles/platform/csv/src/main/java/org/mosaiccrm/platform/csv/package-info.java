/**
 * CSV import for every module: reading files as Excel and WPS write them (encoding and separator
 * detected, lenient quoting), a preview for the column-mapping step, and {@link
 * org.mosaiccrm.platform.csv.CsvImports}, which runs an import in the background in batches and
 * keeps its progress and rejected rows. A module supplies a {@link
 * org.mosaiccrm.platform.csv.CsvRowHandler} that checks and writes its own rows; it owns its
 * {@code CsvImports} (work folder, threads), so uninstalling the module ends its imports with it.
 * Every CSV file handed to users is written with {@link org.mosaiccrm.platform.csv.CsvExport}, which
 * neutralises cells a spreadsheet would run as formulas ({@link org.mosaiccrm.platform.csv.CsvCells}).
 */
@org.osgi.annotation.versioning.Version("2.0.0")
package org.mosaiccrm.platform.csv;
