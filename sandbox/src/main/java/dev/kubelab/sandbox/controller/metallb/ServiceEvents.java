package dev.kubelab.sandbox.controller.metallb;

import dev.kubelab.sandbox.api.Event;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.controller.ControllerContext;

import java.time.Instant;

/**
 * Events MetalLB reports for a state, not for a change: a passing reconcile would repeat them on every pass, so
 * an event already in the store for the same service, reason and message is not recorded again.
 */
final class ServiceEvents {
    private ServiceEvents() {
    }

    static void once(ControllerContext ctx, Instant now, Service s, String type, String reason, String message,
                     String component) {
        for (Event e : ctx.store().view(Event.class, s.metadata().namespace())) {
            if (e.involvedObject().uid().equals(s.metadata().uid()) && e.reason().equals(reason)
                    && e.message().equals(message)) {
                return;
            }
        }
        ctx.events().record(now, s, null, type, reason, message, component, null);
    }
}
