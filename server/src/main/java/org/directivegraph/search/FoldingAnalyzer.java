package org.directivegraph.search;

import java.text.Normalizer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the search index: Unicode word boundaries (StandardTokenizer), then ASCII folding
 * (Vietnamese diacritics dropped, đ to d), then lower case. "Thái Học", "thai hoc" and "THÁI HỌC" give the
 * same tokens; "33/CT-TTg" and "33 CT TTg" give {@code 33 ct ttg}. Text should be NFC-normalised first
 * ({@link #nfc}), so that decomposed accents fold like precomposed ones.
 */
public final class FoldingAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(new ASCIIFoldingFilter(tokenizer));
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(in));
    }

    /** The text in Unicode normalisation form C (precomposed), or the empty string for {@code null}. */
    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Folds one character as the analyzer does (diacritics dropped, đ to d, lower case); characters that
     * fold to more than one letter keep their first. Used to find matches in stored text for snippets,
     * with positions that stay those of the original text.
     */
    public static char foldChar(char c) {
        char[] in = {c};
        char[] out = new char[4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
        return Character.toLowerCase(n > 0 ? out[0] : c);
    }
}
