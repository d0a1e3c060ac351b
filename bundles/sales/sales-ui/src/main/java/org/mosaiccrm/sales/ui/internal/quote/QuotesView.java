package org.mosaiccrm.sales.ui.internal.quote;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mosaiccrm.platform.ui.Attempt;
import org.mosaiccrm.platform.ui.Money;
import org.mosaiccrm.sales.Quote;
import org.mosaiccrm.sales.QuoteStatus;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The quotes in the user's scope (latest revisions, by status); with an id in the route, that one
 * quote's page instead.
 */
public class QuotesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final transient QuoteUi ui;
    private final VerticalLayout list = new VerticalLayout();
    private final Grid<Quote> grid = new Grid<>();
    private QuoteStatus listed;
    private String title;

    public QuotesView(QuoteUi ui) {
        this.ui = ui;
        setId("quotes-view");
        setSizeFull();
        Map<Tab, QuoteStatus> statuses = new LinkedHashMap<>();
        Tab all = new Tab(getTranslation("sales.quote.all"));
        all.setId("quotes-tab-ALL");
        statuses.put(all, null);
        for (QuoteStatus status : QuoteStatus.values()) {
            Tab tab = new Tab(getTranslation("sales.quote.status." + status.name()));
            tab.setId("quotes-tab-" + status.name());
            statuses.put(tab, status);
        }
        Tabs tabs = new Tabs(statuses.keySet().toArray(Tab[]::new));
        tabs.addSelectedChangeListener(event -> {
            listed = statuses.get(event.getSelectedTab());
            refresh();
        });
        grid.setId("quotes-grid");
        grid.addColumn(q -> q.number() + " · " + getTranslation("sales.quote.revisionShort", q.revision()))
                .setHeader(getTranslation("sales.quote.number")).setAutoWidth(true);
        grid.addColumn(q -> ui.customerName(q.customerId())).setHeader(getTranslation("sales.field.customer")).setFlexGrow(2);
        grid.addColumn(q -> getTranslation("sales.quote.status." + q.status().name())).setHeader(getTranslation("sales.field.status"))
                .setAutoWidth(true);
        grid.addColumn(q -> Money.format(q.total(), q.currency(), getLocale())).setHeader(getTranslation("sales.quote.total"))
                .setAutoWidth(true);
        grid.addColumn(q -> q.validUntil().toString()).setHeader(getTranslation("sales.quote.validUntil")).setAutoWidth(true);
        grid.addColumn(q -> DAY.format(q.createdAt())).setHeader(getTranslation("sales.quote.created")).setAutoWidth(true);
        grid.addItemClickListener(event -> getUI().ifPresent(page -> page.navigate(QuotesContribution.ROUTE + "/" + event.getItem().id())));
        list.setPadding(false);
        list.setSizeFull();
        list.add(new H2(getTranslation("sales.quotes")), tabs, grid);
        list.expand(grid);
        title = getTranslation("sales.quotes");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().get("id").filter(text -> text.matches("\\d{1,18}")).map(Long::parseLong);
        Optional<Quote> quote = Optional.empty();
        if (id.isPresent()) {
            // attempt shows a refusal itself (e.g. out of scope) and gives null; a quote not found is said here
            Optional<Quote> found = QuoteUi.attempt(() -> ui.quotes().find(id.get()));
            if (found != null && found.isEmpty()) {
                Attempt.error("sales.error.quote.gone");
            }
            quote = found == null ? Optional.empty() : found;
        }
        if (quote.isPresent()) {
            title = quote.get().number();
            add(new QuoteEditor(ui, quote.get()));
            return;
        }
        title = getTranslation("sales.quotes");
        add(list);
        refresh();
    }

    private void refresh() {
        grid.setItems(query -> ui.quotes().list(listed, query.getOffset(), query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
