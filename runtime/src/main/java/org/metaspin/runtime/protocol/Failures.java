package org.metaspin.runtime.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import org.metaspin.runtime.api.RuntimeFailure;

/** The diagnostic code and message of a failed run for run.json, as the command line prints them (§14). */
final class Failures {
    private Failures() {}

    static Map<String, Object> describe(Throwable t) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (t instanceof RuntimeFailure f) {
            m.put("code", f.code().name());
            m.put("message", f.getMessage());
        } else if (t instanceof StackOverflowError) {
            m.put("code", "R0005");
            m.put("message", "recursion too deep: the stack overflowed");
        } else if (t instanceof OutOfMemoryError) {
            m.put("code", "R0005");
            m.put("message", "out of memory");
        } else {
            m.put("code", "internal");
            m.put("message", String.valueOf(t));
        }
        return m;
    }
}
