package org.directivegraph.extract.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;

import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Extractor;
import org.directivegraph.ingest.DocumentGraphBuilder;
import org.directivegraph.ingest.Ingester;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes of text on which extracting and building a graph did quadratic work, each read at two sizes: four
 * times the repeats must cost less than eight times the allocation and eleven times the CPU time of this thread
 * (linear work costs about four times, quadratic sixteen). Both are ratios measured on this thread, the lower of two
 * runs, so they do not depend on the machine's load as elapsed time does.
 */
class LinearGrowthTests {

    private static final int SMALL = 800;
    private static final double MAX_GROWTH = 8.0;
    /** CPU time is noisier than allocation (JIT, caches, collections): a wider bound, still far below 16. */
    private static final double MAX_CPU_GROWTH = 11.0;

    private static final Extractor EXTRACTOR = new Extractor();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static DocumentGraphBuilder builder;
    private static String plan;

    @BeforeAll
    static void warmUp() {
        builder = Ingester.standaloneBuilder();
        plan = Corpus.seeds().get(1).text();
        builder.build(EXTRACTOR.extract(new DocumentText("plan.txt", plan)));
    }

    /** Allocation and CPU time of extracting and building the graph of {@code text}, on this thread. */
    private record Cost(long bytes, long cpuNanos) {
        Cost min(Cost other) {
            return new Cost(Math.min(bytes, other.bytes), Math.min(cpuNanos, other.cpuNanos));
        }
    }

    private static Cost cost(String text) {
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        long cpu = THREADS.getCurrentThreadCpuTime();
        builder.build(EXTRACTOR.extract(new DocumentText("plan.txt", text)));
        return new Cost(THREADS.getCurrentThreadAllocatedBytes() - bytes, THREADS.getCurrentThreadCpuTime() - cpu);
    }

    private static void assertLinear(String what, IntFunction<String> text) {
        String small = text.apply(SMALL);
        String large = text.apply(4 * SMALL);
        cost(text.apply(SMALL / 10)); // warm the code paths of this shape
        Cost s = cost(small).min(cost(small));
        Cost l = cost(large).min(cost(large));
        double bytes = (double) l.bytes() / s.bytes();
        double cpu = (double) l.cpuNanos() / Math.max(1, s.cpuNanos());
        System.out.printf("[linear] %s: %d repeats %,d bytes %d ms CPU; %d repeats %,d bytes %d ms CPU; growth %.1f and %.1f%n", what,
                SMALL, s.bytes(), s.cpuNanos() / 1_000_000, 4 * SMALL, l.bytes(), l.cpuNanos() / 1_000_000, bytes, cpu);
        assertThat(bytes).as(what + ": allocation growth for 4 times the repeats").isLessThan(MAX_GROWTH);
        assertThat(cpu).as(what + ": CPU time growth for 4 times the repeats").isLessThan(MAX_CPU_GROWTH);
    }

    @Test
    void headingsInCapitalsAfterTheSignature() {
        assertLinear("headings after the signature", n -> plan + "II. TỔ CHỨC THỰC HIỆN\n".repeat(n));
    }

    @Test
    void bulletsNamingBodiesInOneOrganisationItem() {
        assertLinear("bullets in an organisation item", n -> plan + "\nIII. TỔ CHỨC THỰC HIỆN\n1. Văn phòng UBND phường\n"
                + "- Bộ phận Văn hóa - Xã hội: Chủ động phối hợp với các ban, ngành đăng tin, bài tuyên truyền.\n".repeat(n));
    }

    @Test
    void linesOfMarkdownMarksAlone() {
        assertLinear("lines of marks alone", n -> plan + "**\n".repeat(4 * n));
    }

    @Test
    void marksBeforeThePurposesCitations() {
        assertLinear("marks before the purposes' citations", n -> "I. MỤC ĐÍCH, YÊU CẦU\n1. " + "*".repeat(40 * n)
                + "Thực hiện Kế hoạch số 1/KH-UBND ngày 2/3/2023 của UBND huyện, ".repeat(n) + "\n" + plan);
    }

    @Test
    void citationsOfOneNumberThatResolutionCannotSettle() {
        assertLinear("unresolved citations of one number", n -> plan + "\n"
                + "Kế hoạch số 12/KH-UBND ngày 2/3/2023 của UBND huyện; Kế hoạch 12/KH-UBND của UBND xã; ".repeat(n));
    }

    @Test
    void aLongTextWithManyFactsAndSurrogatePairs() {
        assertLinear("facts after surrogate pairs", n -> "\uD83D\uDE00".repeat(n) + plan
                + "Căn cứ Quyết định số 7/QĐ-UBND ngày 12/3/2023 của Ủy ban nhân dân tỉnh \uD83D\uDE00;\n".repeat(n));
    }
}
