package org.directivegraph.extract.citation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads numbers and symbols from tokens, following the symbol grammar of Nghị định 30/2020/NĐ-CP and
 * Hướng dẫn 36-HD/VPTW:
 * <pre>
 *   state           number "/" TYPE "-" ISSUER ["-" UNIT]     33/CT-TTg, 10/KH-UBND
 *   official letter number "/" ISSUER "-" UNIT                570/UBND-NCPC
 *   legal-normative number "/" year "/" TYPE "-" ISSUER       04/2015/NĐ-CP, 34/2007/PL-UBTVQH11
 *   law             number "/" year "/" QHnn                  10/2022/QH15
 *   Party           number "-" TYPE "/" ISSUER ["-" UNIT]     23-QĐ/TW, 30-CTr/BDVHU-UBND
 * </pre>
 * Conversion damage is tolerated: spaces or a line break after a separator ("35- CT/TW", "114-⏎KL/TW",
 * "33/CT- TTg"), spaces (not a line break) between the number and its first separator. A separator is never
 * preceded by a line break, so a bullet "- UBND …" on the next line is not read as a symbol. Lists share
 * one symbol: "217, 218-QĐ/TW" or "217 và 218-QĐ/TW". Every loop is bounded.
 */
final class NumberSymbolParser {

    private static final int MAX_PARTS = 8;
    private static final int MAX_ITEMS = 20;

    private NumberSymbolParser() {
    }

    /** Whether a token can be a part of a symbol: "CT", "TTg", "CTr", "QyĐ", "UBTVQH11", "QH15". */
    static boolean isSymbolPart(Token t) {
        if (!t.isWord() || t.text().length() < 2 || t.text().length() > 15) {
            return false;
        }
        String s = t.text();
        if (!Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        int lower = 0;
        boolean digits = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isDigit(cp)) {
                digits = true;
            } else if (digits) {
                return false;
            } else if (Character.isLowerCase(cp)) {
                lower++;
            } else if (!Character.isLetter(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return lower == 0 || (lower == 1 && s.length() >= 3);
    }

    private static boolean isSeparator(Token t) {
        return t.isPunct('/') || t.isHyphen();
    }

    private static String normalised(Token sep) {
        return sep.isPunct('/') ? "/" : "-";
    }

    /**
     * One number with or without symbol at token {@code i}, or null. With {@code allowBlank}, a symbol with a
     * blank number ("/KH-UBND") is read too.
     */
    static NumberSymbol item(TokenizedText t, int i, boolean allowBlank) {
        Token first = t.get(i);
        String number;
        Integer year = null;
        int k;
        if (first.isNumber() && first.text().length() <= 6) {
            number = first.text();
            k = i + 1;
            Token slash = t.get(k);
            Token y = t.get(k + 1);
            if (slash.isPunct('/') && !slash.newlineBefore() && y.isNumber() && y.text().length() == 4
                    && y.value() >= 1900 && y.value() <= 2100 && isSeparator(t.get(k + 2))
                    && !t.get(k + 2).spaceBefore() && !y.spaceBefore() && isSymbolPart(t.get(k + 3))) {
                number = number + "/" + y.text();
                year = y.value();
                k += 2;
            }
        } else if (allowBlank && first.isPunct('/') && isSymbolPart(t.get(i + 1))) {
            number = null;
            k = i;
        } else {
            return null;
        }
        Token sep = t.get(k);
        if (!isSeparator(sep) || sep.newlineBefore() || !isSymbolPart(t.get(k + 1))) {
            return number == null ? null : new NumberSymbol(number, year, null, null, i, i + 1);
        }
        StringBuilder symbol = new StringBuilder(t.get(k + 1).text());
        int parts = 1;
        int m = k + 2;
        while (parts < MAX_PARTS && isSeparator(t.get(m)) && !t.get(m).spaceBefore() && isSymbolPart(t.get(m + 1))) {
            symbol.append(normalised(t.get(m))).append(t.get(m + 1).text());
            parts++;
            m += 2;
        }
        return new NumberSymbol(number, year, normalised(sep), symbol.toString(), i, m);
    }

    /**
     * A list of numbers at token {@code i} ("33/CT-TTg"; "217, 218-QĐ/TW"; "18 và 19"), or null. Numbers
     * without a symbol before one with a symbol take its symbol; numbers without a symbol after the last
     * symbol are not part of the list. If no item has a symbol, all the bare numbers are returned.
     */
    static List<NumberSymbol> list(TokenizedText t, int i, boolean allowBlank) {
        List<NumberSymbol> items = new ArrayList<>();
        int k = i;
        while (items.size() < MAX_ITEMS) {
            NumberSymbol item = item(t, k, allowBlank && items.isEmpty());
            if (item == null) {
                break;
            }
            items.add(item);
            k = item.endToken();
            Token sep = t.get(k);
            if ((sep.isPunct(',') || sep.is("và") || sep.isPunct('&')) && t.get(k + 1).isNumber()) {
                k++;
                continue;
            }
            break;
        }
        if (items.isEmpty()) {
            return null;
        }
        int last = -1;
        for (int j = 0; j < items.size(); j++) {
            if (items.get(j).symbol() != null) {
                last = j;
            }
        }
        if (last < 0) {
            return items;
        }
        List<NumberSymbol> result = new ArrayList<>();
        for (int j = 0; j <= last; j++) {
            NumberSymbol item = items.get(j);
            if (item.symbol() == null) {
                int n = j + 1;
                while (items.get(n).symbol() == null) {
                    n++;
                }
                item = item.withSymbolOf(items.get(n));
            }
            result.add(item);
        }
        return result;
    }
}
