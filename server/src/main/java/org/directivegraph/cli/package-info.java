/**
 * The command line of the application jar ({@code java -jar directivegraph.jar COMMAND}): one picocli class per
 * command, each a thin shell over the feature packages.
 */
package org.directivegraph.cli;
