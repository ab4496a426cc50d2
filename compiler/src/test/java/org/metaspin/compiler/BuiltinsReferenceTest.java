package org.metaspin.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.metaspin.compiler.resolve.RuntimeLibrary;

/**
 * docs/builtins.md is what {@link BuiltinsReference} writes from the annotations: a builtin
 * added, renamed or re-documented without the page fails here. {@code -Ddocs.update=true}
 * rewrites the page (review the diff before committing it).
 */
class BuiltinsReferenceTest {
    private static final Path PAGE = Path.of("../docs/builtins.md");

    @Test
    void thePageIsWhatTheAnnotationsSay() throws Exception {
        String now = BuiltinsReference.markdown(RuntimeLibrary.get());
        if (Boolean.getBoolean("docs.update")) Files.writeString(PAGE, now, StandardCharsets.UTF_8);
        assertEquals(now, Files.readString(PAGE, StandardCharsets.UTF_8),
                "docs/builtins.md is out of date: run `mvn -pl compiler test -Dtest=BuiltinsReferenceTest -Ddocs.update=true`");
    }

    @Test
    void everyKindOfNameIsOnThePage() {
        String page = BuiltinsReference.markdown(RuntimeLibrary.get());
        for (String expected : new String[] {"`mlp(inputs: Int", "synapses: Array", "`switching_probability(", "`abs(x)`",
                "`mu0: ", "### Device (kind `device`)", "- `Ms`: MagneticField, > 0"}) {
            assertTrue(page.contains(expected), expected + " is missing from the page");
        }
    }
}
