package dev.kubelab.sandbox.shell.syntax;

/** A piece of a shell word: literal text or something expanded when the command runs. */
public sealed interface Part {
    /** Inside quotes nothing is split into fields after expansion. */
    boolean quoted();

    record Literal(String text, boolean quoted) implements Part {}

    /** $NAME, ${NAME}, $?, $$, $#, $0 … */
    record Parameter(String name, boolean quoted) implements Part {}

    /** $(…) or `…`: the source is run and its output (trailing newlines cut) takes its place. */
    record CommandSubstitution(String source, boolean quoted) implements Part {}

    /** $((expression)): integer arithmetic, evaluated when the command runs. */
    record Arithmetic(String expression, boolean quoted) implements Part {}
}
