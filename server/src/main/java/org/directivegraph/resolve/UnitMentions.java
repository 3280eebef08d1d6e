package org.directivegraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the units a text names with their type word: "huyện Bình Giang", "UBND quận Kiến An" (-> "quận Kiến
 * An"), "tỉnh Tây Ninh", "thành phố Thanh Hóa", "TP. Hải Phòng" (-> "thành phố Hải Phòng"), "HUYỆN DƯƠNG MINH
 * CHÂU". The name is the run of capitalised words after the type word; since a sentence may go on with a
 * capitalised word ("… huyện Bình Giang Về …"), every leading part of the run is given too ("huyện Bình",
 * "huyện Bình Giang", "huyện Bình Giang Về"), to be matched against real unit names by the caller.
 */
public final class UnitMentions {

    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{M}])((?iu:thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường)|TP\\.?)"
                    + "\\s+((?:[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}]*)(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}]*){0,4})");

    private UnitMentions() {
    }

    /** The unit names of {@code text}, each with every leading part of its name, in order of first occurrence. */
    public static List<String> in(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ");
        Set<String> out = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(t);
        while (m.find()) {
            String word = m.group(1).toUpperCase(java.util.Locale.ROOT).startsWith("TP") ? "thành phố" : m.group(1);
            String[] names = m.group(2).split(" ");
            StringBuilder name = new StringBuilder();
            for (String n : names) {
                name.append(' ').append(n);
                out.add(word + name);
            }
        }
        return new ArrayList<>(out);
    }
}
