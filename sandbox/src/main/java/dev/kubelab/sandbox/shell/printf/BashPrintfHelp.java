package dev.kubelab.sandbox.shell.printf;

/**
 * `printf --help`: bash 5.1's page for the builtin (printf.def's long doc, each line indented by four spaces),
 * written to stdout with status 2. bash 5.2 added the %Q lines, which 5.1 does not have.
 */
final class BashPrintfHelp {
    static final String TEXT = """
            printf: printf [-v var] format [arguments]
                Formats and prints ARGUMENTS under control of the FORMAT.
               \s
                Options:
                  -v var\tassign the output to shell variable VAR rather than
                \t\tdisplay it on the standard output
               \s
                FORMAT is a character string which contains three types of objects: plain
                characters, which are simply copied to standard output; character escape
                sequences, which are converted and copied to the standard output; and
                format specifications, each of which causes printing of the next successive
                argument.
               \s
                In addition to the standard format specifications described in printf(1),
                printf interprets:
               \s
                  %b\texpand backslash escape sequences in the corresponding argument
                  %q\tquote the argument in a way that can be reused as shell input
                  %(fmt)T\toutput the date-time string resulting from using FMT as a format
                \t        string for strftime(3)
               \s
                The format is re-used as necessary to consume all of the arguments.  If
                there are fewer arguments than the format requires,  extra format
                specifications behave as if a zero value or null string, as appropriate,
                had been supplied.
               \s
                Exit Status:
                Returns success unless an invalid option is given or a write or assignment
                error occurs.
            """;

    private BashPrintfHelp() {
    }
}
