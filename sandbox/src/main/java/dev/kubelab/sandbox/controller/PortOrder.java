package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.EndpointPort;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * endpoints/util.go SortSubsets orders ports by the MD5 of their spew dump (hashutil.DeepHashObject). We hash
 * the same text spew prints for a v1.EndpointPort, which reproduces the real order (kube-dns: dns-tcp, dns,
 * metrics).
 */
final class PortOrder implements Comparator<EndpointPort> {
    static final PortOrder INSTANCE = new PortOrder();

    @Override
    public int compare(EndpointPort a, EndpointPort b) {
        return Arrays.compareUnsigned(hash(a), hash(b));
    }

    static byte[] hash(EndpointPort p) {
        String dump = "(v1.EndpointPort){Name:(string)" + (p.name() == null ? "" : p.name()) + " Port:(int32)"
                + p.port() + " Protocol:(v1.Protocol)" + p.protocol() + " AppProtocol:(*string)<nil>}";
        try {
            return MessageDigest.getInstance("MD5").digest(dump.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
