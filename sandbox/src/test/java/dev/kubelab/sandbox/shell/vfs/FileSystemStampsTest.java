package dev.kubelab.sandbox.shell.vfs;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSystemStampsTest {
    private static final Instant BUILT = Instant.parse("2025-04-16T18:01:00Z");
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");

    private FileSystem labFiles() {
        FileSystem files = new FileSystem(BUILT);
        files.stampWith(() -> now);
        return files;
    }

    @Test
    void imageFoldersKeepTheImageTimeUntilSomethingChangesInThem() {
        FileSystem files = labFiles();
        assertEquals(BUILT, files.stat("/etc").orElseThrow().modified());
        files.write("/etc/motd", "hi\n", false);
        assertEquals(now, files.stat("/etc").orElseThrow().modified());
        assertEquals(BUILT, files.stat("/var").orElseThrow().modified());
    }

    @Test
    void writingMovesTheModificationTimeButNotTheBirth() {
        FileSystem files = labFiles();
        files.write("/root/a.txt", "one\n", false);
        Instant born = now;
        now = now.plusSeconds(90);
        files.write("/root/a.txt", "two\n", true);
        FileInfo info = files.stat("/root/a.txt").orElseThrow();
        assertEquals(now, info.modified());
        assertEquals(born, info.born());
        assertEquals(8, info.size());
        assertEquals(8, info.sectors(), "one 4 KiB block");
    }

    @Test
    void removingAnEntryTouchesItsFolderAndForgetsItsStamps() {
        FileSystem files = labFiles();
        files.makeDirectory("/root/lab", false);
        files.chmod("/root/lab", 0700);
        now = now.plusSeconds(60);
        files.remove("/root/lab", true);
        assertEquals(now, files.stat("/root").orElseThrow().modified());
        files.makeDirectory("/root/lab", false);
        assertEquals(0755, files.stat("/root/lab").orElseThrow().mode(), "a new folder, not the old one's mode");
    }

    @Test
    void foldersCountTheirSubfoldersAsLinksAndSpecialModesShow() {
        FileSystem files = labFiles();
        files.makeDirectory("/root/a/b", true);
        files.makeDirectory("/root/a/c", true);
        files.write("/root/a/f", "", false);
        assertEquals(4, files.stat("/root/a").orElseThrow().links());
        assertEquals("drwxrwxrwt", files.stat("/tmp").orElseThrow().modeString());
        assertEquals("drwx------", files.stat("/root").orElseThrow().modeString());
    }

    @Test
    void whatAUserMakesIsTheirs() {
        FileSystem files = new FileSystem(BUILT);
        Owner curl = new Owner("curl_user", 100, "curl_group", 101);
        files.stampWith(() -> now, curl);
        files.write("/tmp/x", "x", false);
        assertEquals(curl, files.stat("/tmp/x").orElseThrow().owner());
        assertEquals(Owner.ROOT, files.stat("/tmp").orElseThrow().owner());
        assertTrue(files.stat("/nope").isEmpty());
    }
}
