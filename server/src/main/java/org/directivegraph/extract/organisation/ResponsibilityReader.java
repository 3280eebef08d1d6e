package org.directivegraph.extract.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.directivegraph.evaluate.FactKeys;
import org.directivegraph.extract.DocumentText;
import org.directivegraph.extract.Span;
import org.directivegraph.extract.structure.DocumentStructure;
import org.directivegraph.extract.structure.Item;
import org.directivegraph.extract.structure.Section;
import org.directivegraph.store.PackagedData;
import org.directivegraph.vocab.DG;
import org.directivegraph.vocab.Vocab;

/**
 * Reads responsibilities from the organisation sections (Tổ chức thực hiện): each numbered or lettered item
 * names the body it is about at its start ("1. Văn phòng UBND phường", "a) Phòng Nội vụ", "2. Giao Văn phòng
 * UBND chủ trì …", "3. Đề nghị khối Dân vận của xã Phối hợp …"), possibly several ("MTTQ, các ngành đoàn thể,
 * các thôn Căn cứ …"); a bullet "- Bộ phận X: …" names a body of its own. The roles are the role keywords of
 * vocab/role (data) found in what the body is told to do.
 */
public final class ResponsibilityReader {

    /** Words a body's name starts with. */
    private static final Pattern HEAD = Pattern.compile(
            "(?iu)^(các |ủy ban|uỷ ban|ubnd|mttq|ủy ban mặt trận|phòng |ban |văn phòng|công an|thanh tra|đài |bộ phận|"
                    + "công chức|thủ trưởng|chủ tịch|giám đốc|hội |đoàn |khối |trung tâm|sở |cán bộ|trạm |hđnd|đảng ủy|chi bộ)");
    /** Where a body's name ends: the first word of what it is told to do. */
    private static final Pattern END = Pattern.compile(
            "(?u)(:|\\s(?:[Ll]à|[Cc]ăn cứ|[Pp]hối hợp|[Cc]hủ trì|có trách nhiệm|chịu trách nhiệm|[Cc]hủ động|"
                    + "[Tt]heo dõi|[Xx]ây dựng|[Tt]ham mưu|[Tt]hực hiện|[Tt]riển khai|[Tt]ổ chức|[Hh]ướng dẫn|[Kk]iểm tra|"
                    + "[Tt]ăng cường|[Nn]âng cao|[Đđ]ẩy mạnh|[Tt]iếp tục)\\b)");
    private static final Pattern LEAD_WORDS = Pattern.compile("(?iu)^(giao|đề nghị|yêu cầu|trách nhiệm của)\\s+");
    private static final Pattern BULLET_BODY = Pattern.compile("(?m)^[ \\t]*[-+•][ \\t]+([^:\\n]{3,80}):");

    /** Role code -> its keywords, folded and between spaces, ready to look for in folded duties. */
    private final Map<String, List<String>> roleKeywords;

    /** A reader with the role keywords of the packaged vocabulary. */
    public ResponsibilityReader() {
        this(packagedRoleKeywords());
    }

    /** A reader with these role keywords (role code -> words). */
    public ResponsibilityReader(Map<String, List<String>> roleKeywords) {
        Map<String, List<String>> folded = new LinkedHashMap<>();
        roleKeywords.forEach((role, words) -> folded.put(role, words.stream().map(w -> " " + FactKeys.fold(w) + " ").toList()));
        this.roleKeywords = folded;
    }

    /** The role keywords of vocab/role. */
    public static Map<String, List<String>> packagedRoleKeywords() {
        Model m = ModelFactory.createModelForGraph(PackagedData.graph("ontology/vocab/role.ttl"));
        Map<String, List<String>> map = new LinkedHashMap<>();
        String prefix = Vocab.BASE + Vocab.ROLE + "/";
        m.listSubjectsWithProperty(SKOS.inScheme).forEachRemaining(c -> {
            if (c.getURI().startsWith(prefix)) {
                List<String> words = new ArrayList<>();
                c.listProperties(DG.keyword).forEachRemaining(st -> words.add(st.getString()));
                map.put(c.getURI().substring(prefix.length()), words);
            }
        });
        return map;
    }

