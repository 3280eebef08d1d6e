package org.directivegraph.extract.citation;

/**
 * What a cited document is about, as the citation says it.
 *
 * @param text           the subject, whitespace collapsed, quotation and emphasis marks and a leading "về" /
 *                       "về việc" removed
 * @param startToken     its first token
 * @param endToken       the token after its last
 * @param trailingIssuer an issuer written after the subject ("Kế hoạch số 41/KH-UBND về … của Ủy ban nhân
 *                       dân quận Kiến An"), else null
 */
record Subject(String text, int startToken, int endToken, Issuer trailingIssuer) {
}
