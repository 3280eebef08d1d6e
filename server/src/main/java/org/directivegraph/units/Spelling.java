package org.directivegraph.units;

/** How a name as written matched a unit's name, diacritics considered (case and white space never matter). */
public enum Spelling {
    /** Same letters and diacritics; the tone mark may sit on another vowel ("Hoà" = "Hòa"). */
    EXACT,
    /**
     * Same once the diacritics the query leaves out are ignored ("Thai Hoc", "Thai Học" for "Thái Học"): every
     * diacritic the query does write is the name's.
     */
    FOLDED,
    /**
     * Same letters, but a diacritic the query writes contradicts the name's ("Lãm Hà" against "Lam Hạ"): most likely
     * another place. Never a candidate; reported among {@link Resolution#otherSpellings()}.
     */
    DIFFERENT
}
