/**
 * The analyst's report pages over {@link org.directivegraph.report}: the coverage matrix of a directive
 * ({@code /coverage}), the obligations calendar and table ({@code /obligations}) and the data-quality findings
 * ({@code /quality}), each in Vietnamese with an English switch, printable, and exported to CSV and .xlsx at the
 * same path with {@code .csv} / {@code .xlsx}. Parameters are checked ({@link org.directivegraph.reports.web.ReportParams})
 * and a bad one answers a 400 page that says what is wrong. The renderers are plain classes that escape every
 * value; {@link org.directivegraph.reports.web.ReportPagesController} only wires them to HTTP.
 */
package org.directivegraph.reports.web;
