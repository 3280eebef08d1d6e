/**
 * What every page of the application shares: {@link org.directivegraph.web.Html} (the page builder, its one
 * stylesheet with a print style, the navigation bar, escaping of every value) and
 * {@link org.directivegraph.web.Lang} (Vietnamese first, English on request).
 */
package org.directivegraph.web;
