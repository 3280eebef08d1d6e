/**
 * Concurrent readers and writers against the real application over HTTP: SPARQL, saved queries, pages and
 * linked data read while documents are ingested, replaced and deleted. The documents come in two versions that
 * differ in a known way (title, tasks, what they implement), so that every read can tell which version it saw,
 * or that it saw a mix; the final store is compared quad for quad with the same writes applied one after another.
 */
package org.directivegraph.concurrency;
