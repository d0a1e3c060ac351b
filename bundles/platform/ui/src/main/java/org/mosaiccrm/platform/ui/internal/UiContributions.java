package org.mosaiccrm.platform.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.mosaiccrm.platform.Contribution;
import org.mosaiccrm.platform.metric.MetricProvider;
import org.mosaiccrm.platform.notification.Notifications;
import org.mosaiccrm.platform.search.SearchProvider;
import org.mosaiccrm.platform.security.AccessPolicy;
import org.mosaiccrm.platform.ui.CustomerTabContribution;
import org.mosaiccrm.platform.ui.DashboardWidget;
import org.mosaiccrm.platform.ui.ViewContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The plugin registry as the UI sees it: every contribution currently published by installed
 * modules (whiteboard), sorted by order, filtered by the current user's permissions, with
 * listeners told of every change so open browser tabs can follow.
 */
@Component(service = UiContributions.class, immediate = true)
public class UiContributions {

    /** What changed, for listeners. */
    public enum Kind { VIEW, CUSTOMER_TAB, WIDGET, SEARCH, METRIC, POLICY, NOTIFICATIONS }

    /** A change of the registry: a contribution added or removed. */
    public record Change(Kind kind, Object contribution, boolean added) {
    }

    private final List<ViewContribution<?>> views = new CopyOnWriteArrayList<>();
    private final List<CustomerTabContribution> customerTabs = new CopyOnWriteArrayList<>();
    private final List<DashboardWidget> widgets = new CopyOnWriteArrayList<>();
    private final List<SearchProvider> searchProviders = new CopyOnWriteArrayList<>();
    private final List<MetricProvider> metrics = new CopyOnWriteArrayList<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    private volatile AccessPolicy accessPolicy;
    private volatile Notifications notifications;

    /** A security module's policy arriving or leaving changes what every user sees. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAccessPolicy(AccessPolicy policy) {
        accessPolicy = policy;
        fire(new Change(Kind.POLICY, policy, true));
    }

    void unsetAccessPolicy(AccessPolicy policy) {
        if (accessPolicy == policy) {
            accessPolicy = null;
            fire(new Change(Kind.POLICY, policy, false));
        }
    }

    /** The notification centre, for the bell in the header. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setNotifications(Notifications centre) {
        notifications = centre;
        fire(new Change(Kind.NOTIFICATIONS, centre, true));
    }

    void unsetNotifications(Notifications centre) {
        if (notifications == centre) {
            notifications = null;
            fire(new Change(Kind.NOTIFICATIONS, centre, false));
        }
    }

    public Optional<Notifications> notifications() {
        return Optional.ofNullable(notifications);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution<?> view) {
        views.add(view);
        fire(new Change(Kind.VIEW, view, true));
    }

    void removeView(ViewContribution<?> view) {
        views.remove(view);
        fire(new Change(Kind.VIEW, view, false));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCustomerTab(CustomerTabContribution tab) {
        customerTabs.add(tab);
        fire(new Change(Kind.CUSTOMER_TAB, tab, true));
    }

    void removeCustomerTab(CustomerTabContribution tab) {
        customerTabs.remove(tab);
        fire(new Change(Kind.CUSTOMER_TAB, tab, false));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addWidget(DashboardWidget widget) {
        widgets.add(widget);
        fire(new Change(Kind.WIDGET, widget, true));
    }

    void removeWidget(DashboardWidget widget) {
        widgets.remove(widget);
        fire(new Change(Kind.WIDGET, widget, false));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSearchProvider(SearchProvider provider) {
        searchProviders.add(provider);
        fire(new Change(Kind.SEARCH, provider, true));
    }

    void removeSearchProvider(SearchProvider provider) {
        searchProviders.remove(provider);
        fire(new Change(Kind.SEARCH, provider, false));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMetric(MetricProvider metric) {
        metrics.add(metric);
        fire(new Change(Kind.METRIC, metric, true));
    }

    void removeMetric(MetricProvider metric) {
        metrics.remove(metric);
        fire(new Change(Kind.METRIC, metric, false));
    }

    /** Every view, visible or not (for route binding). */
    public List<ViewContribution<?>> allViews() {
        return List.copyOf(views);
    }

    public List<ViewContribution<?>> visibleViews() {
        return visible(views);
    }

    public List<CustomerTabContribution> visibleCustomerTabs() {
        return visible(customerTabs);
    }

    public List<DashboardWidget> visibleWidgets() {
        return visible(widgets);
    }

    public List<SearchProvider> visibleSearchProviders() {
        return visible(searchProviders);
    }

    public List<MetricProvider> visibleMetrics() {
        return visible(metrics);
    }

    /** The contribution that creates views of this class, if any. */
    public Optional<ViewContribution<?>> viewFor(Class<?> viewClass) {
        return views.stream().filter(v -> v.viewClass() == viewClass).findFirst();
    }

    public boolean isPermitted(String permission) {
        AccessPolicy policy = accessPolicy;
        // Without a security module nothing is shown; an empty permission needs a signed-in user (AccessPolicy).
        return policy != null && policy.isPermitted(permission == null ? "" : permission);
    }

    public Runnable addListener(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private <T extends Contribution> List<T> visible(List<T> all) {
        return all.stream().filter(c -> isPermitted(c.requiredPermission()))
                .sorted(Comparator.comparingInt(Contribution::order).thenComparing(Contribution::titleKey))
                .toList();
    }

    private void fire(Change change) {
        for (Consumer<Change> listener : listeners) {
            listener.accept(change);
        }
    }
}
