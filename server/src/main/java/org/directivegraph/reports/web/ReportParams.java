package org.directivegraph.reports.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** Reads the report pages' parameters, refusing malformed ones with a {@link BadReportRequest}. */
public final class ReportParams {

    private ReportParams() {
    }

    /** An absolute IRI, or {@code null} when the parameter is missing or blank. */
    public static String iri(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        boolean absolute;
        try {
            absolute = IRIx.create(v).isAbsolute();
        } catch (IRIException e) {
            absolute = false;
        }
        if (!absolute || v.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
            throw new BadReportRequest("Tham số '" + name + "' phải là một IRI tuyệt đối (ví dụ https://w3id.org/directivegraph/id/…), nhận được: " + v,
                    "Parameter '" + name + "' must be an absolute IRI (e.g. https://w3id.org/directivegraph/id/…), got: " + v);
        }
        return v;
    }

    /** A date {@code YYYY-MM-DD}, or {@code null} when the parameter is missing or blank. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadReportRequest("Tham số '" + name + "' phải là một ngày dạng YYYY-MM-DD (ví dụ 2023-06-30), nhận được: " + value,
                    "Parameter '" + name + "' must be a date written YYYY-MM-DD (e.g. 2023-06-30), got: " + value);
        }
    }

    /** Refuses a period that ends before it starts. */
    public static void period(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadReportRequest("Khoảng thời gian kết thúc (" + to + ") trước khi bắt đầu (" + from + ")",
                    "The period ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