    /** The responsibilities of the document, in text order. */
    public List<Responsibility> read(DocumentText text, DocumentStructure structure) {
        List<Responsibility> out = new ArrayList<>();
        for (Section section : structure.sections()) {
            if (!section.kind().equals("organisation")) {
                continue;
            }
            for (Item item : structure.itemsOf(section)) {
                read(text, item, out);
            }
        }
        return out;
    }

    private void read(DocumentText text, Item item, List<Responsibility> out) {
        String itemText = item.span().text();
        // bullets that name a body of their own ("- Bộ phận Văn hóa - Xã hội …: Chủ động …")
        List<int[]> bulletRanges = new ArrayList<>();
        Matcher b = BULLET_BODY.matcher(itemText);
        List<Responsibility> bulletBodies = new ArrayList<>();
        while (b.find()) {
            String name = collapse(b.group(1));
            if (!HEAD.matcher(name).find() || END.matcher(name).find()) {
                continue;
            }
            int lineEnd = itemText.indexOf('\n', b.end());
            int end = lineEnd < 0 ? itemText.length() : lineEnd;
            String duty = collapse(itemText.substring(b.end(), end));
            bulletRanges.add(new int[] {b.start(), end});
            Span span = text.span(item.span().start() + b.start(), item.span().start() + end);
            bulletBodies.add(new Responsibility(name, roles(duty), List.of(duty), span));
        }
        String own = withoutRanges(itemText, bulletRanges);
        String head = collapse(own).replaceFirst("^\\S+[.)]\\s*", "");
        head = LEAD_WORDS.matcher(head).replaceFirst("");
        String names;
        String firstLine = own.strip().split("\n", 2)[0];
        String rest = own.strip().contains("\n") ? own.strip().split("\n", 2)[1].strip() : "";
        if (!rest.isEmpty() && "-+•".indexOf(rest.charAt(0)) >= 0) {
            // a heading line naming the body, its duties as bullets below
            names = LEAD_WORDS.matcher(collapse(firstLine).replaceFirst("^\\S+[.)]\\s*", "")).replaceFirst("");
            Matcher inHeading = END.matcher(names);
            if (inHeading.find()) {
                names = names.substring(0, inHeading.start());
            }
        } else {
            Matcher end = END.matcher(head);
            names = end.find() ? head.substring(0, end.start()) : "";
        }
        names = names.strip();
        if (names.isEmpty() || names.length() > 80 || !HEAD.matcher(names).find()) {
            // "Trên cơ sở …, căn cứ …, Thủ trưởng các phòng …, Chủ tịch UBND các xã … có trách nhiệm:"
            List<String> named = bodiesBeforeDutyMarker(head);
            if (!named.isEmpty()) {
                Matcher marker = DUTY_MARKER.matcher(head);
                String duties = marker.find() ? head.substring(marker.end()).replaceFirst("^[:\\s-]+", "") : head;
                List<String> roles = roles(duties);
                for (String body : named) {
                    out.add(new Responsibility(body, roles, splitDuties(duties), item.span()));
                }
                out.addAll(bulletBodies);
                return;
            }
        }
        if (!names.isEmpty() && names.length() <= 80 && HEAD.matcher(names).find()) {
            List<String> bodies = split(names);
            int at = head.indexOf(names);
            String duties = (at < 0 ? head : head.substring(at + names.length())).replaceFirst("^[:\\s-]+", "");
            List<String> dutyList = splitDuties(duties);
            List<String> roles = roles(duties);
            for (String body : bodies) {
                out.add(new Responsibility(body, roles, dutyList, item.span()));
            }
        }
        out.addAll(bulletBodies);
    }

    /**
     * Whether a phrase reads as the name of a body or an office holder ("Trách nhiệm của" removed): it starts
     * with one of their head words ("Ủy ban nhân dân …", "Phòng …", "Các ban, ngành …"), unlike a topic
     * heading such as "Chế độ báo cáo" or "Kinh phí thực hiện".
     */
    static boolean looksLikeBody(String phrase) {
        String p = LEAD_WORDS.matcher(phrase.strip()).replaceFirst("");
        return HEAD.matcher(p).find() || HOLDER_OR_BODY.matcher(p).find();
    }

    /** Whether a phrase is only a body's name: it reads as one and holds none of the words that start a duty. */
    static boolean isBodyName(String phrase) {
        String p = LEAD_WORDS.matcher(phrase.strip()).replaceFirst("");
        return looksLikeBody(p) && !END.matcher(p).find() && !NOT_A_BODY.matcher(p).find();
    }

