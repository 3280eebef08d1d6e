package org.directivegraph.sparql;

import java.io.ByteArrayOutputStream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** Writes a {@link QueryAnswer} in one of the RDF or SPARQL result formats with Jena's writers. */
public final class AnswerWriter {

    private AnswerWriter() {
    }

    /** The answer written in {@code format} (not HTML), as bytes. */
    public static byte[] write(QueryAnswer answer, AnswerFormat format) {
        if (format.lang() == null) {
            throw new IllegalArgumentException("HTML is written by the pages, not by Jena");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (answer.kind()) {
            case ROWS -> {
                answer.rows().reset();
                ResultSetMgr.write(out, ResultSet.adapt(answer.rows()), format.lang());
                answer.rows().reset();
            }
            case BOOLEAN -> ResultSetMgr.write(out, answer.bool(), format.lang());
            case GRAPH -> {
                PrefixMap prefixes = PrefixMapFactory.create(Prefixes.ALL);
                answer.graph().getPrefixMapping().setNsPrefixes(prefixes.getMapping());
                RDFDataMgr.write(out, answer.graph(), format.lang());
            }
        }
        return out.toByteArray();
    }
}
