package dev.kubelab.sandbox.shell.net.dns;

/** The cluster the DNS tool tests share: a Service, a headless Service, an ExternalName and client pods. */
final class DnsTestCluster {
    private DnsTestCluster() {
    }

    static DnsSession start() {
        DnsSession s = new DnsSession();
        for (String line : new String[] {
                "kubectl create deployment nginx --image=nginx --port=80",
                "kubectl create service clusterip nginx --tcp=80:80",
                "kubectl create deployment web --image=nginx --replicas=3",
                "kubectl expose deployment web --name=web-headless --cluster-ip=None --port=80",
                "kubectl create service externalname db --external-name=db.example.com",
                "kubectl run box --image=busybox --restart=Never -- sleep 3600",
                "kubectl run old --image=busybox:1.28 --restart=Never -- sleep 3600",
                "kubectl run shoot --image=nicolaka/netshoot --restart=Never -- sleep 3600",
                "kubectl run client --image=nginx --restart=Never"}) {
            s.type(line);
        }
        return s.wait(60);
    }
}
