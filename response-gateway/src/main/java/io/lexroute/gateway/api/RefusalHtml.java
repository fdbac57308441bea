package io.lexroute.gateway.api;

import static io.lexroute.gateway.api.Html.escape;

import io.lexroute.contracts.Ground;
import io.lexroute.gateway.domain.RefusalDocument;

/** A readable, self-contained HTML rendering of a refusal document; every value from the order is escaped. */
final class RefusalHtml {

    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
            + "table{border-collapse:collapse;width:100%}"
            + "th,td{border:1px solid #999;padding:.4em;text-align:left;vertical-align:top}"
            + "dt{font-weight:bold}";

    private RefusalHtml() {
    }

    static String render(RefusalDocument document) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(document.title())).append(" - ").append(escape(document.orderReference()))
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(document.title())).append("</h1>\n");
        order(html, document);
        html.append("<section>\n<h2>Data not produced</h2>\n");
        for (RefusalDocument.Item item : document.items()) {
            item(html, item);
        }
        html.append("</section>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void order(StringBuilder html, RefusalDocument document) {
        RefusalDocument.Authority authority = document.authority();
        html.append("<section>\n<h2>The order</h2>\n<dl>\n");
        term(html, "Order reference", document.orderReference());
        term(html, "Order id", document.orderId());
        term(html, "Issuing authority", authority.name() + " (" + authority.type() + ", " + authority.country() + ")");
        if (authority.validatedBy() != null) {
            term(html, "Validated by", authority.validatedBy());
        }
        term(html, "Instrument", document.instrument());
        term(html, "Issued", document.issuedAt());
        term(html, "Addressee (provider)", document.provider());
        term(html, "Decision", "revision " + document.decisionRevision() + ", " + document.orderStatus()
                + ", decided " + document.decidedAt());
        html.append("</dl>\n</section>\n");
    }

    private static void item(StringBuilder html, RefusalDocument.Item item) {
        html.append("<article>\n<h3>").append(escape(item.dataCategory())).append(" data, ")
                .append(item.location() == null ? "not held" : "stored in " + escape(item.location()))
                .append(": ").append(escape(item.outcome())).append("</h3>\n<p>").append(escape(item.statement()))
                .append("</p>\n");
        if (item.channel() != null) {
            html.append("<p><strong>Channel that can work:</strong> ").append(escape(item.channel().name()))
                    .append(". ").append(escape(item.channel().how())).append("</p>\n");
        }
        html.append("<table>\n<thead><tr><th>Ground</th><th>Provision</th><th>Reason</th></tr></thead>\n<tbody>\n");
        for (Ground ground : item.grounds()) {
            html.append("<tr><td>").append(escape(ground.code())).append("</td><td>")
                    .append(escape(ground.citation())).append("</td><td>").append(escape(ground.reason()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</article>\n");
    }

    private static void term(StringBuilder html, String term, Object value) {
        html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }
}
