package org.directivegraph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.directivegraph.search.SearchEntry.FacetValue;
import org.directivegraph.search.SearchEntry.Kind;
import org.directivegraph.search.SearchResult.FacetCount;
import org.directivegraph.search.SearchResult.Hit;
import org.directivegraph.store.GraphStore;

/**
 * An in-memory Lucene index of the store's documents, units, bodies and tasks, searched ignoring case and
 * diacritics ({@link FoldingAnalyzer}). Build it once ({@link #build}), then call {@link #update} after a
 * document is ingested or deleted (or {@link #remove}). Searches run concurrently with updates: each search
 * sees the index before or after an update, never half of one.
 *
 * <p>User text is never parsed as Lucene query syntax: it is cut into words by the same analyzer and every
 * word must match (in the number, the title or any text of an entry); the whole phrase ranks higher.
 */
public final class SearchIndex implements AutoCloseable {

    /** Facet: level (IRI of a level concept). */
    public static final String LEVEL = "level";
    /** Facet: document type (IRI of a document type concept). */
    public static final String TYPE = "type";
    /** Facet: year of issue. */
    public static final String YEAR = "year";
    /** Facet: issuer (IRI of a body). */
    public static final String ISSUER = "issuer";
    /** Every facet, in the order to show them. */
    public static final List<String> FACETS = List.of(LEVEL, TYPE, YEAR, ISSUER);

    private static final int SNIPPET = 200;

    private final Analyzer analyzer = new FoldingAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(List<SearchEntry> entries) throws IOException {
        writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
        for (SearchEntry entry : entries) {
            writer.addDocument(document(entry));
        }
        writer.commit();
        searchers = new SearcherManager(writer, null);
    }

    /** Builds the index from everything the store holds. */
    public static SearchIndex build(GraphStore store) {
        return of(new SearchSource(store).all());
    }

    /** An index of these entries (tests, or a caller with its own source). */
    public static SearchIndex of(List<SearchEntry> entries) {
        try {
            return new SearchIndex(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Re-reads one document (and its tasks) from the store and replaces its entries; removes them if it is gone.
     * Reading and replacing are one step under the index's lock: two updates of the same document, after two
     * writes of it close together, cannot put the older read in last.
     */
    public synchronized void update(GraphStore store, String documentIri) {
        replace(documentIri, new SearchSource(store).ofDocument(documentIri));
    }

    /** Removes one document and its tasks from the index. */
    public void remove(String documentIri) {
        replace(documentIri, List.of());
    }

    private synchronized void replace(String owner, List<SearchEntry> entries) {
        try {
            writer.deleteDocuments(new Term("owner", owner));
            for (SearchEntry entry : entries) {
                writer.addDocument(document(entry));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many entries the index holds. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /**
     * Searches: every word of {@code text} must match; results restricted by {@code filters}; at most
     * {@code limit} hits, best first, and facet counts over all matches. A blank text matches everything
     * the filters allow.
     */
    public SearchResult search(String text, SearchFilters filters, int limit) {
        List<String> words = words(text);
        Query query = query(words, filters == null ? SearchFilters.NONE : filters);
        return withSearcher(searcher -> {
            int total = searcher.count(query);
            TopDocs top = searcher.search(query, Math.max(1, total));
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
            Map<String, String> labels = new HashMap<>();
            FACETS.forEach(f -> counts.put(f, new LinkedHashMap<>()));
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc);
                for (String facet : FACETS) {
                    String key = doc.get("f_" + facet);
                    if (key != null) {
                        counts.get(facet).computeIfAbsent(key, k -> new int[1])[0]++;
                        labels.putIfAbsent(facet + " " + key, doc.get("fl_" + facet));
                    }
                }
                if (hits.size() < limit) {
                    hits.add(hit(doc, sd.score, words));
                }
            }
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            counts.forEach((facet, byKey) -> facets.put(facet, byKey.entrySet().stream()
                    .map(e -> new FacetCount(e.getKey(), labels.get(facet + " " + e.getKey()), e.getValue()[0]))
                    .sorted(Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::key))
                    .toList()));
            return new SearchResult(text, total, List.copyOf(hits), facets);
        });
    }

    /** The folded words of a text, as the index has them. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", FoldingAnalyzer.nfc(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Query query(List<String> words, SearchFilters filters) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (words.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (String word : words) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(new BoostQuery(new TermQuery(new Term("number", word)), 4f), Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term("title", word)), 2f), Occur.SHOULD);
            any.add(new TermQuery(new Term("text", word)), Occur.SHOULD);
            b.add(any.build(), Occur.MUST);
        }
        if (words.size() > 1) {
            b.add(new BoostQuery(new PhraseQuery("text", words.toArray(String[]::new)), 3f), Occur.SHOULD);
            b.add(new BoostQuery(new PhraseQuery("number", words.toArray(String[]::new)), 6f), Occur.SHOULD);
        }
        if (!filters.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            filters.kinds().forEach(k -> kinds.add(new TermQuery(new Term("kind", k.name())), Occur.SHOULD));
            b.add(kinds.build(), Occur.FILTER);
        }
        filter(b, LEVEL, filters.level());
        filter(b, TYPE, filters.type());
        filter(b, YEAR, filters.year());
        filter(b, ISSUER, filters.issuer());
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String facet, String key) {
        if (key != null) {
            b.add(new TermQuery(new Term("f_" + facet, key)), Occur.FILTER);
        }
    }

    private static Document document(SearchEntry e) {
        Document d = new Document();
        d.add(new StringField("iri", e.iri(), Field.Store.YES));
        d.add(new StringField("kind", e.kind().name(), Field.Store.YES));
        if (e.owner() != null) {
            d.add(new StringField("owner", e.owner(), Field.Store.NO));
        }
        d.add(new StoredField("label", e.label()));
        d.add(new StoredField("context", e.context()));
        if (e.parent() != null) {
            d.add(new StoredField("parent", e.parent()));
        }
        d.add(new TextField("number", FoldingAnalyzer.nfc(e.number()), Field.Store.NO));
        d.add(new TextField("title", FoldingAnalyzer.nfc(e.label()), Field.Store.NO));
        d.add(new TextField("text", FoldingAnalyzer.nfc(e.text() + "\n" + e.number()), Field.Store.YES));
        for (Map.Entry<String, FacetValue> f : e.facets().entrySet()) {
            d.add(new StringField("f_" + f.getKey(), f.getValue().key(), Field.Store.YES));
            d.add(new StoredField("fl_" + f.getKey(), f.getValue().label()));
        }
        return d;
    }

    private static Hit hit(Document doc, float score, List<String> words) {
        String text = doc.get("text");
        Snippet snippet = Snippet.of(text == null ? "" : text.replace('\n', ' ').strip(), words, SNIPPET);
        return new Hit(doc.get("iri"), Kind.valueOf(doc.get("kind")), doc.get("label"), doc.get("context"),
                doc.get("parent"), snippet.text(), snippet.highlights(), score);
    }

    private interface SearcherAction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherAction<T> action) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return action.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
