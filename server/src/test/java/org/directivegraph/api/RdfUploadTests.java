package org.directivegraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploaded RDF is parsed in the syntax named, errors say where, and hostile documents load nothing from outside. */
class RdfUploadTests {

    static RdfUpload.Parsed parse(String text, Lang lang) {
        return RdfUpload.parse(text.getBytes(StandardCharsets.UTF_8), lang);
    }

    @Test
    void syntaxesByContentTypeAndFileName() {
        assertThat(RdfUpload.byContentType("text/turtle; charset=UTF-8")).contains(Lang.TURTLE);
        assertThat(RdfUpload.byContentType("application/ld+json")).contains(Lang.JSONLD);
        assertThat(RdfUpload.byContentType("application/rdf+xml")).contains(Lang.RDFXML);
        assertThat(RdfUpload.byContentType("application/n-quads")).contains(Lang.NQUADS);
        assertThat(RdfUpload.byContentType("text/plain")).isEmpty();
        assertThat(RdfUpload.byContentType("application/rdf+thrift")).as("binary syntaxes are not accepted").isEmpty();
        assertThat(RdfUpload.byContentType(null)).isEmpty();
        assertThat(RdfUpload.byFileName("plan.TTL")).contains(Lang.TURTLE);
        assertThat(RdfUpload.byFileName("plan.trig")).contains(Lang.TRIG);
        assertThat(RdfUpload.byFileName("plan.docx")).isEmpty();
        assertThat(RdfUpload.acceptedContentTypes()).contains("text/turtle", "application/ld+json", "application/rdf+xml", "application/trig");
    }

    @Test
    void quadsAreMergedIntoOneGraphAndRelativeIrisResolveAgainstTheIdBase() {
        RdfUpload.Parsed p = parse("<doc/a> <http://ex/p> 1 . <http://ex/g> { <doc/b> <http://ex/p> 2 . }", Lang.TRIG);
        assertThat(p.graph().size()).isEqualTo(2);
        assertThat(p.graph().find().toList()).extracting(Triple::getSubject).extracting(Object::toString)
                .contains("https://w3id.org/directivegraph/id/doc/a", "https://w3id.org/directivegraph/id/doc/b");
    }

    @Test
    void malformedTurtleSaysLineAndColumn() {
        assertThatThrownBy(() -> parse("@prefix ex: <http://ex/> .\nex:a ex:b ex:c .\nex:d ex:e \"open .\n", Lang.TURTLE))
                .isInstanceOf(RdfUpload.SyntaxException.class)
                .hasMessageMatching("not valid Turtle: line \\d+, column \\d+: .*newline in string.*");
        assertThatThrownBy(() -> parse("@prefix ex: <http://ex/> .\n\n   ex:a ex:b ;; .", Lang.TURTLE))
                .hasMessageContaining("line 3, column");
        assertThatThrownBy(() -> parse("{\n  \"@id\": \"http://ex/a\",\n  \"http://ex/p\": [1,\n}", Lang.JSONLD))
                .hasMessageContaining("line 4");
    }

    @Test
    void rdfXmlWithAnExternalEntityOrDtdIsRefused(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String body = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://ex/\">\n"
                + "  <rdf:Description rdf:about=\"http://ex/a\"><ex:p>&xxe;</ex:p></rdf:Description>\n</rdf:RDF>\n";
        for (String doctype : List.of("<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>",
                "<!DOCTYPE rdf:RDF [ <!-- ' --> <!ENTITY xxe PUBLIC \"-//x\" \"" + secret.toUri() + "\"> ]>",
                "<!DOCTYPE rdf:RDF [ <!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p; <!ENTITY xxe \"x\"> ]>",
                "<!DOCTYPE rdf:RDF SYSTEM \"" + secret.toUri() + "\">")) {
            assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?>\n" + doctype + "\n" + body, Lang.RDFXML))
                    .as(doctype).isInstanceOf(RdfUpload.SyntaxException.class)
                    .hasMessageStartingWith("not read as RDF/XML: its DOCTYPE declares an external")
                    .hasMessageNotContaining("TOP-SECRET");
        }
        String utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n" + body;
        assertThatThrownBy(() -> RdfUpload.parse(utf16.getBytes(StandardCharsets.UTF_16BE), Lang.RDFXML))
                .hasMessageContaining("external entity");
    }

