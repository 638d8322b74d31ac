package org.rasd.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The few Python semantics score.py relies on, over Jackson trees: {@code ==} between JSON values
 * (1 == 1.0 == True), truthiness, {@code float(x)}, {@code date.fromisoformat(str(s)[:10])},
 * {@code round(x, n)}, {@code repr(float)} and {@code format(x, ".3f")}. A Java {@code null} stands
 * for a missing key, treated like JSON null (Python's None).
 */
final class Py {
    private Py() {
    }

    static boolean isNone(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    /** Python's {@code dict.get(key)}: the value or null when absent (JSON null stays a NullNode). */
    static JsonNode get(JsonNode obj, String key) {
        return obj != null && obj.isObject() ? obj.get(key) : null;
    }

    /** Python's {@code a == b} for values decoded by {@code json.loads}. */
    static boolean eq(JsonNode a, JsonNode b) {
        boolean an = isNone(a);
        boolean bn = isNone(b);
        if (an || bn) {
            return an && bn;
        }
        if (numeric(a) && numeric(b)) {
            return numEq(a, b);
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!eq(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!b.has(e.getKey()) || !eq(e.getValue(), b.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** {@code x == k} for a Python int constant k. */
    static boolean eqInt(JsonNode a, long k) {
        return !isNone(a) && numeric(a) && numEq(a, com.fasterxml.jackson.databind.node.LongNode.valueOf(k));
    }

    private static boolean numeric(JsonNode n) {
        return n.isNumber() || n.isBoolean();
    }

    private static boolean numEq(JsonNode a, JsonNode b) {
        if (nonFinite(a) || nonFinite(b)) {
            return a.asDouble() == b.asDouble();
        }
        return exact(a).compareTo(exact(b)) == 0;
    }

    private static boolean nonFinite(JsonNode n) {
        return n.isFloatingPointNumber() && !Double.isFinite(n.doubleValue());
    }

    /** The exact value of a finite JSON number or boolean. */
    static BigDecimal exact(JsonNode n) {
        if (n.isBoolean()) {
            return n.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (n.isIntegralNumber()) {
            return new BigDecimal(n.bigIntegerValue());
        }
        if (n.isBigDecimal()) {
            return n.decimalValue();
        }
        return new BigDecimal(n.doubleValue());
    }

    /** Python's {@code bool(x)}. */
    static boolean truthy(JsonNode n) {
        if (isNone(n)) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            if (n.isFloatingPointNumber() && Double.isNaN(n.doubleValue())) {
                return true;
            }
            return exact(n).signum() != 0;
        }
        if (n.isTextual()) {
            return !n.textValue().isEmpty();
        }
        return n.size() > 0;
    }

    /** Thrown where Python would raise (TypeError, ValueError): the caller adds file and line. */
    static final class PyError extends RuntimeException {
        PyError(String message) {
            super(message);
        }
    }

    private static final Pattern PY_FLOAT = Pattern.compile(
            "[+-]?(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?");

    /** Python's {@code float(x)} for a JSON value. */
    static double toFloat(JsonNode n, String what) {
        if (n.isBoolean()) {
            return n.booleanValue() ? 1.0 : 0.0;
        }
        if (n.isNumber()) {
            return n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()).doubleValue() : n.doubleValue();
        }
        if (n.isTextual()) {
            String s = strip(n.textValue());
            String l = s.toLowerCase(java.util.Locale.ROOT);
            String body = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
            double sign = l.startsWith("-") ? -1.0 : 1.0;
            if (body.equals("inf") || body.equals("infinity")) {
                return sign * Double.POSITIVE_INFINITY;
            }
            if (body.equals("nan")) {
                return Double.NaN;
            }
            if (PY_FLOAT.matcher(s).matches()) {
                return Double.parseDouble(s.replace("_", ""));
            }
            throw new PyError(what + ": could not convert string to float: '" + n.textValue() + "'");
        }
        throw new PyError(what + " must be a number, not " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Python's {@code str.strip()} (whitespace as Python's str.isspace sees it, near enough). */
    static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /**
     * score.py's {@code day(s)}: {@code date.fromisoformat(str(s)[:10]) if s else None}, None on ValueError.
     * Mirrors CPython 3.11's C parser: YYYY-MM-DD, YYYYMMDD and ISO week dates, trailing characters ignored.
     */
    static LocalDate day(JsonNode s) {
        if (!truthy(s)) {
            return null;
        }
        String str;
        if (s.isTextual()) {
            str = s.textValue();
        } else if (s.isIntegralNumber()) {
            str = s.bigIntegerValue().toString();
        } else if (s.isNumber()) {
            str = repr(s.doubleValue()); // "20150721.0"[:10] parses in Python 3.11
        } else {
            return null; // str() of a bool, list or dict is never an ISO date
        }
        int cut = str.offsetByCodePoints(0, Math.min(10, str.codePointCount(0, str.length())));
        return fromIsoFormat(str.substring(0, cut));
    }

    static LocalDate fromIsoFormat(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int len = b.length;
        if (len != 7 && len != 8 && len != 10) {
            return null;
        }
        int[] p = {0};
        int year = digits(b, p, 4);
        if (year < 0) {
            return null;
        }
        boolean sep = at(b, p[0]) == '-';
        if (sep) {
            p[0]++;
        }
        try {
            if (at(b, p[0]) == 'W') {
                p[0]++;
                int week = digits(b, p, 2);
                if (week < 0) {
                    return null;
                }
                int dow = 1;
                if (p[0] < len) {
                    if (sep && at(b, p[0]++) != '-') {
                        return null;
                    }
                    dow = digits(b, p, 1);
                    if (dow < 0) {
                        return null;
                    }
                }
                if (year < 1 || year > 9999 || dow < 1 || dow > 7 || week < 1) {
                    return null;
                }
                LocalDate mid = LocalDate.of(year, 6, 1);
                if (week > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(mid).getMaximum()) {
                    return null;
                }
                return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.of(dow));
            }
            int month = digits(b, p, 2);
            if (month < 0) {
                return null;
            }
            if (sep && at(b, p[0]++) != '-') {
                return null;
            }
            int dd = digits(b, p, 2);
            if (dd < 0 || year < 1) {
                return null;
            }
            return LocalDate.of(year, month, dd);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int at(byte[] b, int i) {
        return i < b.length ? b[i] : 0;
    }

    private static int digits(byte[] b, int[] p, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int c = at(b, p[0]);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
            p[0]++;
        }
        return v;
    }

    /** Python's {@code round(x, nd)} for a float. */
    static double round(double x, int nd) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(nd, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code format(x, ".Nf")}. */
    static String fixed(double x, int nd) {
        return new BigDecimal(x).setScale(nd, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code repr(x)} for a float (shortest round-trip digits, Python's exponent style). */
    static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        BigDecimal d = shortest(x);
        int exp = d.precision() - d.scale() - 1; // decimal exponent of the leading digit
        if (exp >= -4 && exp < 16) {
            String s = d.toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        String digits = d.unscaledValue().abs().toString();
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (x < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** Shortest decimal that reads back as x. */
    private static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int p = 1; p <= 17; p++) {
            BigDecimal c = exact.round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
            if (c.doubleValue() == x) {
                return c.stripTrailingZeros();
            }
        }
        return exact.round(new java.math.MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** Python's {@code str(x)} for a JSON scalar. */
    static String str(JsonNode n) {
        if (isNone(n)) {
            return "None";
        }
        if (n.isBoolean()) {
            return n.booleanValue() ? "True" : "False";
        }
        if (n.isIntegralNumber()) {
            return n.bigIntegerValue().toString();
        }
        if (n.isNumber()) {
            return repr(n.doubleValue());
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        return n.toString();
    }
}
