package org.mosaiccrm.platform.ui.chart;

import java.util.Locale;
import java.util.Objects;

import org.mosaiccrm.platform.ui.internal.chart.EChartsOption;
import org.mosaiccrm.platform.ui.internal.chart.EChartsScriptServlet;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;

/**
 * A chart drawn in the browser by Apache ECharts (served by the UI host, loaded on the first chart a
 * page shows) from typed {@link ChartOptions}. Its own words — the description screen readers read
 * out, the tooltip — follow the UI's language (English or Chinese); the titles and names come
 * translated from the caller. A click on a bar or a point comes back as a {@link ChartClickEvent}.
 * The chart follows its size (full width, 320 px high unless set otherwise).
 */
@Tag("div")
public class Chart extends Component implements HasSize {

    private static final long serialVersionUID = 1L;

    /**
     * Loads ECharts once per page, then draws into this element: one chart instance per element,
     * made anew when the language changes, resized with the element, and disposed of once its
     * element has left the page (checked whenever a chart is drawn), so a long-open tab keeps none.
     */
    private static final String DRAW = """
            const el = this, option = JSON.parse($1), locale = $2;
            const draw = () => {
              const charts = window.mosaicCharts = window.mosaicCharts || new Set();
              for (const gone of [...charts]) {
                if (!gone.getDom().isConnected) { gone.dispose(); charts.delete(gone); }
              }
              let chart = echarts.getInstanceByDom(el);
              if (chart && chart.mosaicLocale !== locale) { chart.dispose(); charts.delete(chart); chart = null; }
              if (!chart) {
                chart = echarts.init(el, null, { locale: locale });
                chart.mosaicLocale = locale;
                chart.on('click', p => el.$server.clicked(p.seriesIndex, p.dataIndex));
                new ResizeObserver(() => { if (!chart.isDisposed()) chart.resize(); }).observe(el);
                charts.add(chart);
              }
              chart.setOption(option, true);
              el.dataset.drawn = String(Number(el.dataset.drawn || 0) + 1);
            };
            if (window.echarts) { draw(); return; }
            let script = document.getElementById('mosaic-echarts');
            if (!script) {
              script = document.createElement('script');
              script.id = 'mosaic-echarts';
              script.src = $0;
              document.head.appendChild(script);
            }
            script.addEventListener('load', draw, { once: true });
            """;

    private ChartOptions options;

    public Chart(ChartOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        setWidthFull();
        setHeight("320px");
        getElement().setAttribute("role", "img");
        addAttachListener(event -> draw());
    }

    public ChartOptions getOptions() {
        return options;
    }

    /** Shows other figures (e.g. after a filter changed); the chart redraws at once when on a page. */
    public void setOptions(ChartOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        if (isAttached()) {
            draw();
        }
    }

    public Registration addClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }

    @ClientCallable
    void clicked(int seriesIndex, int categoryIndex) {
        // the browser says which; anything outside the options shown is ignored
        if (seriesIndex < 0 || seriesIndex >= options.series().size() || categoryIndex < 0
                || categoryIndex >= options.categories().size()) {
            return;
        }
        ChartSeries series = options.series().get(seriesIndex);
        fireEvent(new ChartClickEvent(this, categoryIndex, options.categories().get(categoryIndex), series,
                series.values().get(categoryIndex)));
    }

    private void draw() {
        boolean chinese = Locale.CHINESE.getLanguage().equals(getLocale().getLanguage());
        getElement().executeJs(DRAW, EChartsScriptServlet.PATH, EChartsOption.json(options), chinese ? "ZH" : "EN");
    }
}
