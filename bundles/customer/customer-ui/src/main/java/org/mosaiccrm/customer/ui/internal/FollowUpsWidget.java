package org.mosaiccrm.customer.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.FollowUp;
import org.mosaiccrm.customer.InteractionService;
import org.mosaiccrm.platform.ui.DashboardWidget;
import org.osgi.service.component.annotations.Activate;

import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** "My follow-ups due" on the home page: what the user planned for today or earlier, oldest first. */
@org.osgi.service.component.annotations.Component(service = DashboardWidget.class)
public class FollowUpsWidget implements DashboardWidget {

    private static final int SHOWN = 10;

    private final InteractionService interactions;

    @Activate
    public FollowUpsWidget(@Reference InteractionService interactions) {
        this.interactions = interactions;
    }

    @Override
    public String id() {
        return "customer.followups";
    }

    @Override
    public String titleKey() {
        return "followup.title";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String requiredPermission() {
        return CustomerService.PERMISSION_READ;
    }

    @Override
    public Component createWidget() {
        VerticalLayout list = new VerticalLayout();
        list.setId("followups-widget");
        list.setPadding(false);
        list.setSpacing(false);
        fill(list);
        return list;
    }

    private void fill(VerticalLayout list) {
        list.removeAll();
        List<FollowUp> due = interactions.followUpsDue(LocalDate.now(), SHOWN);
        if (due.isEmpty()) {
            list.add(new Paragraph(list.getTranslation("followup.none")));
            return;
        }
        for (FollowUp followUp : due) {
            Anchor customer = new Anchor("customers/" + followUp.interaction().customerId(), followUp.customerName());
            Span what = new Span(followUp.interaction().followUpOn() + " · " + (followUp.interaction().nextStep().isEmpty()
                    ? followUp.interaction().summary() : followUp.interaction().nextStep()));
            what.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Button done = new Button(list.getTranslation("followup.done"), e -> {
                interactions.completeFollowUp(followUp.interaction().id());
                fill(list);
            });
            done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(customer, what, done);
            row.addClassName("followup-row");
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            list.add(row);
        }
    }
}
