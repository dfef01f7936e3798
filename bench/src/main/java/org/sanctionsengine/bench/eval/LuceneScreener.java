package org.sanctionsengine.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Name;

/**
 * Baseline 2: an Apache Lucene in-memory index of every list name (StandardAnalyzer), queried with
 * one fuzzy query per query token (0 edits up to 2 letters, 1 up to 5, else 2, as Lucene's "AUTO"
 * fuzziness), all tokens required; the top 10 documents are its matches.
 */
final class LuceneScreener implements Screener {
  private final Analyzer analyzer = new StandardAnalyzer();
  private final IndexSearcher searcher;
  private final StoredFields stored;

  LuceneScreener(List<Entity> entities) {
    try {
      ByteBuffersDirectory directory = new ByteBuffersDirectory();
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (Entity entity : entities) {
          for (Name name : entity.names()) {
            Document document = new Document();
            document.add(new TextField("name", name.value(), Field.Store.NO));
            document.add(new StoredField("key", entity.ref().key()));
            writer.addDocument(document);
          }
        }
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      this.searcher = new IndexSearcher(reader);
      this.stored = reader.storedFields();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String label() {
    return "Lucene fuzzy queries (all tokens, AUTO edits)";
  }

  @Override
  public Set<String> matches(String name) {
    List<String> tokens = tokens(name);
    Set<String> matches = new HashSet<>();
    if (tokens.isEmpty()) {
      return matches;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String token : tokens) {
      int edits = token.length() <= 2 ? 0 : token.length() <= 5 ? 1 : 2;
      query.add(new FuzzyQuery(new Term("name", token), edits), BooleanClause.Occur.SHOULD);
    }
    query.setMinimumNumberShouldMatch(tokens.size());
    try {
      for (ScoreDoc hit : searcher.search(query.build(), 10).scoreDocs) {
        matches.add(stored.document(hit.doc).get("key"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return matches;
  }

  private List<String> tokens(String name) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("name", name)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
