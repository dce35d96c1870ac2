package app.tether.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every date picker the app builds goes through {@link Pickers}, so none shows English month names in Chinese. */
class PickersTest {

    private static final Set<String> PICKERS = Set.of("com.vaadin.flow.component.datepicker.DatePicker",
            "com.vaadin.flow.component.datetimepicker.DateTimePicker");

    @Test
    void every_date_picker_built_in_the_app_is_localised() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.tether");
        List<String> unlocalised = new ArrayList<>();
        int built = 0;
        for (JavaClass c : classes) {
            if (c.isEquivalentTo(Pickers.class)) {
                continue;
            }
            long made = c.getConstructorCallsFromSelf().stream()
                    .filter(call -> PICKERS.contains(call.getTargetOwner().getName())).count();
            long localised = c.getMethodCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().isEquivalentTo(Pickers.class)).count();
            built += (int) made;
            if (made > localised) {
                unlocalised.add(c.getName() + " builds " + made + " date picker(s), localises " + localised);
            }
        }
        assertThat(built).as("date pickers found").isGreaterThan(10);
        assertThat(unlocalised).as("call Pickers.localise(new DatePicker(...)) where a picker is built").isEmpty();
    }
}
