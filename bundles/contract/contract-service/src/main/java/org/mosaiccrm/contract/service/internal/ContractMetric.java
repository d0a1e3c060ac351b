package org.mosaiccrm.contract.service.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mosaiccrm.contract.ContractReports;
import org.mosaiccrm.contract.ContractService;
import org.mosaiccrm.platform.metric.MetricProvider;
import org.mosaiccrm.platform.metric.MetricValue;

/**
 * The contract figures the home dashboard and BI show, for who may see amounts, within their scope:
 * one number each, in the currency most was signed or is owed in (a company working in one currency
 * sees all of it). Read through {@link ContractReports}, so they say what the reports say.
 */
abstract class ContractMetric implements MetricProvider {

    private final String id;
    private final int order;

    ContractMetric(String id, int order) {
        this.id = id;
        this.order = order;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return id.replace("contract.", "contract.metric.");
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public String requiredPermission() {
        return ContractService.PERMISSION_AMOUNT;
    }

    /** Of {@code lines}, {@code figure} added up per currency, the largest; 0 with nothing. */
    static <T> MetricValue largest(List<T> lines, Function<T, String> currency, Function<T, BigDecimal> figure) {
        return lines.stream().collect(Collectors.groupingBy(currency, Collectors.reducing(BigDecimal.ZERO, figure, BigDecimal::add)))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(sum -> new MetricValue(sum.getValue(), sum.getKey()))
                .orElse(new MetricValue(BigDecimal.ZERO.setScale(2), ""));
    }
}
