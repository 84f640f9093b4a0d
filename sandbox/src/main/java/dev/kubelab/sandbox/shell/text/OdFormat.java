package dev.kubelab.sandbox.shell.text;

/**
 * One od output type: c (characters), or a (d)ecimal, (o)ctal, (u)nsigned or he(x) integer of 1, 2, 4 or 8
 * bytes, little-endian. Field widths are GNU od's: the widest value of the type, plus one space before each.
 */
final class OdFormat {
    private final char kind;
    private final int size;
    private final int width;

    private OdFormat(char kind, int size) {
        this.kind = kind;
        this.size = size;
        this.width = kind == 'c' ? 3 : widest(kind, size);
    }

    /** A flag (c, b, o, x, d) or "tTYPE" (tc, tx1, to2, td4, tu …); null for what od does not know. */
    static OdFormat of(String spec) {
        switch (spec) {
            case "c": case "tc": return new OdFormat('c', 1);
            case "b": return new OdFormat('o', 1);
            case "o": return new OdFormat('o', 2);
            case "x": return new OdFormat('x', 2);
            case "d": return new OdFormat('u', 2);
            default:
                if (!spec.matches("t[doux](1|2|4|8)?|t[doux][CSIL]")) {
                    return null;
                }
                char kind = spec.charAt(1);
                String size = spec.substring(2);
                int bytes = size.isEmpty() ? 4 : "CSIL".contains(size)
                        ? new int[] {1, 2, 4, 8}["CSIL".indexOf(size)] : Integer.parseInt(size);
                return new OdFormat(kind, bytes);
        }
    }

    /** Characters a full line of n bytes takes, before padding. */
    int lineWidth(int bytes) {
        return bytes / size * (width + 1);
    }

    /**
     * The fields of one line; pad extra spaces spread over them as GNU's PRINT_FIELDS does (so that byte columns
     * line up under a wider type). A short last group is filled with zero bytes.
     */
    String fields(byte[] line, int pad) {
        int n = (line.length + size - 1) / size;
        int fieldsOfFullLine = 16 / size;
        StringBuilder out = new StringBuilder();
        int remaining = pad;
        for (int i = fieldsOfFullLine; i > fieldsOfFullLine - n; i--) {
            int next = pad * (i - 1) / fieldsOfFullLine;
            int fieldWidth = width + 1 + remaining - next;
            remaining = next;
            String text = text(line, (fieldsOfFullLine - i) * size);
            out.append(" ".repeat(Math.max(0, fieldWidth - text.length()))).append(text);
        }
        return out.toString();
    }

    private String text(byte[] line, int at) {
        if (kind == 'c') {
            return character(line[at] & 0xff);
        }
        long value = 0;
        for (int k = size - 1; k >= 0; k--) {
            value = (value << 8) | (at + k < line.length ? line[at + k] & 0xff : 0);
        }
        if (kind == 'd' && size < 8 && (value & (1L << (size * 8 - 1))) != 0) {
            value -= 1L << (size * 8);
        }
        switch (kind) {
            case 'o':
                return String.format("%0" + width + "o", value);
            case 'x':
                return String.format("%0" + width + "x", value);
            case 'u':
                return Long.toUnsignedString(value);
            default:
                return Long.toString(value);
        }
    }

    private static String character(int c) {
        switch (c) {
            case 0: return "\\0";
            case 7: return "\\a";
            case 8: return "\\b";
            case 9: return "\\t";
            case 10: return "\\n";
            case 11: return "\\v";
            case 12: return "\\f";
            case 13: return "\\r";
            default: return c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("%03o", c);
        }
    }

    /** How many characters the widest value takes: octal 3/6/11/22, hex 2/4/8/16, decimal with its sign. */
    private static int widest(char kind, int size) {
        int bits = size * 8;
        switch (kind) {
            case 'o':
                return (bits + 2) / 3;
            case 'x':
                return size * 2;
            case 'u':
                return Long.toUnsignedString(bits == 64 ? -1L : (1L << bits) - 1).length();
            default:
                return bits == 64 ? 20 : String.valueOf(-(1L << (bits - 1))).length();
        }
    }
}
