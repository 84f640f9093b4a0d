package dev.kubelab.sandbox.net.dataplane;

/**
 * One step of a packet's path, for traces: where it is (e.g. "node01 iptables KUBE-SEP-…"), its source and
 * destination (ip:port) after this step, and what happened ("DNAT 10.96.5.3:80 -> 192.168.1.4:80").
 */
public record Hop(String where, String source, String destination, String note) {}
