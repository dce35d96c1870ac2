package app.tether.homework.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/** The input for one prompt; every answer is a list of strings (see Answers). */
interface FieldEditor {

    Component component();

    List<String> values();

    void setValues(List<String> values);

    /** Shows a message next to the input, or clears it with null. */
    void setError(String message);

    /** Whether a message is showing (a refused answer, or text beyond the limit). */
    boolean hasError();

    void setReadOnly(boolean readOnly);
}
