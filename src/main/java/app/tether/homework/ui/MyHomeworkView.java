package app.tether.homework.ui;

import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The client's landing page. Homework itself arrives with the homework feature. */
@Route("my-homework")
@RolesAllowed(Roles.CLIENT)
class MyHomeworkView extends Div implements HasDynamicTitle {

    MyHomeworkView(CurrentUser currentUser) {
        addClassName("page");
        var header = new Div(new H2(getTranslation("homework.title")),
                new Paragraph(getTranslation("homework.greeting", currentUser.require().displayName())));
        header.addClassName("page-header");
        add(header);
        var icon = VaadinIcon.CLIPBOARD_CHECK.create();
        icon.addClassName("empty-icon");
        var empty = new Div(icon, new H3(getTranslation("homework.empty.title")),
                new Paragraph(getTranslation("homework.empty.text")));
        empty.addClassName("empty-state");
        empty.setId("homework-empty");
        add(empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("homework.title") + " · " + getTranslation("app.name");
    }
}