    /**
     * {@code text} without the ranges, which are in order and do not overlap (successive matches): one pass, so
     * that an item of thousands of bullets costs its length, not its length times the bullets.
     */
    private static String withoutRanges(String text, List<int[]> ranges) {
        if (ranges.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int[] r : ranges) {
            out.append(text, from, r[0]);
            from = r[1];
        }
        return out.append(text, from, text.length()).toString();
    }

    private static final Pattern DUTY_MARKER = Pattern.compile("(?u)\\s(có|chịu) trách nhiệm\\b");
    private static final Pattern NOT_A_BODY = Pattern.compile("(?iu)(được|căn cứ|trên cơ sở|kế hoạch|nội dung|nhiệm vụ)");
    private static final Pattern HOLDER_OR_BODY = Pattern.compile(
            "(?u)^(Thủ trưởng|Chủ tịch|Giám đốc|Trưởng|Ủy ban|Uỷ ban|UBND|Phòng|Ban |Văn phòng|Công an|Thanh tra|Đài |Trung tâm|Sở )");

    /**
     * The bodies named just before "có trách nhiệm" / "chịu trách nhiệm" in the item's first sentence: the
     * comma-separated segments back to the first one that is not a body (a clause with "được", "căn cứ" …);
     * a new body starts only at an office holder or a body's head word ("…, Chủ tịch UBND các xã …"), so a
     * group like "các ban, ngành, cán bộ, công chức" stays one.
     */
    static List<String> bodiesBeforeDutyMarker(String head) {
        Matcher m = DUTY_MARKER.matcher(head);
        if (!m.find()) {
            return List.of();
        }
        String before = head.substring(0, m.start());
        int dot = before.lastIndexOf(". ");
        if (dot >= 0) {
            before = before.substring(dot + 2);
        }
        String[] segments = before.split(",\\s+");
        int first = segments.length;
        for (int i = segments.length - 1; i >= 0; i--) {
            if (NOT_A_BODY.matcher(segments[i]).find()) {
                break;
            }
            first = i;
        }
        if (first == segments.length || !HEAD.matcher(segments[first].strip()).find()) {
            return List.of();
        }
        List<String> bodies = new ArrayList<>();
        StringBuilder current = new StringBuilder(segments[first].strip());
        for (int i = first + 1; i < segments.length; i++) {
            String seg = segments[i].strip();
            if (HOLDER_OR_BODY.matcher(seg).find()) {
                bodies.add(current.toString());
                current = new StringBuilder(seg);
            } else {
                current.append(", ").append(seg);
            }
        }
        bodies.add(current.toString().replaceFirst("\\s+trên địa bàn\\s+\\S+$", ""));
        return bodies;
    }

    /** "MTTQ, các ngành đoàn thể, các thôn" -> three bodies, but only when every part reads as a body. */
    static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        for (String group : names.split(";\\s*")) {
            String protectedNames = group.replace("HĐND và UBND", "HĐND\u0000UBND");
            List<String> parts = new ArrayList<>();
            boolean all = true;
            for (String p : protectedNames.split(",\\s+|\\s+và\\s+")) {
                String s = p.replace("\u0000", " và ").strip();
                all &= HEAD.matcher(s).find() || s.equals("MTTQ");
                parts.add(s);
            }
            if (all) {
                out.addAll(parts);
            } else {
                out.add(group.strip());
            }
        }
        return out;
    }

    private static List<String> splitDuties(String duties) {
        List<String> out = new ArrayList<>();
        for (String d : duties.split("\\s+-\\s+|(?<=[.;])\\s+")) {
            String s = d.strip();
            if (s.length() > 3) {
                out.add(s);
            }
        }
        return out;
    }

    private List<String> roles(String duties) {
        String folded = " " + FactKeys.fold(duties) + " ";
        List<String> roles = new ArrayList<>();
        roleKeywords.forEach((role, words) -> {
            if (words.stream().anyMatch(folded::contains)) {
                roles.add(role);
            }
        });
        // a body named in the organisation section is told to carry something out
        if (!roles.contains("implement")) {
            roles.add("implement");
        }
        return roles;
    }

    private static String collapse(String s) {
        return s.replace("*", "").replaceAll("\\s+", " ").strip();
    }
}
