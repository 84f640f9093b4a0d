package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.Pod;

/**
 * The cluster the packet-flow tests share: deployment web (3 nginx replicas) behind ClusterIP web, NodePort
 * web-np and ClientIP-sticky web-sticky; a Service empty with no endpoints; one nginx replica solo behind
 * NodePort solo-local (externalTrafficPolicy Local) and ClusterIP solo-itp (internalTrafficPolicy Local);
 * a busybox pod client.
 */
final class Scene {
    private Scene() {
    }

    static Lab build(long seed) {
        Lab lab = new Lab(seed);
        lab.kubectl("create deployment web --image=nginx --replicas=3");
        lab.kubectl("expose deployment web --port=80");
        lab.kubectl("expose deployment web --port=80 --type=NodePort --name=web-np");
        lab.kubectl("create service clusterip empty --tcp=80:80");
        lab.kubectl("create deployment solo --image=nginx --replicas=1");
        lab.kubectl("run client --image=busybox -- sleep 3600");
        lab.apply("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: solo-local
                  namespace: default
                spec:
                  type: NodePort
                  externalTrafficPolicy: Local
                  selector:
                    app: solo
                  ports:
                  - port: 80
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: solo-itp
                  namespace: default
                spec:
                  internalTrafficPolicy: Local
                  selector:
                    app: solo
                  ports:
                  - port: 80
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web-sticky
                  namespace: default
                spec:
                  sessionAffinity: ClientIP
                  sessionAffinityConfig:
                    clientIP:
                      timeoutSeconds: 60
                  selector:
                    app: web
                  ports:
                  - port: 80
                """);
        lab.settle();
        return lab;
    }

    /** The worker that runs solo's only pod, and the other one. */
    static String soloNode(Lab lab) {
        return lab.pods("default", "solo").get(0).spec().nodeName();
    }

    static String otherWorker(Lab lab) {
        return soloNode(lab).equals("node01") ? "node02" : "node01";
    }

    static Pod client(Lab lab) {
        return lab.pod("default", "client");
    }
}
