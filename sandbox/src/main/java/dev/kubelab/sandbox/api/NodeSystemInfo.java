package dev.kubelab.sandbox.api;

public record NodeSystemInfo(String kubeletVersion, String osImage, String kernelVersion,
                             String containerRuntimeVersion, String operatingSystem, String architecture) {}
