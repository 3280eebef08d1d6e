package org.directivegraph.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results table of a benchmark: one row per measured figure, with its median over the measured runs, its
 * min–max spread, the reference figure measured in the same run, the ratio, the target and whether it is met.
 */
public final class BenchTable {

    /** Whether a higher or a lower ratio is better. */
    enum Goal { AT_LEAST, BELOW, NONE }

    /**
     * One figure.
     *
     * @param ratio  figure / reference (both medians)
     * @param target the ratio the target asks for (NaN: no target)
     */
    public record Row(String benchmark, String figure, String unit, double median, double min, double max,
                      String reference, double referenceMedian, double ratio, Goal goal, double target) {
        /** "met", "missed" or "—". */
        public String verdict() {
            return switch (goal) {
                case AT_LEAST -> ratio >= target ? "met" : "missed";
                case BELOW -> ratio < target ? "met" : "missed";
                case NONE -> "—";
            };
        }

        String targetText() {
            return switch (goal) {
                case AT_LEAST -> "≥ " + fmt(target);
                case BELOW -> "< " + fmt(target);
                case NONE -> "—";
            };
        }
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    BenchTable(String title) {
        this.title = title;
    }

    void add(Row row) {
        rows.add(row);
    }

    /** The rows so far. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Prints the table as Markdown. */
    public void print(PrintStream out) {
        out.println();
        out.println("### " + title);
        out.println("| benchmark | figure | median | spread (min–max) | reference (median) | ratio | target | |");
        out.println("|---|---|---:|---:|---|---:|---:|---|");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %s | %s (%s) | %s | %s–%s | %s: %s | %s | %s | %s |%n", r.benchmark(), r.figure(), r.unit(),
                    fmt(r.median()), fmt(r.min()), fmt(r.max()), r.reference(), fmt(r.referenceMedian()), fmt(r.ratio()),
                    r.targetText(), r.verdict());
        }
        out.flush();
    }

    /** The median of a non-empty list. */
    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** The p-th percentile (nearest rank) of a non-empty list. */
    static double percentile(List<Double> values, double p) {
        List<Double> s = new ArrayList<>(values);
        s.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * s.size());
        return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1)));
    }

    static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static String fmt(double d) {
        if (Double.isNaN(d)) {
            return "—";
        }
        double a = Math.abs(d);
        return String.format(Locale.ROOT, a >= 1000 ? "%,.0f" : a >= 10 ? "%.1f" : "%.2f", d);
    }
}
