package dev.kubelab.sandbox.kubectl.print;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every branch of duration.HumanDuration (reference §1.2), with its edges. */
class HumanDurationTest {
    @ParameterizedTest(name = "{0}ms -> {1}")
    @CsvSource({
            "-2000, <invalid>", "-1999, 0s", "-1000, 0s", "-1, 0s",
            "0, 0s", "5000, 5s", "90000, 90s", "119999, 119s",
            "120000, 2m", "200000, 3m20s", "599000, 9m59s",
            "600000, 10m", "1380000, 23m", "10799000, 179m",
            "10800000, 3h", "14700000, 4h5m", "28799000, 7h59m",
            "28800000, 8h", "169200000, 47h",
            "172800000, 2d", "190800000, 2d5h", "691199000, 7d23h",
            "691200001, 8d", "1987200000, 23d", "34560000000, 400d", "63071999000, 729d",
            "63072000000, 2y", "66528000000, 2y40d", "252287999000, 7y364d",
            "252288000000, 8y", "315360000000, 10y"})
    void formatsLikeApimachinery(long millis, String expected) {
        assertEquals(expected, HumanDuration.format(Duration.ofMillis(millis)));
    }
}
