package app.tether.base.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;

/** Sends a file with clinical content: never kept by the browser's cache or a proxy. */
public final class PrivateDownload {

    private PrivateDownload() {
    }

    public static void send(DownloadEvent event, String fileName, String contentType, byte[] bytes)
            throws IOException {
        event.getResponse().setHeader("Cache-Control", "no-store");
        event.getResponse().setHeader("Pragma", "no-cache");
        event.setFileName(fileName);
        event.setContentType(contentType);
        event.setContentLength(bytes.length);
        try (var out = event.getOutputStream()) {
            out.write(bytes);
        }
    }
}
