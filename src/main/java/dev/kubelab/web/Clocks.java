package dev.kubelab.web;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The platform's wall clock, a bean so tests can replace it. */
public class Clocks {
    @Produces
    @Singleton
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
