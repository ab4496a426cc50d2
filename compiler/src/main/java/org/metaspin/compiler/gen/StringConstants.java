package org.metaspin.compiler.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * A string constant of the class file holds at most 65,535 bytes of modified UTF-8 (JVMS
 * §4.4.7); a longer string literal is emitted as several constants joined at run time.
 */
final class StringConstants {
    static final int MAX_BYTES = 65_535;

    private StringConstants() {}

    /** {@code s} cut into pieces that each fit one constant; one piece when it fits already. */
    static List<String> pieces(String s) {
        if (s.length() <= MAX_BYTES / 3) return List.of(s);
        List<String> out = new ArrayList<>();
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int n = c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (bytes + n > MAX_BYTES) {
                out.add(s.substring(start, i));
                start = i;
                bytes = 0;
            }
            bytes += n;
        }
        out.add(s.substring(start));
        return out;
    }
}
