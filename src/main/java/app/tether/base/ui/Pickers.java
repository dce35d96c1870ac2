package app.tether.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Date pickers in the screen's language: month and weekday names from java.time for the locale,
 * the week starting on Monday, "Today" and "Cancel" from the bundle. The typed and shown date
 * follows the locale (Vaadin formats it: 25/11/2025 in British English, 2025/11/25 in Chinese).
 * Every DatePicker and DateTimePicker goes through here; {@code PickersTest} finds one that doesn't.
 */
public final class Pickers {

    private static final int MONDAY = 1;

    private Pickers() {
    }

    public static DatePicker localise(DatePicker picker) {
        picker.setI18n(i18n());
        return picker;
    }

    public static DateTimePicker localise(DateTimePicker picker) {
        picker.setDatePickerI18n(i18n());
        return picker;
    }

    /** The calendar's words for the current screen; callers may add a fixed date format to it. */
    public static DatePickerI18n i18n() {
        Locale locale = Dates.locale();
        // Chinese calendars head a month as "11月" beside the year; English spells it out.
        TextStyle monthStyle = "zh".equals(locale.getLanguage()) ? TextStyle.SHORT_STANDALONE
                : TextStyle.FULL_STANDALONE;
        List<String> months = Arrays.stream(Month.values()).map(m -> m.getDisplayName(monthStyle, locale)).toList();
        // Vaadin lists weekdays from Sunday.
        List<DayOfWeek> fromSunday = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Stream.of(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY)).toList();
        UI ui = UI.getCurrent();
        return new DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(MONDAY)
                .setToday(ui == null ? "Today" : ui.getTranslation("picker.today"))
                .setCancel(ui == null ? "Cancel" : ui.getTranslation("picker.cancel"));
    }
}
