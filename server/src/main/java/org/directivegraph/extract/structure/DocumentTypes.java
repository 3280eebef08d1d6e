package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.directivegraph.store.PackagedData;

/**
 * The document types of {@code ontology/vocab/doc-type.ttl}: their names ("Kế hoạch"), printed in
 * capitals as the type line of a document, and their abbreviations ("KH") used in symbols, each mapped
 * to the type's code ({@code kh}).
 */
public final class DocumentTypes {

    private static volatile DocumentTypes packaged;

    /** Type-name keys ({@link VietText#key}) to codes, longest name first. */
    private final Map<String, String> codeByName;
    /** Upper-case abbreviations to codes (several when types share one; see {@link #codeForSymbol}). */
    private final Map<String, List<String>> codesByNotation;
    /** Codes of the types only the Party issues (scope note "party"). */
    private final java.util.Set<String> partyOnly;

    /** Types from names, notations and the codes of the types only the Party issues. */
    public DocumentTypes(Map<String, String> nameByCode, Map<String, String> notationByCode, java.util.Set<String> partyOnly) {
        this.partyOnly = java.util.Set.copyOf(partyOnly);
        List<Map.Entry<String, String>> names = new ArrayList<>(nameByCode.entrySet());
        names.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getValue().length()));
        Map<String, String> byName = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : names) {
            byName.put(VietText.key(e.getValue()), e.getKey());
        }
        byName.putIfAbsent(VietText.key("Công văn"), "cv");
        this.codeByName = byName;
        Map<String, List<String>> byNotation = new LinkedHashMap<>();
        notationByCode.forEach((code, notation) ->
                byNotation.computeIfAbsent(notation.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(code));
        this.codesByNotation = byNotation;
    }

    /** The packaged document types (read once). */
    public static DocumentTypes packaged() {
        DocumentTypes types = packaged;
        if (types == null) {
            Graph graph = PackagedData.graph("ontology/vocab/doc-type.ttl");
            Map<String, String> names = new java.util.TreeMap<>();
            Map<String, String> notations = new java.util.TreeMap<>();
            java.util.Set<String> partyOnly = new java.util.TreeSet<>();
            for (Triple t : graph.find(Node.ANY, SKOS.scopeNote.asNode(), Node.ANY).toList()) {
                if (t.getSubject().isURI() && "party".equals(t.getObject().getLiteralLexicalForm())) {
                    partyOnly.add(code(t.getSubject()));
                }
            }
            for (Triple t : graph.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).toList()) {
                if (t.getSubject().isURI() && "vi".equals(t.getObject().getLiteralLanguage())) {
                    names.put(code(t.getSubject()), t.getObject().getLiteralLexicalForm());
                }
            }
            for (Triple t : graph.find(Node.ANY, SKOS.notation.asNode(), Node.ANY).toList()) {
                if (t.getSubject().isURI()) {
                    notations.put(code(t.getSubject()), t.getObject().getLiteralLexicalForm());
                }
            }
            names.remove("");
            types = new DocumentTypes(names, notations, partyOnly);
            packaged = types;
        }
        return types;
    }

    private static String code(Node concept) {
        String iri = concept.getURI();
        return iri.startsWith("https://w3id.org/directivegraph/vocab/doc-type/") ? iri.substring(iri.lastIndexOf('/') + 1) : "";
    }

    /**
     * The type named at the start of {@code text} ("KẾ HOẠCH", "Chương trình hành động …"), with the
     * length of the name in {@code text}, or null.
     */
    public NamedType typeNamedAt(String text) {
        String key = VietText.keyOfStart(text, 60);
        for (Map.Entry<String, String> e : codeByName.entrySet()) {
            String name = e.getKey();
            if (key.startsWith(name) && (key.length() == name.length() || !Character.isLetterOrDigit(key.charAt(name.length())))) {
                int words = name.split(" ").length;
                return new NamedType(e.getValue(), lengthOfWords(text, words));
            }
        }
        return null;
    }

    private static int lengthOfWords(String text, int words) {
        int i = 0;
        int seen = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length()) {
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (++seen == words) {
                return i;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /**
     * The type given by the first part of a symbol ("KH-UBND" -> kh, "QH15" -> luat), or null when the
     * symbol starts with no type abbreviation (a công văn: "UBND-NCPC"). Where two types share an
     * abbreviation (TT: Thông tư and Party Thông tri), {@code partyStyle} (a number joined with '-')
     * picks the Party one.
     */
    public String codeForSymbol(String symbol, boolean partyStyle) {
        if (symbol == null || symbol.isEmpty()) {
            return null;
        }
        int cut = 0;
        while (cut < symbol.length() && symbol.charAt(cut) != '-' && symbol.charAt(cut) != '/' && !Character.isWhitespace(symbol.charAt(cut))) {
            cut++;
        }
        String head = symbol.substring(0, cut);
        int letters = head.length();
        while (letters > 0 && Character.isDigit(head.charAt(letters - 1))) {
            letters--;
        }
        List<String> codes = codesByNotation.get(head.substring(0, letters).toUpperCase(Locale.ROOT));
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        if (codes.size() > 1) {
            return codes.stream().filter(c -> partyStyle == partyOnly.contains(c)).findFirst().orElse(codes.get(0));
        }
        return codes.get(0);
    }

    /** A type named in a text: its code and the length of its name there. */
    public record NamedType(String code, int length) {
    }
}
