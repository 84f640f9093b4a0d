package dev.kubelab.sandbox.shell;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {
    @Test
    void blanksSeparateWords() {
        assertEquals(words("kubectl", "get", "pods"), Tokenizer.tokenize("  kubectl\tget   pods "));
    }

    @Test
    void singleQuotesAreLiteral() {
        assertEquals(words("echo", "a \"b\" \\c $d"), Tokenizer.tokenize("echo 'a \"b\" \\c $d'"));
    }

    @Test
    void doubleQuotesKeepOnlyFourEscapes() {
        assertEquals(words("echo", "a 'b' \"c\" \\n $x"), Tokenizer.tokenize("echo \"a 'b' \\\"c\\\" \\n \\$x\""));
    }

    @Test
    void backslashEscapesOutsideQuotes() {
        assertEquals(words("echo", "a b", "c"), Tokenizer.tokenize("echo a\\ b c"));
    }

    @Test
    void quotesJoinWithNeighbours() {
        assertEquals(words("ab c", ""), Tokenizer.tokenize("a'b c' ''"));
    }

    @Test
    void commentsAreDropped() {
        assertEquals(words("kubectl", "version#x"), Tokenizer.tokenize("kubectl version#x # a comment"));
    }

    @Test
    void unfinishedInput() {
        assertEquals(new Tokens.Unfinished(false), Tokenizer.tokenize("echo 'abc"));
        assertEquals(new Tokens.Unfinished(false), Tokenizer.tokenize("echo \"abc"));
        assertEquals(new Tokens.Unfinished(true), Tokenizer.tokenize("kubectl get \\"));
        assertEquals(new Tokens.Unfinished(true), Tokenizer.tokenize("echo \"abc\\"));
    }

    @Test
    void continuedTextTokenizes() {
        assertEquals(words("echo", "a\nb"), Tokenizer.tokenize("echo 'a\nb'"));
        assertEquals(words("echo", "ab"), Tokenizer.tokenize("echo \"a\\\nb\""));
        assertEquals(words("echo", "a", "b"), Tokenizer.tokenize("echo a \\\nb"));
    }

    private static Tokens words(String... w) {
        return new Tokens.Words(List.of(w));
    }
}
