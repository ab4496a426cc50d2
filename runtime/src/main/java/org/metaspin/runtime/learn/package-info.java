/**
 * The learning runtime of §10: data sets and task sequences ({@code data}), dense and
 * bit-packed kernels on a shared deterministic pool ({@code kernel}), networks with their
 * forward/backward workspace ({@code net}), learning rules ({@code optim}), and the
 * training loop, evaluation and metrics ({@code train}). Decisions the language reference
 * leaves open are listed in {@code docs/learn.md}.
 */
package org.metaspin.runtime.learn;
