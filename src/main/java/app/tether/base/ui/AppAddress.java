package app.tether.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** The address a person reached Tether at, for links they copy or print (a calendar feed, a welcome letter). */
public final class AppAddress {

    private AppAddress() {
    }

    /** Scheme, host, port unless it is the scheme's own, and context path; empty outside a request. */
    public static String current() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var r = request.getHttpServletRequest();
        boolean defaultPort = ("https".equals(r.getScheme()) && r.getServerPort() == 443)
                || ("http".equals(r.getScheme()) && r.getServerPort() == 80);
        return r.getScheme() + "://" + r.getServerName() + (defaultPort ? "" : ":" + r.getServerPort())
                + r.getContextPath();
    }
}
