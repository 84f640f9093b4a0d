package dev.kubelab.sandbox.shell.files;

import dev.kubelab.sandbox.shell.vfs.FileInfo;

/**
 * One entry ls or find shows: the name it prints (as typed for operands, "." and ".." with -a, the path below the
 * start for find) and what stat says.
 */
record Listed(String name, FileInfo info) {}
