package io.lexroute.gateway.api;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The display name of a package, from the upload's headers, and back into a download's Content-Disposition. The name
 * is never used as a file path: packages are stored under their id.
 */
final class PackageNames {

    private static final int MAX_LENGTH = 200;
    /**
     * RFC 5987's charset'language'value. The charset is a token, so it matches no space: a pattern in which it could
     * take the spaces that {@code \\s*} also takes backtracks quadratically over a header of spaces.
     */
    private static final Pattern EXTENDED_FILENAME =
            Pattern.compile("filename\\*\\s*=\\s*([^'\\s;]*)'[^'\\s;]*'([^;\\s]+)", Pattern.CASE_INSENSITIVE);
    /** Where a quoted filename begins; its value is read by {@link #quotedString}, as a pattern would recurse. */
    private static final Pattern QUOTED_FILENAME_START =
            Pattern.compile("filename\\s*=\\s*\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN_FILENAME =
            Pattern.compile("filename\\s*=\\s*([^;\\s\"]+)", Pattern.CASE_INSENSITIVE);

    private PackageNames() {
    }

    /** X-Package-Name first, then the Content-Disposition filename (RFC 6266), then {@code fallback}. */
    static String fromHeaders(String packageName, String contentDisposition, String fallback) {
        String name = clean(packageName);
        if (name == null && contentDisposition != null) {
            name = clean(filenameOf(contentDisposition));
        }
        return name == null ? fallback : name;
    }

    /** A Content-Disposition for downloading {@code name}: an ASCII fallback and the exact UTF-8 name. */
    static String attachment(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace('"', '_').replace('\\', '_');
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String filenameOf(String contentDisposition) {
        Matcher extended = EXTENDED_FILENAME.matcher(contentDisposition);
        if (extended.find()) {
            String charset = extended.group(1).isBlank() ? "UTF-8" : extended.group(1).strip();
            try {
                return URLDecoder.decode(extended.group(2).replace("+", "%2B"), charset.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | java.io.UnsupportedEncodingException e) {
                // Fall through to the plain filename parameter.
            }
        }
        Matcher quoted = QUOTED_FILENAME_START.matcher(contentDisposition);
        if (quoted.find()) {
            String value = quotedString(contentDisposition, quoted.end());
            if (value != null) {
                return value;
            }
        }
        Matcher token = TOKEN_FILENAME.matcher(contentDisposition);
        return token.find() ? token.group(1) : null;
    }

    /**
     * The quoted string whose opening quote ends before {@code start}, its escapes undone; null when it never closes.
     * Read by hand: a pattern for it recurses once per character and overflows the stack on a long name.
     */
    private static String quotedString(String text, int start) {
        StringBuilder value = new StringBuilder();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            value.append(c);
        }
        return null;
    }

    /**
     * Keeps the last path segment, drops control characters (C0 and C1), line and paragraph separators and format
     * characters (bidirectional overrides, which can make "fdp.exe" read as "exe.pdf", and zero-width ones), bounds
     * the length; null when nothing is left.
     */
    private static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return null;
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
