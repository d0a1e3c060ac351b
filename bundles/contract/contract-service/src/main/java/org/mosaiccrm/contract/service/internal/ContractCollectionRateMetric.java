package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.mosaiccrm.contract.ContractFigure;
import org.mosaiccrm.contract.ContractGrouping;
import org.mosaiccrm.contract.ContractReports;
import org.mosaiccrm.platform.metric.MetricProvider;
import org.mosaiccrm.platform.metric.MetricValue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** "Collection rate": of the contracts signed in the last twelve months, the percent received (回款率). */
@Component(service = MetricProvider.class)
public class ContractCollectionRateMetric extends ContractMetric {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final ContractReports reports;

    @Activate
    public ContractCollectionRateMetric(@Reference ContractReports reports) {
        super("contract.collectionRate", 42);
        this.reports = reports;
    }

    @Override
    public MetricValue current() {
        LocalDate today = LocalDate.now();
        List<ContractFigure> signed = reports.signed(ContractGrouping.MONTH, today.minusYears(1).plusDays(1), today);
        MetricValue amount = largest(signed, ContractFigure::currency, ContractFigure::amount);
        if (amount.value().signum() == 0) {
            return new MetricValue(HUNDRED.setScale(1), "%");
        }
        BigDecimal received = signed.stream().filter(line -> line.currency().equals(amount.unit())).map(ContractFigure::received)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MetricValue(received.multiply(HUNDRED).divide(amount.value(), 1, RoundingMode.DOWN), "%");
    }
}
