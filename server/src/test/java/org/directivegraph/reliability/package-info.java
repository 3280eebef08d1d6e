/**
 * Crash tests with real processes: the server started as a child JVM and killed with SIGKILL in the middle of a
 * batch ingest, and the command line's bulk {@code load} killed in the middle of a large file, each then reopened on
 * the same store folder to check that every document (every quad of the file) is there whole or not at all.
 * {@link org.directivegraph.reliability.ChildJvm} runs the application's main class on the test's own class path;
 * {@link org.directivegraph.reliability.ServerProcess} is the server as a child process;
 * {@link org.directivegraph.reliability.PlanBatch} the generated plans and the graphs a sequential ingest gives them.
 */
package org.directivegraph.reliability;
