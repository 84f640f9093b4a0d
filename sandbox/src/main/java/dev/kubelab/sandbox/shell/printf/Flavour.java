package dev.kubelab.sandbox.shell.printf;

/** Whose printf runs: bash's builtin (bash 5.1 printf.def) or busybox's applet (coreutils/printf.c, 1.36). */
public enum Flavour { BASH, BUSYBOX }
