package org.sanctionsengine.regime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded sanctions regime (the DPRK's): its instruments in index order, every measure, the source
 * register (citation key to URL) and the exemption claim codes users may give.
 *
 * @param name the regime's directory name ({@code dprk})
 * @param version content hash of the data files, so that decisions can name the data they used
 */
public record Regime(
    String name,
    String version,
    List<Instrument> instruments,
    List<Measure> measures,
    Map<String, String> sources,
    Map<String, String> claims) {
  public Regime {
    instruments = List.copyOf(instruments);
    measures = List.copyOf(measures);
    sources = Map.copyOf(sources);
    claims = Map.copyOf(claims);
  }

  public Optional<Measure> measure(String id) {
    return measures.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public List<GoodsMeasure> goodsMeasures() {
    return measures.stream()
        .filter(GoodsMeasure.class::isInstance)
        .map(GoodsMeasure.class::cast)
        .toList();
  }
}
