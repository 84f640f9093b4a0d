package dev.kubelab.sandbox.controller.metallb;

import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.registry.validation.IpRules;
import dev.kubelab.sandbox.text.GoQuote;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The addresses a LoadBalancer Service asks MetalLB for (controller/service.go getDesiredLbIPs): the
 * metallb.io/loadBalancerIPs annotation (or its deprecated twin), else spec.loadBalancerIP. {@code error} is MetalLB's
 * text when the request cannot be read; the controller reports it as LoadBalancerFailed on a service that already
 * has an address, and as AllocationFailed on one that has none.
 */
record DesiredIps(List<String> ips, String error) {
    private static final DesiredIps ANY = new DesiredIps(List.of(), null);

    static DesiredIps of(Service s) {
        String listed = ServiceAnnotations.value(s, ServiceAnnotations.IPS);
        String annotation = listed == null ? "" : listed;
        String field = s.spec().loadBalancerIP() == null ? "" : s.spec().loadBalancerIP();
        if (annotation.isEmpty() && field.isEmpty()) {
            return ANY;
        }
        if (!annotation.isEmpty() && !field.isEmpty()) {
            return failed("service can not have both " + ServiceAnnotations.IPS + " and svc.Spec.LoadBalancerIP");
        }
        if (field.isEmpty()) {
            return fromAnnotation(annotation);
        }
        return IpRules.isIP(field) ? new DesiredIps(List.of(field), null)
                : failed("invalid spec.loadBalancerIP " + GoQuote.quote(field));
    }

    /** Comma-separated, one address per IP family (dual stack), so at most two and never two of one family. */
    private static DesiredIps fromAnnotation(String annotation) {
        List<String> ips = new ArrayList<>();
        for (String part : annotation.split(",", -1)) {
            String ip = part.strip();
            if (!IpRules.isIP(ip)) {
                return failed("invalid " + ServiceAnnotations.IPS + ": " + GoQuote.quote(annotation));
            }
            ips.add(ip);
        }
        if (ips.size() > 2) {
            return failed("IPFamilyForAddresses: invalid ips length " + ips.size() + " " + quoted(ips));
        }
        if (ips.size() == 2 && IpRules.isIPv6(ips.get(0)) == IpRules.isIPv6(ips.get(1))) {
            return failed("IPFamilyForAddresses: same address family " + quoted(ips));
        }
        return new DesiredIps(List.copyOf(ips), null);
    }

    /** The lab's services are IPv4 single-stack: an IPv6 or dual-stack request cannot be met (allocateIPs). */
    String familyMismatch() {
        boolean ipv4Only = ips.stream().noneMatch(IpRules::isIPv6);
        return ipv4Only ? null
                : "requested loadBalancer IP(s) " + quoted(ips) + " does not match the ipFamily of the service";
    }

    /** The one address asked for, or null for any. */
    String requested() {
        return ips.isEmpty() ? null : ips.get(0);
    }

    private static DesiredIps failed(String why) {
        return new DesiredIps(List.of(), why);
    }

    /** Go's %q of a string slice: ["a" "b"]. */
    private static String quoted(List<String> ips) {
        return ips.stream().map(GoQuote::quote).collect(Collectors.joining(" ", "[", "]"));
    }
}
