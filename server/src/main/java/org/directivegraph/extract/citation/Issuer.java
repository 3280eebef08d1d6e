package org.directivegraph.extract.citation;

/**
 * The issuer named in a citation.
 *
 * @param text       the issuer as written, whitespace collapsed, without a term of office ("Ủy ban Thường vụ
 *                   Quốc hội")
 * @param startToken its first token
 * @param endToken   the token after its last word
 * @param spanEnd    the token after the term of office written after it ("(khóa XI)", "khóa 11"), else
 *                   {@code endToken}
 */
record Issuer(String text, int startToken, int endToken, int spanEnd) {
}
