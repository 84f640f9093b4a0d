package dev.kubelab.terminal;

/**
 * A token bucket per terminal: bursts (a paste of many lines) pass, a script hammering the socket
 * is slowed down with a clear error instead of taking the server's time.
 */
final class CommandRate {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    CommandRate(int burst, int perSecond, long nowNanos) {
        this.capacity = burst;
        this.perNano = perSecond / 1e9;
        this.tokens = burst;
        this.last = nowNanos;
    }

    boolean tryTake(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - last) * perNano);
        last = nowNanos;
        if (tokens < 1) {
            return false;
        }
        tokens--;
        return true;
    }
}
