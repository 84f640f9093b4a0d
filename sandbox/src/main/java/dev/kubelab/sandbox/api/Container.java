package dev.kubelab.sandbox.api;

import java.util.List;

/**
 * spec.containers[]: command/args empty = the image's defaults; imagePullPolicy null until defaulting;
 * readinessProbe null = ready as soon as started.
 */
public record Container(String name, String image, List<ContainerPort> ports, List<String> command,
                        List<String> args, String imagePullPolicy, Probe readinessProbe,
                        List<VolumeMount> volumeMounts) {
    public Container {
        ports = List.copyOf(ports);
        command = List.copyOf(command);
        args = List.copyOf(args);
        volumeMounts = List.copyOf(volumeMounts);
    }

    /** The original shape: image defaults, no probe, no mounts. */
    public Container(String name, String image, List<ContainerPort> ports) {
        this(name, image, ports, List.of(), List.of(), null, null, List.of());
    }

    public Container withImage(String newImage) {
        return new Container(name, newImage, ports, command, args, imagePullPolicy, readinessProbe, volumeMounts);
    }

    public Container withImagePullPolicy(String policy) {
        return new Container(name, image, ports, command, args, policy, readinessProbe, volumeMounts);
    }

    public Container withCommand(List<String> newCommand, List<String> newArgs) {
        return new Container(name, image, ports, newCommand, newArgs, imagePullPolicy, readinessProbe,
                volumeMounts);
    }

    public Container withReadinessProbe(Probe probe) {
        return new Container(name, image, ports, command, args, imagePullPolicy, probe, volumeMounts);
    }

    public Container withVolumeMounts(List<VolumeMount> mounts) {
        return new Container(name, image, ports, command, args, imagePullPolicy, readinessProbe, mounts);
    }
}
