package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.ServicePort;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One create per message of reference §4.2, asserting what kubectl prints. */
class ServiceValidationMessagesTest {
    private static final String DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', "
            + "start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or "
            + "'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
    private final Cluster cluster = new Cluster();

    private String reject(Svc svc) {
        return cluster.rejection(svc);
    }

    @Test
    void badName() {
        assertEquals("The Service \"My_Svc\" is invalid: metadata.name: Invalid value: \"My_Svc\": " + DNS1035,
                reject(Svc.named("My_Svc").port(80)));
    }

    @Test
    void nameTooLong() {
        String name = "a".repeat(64);
        assertEquals("The Service \"" + name + "\" is invalid: metadata.name: Invalid value: \"" + name
                + "\": must be no more than 63 characters", reject(Svc.named(name).port(80)));
    }

    @Test
    void noPorts() {
        assertEquals("The Service \"web\" is invalid: spec.ports: Required value", reject(Svc.named("web")));
    }

    @Test
    void headlessLoadBalancerAndNodePort() {
        assertEquals("The Service \"lb\" is invalid: spec.clusterIPs[0]: Invalid value: \"None\": may not be set to "
                + "'None' for LoadBalancer services", reject(Svc.named("lb").type("LoadBalancer").clusterIP("None").port(80)));
        assertEquals("The Service \"np\" is invalid: spec.clusterIPs[0]: Invalid value: \"None\": may not be set to "
                + "'None' for NodePort services", reject(Svc.named("np").type("NodePort").clusterIP("None").port(80)));
    }

    @Test
    void externalNameRequired() {
        assertEquals("The Service \"ext\" is invalid: spec.externalName: Required value",
                reject(Svc.named("ext").type("ExternalName")));
    }

    @Test
    void externalNameBad() {
        assertEquals("The Service \"ext\" is invalid: spec.externalName: Invalid value: \"Bad_Name\": a lowercase RFC "
                + "1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and "
                + "end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
                + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
                reject(Svc.named("ext").type("ExternalName").externalName("Bad_Name")));
    }

    @Test
    void externalNameWithClusterIPAndFamilies() {
        assertEquals("The Service \"ext\" is invalid: \n"
                        + "* spec.clusterIPs: Forbidden: may not be set for ExternalName services\n"
                        + "* spec.ipFamilies: Forbidden: may not be set for ExternalName services\n"
                        + "* spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services",
                reject(Svc.named("ext").type("ExternalName").externalName("example.com").clusterIP("10.96.5.5")
                        .ipFamilies("IPv4").ipFamilyPolicy("SingleStack")));
    }

    @Test
    void portNamesRequiredWhenSeveral() {
        assertEquals("The Service \"multi\" is invalid: \n"
                + "* spec.ports[0].name: Required value\n"
                + "* spec.ports[1].name: Required value", reject(Svc.named("multi").port(80).port(443)));
    }

