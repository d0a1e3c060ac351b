package org.mosaiccrm.sales.ui.internal.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.sales.ForecastService;
import org.mosaiccrm.sales.Quota;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** Sets the quota of each rep the manager may set one for, for one month and currency. */
class QuotaDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient ForecastService forecasts;
    private final Runnable saved;
    private final Select<YearMonth> month = new Select<>();
    private final TextField currency = new TextField();
    private final VerticalLayout rows = new VerticalLayout();
    private final Map<Quota, BigDecimalField> amounts = new LinkedHashMap<>();

    QuotaDialog(ForecastService forecasts, String currencyCode, Runnable saved) {
        this.forecasts = forecasts;
        this.saved = saved;
        setHeaderTitle(getTranslation("sales.quota.title"));
        YearMonth now = YearMonth.now();
        month.setId("quota-month");
        month.setLabel(getTranslation("sales.quota.month"));
        month.setItems(IntStream.range(-1, 12).mapToObj(now::plusMonths).toList());
        month.setItemLabelGenerator(YearMonth::toString);
        month.setValue(now);
        currency.setId("quota-currency");
        currency.setLabel(getTranslation("sales.field.currency"));
        currency.setValue(currencyCode == null ? "CNY" : currencyCode);
        LengthLimit.apply(currency, 3);
        currency.setWidth("6em");
        month.addValueChangeListener(event -> load());
        currency.addValueChangeListener(event -> load());
        rows.setId("quota-rows");
        rows.setPadding(false);
        rows.setSpacing(false);
        HorizontalLayout choice = new HorizontalLayout(month, currency);
        choice.setAlignItems(Alignment.BASELINE);
        add(choice, rows);
        Button save = new Button(getTranslation("sales.save"), event -> save());
        save.setId("quota-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("sales.cancel"), event -> close()), save);
        load();
    }

    private void load() {
        rows.removeAll();
        amounts.clear();
        List<Quota> quotas = Attempt.of(() -> forecasts.quotas(month.getValue(), currency.getValue()), "sales.error.period",
                "sales.error.period");
        if (quotas == null) {
            return;
        }
        if (quotas.isEmpty()) {
            rows.add(new Paragraph(getTranslation("sales.quota.nobody")));
        }
        for (Quota quota : quotas) {
            Span name = new Span(quota.ownerName());
            name.setWidth("12em");
            BigDecimalField amount = new BigDecimalField();
            amount.addClassName("quota-amount");
            amount.setValue(quota.amount().signum() == 0 ? null : quota.amount());
            amount.setSuffixComponent(new Span(quota.currency()));
            HorizontalLayout row = new HorizontalLayout(name, amount);
            row.addClassName("quota-row");
            row.setAlignItems(Alignment.BASELINE);
            rows.add(row);
            amounts.put(quota, amount);
        }
    }

    private void save() {
        if (amounts.values().stream().anyMatch(BigDecimalField::isInvalid)) {
            Attempt.error("sales.error.quota");
            return;
        }
        List<Quota> changed = new ArrayList<>();
        amounts.forEach((quota, field) -> changed.add(new Quota(quota.ownerId(), quota.ownerName(), quota.month(), quota.currency(),
                field.getValue() == null ? BigDecimal.ZERO : field.getValue())));
        if (Attempt.of(() -> {
            forecasts.saveQuotas(changed);
            return Boolean.TRUE;
        }, "sales.error.quota", "sales.error.quota") != null) {
            Attempt.done("sales.quota.saved");
            saved.run();
            close();
        }
    }
}
