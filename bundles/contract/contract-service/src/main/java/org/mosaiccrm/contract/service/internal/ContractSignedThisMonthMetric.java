package org.mosaiccrm.contract.service.internal;

import java.time.LocalDate;

import org.mosaiccrm.contract.ContractFigure;
import org.mosaiccrm.contract.ContractGrouping;
import org.mosaiccrm.contract.ContractReports;
import org.mosaiccrm.platform.metric.MetricProvider;
import org.mosaiccrm.platform.metric.MetricValue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Signed this month": the amounts of the contracts the customer signed since the first of the month. */
@Component(service = MetricProvider.class)
public class ContractSignedThisMonthMetric extends ContractMetric {

    private final ContractReports reports;

    @Activate
    public ContractSignedThisMonthMetric(@Reference ContractReports reports) {
        super("contract.signedThisMonth", 40);
        this.reports = reports;
    }

    @Override
    public MetricValue current() {
        LocalDate today = LocalDate.now();
        return largest(reports.signed(ContractGrouping.MONTH, today.withDayOfMonth(1), today), ContractFigure::currency,
                ContractFigure::amount);
    }
}
