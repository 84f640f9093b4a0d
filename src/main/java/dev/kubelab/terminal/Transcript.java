package dev.kubelab.terminal;

/** The tail of what a terminal showed, so a reload or reconnect can repaint it. Bounded in size. */
final class Transcript {

    private final int limit;
    private final StringBuilder text = new StringBuilder();

    Transcript(int limit) {
        this.limit = limit;
    }

    void append(String data) {
        text.append(data);
        if (text.length() > limit) {
            int cut = text.length() - limit;
            int lineStart = text.indexOf("\n", cut);
            // Drop whole lines so the replay does not start inside an ANSI sequence or a word.
            text.delete(0, lineStart < 0 ? cut : lineStart + 1);
        }
    }

    void clear() {
        text.setLength(0);
    }

    String text() {
        return text.toString();
    }
}
