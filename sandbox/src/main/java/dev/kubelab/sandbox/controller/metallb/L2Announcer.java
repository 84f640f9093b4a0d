package dev.kubelab.sandbox.controller.metallb;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.controller.ControllerContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The speakers in layer2 mode: a service whose pool an L2Advertisement covers is announced from one node,
 * recorded (as v0.14 does) in a ServiceL2Status "l2-xxxxx" in metallb-system, with a nodeAssigned event once.
 */
final class L2Announcer {
    static final String COMPONENT = "metallb-speaker";
    private final ControllerContext ctx;

    L2Announcer(ControllerContext ctx) {
        this.ctx = ctx;
    }

    void reconcile(Instant now) {
        Map<String, GenericObject> statuses = new HashMap<>();
        String ns = MetalLbPods.NAMESPACE;
        for (GenericObject st : GenericObjects.list(ctx.store(), GenericTypes.SERVICE_L2_STATUS, ns)) {
            statuses.put(serviceKey(st), st);
        }
        Optional<String> node = MetalLbPods.announcingNode(ctx.store());
        for (Service s : ctx.store().list(Service.class, null)) {
            String ip = MetalLbController.allocatedIp(s);
            String key = MetalLbController.key(s);
            GenericObject status = statuses.remove(key);
            boolean announce = ip != null && MetalLbController.handled(s) && node.isPresent()
                    && advertised(s.metadata().annotations().get(ServiceAnnotations.ALLOCATED_FROM));
            if (announce && (status == null || !node.get().equals(nodeOf(status)))) {
                if (status != null) {
                    GenericObjects.delete(ctx.store(), GenericTypes.SERVICE_L2_STATUS, MetalLbPods.NAMESPACE,
                            status.metadata().name());
                }
                ctx.store().create(newStatus(s, node.get(), now));
                ctx.events().normal(now, s, "nodeAssigned", "announcing from node \"" + node.get()
                        + "\" with protocol \"layer2\"", COMPONENT, null);
            } else if (!announce && status != null) {
                GenericObjects.delete(ctx.store(), GenericTypes.SERVICE_L2_STATUS, MetalLbPods.NAMESPACE,
                        status.metadata().name());
            }
        }
        for (GenericObject orphan : statuses.values()) { // their service is gone
            GenericObjects.delete(ctx.store(), GenericTypes.SERVICE_L2_STATUS, MetalLbPods.NAMESPACE,
                    orphan.metadata().name());
        }
    }

    /** An L2Advertisement without pool names or selectors covers every pool. */
    private boolean advertised(String pool) {
        String ns = MetalLbPods.NAMESPACE;
        for (GenericObject ad : GenericObjects.list(ctx.store(), GenericTypes.L2_ADVERTISEMENT, ns)) {
            Object spec = ad.body().get("spec");
            Map<?, ?> m = spec instanceof Map ? (Map<?, ?>) spec : Map.of();
            Object names = m.get("ipAddressPools");
            boolean selectors = m.get("ipAddressPoolSelectors") instanceof List
                    && !((List<?>) m.get("ipAddressPoolSelectors")).isEmpty();
            boolean listed = names instanceof List && !((List<?>) names).isEmpty();
            if (!listed && !selectors || listed && ((List<?>) names).contains(pool)) {
                return true;
            }
        }
        return false;
    }

    private GenericObject newStatus(Service s, String node, Instant now) {
        Map<String, String> labels = new TreeMap<>(Map.of("metallb.io/node", node,
                "metallb.io/service-name", s.metadata().name(),
                "metallb.io/service-namespace", s.metadata().namespace()));
        ObjectMeta meta = ObjectMeta.of("l2-" + ctx.seed().nameSuffix(5), MetalLbPods.NAMESPACE, ctx.seed().uid(),
                now, labels).withGenerateName("l2-").withGeneration(1);
        Map<String, Object> status = new TreeMap<>(Map.of("node", node, "serviceName", s.metadata().name(),
                "serviceNamespace", s.metadata().namespace(), "interfaces", List.of(Map.of("name", "eth0"))));
        return new GenericObject(GenericTypes.SERVICE_L2_STATUS, meta, Map.of("status", status));
    }

    private static String serviceKey(GenericObject status) {
        Map<String, String> l = status.metadata().labels();
        return l.get("metallb.io/service-namespace") + "/" + l.get("metallb.io/service-name");
    }

    private static String nodeOf(GenericObject status) {
        return status.metadata().labels().get("metallb.io/node");
    }
}
