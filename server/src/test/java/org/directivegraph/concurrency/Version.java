package org.directivegraph.concurrency;

import org.directivegraph.server.SeedTexts;

/**
 * The two versions of a test document, made from seed 001 with its own number. Version {@link Version#A} is seed
 * 001 with "(lần 1)" at the end of its title; version {@link Version#B} has "(lần 2)" instead, lacks tasks 4 and 5,
 * and no longer implements Kiến An's plan 41/KH-UBND. So the title, the number of tasks and the "implements" links
 * of any read tell which version it saw.
 */
enum Version {
    A, B;

    /** The text of this version of the document numbered {@code number}. */
    String text(int number) {
        String text = SeedTexts.seed001WithNumber(number);
        String title = "Triển khai thực hiện công tác dân vận chính quyền năm 2024";
        text = replaceOnce(text, "**" + title + "**", "**" + title + " " + marker() + "**");
        if (this == B) {
            text = replaceOnce(text, "Thực hiện Kế hoạch số 41/KH-UBND, ngày 23/02/2024 về triển khai thực hiện công tác "
                    + "dân vận chính quyền năm 2024 của Ủy ban nhân dân quận Kiến An. ", "");
            int from = text.indexOf("#### **4. Đẩy mạnh");
            int to = text.indexOf("### **III. TỔ CHỨC THỰC HIỆN**");
            if (from < 0 || to < from) {
                throw new IllegalStateException("seed 001 no longer has its tasks 4 and 5 before section III");
            }
            text = text.substring(0, from) + text.substring(to);
        }
        return text;
    }

    /** The words that end this version's title. */
    String marker() {
        return this == A ? "(lần 1)" : "(lần 2)";
    }

    private static String replaceOnce(String text, String what, String by) {
        int at = text.indexOf(what);
        if (at < 0) {
            throw new IllegalStateException("seed 001 no longer contains: " + what);
        }
        return text.substring(0, at) + by + text.substring(at + what.length());
    }
}
