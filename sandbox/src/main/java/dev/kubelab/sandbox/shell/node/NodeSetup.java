package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;

/** What makes a lab node more than a bare shell: its own files (static pod manifests…) and programs (ps…). */
public interface NodeSetup {
    NodeSetup NONE = (node, files) -> List.of();

    /** Lays the node's files into {@code files}; returns the programs only nodes have. */
    List<Builtin> prepare(String node, FileSystem files);
}
