package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.EndpointAddress;
import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.EndpointSubset;
import dev.kubelab.sandbox.api.Endpoints;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Probe;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndpointsControllerTest {

    private static Endpoints ep(Lab lab, String name) {
        return lab.store.get(Endpoints.class, "default", name).orElse(null);
    }

    private static List<String> ready(Endpoints ep) {
        return ep.subsets().stream().flatMap(s -> s.addresses().stream()).map(EndpointAddress::ip)
                .collect(Collectors.toList());
    }

    @Test
    void readyPodsAreAddressesSortedAsStringsAndAStrayPodJoins() {
        Lab lab = new Lab();
        lab.deploy("web", 3, "nginx");
        lab.service("web", Map.of("app", "web"), Lab.port(80, IntOrString.of(80)));
        // Creating containers: the pods have their IPs already, but are not ready.
        assertEquals(List.of(), ready(ep(lab, "web")));
        assertEquals(3, ep(lab, "web").subsets().get(0).notReadyAddresses().size());
        lab.after(3);
        Endpoints ep = ep(lab, "web");
        assertEquals(List.of("192.168.1.2", "192.168.1.3", "192.168.2.2"), ready(ep));
        assertEquals(List.of(new EndpointPort("", 80, "TCP")), ep.subsets().get(0).ports());
        assertEquals("web", ep.metadata().labels().get("app"));

        lab.pod("stray", Map.of("app", "web"), new Container("nginx", "nginx", List.of()));
        lab.after(3);
        assertEquals(4, ready(ep(lab, "web")).size());
        List<EndpointSlice> slices = lab.slices("web");
        assertEquals(1, slices.size());
        EndpointSlice slice = slices.get(0);
        assertTrue(slice.metadata().name().matches("web-[bcdfghjklmnpqrstvwxz2456789]{5}"));
        assertEquals("web", slice.metadata().labels().get("kubernetes.io/service-name"));
        assertEquals("endpointslice-controller.k8s.io",
                slice.metadata().labels().get("endpointslice.kubernetes.io/managed-by"));
        assertEquals(4, slice.endpoints().size());
        assertTrue(slice.endpoints().stream().allMatch(e -> e.conditions().ready()));
    }

    @Test
    void namedTargetPortResolvesPerPodAndPodsWithoutItAreSkipped() {
        Lab lab = new Lab();
        lab.pod("a", Map.of("app", "api"), new Container("http-echo", "hashicorp/http-echo", List.of(
                new ContainerPort("http", 5678, "TCP"))).withCommand(List.of(), List.of("-text=a")));
        lab.pod("b", Map.of("app", "api"), new Container("http-echo", "hashicorp/http-echo", List.of(
                new ContainerPort("http", 8080, "TCP"))).withCommand(List.of(), List.of("-listen=:8080", "-text=b")));
        lab.pod("c", Map.of("app", "api"), new Container("nginx", "nginx", List.of()));
        lab.service("api", Map.of("app", "api"), new dev.kubelab.sandbox.api.ServicePort("web", "TCP", 80,
                IntOrString.of("http"), 0));
        lab.after(3);
        List<EndpointSubset> subsets = ep(lab, "api").subsets();
        assertEquals(2, subsets.size());
        assertEquals(List.of(5678, 8080), subsets.stream().map(s -> s.ports().get(0).port()).sorted()
                .collect(Collectors.toList()));
        assertEquals(2, lab.slices("api").size());
    }

    @Test
    void notReadyPodsGoToNotReadyAddresses() {
        Lab lab = new Lab();
        lab.pod("nr", Map.of("app", "nr"), new Container("nginx", "nginx", List.of())
                .withReadinessProbe(Probe.httpGet("/healthz", IntOrString.of(80))));
        lab.service("nr", Map.of("app", "nr"), Lab.port(80, IntOrString.of(80)));
        lab.after(5);
        EndpointSubset s = ep(lab, "nr").subsets().get(0);
        assertEquals(List.of(), s.addresses());
        assertEquals(1, s.notReadyAddresses().size());
        EndpointSlice slice = lab.slices("nr").get(0);
        assertEquals(false, slice.endpoints().get(0).conditions().ready());
    }

    @Test
    void selectorlessServiceGetsNoManagedEndpointsAndHandWrittenOnesStay() {
        Lab lab = new Lab();
        lab.service("ext", Map.of(), Lab.port(80, IntOrString.of(80)));
        assertEquals(null, ep(lab, "ext"));
        assertTrue(lab.slices("ext").isEmpty());
        Endpoints manual = new Endpoints(ObjectMeta.of("ext", "default", lab.seed.uid(), lab.now, Map.of()),
                List.of(new EndpointSubset(List.of(new EndpointAddress("10.0.0.5", null, null)), List.of(),
                        List.of(new EndpointPort("", 80, "TCP")))));
        lab.store.create(manual);
        lab.after(2);
        assertEquals(List.of("10.0.0.5"), ready(ep(lab, "ext")));
    }

    @Test
    void deletingTheServiceRemovesItsEndpointsAndSlices() {
        Lab lab = new Lab();
        lab.service("web", Map.of("app", "web"), Lab.port(80, IntOrString.of(80)));
        assertEquals(1, lab.slices("web").size(), "the placeholder slice");
        lab.store.delete(Kind.SERVICE, "default", "web");
        lab.settle();
        assertEquals(null, ep(lab, "web"));
        assertTrue(lab.slices("web").isEmpty());
    }

    @Test
    void terminatingPodsLeaveEndpointsButStayInSlicesAsTerminating() {
        Lab lab = new Lab();
        lab.pod("s", Map.of("app", "s"), new Container("s", "busybox", List.of())
                .withCommand(List.of("sh", "-c", "httpd -f -p 80"), List.of()));
        lab.service("s", Map.of("app", "s"), Lab.port(80, IntOrString.of(80)));
        lab.after(3);
        assertEquals(1, ready(ep(lab, "s")).size());
        Pods.delete(lab.store, lab.store.get(dev.kubelab.sandbox.api.Pod.class, "default", "s").orElseThrow(),
                lab.now, null);
        lab.settle();
        assertEquals(List.of(), ep(lab, "s").subsets());
        var cond = lab.slices("s").get(0).endpoints().get(0).conditions();
        assertTrue(cond.terminating() && !cond.ready());
    }
}
