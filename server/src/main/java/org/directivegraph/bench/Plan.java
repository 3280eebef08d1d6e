package org.directivegraph.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated document, before it is rendered or written: a Central directive or a province, district or commune
 * plan of a UBND. {@code number} is null for a plan printed with a blank number (a defect of real plans).
 */
public record Plan(String unitCode, String unitName, String placeName, String level, String issuerKey, String typeCode,
            String typeWord, String symbol, String number, LocalDate date, String title, int period,
            Reference implemented, List<Reference> citations, List<Task> tasks, List<Responsibility> responsibilities,
            List<Indicator> indicators, List<Obligation> obligations, String signerName, boolean missing) {

    /** A document cited by a plan; {@code number} null when the citation gives none (then it names only the issuer). */
    record Reference(String iri, String typeWord, String typeCode, String number, String symbol, LocalDate date,
                     String issuerText, String subject) {
        /** The citation as written in the text. */
        String text() {
            if (number == null) {
                return typeWord + " của " + issuerText;
            }
            String sep = symbol.contains("/") ? "-" : "/";
            return typeWord + " số " + number + sep + symbol + " ngày " + date.getDayOfMonth() + "/" + date.getMonthValue()
                    + "/" + date.getYear() + " của " + issuerText;
        }
    }

    /** A numbered task with its themes (codes of vocab/theme). */
    record Task(String title, String body, List<String> themes) {
    }

    /** A body named in the organisation section with its roles (codes of vocab/role) and duty. */
    record Responsibility(String bodyText, String bodyUnit, String bodyKey, List<String> roles, String duty) {
    }

    /** A measurable target: "{value}% {population} {rest}". */
    record Indicator(int value, String population, String rest) {
        String text() {
            return value + "% " + population + " " + rest + ".";
        }
    }

    /** A reporting obligation of the issuing UBND to a higher body, by a due date. */
    record Obligation(String action, String addresseeText, String addresseeUnit, String addresseeKey, LocalDate due) {
    }

    /** The number and symbol as printed: "12/KH-UBND", or "/KH-UBND" when the number is blank. */
    String numberAndSymbol() {
        return (number == null ? "" : number) + "/" + symbol;
    }

    /** The issuing body's name in the header, upper case lines ("ỦY BAN NHÂN DÂN", "XÃ THÁI HỌC"). */
    String issuerText() {
        return "ỦY BAN NHÂN DÂN " + unitName.toUpperCase(java.util.Locale.ROOT);
    }
}
