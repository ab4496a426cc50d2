package org.metaspin.compiler.diag;

/**
 * An input named on the command line that could not be read (missing, a directory given as a
 * file, no permission): not a diagnostic of a program, so JSON reports it with code
 * {@code unreadable} and SARIF as a tool execution notification, so that a CI report never
 * looks clean when a file was not checked.
 */
public record UnreadableInput(String file, String message) {}
