/**
 * Charts for any module's pages and widgets: {@link org.mosaiccrm.platform.ui.chart.Chart} draws
 * {@link org.mosaiccrm.platform.ui.chart.ChartOptions} with Apache ECharts, which the UI host serves.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.ui.chart;
