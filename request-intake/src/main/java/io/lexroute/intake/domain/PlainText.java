package io.lexroute.intake.domain;

/**
 * Text that is safe to store, print on a legal document and send on: no control characters (C0, DEL, C1), no
 * bidirectional overrides that could make a name or reference display differently from what it is, and no lone
 * surrogates (PostgreSQL's jsonb rejects them).
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean isPlain(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
