package dev.kubelab.sandbox.shell.files;

import dev.kubelab.sandbox.shell.vfs.FileInfo;

/** One entry ls shows: the name it prints (as typed for operands, "." and ".." with -a) and what stat says. */
record Listed(String name, FileInfo info) {}
