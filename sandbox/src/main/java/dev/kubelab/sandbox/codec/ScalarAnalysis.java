package dev.kubelab.sandbox.codec;

/** libyaml's yaml_emitter_analyze_scalar, reduced to what picks a style in block context. */
final class ScalarAnalysis {
    final boolean plainAllowed;
    final boolean singleQuotedAllowed;
    final boolean blockAllowed;
    final boolean multiline;

    private ScalarAnalysis(boolean plain, boolean single, boolean block, boolean multiline) {
        this.plainAllowed = plain;
        this.singleQuotedAllowed = single;
        this.blockAllowed = block;
        this.multiline = multiline;
    }

    static ScalarAnalysis of(String value) {
        if (value.isEmpty()) {
            return new ScalarAnalysis(false, true, false, false);
        }
        boolean indicators = value.startsWith("---") || value.startsWith("...");
        boolean special = false;
        boolean lineBreaks = false;
        boolean spaceBreak = false;
        boolean breakSpace = false;
        boolean previousSpace = false;
        boolean previousBreak = false;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean followedByBlank = i + 1 >= n || isBlankOrBreak(value.charAt(i + 1));
            boolean precededByBlank = i == 0 || isBlankOrBreak(value.charAt(i - 1));
            if (i == 0) {
                if ("#,[]{}&*!|>'\"%@`".indexOf(c) >= 0) {
                    indicators = true;
                } else if ((c == '?' || c == ':' || c == '-') && followedByBlank) {
                    indicators = true;
                }
            } else if (c == ':' && followedByBlank) {
                indicators = true;
            } else if (c == '#' && precededByBlank) {
                indicators = true;
            }
            if (!isPrintable(c)) {
                special = true;
            }
            if (c == '\n' || c == '\r') {
                lineBreaks = true;
            }
            if (c == ' ') {
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            } else if (c == '\n' || c == '\r') {
                spaceBreak |= previousSpace;
                previousBreak = true;
                previousSpace = false;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
        }
        boolean leadingSpace = value.charAt(0) == ' ';
        boolean leadingBreak = value.charAt(0) == '\n';
        boolean trailingSpace = value.charAt(n - 1) == ' ';
        boolean trailingBreak = value.charAt(n - 1) == '\n';
        boolean plain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || indicators || lineBreaks);
        boolean single = !(breakSpace || spaceBreak || special);
        boolean block = !(trailingSpace || spaceBreak || special);
        if (breakSpace) {
            plain = false;
        }
        return new ScalarAnalysis(plain && !special, single, block, lineBreaks);
    }

    private static boolean isBlankOrBreak(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** libyaml's is_printable (with unicode output on, as go-yaml sets it). */
    private static boolean isPrintable(char c) {
        return c == 0x0A || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || Character.isSurrogate(c);
    }
}
