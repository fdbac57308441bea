package io.lexroute.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PackageNamesTest {

    @Test
    void theExplicitHeaderWins() {
        assertThat(PackageNames.fromHeaders("subscriber.csv", "attachment; filename=\"other.csv\"", "fallback"))
                .isEqualTo("subscriber.csv");
    }

    @Test
    void theContentDispositionFilenameIsRead() {
        assertThat(PackageNames.fromHeaders(null, "attachment; filename=\"traffic \\\"2017\\\".json\"", "f"))
                .isEqualTo("traffic \"2017\".json");
        assertThat(PackageNames.fromHeaders(null, "attachment; filename=plain.zip", "f")).isEqualTo("plain.zip");
    }

    @Test
    void theExtendedUtf8FilenameIsPreferred() {
        assertThat(PackageNames.fromHeaders(null,
                "attachment; filename=\"donnees.zip\"; filename*=UTF-8''donn%C3%A9es%20S.%C3%A0%20r.l..zip", "f"))
                .isEqualTo("données S.à r.l..zip");
    }

    @Test
    void pathsAndControlCharactersAreDropped() {
        assertThat(PackageNames.fromHeaders("../../etc/passwd", null, "f")).isEqualTo("passwd");
        assertThat(PackageNames.fromHeaders("C:\\exports\\mail.pst", null, "f")).isEqualTo("mail.pst");
        assertThat(PackageNames.fromHeaders("bad\u0000name\n.bin", null, "f")).isEqualTo("badname.bin");
    }

    @Test
    void formattingCharactersThatReorderOrHideTextAreDropped() {
        // U+202E would show "invoice\u202Efdp.exe" as "invoiceexe.pdf" to the authority.
        assertThat(PackageNames.fromHeaders("invoice\u202Efdp.exe", null, "f")).isEqualTo("invoicefdp.exe");
        assertThat(PackageNames.fromHeaders(null, "attachment; filename*=UTF-8''mail%E2%80%8B.pst", "f"))
                .isEqualTo("mail.pst");
    }

    /**
     * Not a measure of speed: a pattern that backtracks over a long run of spaces takes minutes on this header
     * (quadratic in its length), one that does not takes microseconds, so the bound only tells the two apart.
     */
    @Test
    void aHeaderBuiltToBacktrackIsReadInLinearTime() {
        String header = "attachment; filename*=" + " ".repeat(100_000) + "x";

        String name = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> PackageNames.fromHeaders(null, header, "fallback"));

        assertThat(name).isEqualTo("fallback");
    }

    @Test
    void aLongQuotedNameIsReadAndCut() {
        String header = "attachment; filename=\"" + "\\x".repeat(20_000) + "\"";

        assertThat(PackageNames.fromHeaders(null, header, "fallback")).isEqualTo("x".repeat(200));
    }

    @Test
    void lineSeparatorsAndC1ControlsAreDropped() {
        assertThat(PackageNames.fromHeaders("mail\u0085box\u2028.pst\u2029", null, "f")).isEqualTo("mailbox.pst");
    }

    @Test
    void withoutANameTheFallbackIsUsed() {
        assertThat(PackageNames.fromHeaders(null, null, "package-1")).isEqualTo("package-1");
        assertThat(PackageNames.fromHeaders("  ", "inline", "package-1")).isEqualTo("package-1");
        assertThat(PackageNames.fromHeaders("..", null, "package-1")).isEqualTo("package-1");
    }

    @Test
    void aDownloadCarriesAnAsciiFallbackAndTheExactName() {
        assertThat(PackageNames.attachment("données \"1\".zip"))
                .isEqualTo("attachment; filename=\"donn_es _1_.zip\"; filename*=UTF-8''donn%C3%A9es%20%221%22.zip");
    }
}
