package org.metaspin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven filters into the jar. */
final class Version implements CommandLine.IVersionProvider {
    static String get() {
        return property("version", "dev");
    }

    /** The address of the documentation of the diagnostic codes, for SARIF's helpUri. */
    static String docs() {
        return property("docs", null);
    }

    private static String property(String name, String otherwise) {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            String v = p.getProperty(name, otherwise);
            return v == null || v.startsWith("${") ? otherwise : v;
        } catch (IOException e) {
            return otherwise;
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"metaspin " + get(), "Java " + System.getProperty("java.version")};
    }
}
