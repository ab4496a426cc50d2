package org.metaspin.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standard library's modules are resources in the jar, not files. To let an editor go
 * to a definition in `std.materials`, each one is written once to a folder of the temporary
 * directory (named by its content, so versions never mix) and made read-only: every client
 * opens a `file:` URI, and no edit of it can change what the compiler reads.
 */
final class StdDocuments {
    private final Map<String, Path> written = new ConcurrentHashMap<>();

    /** The file that shows a std module ({@code std/materials.msp}), or null when there is no such resource. */
    Path file(String resource) {
        return written.computeIfAbsent(resource, StdDocuments::write);
    }

    private static Path write(String resource) {
        try (InputStream in = StdDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return null;
            byte[] bytes = in.readAllBytes();
            String hash = Integer.toHexString(java.util.Arrays.hashCode(bytes));
            Path f = Path.of(System.getProperty("java.io.tmpdir"), "metaspin-std-" + hash).resolve(resource);
            if (!Files.isRegularFile(f)) {
                Files.createDirectories(f.getParent());
                Path tmp = Files.createTempFile(f.getParent(), ".std", ".msp");
                Files.write(tmp, bytes);
                tmp.toFile().setReadOnly();
                Files.move(tmp, f, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return f;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
