package org.metaspin.cli;

/** The exit codes of LANGUAGE.md §14. */
final class ExitCodes {
    static final int OK = 0;
    static final int COMPILE_ERRORS = 1;
    static final int RUNTIME_ERROR = 2;
    static final int USAGE = 64;
    static final int NO_INPUT = 66;
    /** A failure of metaspin itself (a bug): EX_SOFTWARE of sysexits.h, beside 64 and 66. */
    static final int INTERNAL = 70;

    private ExitCodes() {}
}
