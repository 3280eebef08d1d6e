package org.directivegraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the DirectiveGraph ontology ({@code ontology/*.ttl}), namespace {@value #NS}.
 * Each constant's Javadoc is the term's {@code rdfs:comment}; {@code DGTests} checks that
 * this class and the ontology list the same terms.
 */
public final class DG {

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/directivegraph/ontology#";

    /** The ontology IRI. */
    public static final String ONTOLOGY = "https://w3id.org/directivegraph/ontology";

    private DG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    /** An abbreviation by which the body or concept is written in symbols or text ('TTg', 'UBND', 'PNV'). */
    public static final Property abbreviation = property("abbreviation");

    /** What must be done, in the words of the text ('Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2023'). */
    public static final Property action = property("action");

    /** The body the obligation is owed to (the one that receives the report or file). */
    public static final Property addressee = property("addressee");

    /** The addressee as the text names it ('UBND huyện'). */
    public static final Property addresseeText = property("addresseeText");

    /** A unit of the state territory with an official code: the country, a province or centrally governed city, a district-level unit (until 1 July 2025), or a commune, ward or township. */
    public static final Resource AdministrativeUnit = resource("AdministrativeUnit");

    /** The task carries out an upstream task of a document its plan implements. */
    public static final Property alignedTo = property("alignedTo");

    /** The document names the other document as its legal or policy basis ('Căn cứ …'). */
    public static final Property basedOn = property("basedOn");

    /** A body that must fulfil the obligation. */
    public static final Property bearer = property("bearer");

    /** The bearer as the text names it. */
    public static final Property bearerText = property("bearerText");

    /** An organisation that issues, carries out or receives documents: a People's Committee, a Party committee or board, the Fatherland Front, a specialised office, a ministry, the Government. */
    public static final Resource Body = resource("Body");

    /** The ASCII key of the body within its unit, used in identifiers ('ubnd', 'ttg', 'bct', 'pnv'). */
    public static final Property bodyKey = property("bodyKey");

    /** The kind of body (vocab/body-kind), e.g. People's Committee, Party standing committee, specialised office. */
    public static final Property bodyKind = property("bodyKind");

    /** The body as the text names it ('Văn phòng UBND phường', 'Phòng Nội vụ'). */
    public static final Property bodyText = property("bodyText");

    /** The length of the source text in Unicode code points. */
    public static final Property characterCount = property("characterCount");

    /** One mention of a document in the text of another, with its role (implements, is based on, cites), the text as written and its evidence. */
    public static final Resource Citation = resource("Citation");

    /** Links a document to one of the citations in its text. */
    public static final Property citation = property("citation");

    /** What the citing document does with the cited one (vocab/citation-role: implements, based-on, cites). */
    public static final Property citationRole = property("citationRole");

    /** The citation as written in the source, whitespace collapsed, e.g. 'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ'. */
    public static final Property citationText = property("citationText");

    /** The document a citation refers to (possibly an unresolved document). */
    public static final Property citedDocument = property("citedDocument");

    /** The document mentions another document anywhere in its text. */
    public static final Property cites = property("cites");

    /** How a result is compared with the target (vocab/comparator: at least — 'trở lên', 'ít nhất'; at most; exactly). */
    public static final Property comparator = property("comparator");

    /** A task of the plan that the responsibility concerns. */
    public static final Property concernsTask = property("concernsTask");

    /** How sure the link is, from 0 (a guess) to 1 (stated in the text). */
    public static final Property confidence = property("confidence");

    /** The place-and-date line or date phrase exactly as printed, blanks included, e.g. 'Thái Học, ngày    tháng 02 năm 2022'. */
    public static final Property dateAsPrinted = property("dateAsPrinted");

    /** The date the document bears, when day, month and year are all given. */
    public static final Property dateIssued = property("dateIssued");

    /** How the deadline is put (vocab/deadline-kind: before, no later than, within a period). */
    public static final Property deadlineKind = property("deadlineKind");

    /** An official document issued by one or more bodies: a directive, decision, plan, programme, law, decree, report, official letter and so on. Its kind is given by dg:documentType. */
    public static final Resource Document = resource("Document");

    /** The number part of the number and symbol, as printed ('10', '04/2015'). Absent when the number is left blank or not given. */
    public static final Property documentNumber = property("documentNumber");

    /** The kind of the document, a concept of the document-type scheme (vocab/doc-type), e.g. Kế hoạch (KH) or Chỉ thị (CT). */
    public static final Property documentType = property("documentType");

    /** The date by which the obligation must be fulfilled. */
    public static final Property dueDate = property("dueDate");

    /** The month or year within which the obligation must be fulfilled ('trong tháng 10/2023'). */
    public static final Property duePeriod = property("duePeriod");

    /** What the body must do, in the words of the text. */
    public static final Property duty = property("duty");

    /** The date from which a replacement or a succession takes effect. */
    public static final Property effectiveDate = property("effectiveDate");

    /** The offset just after the last code point of the span. */
    public static final Property endOffset = property("endOffset");

    /** A span of source text the fact (or, with dg:supportsProperty, one property value of it) was read from. */
    public static final Property evidence = property("evidence");

    /** The text of the span exactly as in the source, line breaks included. */
    public static final Property exactText = property("exactText");

    /** The name of the file the source text came from. */
    public static final Property fileName = property("fileName");

    /** The first snapshot date of the official list in which this version appears; a bound for validity, not a legal effective date. */
    public static final Property firstListed = property("firstListed");

    /** The earlier unit in a succession statement. */
    public static final Property fromUnit = property("fromUnit");

    /** A document (typically a report) that fulfils the obligation. */
    public static final Property fulfilledBy = property("fulfilledBy");

    /** The heading of a section as written, without its number. */
    public static final Property heading = property("heading");

    /** The document is issued to carry out the other document ('Thực hiện …', 'Triển khai thực hiện …' in the opening or the first purpose). Every implements link is also a citation. */
    public static final Property implements_ = property("implements");

    /** A measurable target of a plan: text, target value, unit, comparator, population and period. */
    public static final Resource Indicator = resource("Indicator");

    /** Links a document to one of its indicators. */
    public static final Property indicator = property("indicator");

    /** A value reported against an indicator, with its date and the report it comes from. */
    public static final Resource IndicatorResult = resource("IndicatorResult");

    /** The indicator as written. */
    public static final Property indicatorText = property("indicatorText");

    /** The number of findings of severity sh:Info in the validation record. */
    public static final Property infoCount = property("infoCount");

    /** The date the document enters into force, where a source states it. */
    public static final Property inForceFrom = property("inForceFrom");

    /** The section a task or indicator belongs to. */
    public static final Property inSection = property("inSection");

    /** The source text a span is part of. */
    public static final Property inSource = property("inSource");

    /** The body through which it is sent ('qua Phòng Nội vụ'). */
    public static final Property intermediary = property("intermediary");

    /** The intermediary as the text names it. */
    public static final Property intermediaryText = property("intermediaryText");

    /** The year the document bears, given whenever the year is known, also when day or month are left blank. For a legal-normative document it is the year in its number ('04/2015/NĐ-CP'). */
    public static final Property issuedYear = property("issuedYear");

    /** The month and year the document bears, given whenever the month is known, also when the day is left blank. */
    public static final Property issuedYearMonth = property("issuedYearMonth");

    /** A body that issued the document. A joint document ('30-CTr/BDVHU-UBND') has several issuers. */
    public static final Property issuer = property("issuer");

    /** A source's statement of who issued a document. Kept when sources disagree (e.g. Quyết định 23-QĐ/TW attributed to the Politburo by one plan and to the Central Committee by another) instead of choosing one silently. */
    public static final Resource IssuerStatement = resource("IssuerStatement");

    /** Links a document to a statement of who issued it. */
    public static final Property issuerStatement = property("issuerStatement");

    /** The issuer's name as the text writes it, e.g. 'UBND phường Lãm Hà'. */
    public static final Property issuerText = property("issuerText");

    /** The administrative unit whose body issued the document (the country for Central documents). */
    public static final Property issuingUnit = property("issuingUnit");

    /** A Vietnamese phrase whose presence in a task marks it with this theme or role. Data, so an analyst can change it without a build. */
    public static final Property keyword = property("keyword");

    /** The last snapshot date of the official list in which this version appears; a bound for validity, not a legal effective date. */
    public static final Property lastListed = property("lastListed");

    /** The level of government (vocab/level: Central, province, district, commune) of an administrative unit, a body, or a document's issuer. */
    public static final Property level = property("level");

    /** The unit of the target value as written ('%', 'cuộc', 'người'). */
    public static final Property measureUnit = property("measureUnit");

    /** Whether the whole earlier unit or part of it went into the new one (vocab/merge-type: full, partial). */
    public static final Property mergeType = property("mergeType");

    /** How a link or value was obtained ('stated', 'theme', 'hand', 'extractor 0.1'). */
    public static final Property method = property("method");

    /** The full name of a unit or a unit version, with its type word ('Xã Thái Học', 'Thành phố Hải Phòng'). */
    public static final Property name = property("name");

    /** The first date on which the document is no longer in force (for example because a replacing document entered into force), where a source states it. */
    public static final Property noLongerInForce = property("noLongerInForce");

    /** The number and symbol as printed, spaces normalised, e.g. '10/KH-UBND', '23-QĐ/TW' or '04/2015/NĐ-CP'. A blank number keeps the symbol only ('/KH-UBND'). */
    public static final Property numberAndSymbol = property("numberAndSymbol");

    /** Something a body must do by a date or periodically, usually reporting or sending something to another body: bearer, action, recipient, intermediary, due date or recurrence. */
    public static final Resource Obligation = resource("Obligation");

    /** Links a document to an obligation it imposes. */
    public static final Property obligation = property("obligation");

    /** The kind of obligation (vocab/obligation-kind: report, submit a plan, submit files, evaluate). */
    public static final Property obligationKind = property("obligationKind");

    /** The official code of the General Statistics Office (2 digits for a province, 3 for a district, 5 for a commune; 'VN' for the country). The two-tier structure of 1 July 2025 reuses codes, so a code is unique only within one list. */
    public static final Property officialCode = property("officialCode");

    /** The body on whose behalf the signer signs (the body after 'TM.'). */
    public static final Property onBehalfOf = property("onBehalfOf");

    /** The label that numbers a section, task or item as written ('II', '2', 'a', '2.1'). */
    public static final Property ordinal = property("ordinal");

    /** The unit directly above, for a unit version (or, on the unit, its latest parent). */
    public static final Property parentUnit = property("parentUnit");

    /** The period a plan or indicator is for, as a year (xsd:gYear) or as written ('2021 - 2026'). */
    public static final Property period = property("period");

    /** The place name printed before the date ('Lãm Hà', 'Huyện Dương Minh Châu'). */
    public static final Property placeOfIssue = property("placeOfIssue");

    /** A document that says how its issuer will carry out upstream documents: its purposes, tasks, organisation of implementation, indicators and obligations. Plans (Kế hoạch) and programmes (Chương trình) are plans. */
    public static final Resource Plan = resource("Plan");

    /** Whom or what the indicator counts ('cán bộ, công chức, viên chức'). */
    public static final Property population = property("population");

    /** The 1-based position of a part among its siblings, for ordering. */
    public static final Property position = property("position");

    /** A unit this unit was formed from, in whole or in part. */
    public static final Property predecessor = property("predecessor");

    /** One addressee of a document as listed under Nơi nhận, with the purpose it receives the document for. */
    public static final Resource Recipient = resource("Recipient");

    /** One line of the recipients list (Nơi nhận). */
    public static final Property recipient = property("recipient");

    /** The body the recipient line names, where it could be resolved. */
    public static final Property recipientBody = property("recipientBody");

    /** Why the recipient gets the document (vocab/recipient-purpose): to be reported to ('để b/c'), to coordinate ('p/hợp'), to know, to carry out, to archive ('Lưu'). */
    public static final Property recipientPurpose = property("recipientPurpose");

    /** The addressee as written on its line, without the bullet, the trailing punctuation and the purpose note. */
    public static final Property recipientText = property("recipientText");

    /** How often a recurring obligation falls due (vocab/recurrence: monthly, quarterly, six-monthly, nine-monthly, yearly, year-end, as it occurs, periodic). */
    public static final Property recurrence = property("recurrence");

    /** The document is replaced by the other one. */
    public static final Property replacedBy = property("replacedBy");

    /** A statement that one document replaces another from a date, with the source that states it. */
    public static final Resource Replacement = resource("Replacement");

    /** Links a replaced document to the statement of its replacement. */
    public static final Property replacement = property("replacement");

    /** The document replaces the other one, which is no longer in force from the replacing document's entry into force. */
    public static final Property replaces = property("replaces");

    /** The document that replaces, in a replacement statement. */
    public static final Property replacingDocument = property("replacingDocument");

    /** The document (a report) the result comes from. */
    public static final Property reportedIn = property("reportedIn");

    /** What one body must do under the plan, in which role (lead, coordinate, advise, implement, monitor, inspect), and which tasks it concerns. */
    public static final Resource Responsibility = resource("Responsibility");

    /** Links a document to one of the responsibilities it assigns. */
    public static final Property responsibility = property("responsibility");

    /** The body that bears the responsibility, where resolved. */
    public static final Property responsibleBody = property("responsibleBody");

    /** Links an indicator to a reported result. */
    public static final Property result = property("result");

    /** The date the result refers to. */
    public static final Property resultDate = property("resultDate");

    /** The property path of a finding whose path is not a single property, in SPARQL property path syntax; a single property is given by sh:resultPath. */
    public static final Property resultPathText = property("resultPathText");

    /** The value reached. */
    public static final Property resultValue = property("resultValue");

    /** The role of a body in a responsibility (vocab/role). */
    public static final Property role = property("role");

    /** A numbered part of a document ('I. MỤC ĐÍCH, YÊU CẦU', 'III. TỔ CHỨC THỰC HIỆN') with its kind. */
    public static final Resource Section = resource("Section");

    /** Links a document to one of its sections. */
    public static final Property section = property("section");

    /** What a section is for (vocab/section-kind: purposes and requirements, contents or tasks, indicators, organisation of implementation). */
    public static final Property sectionKind = property("sectionKind");

    /** The SHA-256 hash (lower-case hex) of the source text encoded as UTF-8. */
    public static final Property sha256 = property("sha256");

    /** The version of the shapes the document was validated against: the SHA-256 (lower-case hex) of the shape files, so that a record made with other shapes can be told apart. */
    public static final Property shapesVersion = property("shapesVersion");

    /** The signature block: who signed, in which position, and in which capacity (TM., KT., TL., TUQ., Q.) on behalf of which body. */
    public static final Resource Signature = resource("Signature");

    /** The signature block of the document. */
    public static final Property signature = property("signature");

    /** The signer's name as printed. */
    public static final Property signerName = property("signerName");

    /** The signer's position as printed on the last line of the block ('CHỦ TỊCH', 'PHÓ CHỦ TỊCH'). */
    public static final Property signerPosition = property("signerPosition");

    /** A capacity of the signature (vocab/capacity): TM. on behalf of a collective, KT. signing for the head, TL., TUQ., Q. A block can carry several ('TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH'). */
    public static final Property signingCapacity = property("signingCapacity");

    /** The plain text a document was read from (the file's text after format conversion), identified by its SHA-256 hash. Offsets of text spans count Unicode code points in this text. */
    public static final Resource SourceText = resource("SourceText");

    /** Links a document to the source text it was extracted from. */
    public static final Property sourceText = property("sourceText");

    /** The offset of the first code point of the span in its source text, from 0. */
    public static final Property startOffset = property("startOffset");

    /** The date a citation gives for the cited document. */
    public static final Property statedDate = property("statedDate");

    /** The document whose text makes the statement. */
    public static final Property statedIn = property("statedIn");

    /** The body a source says issued the document. */
    public static final Property statedIssuer = property("statedIssuer");

    /** The issuer a citation names, as written ('Bộ Chính trị'), which may differ between sources. */
    public static final Property statedIssuerText = property("statedIssuerText");

    /** What the document is about, as a citation or the title states it ('về tiếp tục tăng cường và đổi mới công tác dân vận …'). */
    public static final Property subject = property("subject");

    /** The task this task is part of. */
    public static final Property subTaskOf = property("subTaskOf");

    /** A statement that a unit was formed from (the whole or part of) an earlier unit, with its source. */
    public static final Resource Succession = resource("Succession");

    /** Links a unit to a statement of what it was formed from. */
    public static final Property succession = property("succession");

    /** A unit formed from the whole or part of this unit. */
    public static final Property successor = property("successor");

    /** The property of the subject whose value this span supports, when the span is evidence for one value (number, date, title) rather than for the whole fact. */
    public static final Property supportsProperty = property("supportsProperty");

    /** The symbol part of the number and symbol: type and issuer abbreviations, e.g. 'KH-UBND', 'QĐ/TW', 'NĐ-CP', 'CTr/BDVHU-UBND'. */
    public static final Property symbol = property("symbol");

    /** The number to reach ('100' in '100% cán bộ'). */
    public static final Property targetValue = property("targetValue");

    /** A numbered content or task of a plan, possibly with sub-tasks. */
    public static final Resource Task = resource("Task");

    /** Links a document to one of its tasks (top-level or sub-task). */
    public static final Property task = property("task");

    /** A qualified link from a task to an upstream task, with how it was found and how confident it is. */
    public static final Resource TaskAlignment = resource("TaskAlignment");

    /** Links a task to a qualified alignment with an upstream task. */
    public static final Property taskAlignment = property("taskAlignment");

    /** A contiguous span of a source text that supports a fact: start and end offsets (code points, end exclusive) and the exact text. */
    public static final Resource TextSpan = resource("TextSpan");

    /** A theme of the work a task or document concerns (vocab/theme). */
    public static final Property theme = property("theme");

    /** The title (trích yếu) of a document, or the heading of a task or section, as written. */
    public static final Property title = property("title");

    /** The administrative unit the body belongs to (the country for Central bodies). */
    public static final Property unit = property("unit");

    /** A unit the body may belong to when its name alone is ambiguous (several communes share it) and the context did not settle it. Reported, never chosen silently. */
    public static final Property unitCandidate = property("unitCandidate");

    /** The kind of unit (vocab/unit-type: tỉnh, thành phố trực thuộc TW, quận, huyện, thị xã, thành phố, phường, xã, thị trấn, đặc khu). */
    public static final Property unitType = property("unitType");

    /** A name, type and parent that a unit had over a period, as listed in the official snapshots. */
    public static final Resource UnitVersion = resource("UnitVersion");

    /** A document cited without enough detail to identify it (no number and no date, e.g. 'Chỉ thị của Ban Thường vụ Tỉnh ủy'). It keeps the citation text so that nothing said in the source is lost. */
    public static final Resource UnresolvedDocument = resource("UnresolvedDocument");

    /** The upstream task of an alignment. */
    public static final Property upstreamTask = property("upstreamTask");

    /** The SHACL validation report of a document as of its ingest: the version of the shapes it was checked against, whether it conforms (sh:conforms), its number of findings by severity and one sh:result per finding. It is stored in the document's own graph, written with it in one transaction, and holds no time, so the same document ingested into the same store gives the same record. */
    public static final Resource ValidationRecord = resource("ValidationRecord");

    /** Links an ingested document to the record of the validation it passed when it was stored. */
    public static final Property validationRecord = property("validationRecord");

    /** The first day a unit or version is known to be valid. */
    public static final Property validFrom = property("validFrom");

    /** The last day a unit or version is known to be valid. */
    public static final Property validUntil = property("validUntil");

    /** Links a unit to one of its versions (name, type and parent over a period). */
    public static final Property version = property("version");

    /** The number of findings of severity sh:Violation in the validation record. */
    public static final Property violationCount = property("violationCount");

    /** The number of findings of severity sh:Warning in the validation record. */
    public static final Property warningCount = property("warningCount");
}
