package dev.kubelab.sandbox.net.proxy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kube-proxy's 1/(n-i) written as %0.10f, stored by iptables as lround(2^31·p), printed as %.11f. */
class ProbabilityTest {
    @ParameterizedTest
    @CsvSource({"2, 0.50000000000", "3, 0.33333333349", "4, 0.25000000000", "5, 0.20000000019",
            "6, 0.16666666651", "7, 0.14285714272", "8, 0.12500000000", "9, 0.11111111101", "10, 0.10000000009"})
    void printsWhatIptablesPrints(int remaining, String text) {
        assertEquals(text, Probability.ofRemaining(remaining).text());
    }

    @Test
    void theKernelCompares31BitRandomNumbersWithTheStoredValue() {
        Probability half = Probability.ofRemaining(2);
        assertEquals(1L << 30, half.stored());
        assertTrue(half.hits((1L << 30) - 1));
        assertFalse(half.hits(1L << 30));
    }
}
