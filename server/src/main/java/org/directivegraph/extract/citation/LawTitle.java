package org.directivegraph.extract.citation;

/**
 * The title of a law, code or ordinance cited by its name: "Luật Khiếu nại", "Luật tiếp công dân",
 * "Luật Thực hiện dân chủ ở cơ sở", "Bộ luật Lao động", "Luật Phòng, chống tham nhũng".
 *
 * @param text     the title, whitespace collapsed
 * @param endToken the token after its last word
 */
record LawTitle(String text, int endToken) {
}
