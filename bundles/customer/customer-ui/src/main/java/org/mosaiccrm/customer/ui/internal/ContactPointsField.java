package org.mosaiccrm.customer.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.platform.ui.LengthLimit;
import org.mosaiccrm.customer.ContactPoint;
import org.mosaiccrm.customer.ContactPointKind;
import org.mosaiccrm.customer.CustomerService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Edits further addresses, phones and emails: one line each with its kind, a label ("billing",
 * "传真") and the value; lines are added and removed in place. The service checks the values.
 */
class ContactPointsField extends CustomField<List<ContactPoint>> {

    private static final long serialVersionUID = 1L;

    private final Div lines = new Div();
    private final Button add = new Button();
    private final List<Line> rows = new ArrayList<>();

    ContactPointsField(String idPrefix) {
        setId(idPrefix);
        lines.setWidthFull();
        add.setText(getTranslation("contactPoints.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId(idPrefix + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(event -> {
            addLine(new ContactPoint(ContactPointKind.PHONE, "", ""));
            updateValue();
        });
        Div content = new Div(lines, add);
        content.setWidthFull();
        add(content);
    }

    @Override
    protected List<ContactPoint> generateModelValue() {
        return rows.stream().map(Line::value).toList();
    }

    @Override
    protected void setPresentationValue(List<ContactPoint> value) {
        rows.clear();
        lines.removeAll();
        if (value != null) {
            value.forEach(this::addLine);
        }
    }

    @Override
    public List<ContactPoint> getEmptyValue() {
        return List.of();
    }

    private void addLine(ContactPoint point) {
        Line line = new Line(point);
        rows.add(line);
        lines.add(line);
        add.setEnabled(rows.size() < CustomerService.MAX_CONTACT_POINTS);
    }

    /** One entry: kind, label, value, remove. */
    private final class Line extends HorizontalLayout {

        private static final long serialVersionUID = 1L;

        private final Select<ContactPointKind> kind = new Select<>();
        private final TextField label = new TextField();
        private final TextField value = new TextField();

        Line(ContactPoint point) {
            addClassName("contact-point");
            setWidthFull();
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            kind.setItems(ContactPointKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("contactPoints.kind." + k.name()));
            kind.setValue(point.kind());
            kind.setWidth("8em");
            kind.addClassName("contact-point-kind");
            label.setPlaceholder(getTranslation("contactPoints.label"));
            // a placeholder is no name: screen readers need one that stays
            label.setAriaLabel(getTranslation("contactPoints.label"));
            LengthLimit.apply(label, CustomerService.MAX_CONTACT_POINT_LABEL);
            label.setValue(point.label() == null ? "" : point.label());
            label.setWidth("9em");
            label.addClassName("contact-point-label");
            value.setPlaceholder(getTranslation("contactPoints.value"));
            value.setAriaLabel(getTranslation("contactPoints.value"));
            value.setValue(point.value() == null ? "" : point.value());
            value.addClassName("contact-point-value");
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> {
                rows.remove(this);
                lines.remove(this);
                add.setEnabled(true);
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("contactPoints.remove"));
            remove.addClassName("contact-point-remove");
            kind.addValueChangeListener(event -> updateValue());
            label.addValueChangeListener(event -> updateValue());
            value.addValueChangeListener(event -> updateValue());
            add(kind, label, value, remove);
            setFlexGrow(1, value);
        }

        ContactPoint value() {
            return new ContactPoint(kind.getValue(), label.getValue(), value.getValue());
        }
    }
}
