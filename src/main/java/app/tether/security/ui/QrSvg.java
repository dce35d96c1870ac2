package app.tether.security.ui;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as SVG, drawn on the server (no script, no image service). */
final class QrSvg {

    private QrSvg() {
    }

    static String of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    static String dataUri(String text) {
        return "data:image/svg+xml;base64," + java.util.Base64.getEncoder()
                .encodeToString(of(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
