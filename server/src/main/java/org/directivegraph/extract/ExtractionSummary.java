package org.directivegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.directivegraph.extract.citation.CitationMention;
import org.directivegraph.extract.structure.Header;
import org.directivegraph.extract.structure.Section;

/**
 * The JSON summary of one document that {@code extract --summary FILE} prints. Field names and meanings are
 * fixed (see README, "Summary format"); values are what the text says, {@code null} when it does not say.
 */
@JsonPropertyOrder({"doc_type", "number", "date", "issuer", "admin_level", "title", "signer", "implements", "cited",
        "sections", "tasks", "responsible_bodies", "indicators", "deadlines", "recipients", "warnings"})
public record ExtractionSummary(
        @JsonProperty("doc_type") String docType,
        @JsonProperty("number") String number,
        @JsonProperty("date") String date,
        @JsonProperty("issuer") String issuer,
        @JsonProperty("admin_level") String adminLevel,
        @JsonProperty("title") String title,
        @JsonProperty("signer") Signer signer,
        @JsonProperty("implements") List<Cited> implementsDocuments,
        @JsonProperty("cited") List<Cited> cited,
        @JsonProperty("sections") List<String> sections,
        @JsonProperty("tasks") List<String> tasks,
        @JsonProperty("responsible_bodies") List<Map<String, String>> responsibleBodies,
        @JsonProperty("indicators") List<Map<String, Object>> indicators,
        @JsonProperty("deadlines") List<Map<String, String>> deadlines,
        @JsonProperty("recipients") List<String> recipients,
        @JsonProperty("warnings") List<String> warnings) {

    /** The signer: name and position as printed. */
    public record Signer(@JsonProperty("name") String name, @JsonProperty("position") String position) {
    }

    /** A cited document as the citation gives it. */
    @JsonPropertyOrder({"type", "number", "date", "issuer"})
    public record Cited(@JsonProperty("type") String type, @JsonProperty("number") String number,
                        @JsonProperty("date") String date, @JsonProperty("issuer") String issuer) {
    }

    /**
     * The summary of an extraction. {@code abbreviations} maps document-type codes to their official
     * abbreviations (vocab/doc-type notations: kh -> KH, qyd -> QyĐ).
     */
    public static ExtractionSummary of(Extraction e, Map<String, String> abbreviations,
                                       List<Map<String, String>> responsibleBodies, List<Map<String, Object>> indicators,
                                       List<Map<String, String>> deadlines) {
        Header h = e.header();
        String issuer = h.issuerName() != null ? h.issuerName() : h.issuerText();
        String docType = h.typeCode() == null ? null : abbreviations.getOrDefault(h.typeCode(), h.typeCode().toUpperCase());
        Signer signer = e.signature().map(s -> new Signer(s.name(), s.position())).orElse(null);
        List<Cited> implementsDocs = cited(e.withRole("implements"), abbreviations);
        List<CitationMention> others = new ArrayList<>(e.withRole("based-on"));
        others.addAll(e.withRole("cites"));
        List<Cited> cited = cited(others, abbreviations);
        cited.removeAll(implementsDocs);
        List<String> sections = e.structure().sections().stream().map(ExtractionSummary::sectionLabel).toList();
        List<String> tasks = e.structure().tasks().stream().map(t -> t.title()).toList();
        List<String> recipients = e.recipients().stream().map(r -> r.recipientText()).toList();
        if (responsibleBodies.isEmpty()) {
            List<Map<String, String>> bodies = new ArrayList<>();
            e.responsibilities().forEach(r -> r.roles().forEach(role -> bodies.add(Map.of("body", r.bodyText(), "role", role))));
            responsibleBodies = bodies;
        }
        if (indicators.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            e.indicators().forEach(i -> {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("text", i.text());
                row.put("target", i.target());
                row.put("unit", i.unit());
                list.add(row);
            });
            indicators = list;
        }
        if (deadlines.isEmpty()) {
            List<Map<String, String>> list = new ArrayList<>();
            e.obligations().forEach(o -> {
                Map<String, String> row = new java.util.LinkedHashMap<>();
                row.put("what", o.action());
                row.put("date", o.dueDate() != null ? o.dueDate().toString() : o.duePeriod() != null ? o.duePeriod().toString()
                        : o.recurrences().isEmpty() ? null : String.join(", ", o.recurrences()));
                row.put("to_whom", o.addressee());
                list.add(row);
            });
            deadlines = list;
        }
        return new ExtractionSummary(docType, h.number() == null ? null : h.numberAndSymbol(),
                h.date() == null ? null : h.date().toString(), issuer, AdminLevels.of(issuer), h.title(), signer,
                implementsDocs, cited, sections, tasks, responsibleBodies, indicators, deadlines, recipients, e.warnings());
    }

    private static String sectionLabel(Section s) {
        return s.ordinal() == null ? s.heading() : s.ordinal() + ". " + s.heading();
    }

    private static List<Cited> cited(List<CitationMention> mentions, Map<String, String> abbreviations) {
        Set<Cited> out = new LinkedHashSet<>();
        for (CitationMention m : mentions) {
            String type = m.typeCode() == null ? null : abbreviations.getOrDefault(m.typeCode(), m.typeCode());
            String number = m.numberAndSymbol() != null ? m.numberAndSymbol() : m.number();
            out.add(new Cited(type, number, m.date() == null ? null : m.date().toString(), m.issuerText()));
        }
        return new ArrayList<>(out);
    }
}
