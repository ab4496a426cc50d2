package org.metaspin.cli;

/** The exit codes of LANGUAGE.md §14. */
final class ExitCodes {
    static final int OK = 0;
    static final int COMPILE_ERRORS = 1;
    static final int RUNTIME_ERROR = 2;
    static final int USAGE = 64;
    static final int NO_INPUT = 66;

    private ExitCodes() {}
}
