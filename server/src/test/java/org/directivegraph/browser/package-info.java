/**
 * Browser tests: the running application driven through the system's headless Chromium (Debian packages
 * {@code chromium} and {@code chromium-driver}) with Selenium WebDriver.
 *
 * <p>{@link org.directivegraph.browser.Browser} starts one Chromium per test class with a fresh profile and its
 * own download directory, and never lets Selenium Manager fetch a driver or a browser;
 * {@link org.directivegraph.browser.BrowserExtension} opens and closes it around a test class and keeps a
 * screenshot and the page source of every failed test under {@code target/screenshots/}. The test classes
 * tagged {@code pages} drive the report pages of issue 5 (search, trace, coverage, exports) by the element
 * hooks of their URL contract; the others drive the document pages, the SPARQL editor, and the escaping of
 * document text that carries HTML and script.
 */
package org.directivegraph.browser;
