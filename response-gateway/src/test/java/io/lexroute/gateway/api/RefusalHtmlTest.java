package io.lexroute.gateway.api;

import static io.lexroute.contracts.DataCategory.CONTENT;
import static io.lexroute.contracts.Outcome.REDIRECT;
import static org.assertj.core.api.Assertions.assertThat;

import io.lexroute.contracts.AuthorityType;
import io.lexroute.contracts.Ground;
import io.lexroute.contracts.Instrument;
import io.lexroute.contracts.OrderStatus;
import io.lexroute.gateway.domain.RefusalDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefusalHtmlTest {

    private static final Ground HOSTILE = new Ground("X<1>", "Art. \"5\" & 6",
            "<script>alert('pwned')</script>");

    @Test
    void everyValueFromTheOrderIsEscaped() {
        String html = RefusalHtml.render(document("Judge <img src=x onerror=alert(1)> & Co"));

        assertThat(html).doesNotContain("<script>").doesNotContain("<img");
        assertThat(html).contains("Judge &lt;img src=x onerror=alert(1)&gt; &amp; Co");
        assertThat(html).contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;");
        assertThat(html).contains("Art. &quot;5&quot; &amp; 6");
        assertThat(html).contains("X&lt;1&gt;");
    }

    @Test
    void namesTheChannelAndEveryGround() {
        String html = RefusalHtml.render(document("Investigating judge, Antwerp"));

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<h1>Reasons for not producing data");
        assertThat(html).contains("Channel that can work:</strong> European Investigation Order");
        assertThat(html).contains("CONTENT data, stored in LU: REDIRECT");
        assertThat(html).contains("BE-ANT-2017-001");
    }

    private static RefusalDocument document(String authority) {
        Ground channel = new Ground("EIO", "European Investigation Order", "Ask Luxembourg.");
        return new RefusalDocument(UUID.randomUUID(), "BE-ANT-2017-001",
                new RefusalDocument.Authority(authority, "BE", AuthorityType.INVESTIGATING_JUDGE, null), "skype",
                Instrument.NATIONAL_ORDER, LocalDate.parse("2017-12-01"), 1, OrderStatus.REDIRECTED,
                Instant.parse("2026-11-02T10:00:00Z"), "Reasons for not producing data",
                List.of(new RefusalDocument.Item(CONTENT, "LU", REDIRECT, "Not produced.", List.of(channel, HOSTILE),
                        new RefusalDocument.Channel(channel.citation(), channel.reason()))));
    }
}
