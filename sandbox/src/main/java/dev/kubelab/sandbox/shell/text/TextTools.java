package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;

/** The line filters every shell has (grep, head, tail, wc, sort, uniq, cut, tr, awk, sed, cat, od) in one userland. */
public final class TextTools {
    private TextTools() {
    }

    public static List<Builtin> of(FileSystem files, Userland userland) {
        return List.of(new Grep(files, userland), HeadTail.head(files, userland), HeadTail.tail(files, userland),
                new Wc(files, userland), SortUniq.sort(files, userland), SortUniq.uniq(files, userland),
                new Cut(files, userland), new Tr(userland), new Awk(files), new Sed(files, userland), new Cat(files, userland),
                new Od(files, userland));
    }
}
