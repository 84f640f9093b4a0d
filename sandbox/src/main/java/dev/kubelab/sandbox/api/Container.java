package dev.kubelab.sandbox.api;

import java.util.List;

/**
 * spec.containers[]: command/args empty = the image's defaults; imagePullPolicy null until defaulting;
 * readinessProbe null = ready as soon as started; stdin keeps the process's stdin open (a shell then waits for
 * input instead of ending), stdinOnce closes it when the first attach session ends, tty allocates a terminal.
 */
public record Container(String name, String image, List<ContainerPort> ports, List<String> command,
                        List<String> args, String imagePullPolicy, Probe readinessProbe,
                        List<VolumeMount> volumeMounts, boolean stdin, boolean stdinOnce, boolean tty) {
    public Container {
        ports = List.copyOf(ports);
        command = List.copyOf(command);
        args = List.copyOf(args);
        volumeMounts = List.copyOf(volumeMounts);
    }

    /** Without stdin or a terminal. */
    public Container(String name, String image, List<ContainerPort> ports, List<String> command,
                     List<String> args, String imagePullPolicy, Probe readinessProbe,
                     List<VolumeMount> volumeMounts) {
        this(name, image, ports, command, args, imagePullPolicy, readinessProbe, volumeMounts, false, false, false);
    }

    /** The original shape: image defaults, no probe, no mounts. */
    public Container(String name, String image, List<ContainerPort> ports) {
        this(name, image, ports, List.of(), List.of(), null, null, List.of());
    }

    public Container withImage(String newImage) {
        return new Container(name, newImage, ports, command, args, imagePullPolicy, readinessProbe, volumeMounts,
                stdin, stdinOnce, tty);
    }

    public Container withImagePullPolicy(String policy) {
        return new Container(name, image, ports, command, args, policy, readinessProbe, volumeMounts, stdin,
                stdinOnce, tty);
    }

    public Container withCommand(List<String> newCommand, List<String> newArgs) {
        return new Container(name, image, ports, newCommand, newArgs, imagePullPolicy, readinessProbe,
                volumeMounts, stdin, stdinOnce, tty);
    }

    public Container withReadinessProbe(Probe probe) {
        return new Container(name, image, ports, command, args, imagePullPolicy, probe, volumeMounts, stdin,
                stdinOnce, tty);
    }

    public Container withVolumeMounts(List<VolumeMount> mounts) {
        return new Container(name, image, ports, command, args, imagePullPolicy, readinessProbe, mounts, stdin,
                stdinOnce, tty);
    }

    /** kubectl run -i / --leave-stdin-open / -t (run.go's generator: stdinOnce = stdin and not leave-open). */
    public Container withStdin(boolean open, boolean once, boolean terminal) {
        return new Container(name, image, ports, command, args, imagePullPolicy, readinessProbe, volumeMounts, open,
                once, terminal);
    }
}
