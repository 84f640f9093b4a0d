package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.function.IntSupplier;

/**
 * `( list )` and the commands of a pipe run in a subshell: what they change of variables, exports, aliases and
 * the working directory is gone afterwards, and `exit` (or a break aimed at a loop outside) ends only the
 * subshell. The engine has one process, so the parent's state is saved before and put back after.
 */
final class Subshells {
    private final Environment env;
    private final FileSystem files;
    private int depth;

    Subshells(Environment env, FileSystem files) {
        this.env = env;
        this.files = files;
    }

    /** True while a subshell runs: exit then leaves only it. */
    boolean inSubshell() {
        return depth > 0;
    }

    int isolated(IntSupplier body) {
        Scope parent = Scope.save(env, files);
        depth++;
        try {
            return body.getAsInt();
        } catch (Exit exit) {
            return exit.status;
        } catch (LoopControl.Jump jump) {
            return jump.status; // `( break )` inside a loop leaves the subshell, not the loop
        } finally {
            depth--;
            parent.restore();
        }
    }

    /** `exit [N]` inside a subshell: N, or $? without one (bash's "numeric argument required" gives 2). */
    static Exit exit(java.util.List<String> argv, int lastStatus) {
        if (argv.size() < 2) {
            return new Exit(lastStatus);
        }
        String arg = argv.get(1);
        return new Exit(arg.matches("[-+]?[0-9]{1,18}") ? (int) (Long.parseLong(arg) & 0xff) : 2);
    }

    /** Unwinds to the subshell's end. */
    static final class Exit extends RuntimeException {
        final int status;

        Exit(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /** Variables, exports, aliases and the working directory of a shell at one moment. */
    static final class Scope {
        private final Environment env;
        private final FileSystem files;
        private final Environment.Saved saved;
        private final String cwd;

        private Scope(Environment env, FileSystem files) {
            this.env = env;
            this.files = files;
            this.saved = env.save();
            this.cwd = files.cwd();
        }

        static Scope save(Environment env, FileSystem files) {
            return new Scope(env, files);
        }

        void restore() {
            env.restore(saved);
            files.changeDirectory(cwd); // even when the subshell removed it, as far as the engine allows
        }
    }
}