    @Test
    void badPortName() {
        assertEquals("The Service \"web\" is invalid: spec.ports[0].name: Invalid value: \"HTTP\": a lowercase RFC "
                + "1123 label must consist of lower case alphanumeric characters or '-', and must start and end with "
                + "an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
                + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')", reject(Svc.named("web").port("HTTP", 80, 0)));
    }

    @Test
    void duplicatePortName() {
        assertEquals("The Service \"web\" is invalid: spec.ports[1].name: Duplicate value: \"http\"",
                reject(Svc.named("web").port("http", 80, 0).port("http", 8080, 0)));
    }

    @Test
    void portOutOfRange() {
        assertEquals("The Service \"web\" is invalid: spec.ports[0].port: Invalid value: 70000: must be between 1 and "
                + "65535, inclusive", reject(Svc.named("web").port(Svc.tcp("", 70000, IntOrString.of(8080)))));
        // Left out, targetPort is defaulted to the port and fails the same way.
        assertEquals("The Service \"web\" is invalid: \n"
                + "* spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive\n"
                + "* spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive",
                reject(Svc.named("web").port(70000)));
    }

    @Test
    void unsupportedProtocol() {
        assertEquals("The Service \"web\" is invalid: spec.ports[0].protocol: Unsupported value: \"HTTP\": supported "
                        + "values: \"SCTP\", \"TCP\", \"UDP\"",
                reject(Svc.named("web").port(new ServicePort("", "HTTP", 80, null, 0))));
    }

    @Test
    void numericTargetPortOutOfRange() {
        assertEquals("The Service \"web\" is invalid: spec.ports[0].targetPort: Invalid value: 70000: must be between "
                + "1 and 65535, inclusive", reject(Svc.named("web").port(Svc.tcp("", 80, IntOrString.of(70000)))));
    }

    @Test
    void namedTargetPortRules() {
        assertEquals("The Service \"web\" is invalid: \n"
                + "* spec.ports[0].targetPort: Invalid value: \"-Very--Long-Port-Name-\": must be no more than 15 characters\n"
                + "* spec.ports[0].targetPort: Invalid value: \"-Very--Long-Port-Name-\": must contain only alpha-numeric "
                + "characters (a-z, 0-9), and hyphens (-)\n"
                + "* spec.ports[0].targetPort: Invalid value: \"-Very--Long-Port-Name-\": must not contain consecutive hyphens\n"
                + "* spec.ports[0].targetPort: Invalid value: \"-Very--Long-Port-Name-\": must not begin or end with a hyphen",
                reject(Svc.named("web").port(Svc.tcp("", 80, IntOrString.of("-Very--Long-Port-Name-")))));
        assertEquals("The Service \"web\" is invalid: spec.ports[0].targetPort: Invalid value: \"8080\": must contain "
                + "at least one letter (a-z)", reject(Svc.named("web").port(Svc.tcp("", 80, IntOrString.of("8080")))));
    }

    @Test
    void badSelector() {
        assertEquals("The Service \"web\" is invalid: spec.selector: Invalid value: \"bad value\": a valid label must "
                + "be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end "
                + "with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for "
                + "validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
                reject(Svc.named("web").selector("app", "bad value").port(80)));
    }

    @Test
    void badLabelKey() {
        assertEquals("The Service \"web\" is invalid: metadata.labels: Invalid value: \"-app\": name part must consist "
                + "of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character "
                + "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
                + "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')", reject(Svc.named("web").label("-app", "x").port(80)));
    }

    @Test
    void unsupportedSessionAffinity() {
        assertEquals("The Service \"web\" is invalid: spec.sessionAffinity: Unsupported value: \"Sticky\": supported "
                + "values: \"ClientIP\", \"None\"", reject(Svc.named("web").sessionAffinity("Sticky").port(80)));
    }

    @Test
    void affinityTimeoutOutOfRange() {
        assertEquals("The Service \"web\" is invalid: spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid "
                        + "value: 0: must be greater than 0 and less than 86400",
                reject(Svc.named("web").sessionAffinity("ClientIP").affinityTimeout(0).port(80)));
        cluster.create(Svc.named("max").sessionAffinity("ClientIP").affinityTimeout(86400).port(80));
    }

    @Test
    void badExternalIPs() {
        assertEquals("The Service \"web\" is invalid: spec.externalIPs[0]: Invalid value: \"abc\": must be a valid IP "
                + "address, (e.g. 10.9.8.7 or 2001:db8::ffff)", reject(Svc.named("web").externalIP("abc").port(80)));
        assertEquals("The Service \"web\" is invalid: spec.externalIPs[0]: Invalid value: \"127.0.0.1\": may not be "
                + "in the loopback range (127.0.0.0/8, ::1/128)", reject(Svc.named("web").externalIP("127.0.0.1").port(80)));
    }

    @Test
    void unsupportedType() {
        assertEquals("The Service \"web\" is invalid: spec.type: Unsupported value: \"Nodeport\": supported values: "
                + "\"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\"",
                reject(Svc.named("web").type("Nodeport").port(80)));
    }

    @Test
    void nodePortOnClusterIP() {
        assertEquals("The Service \"web\" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` "
                + "is 'ClusterIP'", reject(Svc.named("web").port("", 80, 30080)));
    }

    @Test
    void duplicatePort() {
        assertEquals("The Service \"web\" is invalid: spec.ports[1]: Duplicate value: core.ServicePort{Name:\"\", "
                + "Protocol:\"TCP\", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, "
                + "IntVal:0, StrVal:\"\"}, NodePort:0}", reject(Svc.named("web").port("a", 80, 0).port("b", 80, 0)));
    }

    @Test
    void sourceRangesOnlyForLoadBalancers() {
        assertEquals("The Service \"web\" is invalid: spec.LoadBalancerSourceRanges: Forbidden: may only be used when "
                + "`type` is 'LoadBalancer'", reject(Svc.named("web").sourceRange("10.0.0.0/8").port(80)));
    }

    @Test
    void allocateLoadBalancerNodePortsOnlyForLoadBalancers() {
        assertEquals("The Service \"web\" is invalid: spec.allocateLoadBalancerNodePorts: Forbidden: may only be used "
                + "when `type` is 'LoadBalancer'", reject(Svc.named("web").allocateLoadBalancerNodePorts(true).port(80)));
    }

    @Test
    void loadBalancerClassOnlyForLoadBalancers() {
        assertEquals("The Service \"web\" is invalid: spec.loadBalancerClass: Forbidden: may only be used when `type` "
                + "is 'LoadBalancer'", reject(Svc.named("web").loadBalancerClass("example.com/lb").port(80)));
    }

    @Test
    void externalTrafficPolicyOnClusterIP() {
        assertEquals("The Service \"web\" is invalid: spec.externalTrafficPolicy: Invalid value: \"Local\": may only "
                + "be set for externally-accessible services",
                reject(Svc.named("web").externalTrafficPolicy("Local").port(80)));
    }

    @Test
    void badTrafficPolicies() {
        assertEquals("The Service \"np\" is invalid: spec.externalTrafficPolicy: Unsupported value: \"X\": supported "
                + "values: \"Cluster\", \"Local\"", reject(Svc.named("np").type("NodePort").externalTrafficPolicy("X").port(80)));
        assertEquals("The Service \"web\" is invalid: spec.internalTrafficPolicy: Unsupported value: \"X\": supported "
                + "values: \"Cluster\", \"Local\"", reject(Svc.named("web").internalTrafficPolicy("X").port(80)));
    }

    @Test
    void healthCheckNodePortOnlyForLocalLoadBalancers() {
        assertEquals("The Service \"np\" is invalid: spec.healthCheckNodePort: Invalid value: 30500: may only be set "
                        + "when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
                reject(Svc.named("np").type("NodePort").healthCheckNodePort(30500).port(80)));
    }

    @Test
    void clusterIPNotAnIP() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs[0]: Invalid value: \"10.0.0.300\": must be a "
                + "valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)", reject(Svc.named("web").clusterIP("10.0.0.300").port(80)));
    }

    @Test
    void ipFamiliesAndPolicies() {
        assertEquals("The Service \"web\" is invalid: spec.ipFamilies[0]: Unsupported value: \"IPv5\": supported "
                + "values: \"IPv4\", \"IPv6\"", reject(Svc.named("web").ipFamilies("IPv5").port(80)));
        assertEquals("The Service \"web\" is invalid: spec.ipFamilyPolicy: Unsupported value: \"Dual\": supported "
                        + "values: \"PreferDualStack\", \"RequireDualStack\", \"SingleStack\"",
                reject(Svc.named("web").ipFamilyPolicy("Dual").port(80)));
        assertEquals("The Service \"web\" is invalid: spec.ipFamilyPolicy: Invalid value: \"RequireDualStack\": this "
                + "cluster is not configured for dual-stack services",
                reject(Svc.named("web").ipFamilyPolicy("RequireDualStack").port(80)));
        assertEquals("The Service \"web\" is invalid: spec.ipFamilies[0]: Invalid value: \"IPv6\": not configured on "
                + "this cluster", reject(Svc.named("web").ipFamilies("IPv6").port(80)));
    }

    @Test
    void severalErrorsInValidationOrder() {
        assertEquals("The Service \"Web\" is invalid: \n"
                        + "* metadata.name: Invalid value: \"Web\": " + DNS1035 + "\n"
                        + "* spec.ports[0].name: Required value\n"
                        + "* spec.ports[1].name: Required value\n"
                        + "* spec.ports[1].port: Invalid value: 0: must be between 1 and 65535, inclusive\n"
                        + "* spec.ports[1].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive\n"
                        + "* spec.sessionAffinity: Unsupported value: \"Sticky\": supported values: \"ClientIP\", \"None\"",
                reject(Svc.named("Web").port(80).port(0).sessionAffinity("Sticky")));
    }
}
