package dev.kubelab.sandbox.shell.syntax;

/** What the lexer hands the parser. */
public sealed interface Token {
    record WordToken(Word word) implements Token {}

    /** | || && ; > >> < 2> 2>> >&  &> and the like; fd is the descriptor a redirection applies to. */
    record Operator(String op, int fd) implements Token {}

    record Newline() implements Token {}

    /** ((EXPRESSION)) where a command starts: bash's arithmetic command (or the head of for ((…))). */
    record Arithmetic(String expression) implements Token {}

    /** {@code <<DELIM} with its body already collected; expand is false when the delimiter was quoted. */
    record Heredoc(int fd, String body, boolean expand) implements Token {}
}
