/**
 * The analyst's pages: home ({@code /}), search ({@code /search}) and trace ({@code /trace}), with their CSV and
 * spreadsheet exports. Controllers are thin; the renderers ({@link org.directivegraph.pages.HomePage},
 * {@link org.directivegraph.pages.SearchPage}, {@link org.directivegraph.pages.TracePage},
 * {@link org.directivegraph.pages.TraceDiagram}) are plain classes that escape every value they show.
 * {@link org.directivegraph.pages.SiteIndex} keeps the search index and {@link org.directivegraph.pages.QualityCache}
 * the slow quality result current after each {@link org.directivegraph.store.DocumentsChanged}.
 */
package org.directivegraph.pages;
