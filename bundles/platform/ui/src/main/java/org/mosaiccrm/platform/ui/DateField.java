package org.mosaiccrm.platform.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;

/**
 * The date field of every form: shows dates as {@link DateInput#DISPLAY_PATTERN} in both languages,
 * reads what {@link DateInput} reads, and never lets typed text vanish. Text that is no date
 * leaves the value empty and marks the field; a form asks {@link #refuseUnreadable()} before
 * saving, so the save is refused with the field named instead of going ahead without the date.
 */
public class DateField extends DatePicker {

    public DateField(String label) {
        this(label, null);
    }

    public DateField(String label, LocalDate value) {
        super(label, value);
        setFallbackParser(text -> DateInput.parse(text).map(Result::ok)
                .orElseGet(() -> Result.error(getTranslation("date.unreadable", text))));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setI18n(i18n(attachEvent.getUI().getLocale()));
    }

    /** Whether the field holds typed text that is no date (its value is then empty). */
    public boolean hasUnreadableText() {
        return isInputUnparsable();
    }

    /**
     * Marks the field when it holds text that is no date, with a message naming the field.
     *
     * @return {@code true} when the form must not be saved
     */
    public boolean refuseUnreadable() {
        if (!hasUnreadableText()) {
            return false;
        }
        setErrorMessage(getTranslation("date.unreadable.field", getLabel() == null ? "" : getLabel()));
        setInvalid(true);
        focus();
        return true;
    }

    /** {@link #refuseUnreadable()} of each field, all marked at once. */
    public static boolean refuseUnreadable(DateField... fields) {
        boolean refused = false;
        for (DateField field : fields) {
            refused |= field.refuseUnreadable();
        }
        return refused;
    }

    private DatePickerI18n i18n(Locale locale) {
        List<String> months = Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        // DatePickerI18n counts weekdays from Sunday
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePickerI18n().setDateFormat(DateInput.DISPLAY_PATTERN).setMonthNames(months)
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1).setToday(getTranslation("date.today")).setCancel(getTranslation("date.cancel"))
                .setBadInputErrorMessage(getTranslation("date.unreadable.field", getLabel() == null ? "" : getLabel()));
    }
}
