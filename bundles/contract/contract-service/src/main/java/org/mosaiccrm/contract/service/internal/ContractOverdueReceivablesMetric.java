package org.mosaiccrm.contract.service.internal;

import org.mosaiccrm.contract.AgeingLine;
import org.mosaiccrm.contract.ContractReports;
import org.mosaiccrm.platform.metric.MetricProvider;
import org.mosaiccrm.platform.metric.MetricValue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Overdue receivables": what contracts being collected owe past their due dates (the ageing's total). */
@Component(service = MetricProvider.class)
public class ContractOverdueReceivablesMetric extends ContractMetric {

    private final ContractReports reports;

    @Activate
    public ContractOverdueReceivablesMetric(@Reference ContractReports reports) {
        super("contract.overdueReceivables", 41);
        this.reports = reports;
    }

    @Override
    public MetricValue current() {
        return largest(reports.ageingByOwner().lines(), AgeingLine::currency, AgeingLine::total);
    }
}
