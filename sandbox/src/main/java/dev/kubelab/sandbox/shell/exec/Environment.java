package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.shell.syntax.ShellKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The shell's variables (and which are exported), aliases and the last exit status ($?). */
public final class Environment {
    private final Map<String, String> variables = new LinkedHashMap<>();
    /** Sorted on the lab hosts; a container keeps the order its runtime passed the environment in. */
    private final Set<String> exported;
    private final TreeMap<String, String> aliases = new TreeMap<>();
    /** Indexed arrays (read -a): $NAME is element 0, kept in variables as well. */
    private final Map<String, List<String>> arrays = new LinkedHashMap<>();
    private int lastStatus;
    /** $!: the pid of the last background job ("" before the first). */
    private String lastBackgroundPid = "";
    /** The shell whose words complaints use (a node's login bash unless a container says otherwise). */
    private ShellKind shell = ShellKind.LOGIN_BASH;

    private Environment(Set<String> exported) {
        this.exported = exported;
    }

    public Environment() {
        this(new TreeSet<>());
    }

    /** A container process's environment, in the order given (what `env` prints there). */
    public static Environment forContainer(Map<String, String> environ) {
        Environment env = new Environment(new LinkedHashSet<>());
        environ.forEach(env::export);
        env.set("IFS", " \t\n");
        return env;
    }

    /** What a root login shell on a kubeadm node starts with. */
    public static Environment forHost(String hostname) {
        Environment env = new Environment();
        env.export("HOME", "/root");
        env.export("USER", "root");
        env.export("LOGNAME", "root");
        env.export("SHELL", "/bin/bash");
        env.export("PWD", "/root");
        env.export("HOSTNAME", hostname);
        env.export("TERM", "xterm-256color");
        env.export("LANG", "C.UTF-8");
        env.export("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        env.set("IFS", " \t\n"); // a shell variable every shell starts with, not exported
        return env;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    public void set(String name, String value) {
        variables.put(name, value);
        List<String> array = arrays.get(name);
        if (array != null) {
            array.set(0, value); // NAME=x sets element 0, as in bash
        }
    }

    /** NAME=(…) or read -a NAME: the elements in order. */
    public void setArray(String name, List<String> elements) {
        List<String> array = new ArrayList<>(elements);
        if (array.isEmpty()) {
            variables.remove(name);
            arrays.put(name, array);
            return;
        }
        variables.put(name, array.get(0));
        arrays.put(name, array);
    }

    /** The elements of an array; a plain variable is a one-element array, an unset one an empty array. */
    public List<String> array(String name) {
        List<String> array = arrays.get(name);
        if (array != null) {
            return List.copyOf(array);
        }
        return variables.containsKey(name) ? List.of(variables.get(name)) : List.of();
    }

    public void export(String name, String value) {
        variables.put(name, value);
        exported.add(name);
    }

    public boolean isExported(String name) {
        return exported.contains(name);
    }

    void unexport(String name) {
        exported.remove(name);
    }

    public void markExported(String name) {
        exported.add(name);
    }

    public void unset(String name) {
        variables.remove(name);
        exported.remove(name);
        arrays.remove(name);
    }

    /** Exported variables, sorted by name (what `env` and `export -p` show). */
    public Map<String, String> exportedVariables() {
        Map<String, String> out = exported instanceof TreeSet ? new TreeMap<>() : new LinkedHashMap<>();
        for (String name : exported) {
            if (variables.containsKey(name)) {
                out.put(name, variables.get(name));
            }
        }
        return out;
    }

    public Map<String, String> aliases() {
        return aliases;
    }

    public String lastBackgroundPid() {
        return lastBackgroundPid;
    }

    public void setLastBackgroundPid(int pid) {
        lastBackgroundPid = String.valueOf(pid);
    }

    public ShellKind shell() {
        return shell;
    }

    public void setShell(ShellKind shell) {
        this.shell = shell;
    }

    public int lastStatus() {
        return lastStatus;
    }

    public void setLastStatus(int status) {
        this.lastStatus = status;
    }

    /** A copy of the variables, exports and aliases: what a subshell starts with and its parent gets back. */
    Saved save() {
        Map<String, List<String>> arraysNow = new LinkedHashMap<>();
        arrays.forEach((name, elements) -> arraysNow.put(name, List.copyOf(elements)));
        return new Saved(new LinkedHashMap<>(variables), List.copyOf(exported), new TreeMap<>(aliases), arraysNow);
    }

    void restore(Saved saved) {
        variables.clear();
        variables.putAll(saved.variables);
        exported.clear();
        exported.addAll(saved.exported);
        aliases.clear();
        aliases.putAll(saved.aliases);
        arrays.clear();
        saved.arrays.forEach((name, elements) -> arrays.put(name, new ArrayList<>(elements)));
    }

    record Saved(Map<String, String> variables, List<String> exported, Map<String, String> aliases,
                 Map<String, List<String>> arrays) {}

    public static boolean isName(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*");
    }
}