    @Test
    void rdfXmlWithInternalEntitiesIsRead() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ex \"http://ex/\"> <!ENTITY note \"SYSTEM is a word\"> ]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://ex/\">\n"
                + "  <rdf:Description rdf:about=\"&ex;a\"><ex:p>&note;</ex:p></rdf:Description>\n</rdf:RDF>\n";
        RdfUpload.Parsed p = parse(xml, Lang.RDFXML);
        assertThat(p.graph().find().toList()).extracting(t -> t.getSubject().getURI() + " " + t.getObject().getLiteralLexicalForm())
                .containsExactly("http://ex/a SYSTEM is a word");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefusedBeforeAnyParserRecurses() {
        int deep = 100_000;
        String context = "{\"@context\": {\"@vocab\": \"http://ex/\"}, \"@id\": \"http://ex/a\", \"p\": ";
        for (String doc : List.of(context + "[".repeat(deep) + "1" + "]".repeat(deep) + "}",
                context + "{\"p\": ".repeat(deep) + "1" + "}".repeat(deep) + "}")) {
            assertThatThrownBy(() -> parse(doc, Lang.JSONLD)).isInstanceOf(RdfUpload.SyntaxException.class)
                    .hasMessageStartingWith("not read as JSON-LD: it nests brackets deeper than 100 levels (line 1, column ");
        }
        String turtle = "@prefix ex: <http://ex/> .\nex:a ex:p " + "[ ex:p ".repeat(deep) + "1" + " ]".repeat(deep) + " .";
        assertThatThrownBy(() -> parse(turtle, Lang.TURTLE)).hasMessageStartingWith("not read as Turtle: it nests brackets deeper than 100 levels (line 2, column ");
        String list = "<http://ex/a> <http://ex/p> " + "( ".repeat(deep) + "1" + " )".repeat(deep) + " .";
        assertThatThrownBy(() -> parse(list, Lang.TRIG)).hasMessageStartingWith("not read as TriG: it nests brackets deeper");
    }

    @Test
    void theNestingCheckIsLinearOnUnclosedIrisAndStrings() {
        // each '<' once looked for its '>' to the end of the text: a line of them cost the square of its length
        for (String hostile : List.of("<".repeat(2_000_000), "\"".repeat(2_000_000), "# ".repeat(1_000_000) + "\n" + "'''".repeat(500_000))) {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(() -> parse(hostile, Lang.TURTLE))
                    .isInstanceOf(RdfUpload.SyntaxException.class));
        }
    }

    @Test
    void bracketsInStringsIrisAndCommentsDoNotCountAndFiftyLevelsAreRead() {
        String brackets = "[[[{{{(((".repeat(100);
        String json = "{\"@context\": {\"@vocab\": \"http://ex/\"}, \"@id\": \"http://ex/a\", \"p\": \"" + brackets + "\\\"[[\", \"q\": "
                + "[".repeat(50) + "1" + "]".repeat(50) + "}";
        assertThat(parse(json, Lang.JSONLD).graph().size()).isEqualTo(2);
        String turtle = "@prefix ex: <http://ex/> .\n# " + brackets + "\nex:a ex:p \"" + brackets + "\", '" + brackets + "', \"\"\"" + brackets
                + "\n\"\"\" ; ex:q " + "[ ex:q ".repeat(50) + "1" + " ]".repeat(50) + " .";
        assertThat(parse(turtle, Lang.TURTLE).graph().size()).isEqualTo(53);
    }

    @Test
    void jsonLdFetchesNoRemoteContext() {
        String doc = "{\"@context\": \"http://127.0.0.1:1/ctx\", \"@id\": \"http://ex/a\", \"name\": \"x\"}";
        assertThatThrownBy(() -> parse(doc, Lang.JSONLD))
                .isInstanceOf(RdfUpload.SyntaxException.class)
                .hasMessageContaining("remote contexts are not fetched")
                .hasMessageContaining("http://127.0.0.1:1/ctx");
        String local = "{\"@context\": {\"@vocab\": \"http://ex/\"}, \"@id\": \"http://ex/a\", \"name\": \"x\"}";
        assertThat(parse(local, Lang.JSONLD).graph().size()).isEqualTo(1);
    }
}
