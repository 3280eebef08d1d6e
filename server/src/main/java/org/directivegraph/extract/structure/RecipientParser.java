package org.directivegraph.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.directivegraph.extract.DocumentText;

/**
 * Reads the recipients list under "Nơi nhận:" ("*Nơi nhận:", "***Nơi nhận:***"): one recipient per "- …"
 * line, or per line without a dash that follows in the list; a line wrapped mid-name is joined to the
 * previous one. The list stops at the signature block, even when the block stands beside it on the same
 * lines ({@link TailLayout}). The purpose note of a line ("(B/cáo)", "(P/hợp)", "để biết") gives its
 * purpose by the keywords of vocab/recipient-purpose; "Lưu …" is the archive copy.
 */
public final class RecipientParser {

    private static final Pattern TRAILING_NOTE = Pattern.compile("\\(([^()]{1,40})\\)\\h*+[;.,]?+\\h*+$");
    private static final Pattern DE_NOTE = Pattern.compile("(?iu)(?<=\\S)\\h++(?:[-–]\\h*+)?+(để\\h++[\\p{L}/]++(?:\\h++[\\p{L}/]++){0,3}+)\\h*+[;.,]?+\\h*+$");

    private final KeywordVocabulary purposes;

    /** A parser with the given recipient-purpose vocabulary. */
    public RecipientParser(KeywordVocabulary purposes) {
        this.purposes = purposes;
    }

    /** Reads the recipients of a document with the packaged vocabulary. */
    public static List<Recipient> parse(DocumentText document) {
        return new RecipientParser(KeywordVocabulary.packaged("recipient-purpose")).read(NormalizedText.of(document));
    }

    /** Reads the recipients of a normalised text. */
    public List<Recipient> read(NormalizedText normalized) {
        String text = normalized.text();
        TailLayout tail = TailLayout.of(text, Lines.of(text));
        List<List<TailLayout.Fragment>> groups = new ArrayList<>();
        for (TailLayout.Fragment f : tail.fragments()) {
            switch (f.kind()) {
                case RECIPIENT -> groups.add(new ArrayList<>(List.of(f)));
                case CONTINUATION, NOTE -> {
                    if (!groups.isEmpty()) {
                        groups.get(groups.size() - 1).add(f);
                    }
                }
                default -> {
                }
            }
        }
        List<Recipient> out = new ArrayList<>();
        for (List<TailLayout.Fragment> group : groups) {
            Recipient r = recipient(normalized, group, out.size() + 1);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private Recipient recipient(NormalizedText normalized, List<TailLayout.Fragment> group, int position) {
        StringBuilder joined = new StringBuilder();
        for (TailLayout.Fragment f : group) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(f.words());
        }
        String words = joined.toString();
        words = words.substring(ItemTitles.bulletEnd(words)).strip();
        String note = null;
        Matcher m = TRAILING_NOTE.matcher(words);
        if (m.find()) {
            note = "(" + m.group(1).strip() + ")";
            words = words.substring(0, m.start());
        } else {
            Matcher d = DE_NOTE.matcher(words);
            if (d.find() && d.start() > 0) {
                note = d.group(1).strip();
                words = words.substring(0, d.start());
            }
        }
        String recipientText = stripEnd(VietText.collapse(words));
        if (recipientText.isEmpty()) {
            return null;
        }
        String purpose = null;
        if (VietText.keyOfStart(recipientText, 10).startsWith("lưu")) {
            purpose = "archive";
        } else if (note != null) {
            purpose = purposes.classify(note).orElse(null);
        }
        TailLayout.Fragment first = group.get(0);
        TailLayout.Fragment last = group.get(group.size() - 1);
        return new Recipient(recipientText, note, purpose, position, normalized.trimmedSpan(first.start(), last.end()));
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && " ;.,/".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }
}
