package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.EndpointAddress;
import dev.kubelab.sandbox.api.Endpoints;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.selector.Selector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Random create/scale/label/delete steps (fixed seeds); the cluster's invariants hold after each settle. */
class InvariantsPropertyTest {
    private static final String[] APPS = {"a", "b", "c"};
    private static final String[] IMAGES = {"nginx", "nginx:1.27", "httpd", "ngnix"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void invariantsHold(long seed) {
        Lab lab = new Lab(seed);
        Random r = new Random(seed);
        for (String app : APPS) {
            lab.service(app, Map.of("app", app), Lab.port(80, IntOrString.of(80)));
        }
        for (int step = 0; step < 150; step++) {
            String app = APPS[r.nextInt(APPS.length)];
            var d = lab.store.get(Deployment.class, "default", app);
            switch (r.nextInt(6)) {
                case 0 -> {
                    if (d.isEmpty()) {
                        lab.deploy(app, r.nextInt(4), IMAGES[r.nextInt(IMAGES.length)]);
                    }
                }
                case 1 -> d.ifPresent(x -> lab.update(x.withReplicas(r.nextInt(5))));
                case 2 -> d.ifPresent(x -> lab.update(x.withTemplate(DeploymentControllerTest.withImage(x.template(),
                        IMAGES[r.nextInt(IMAGES.length)]))));
                case 3 -> d.ifPresent(x -> {
                    lab.store.delete(Kind.DEPLOYMENT, "default", app);
                    lab.settle();
                });
                case 4 -> {
                    List<Pod> pods = lab.store.list(Pod.class, "default");
                    if (!pods.isEmpty()) {
                        Pod p = pods.get(r.nextInt(pods.size()));
                        if (r.nextBoolean()) {
                            Pods.delete(lab.store, p, lab.now, null);
                        } else {
                            Map<String, String> labels = new HashMap<>(p.metadata().labels());
                            labels.put("app", APPS[r.nextInt(APPS.length)]);
                            lab.store.update(p.withMetadata(p.metadata().withLabels(labels)));
                        }
                        lab.settle();
                    }
                }
                default -> lab.after(1 + r.nextInt(20));
            }
            check(lab, step);
        }
    }

    private static void check(Lab lab, int step) {
        Set<String> liveOwners = new HashSet<>();
        lab.store.list(ReplicaSet.class, null).forEach(x -> liveOwners.add(x.metadata().uid()));
        lab.store.list(DaemonSet.class, null).forEach(x -> liveOwners.add(x.metadata().uid()));
        lab.store.list(dev.kubelab.sandbox.api.Node.class, null).forEach(x -> liveOwners.add(x.metadata().uid()));
        Set<String> ips = new HashSet<>();
        for (Pod p : lab.store.list(Pod.class, null)) {
            OwnerReference ref = p.metadata().controllerRef();
            if (ref != null && !liveOwners.contains(ref.uid()) && !Pods.terminating(p)) {
                fail("step " + step + ": pod " + p.metadata().name() + " owned by a gone " + ref.kind());
            }
            if (p.status().podIP() != null && !p.spec().hostNetwork() && !ips.add(p.status().podIP())) {
                fail("step " + step + ": duplicate pod IP " + p.status().podIP());
            }
        }
        for (Service svc : lab.store.list(Service.class, "default")) {
            if (!EndpointSubsets.selects(svc)) {
                continue;
            }
            Selector sel = Selector.ofLabels(svc.spec().selector());
            Set<String> expected = lab.store.list(Pod.class, "default").stream()
                    .filter(p -> sel.matches(p.metadata().labels()) && Pods.ready(p) && !Pods.terminating(p)
                            && p.status().podIP() != null)
                    .map(p -> p.status().podIP()).collect(Collectors.toCollection(TreeSet::new));
            Endpoints ep = lab.store.get(Endpoints.class, "default", svc.metadata().name()).orElseThrow();
            Set<String> actual = ep.subsets().stream().flatMap(s -> s.addresses().stream())
                    .map(EndpointAddress::ip).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, actual, "step " + step + ": endpoints of " + svc.metadata().name());
        }
        for (Deployment d : lab.store.list(Deployment.class, "default")) {
            assertTrue(d.status().replicas() >= 0);
        }
    }
}
