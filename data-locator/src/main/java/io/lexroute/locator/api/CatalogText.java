package io.lexroute.locator.api;

/** What the catalog requires of the text it stores (names, sites, identifier values), beyond its length. */
final class CatalogText {

    private CatalogText() {
    }

    /**
     * Whether {@code text} shows nothing: null, empty, or only white space, space separators (the no-break spaces
     * U+00A0, U+2007 and U+202F included, which {@link String#isBlank} does not count), control and format characters
     * (such as U+200B, the zero width space). The NUL character is not counted: {@link NoNulCharacter} names it.
     */
    static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(CatalogText::isInvisible);
    }

    /**
     * Whether {@code text} holds a UTF-16 surrogate (U+D800 to U+DFFF) that is not half of a pair, as a JSON escape
     * may give: not Unicode text, which the PostgreSQL driver cannot encode as UTF-8 and stores altered.
     */
    static boolean hasUnpairedSurrogate(String text) {
        // A pair is one code point; a surrogate left alone is a code point of its own.
        return text != null
                && text.codePoints().anyMatch(codePoint -> Character.getType(codePoint) == Character.SURROGATE);
    }

    private static boolean isInvisible(int codePoint) {
        if (codePoint == 0) {
            return false;
        }
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || type == Character.CONTROL || type == Character.FORMAT;
    }
}
