package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.shell.builtin.AliasBuiltin;
import dev.kubelab.sandbox.shell.builtin.DateBuiltin;
import dev.kubelab.sandbox.shell.builtin.EditorBuiltin;
import dev.kubelab.sandbox.shell.builtin.ExportBuiltin;
import dev.kubelab.sandbox.shell.builtin.FileCommands;
import dev.kubelab.sandbox.shell.builtin.LsBuiltin;
import dev.kubelab.sandbox.shell.builtin.SimpleBuiltins;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.exec.ScriptRunner;
import dev.kubelab.sandbox.shell.text.Awk;
import dev.kubelab.sandbox.shell.text.Cat;
import dev.kubelab.sandbox.shell.text.Cut;
import dev.kubelab.sandbox.shell.text.Grep;
import dev.kubelab.sandbox.shell.text.HeadTail;
import dev.kubelab.sandbox.shell.text.Sed;
import dev.kubelab.sandbox.shell.text.SortUniq;
import dev.kubelab.sandbox.shell.text.Tr;
import dev.kubelab.sandbox.shell.text.Wc;
import dev.kubelab.sandbox.shell.text.Xargs;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** One machine the learner can be logged in to: its files, variables, aliases and installed programs. */
final class Host {
    final String name;
    final Environment env;
    final FileSystem files = new FileSystem();
    final Map<String, Builtin> programs = new TreeMap<>();
    final ScriptRunner runner;

    /** common: the builtins every host shares (help, history, ssh, exit, kubectl …). */
    Host(String name, List<Builtin> common, SimClock clock, Consumer<EditSession> editor, Runnable afterCommand) {
        this.name = name;
        this.env = Environment.forHost(name);
        List<Builtin> all = new ArrayList<>(common);
        all.addAll(List.of(new ExportBuiltin(env), new AliasBuiltin(env, false), new AliasBuiltin(env, true),
                new Grep(files), HeadTail.head(files), HeadTail.tail(files), new Wc(files), SortUniq.sort(files),
                SortUniq.uniq(files), new Cut(files), new Tr(), new Awk(files), new Sed(files), new Cat(files),
                new LsBuiltin(files), new DateBuiltin(clock)));
        all.addAll(SimpleBuiltins.all(env, files));
        all.addAll(FileCommands.all(files, env));
        for (String program : List.of("vi", "vim", "nano")) {
            all.add(new EditorBuiltin(program, files, editor));
        }
        all.forEach(b -> programs.put(b.name(), b));
        this.runner = new ScriptRunner(env, files, programs, afterCommand);
        Xargs xargs = new Xargs(runner::invoke);
        programs.put(xargs.name(), xargs);
    }

    /** The working directory as bash's \w shows it: ~ for home, ~/x below it. */
    String prompt() {
        String cwd = files.cwd();
        String home = env.get("HOME").orElse("/root");
        String dir = cwd.equals(home) ? "~" : cwd.startsWith(home + "/") ? "~" + cwd.substring(home.length()) : cwd;
        return name + ":" + dir + "$ ";
    }
}
