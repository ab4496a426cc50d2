package org.metaspin.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git commit of run.json, read from a work tree's files: a branch ref, packed refs, a linked work tree. */
class ProvenanceTest {
    private static final String A = "0123456789abcdef0123456789abcdef01234567";
    private static final String B = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void theCommitOfTheBranchThatHeadNames() throws IOException {
        Path git = Files.createDirectories(dir.resolve("repo/.git/refs/heads"));
        Files.writeString(dir.resolve("repo/.git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("main"), A + "\n");
        Path src = Files.createDirectories(dir.resolve("repo/examples")).resolve("x.msp");
        assertEquals(A, Provenance.gitCommit(src));
        // a branch only in packed-refs
        Files.delete(git.resolve("main"));
        Files.writeString(dir.resolve("repo/.git/packed-refs"), "# pack-refs with: peeled\n" + B + " refs/heads/main\n");
        assertEquals(B, Provenance.gitCommit(src));
    }

    @Test
    void aLinkedWorkTreeReadsItsOwnHeadAndTheCommonRefs() throws IOException {
        Path common = Files.createDirectories(dir.resolve("main/.git"));
        Path wt = Files.createDirectories(common.resolve("worktrees/feature"));
        Files.writeString(wt.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(wt.resolve("commondir"), "../..\n");
        Files.createDirectories(common.resolve("refs/heads"));
        Files.writeString(common.resolve("refs/heads/feature"), A + "\n");
        Path tree = Files.createDirectories(dir.resolve("feature"));
        Files.writeString(tree.resolve(".git"), "gitdir: " + wt + "\n");
        assertEquals(A, Provenance.gitCommit(tree.resolve("p.msp")));
    }

    @Test
    void noWorkTreeNoCommit() {
        assertNull(Provenance.gitCommit(dir.resolve("alone.msp")));
    }
}
