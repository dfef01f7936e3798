package org.sanctionsengine.lists;

import java.net.URI;
import java.util.List;
import org.sanctionsengine.entity.ListSource;

/**
 * Where each list is published, for {@code sanctions lists update}. OFAC's SDN list is fetched as
 * SDN.XML (it states its publication date and record count, which the import checks); the
 * consolidated non-SDN list as its legacy CSV set, whose XML would be read as the SDN format. A
 * source may need several files (OFAC's CSV set); each is saved under the given file name before it
 * is imported.
 */
public final class OfficialSources {
  /** One file to download and the name to save it under. */
  public record Download(URI uri, String fileName) {}

  private static final String OFAC =
      "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

  private OfficialSources() {}

  /** The sources {@code update} fetches when none is named (all but OpenSanctions). */
  public static List<ListSource> defaults() {
    return List.of(
        ListSource.UN, ListSource.OFAC_SDN, ListSource.OFAC_CONS, ListSource.EU, ListSource.UK);
  }

  /** The official downloads of a source. */
  public static List<Download> of(ListSource source) {
    return switch (source) {
      case UN ->
          List.of(
              download(
                  "https://scsanctions.un.org/resources/xml/en/consolidated.xml",
                  "consolidated.xml"));
      case OFAC_SDN -> ofac("SDN.XML");
      case OFAC_CONS -> ofac("CONS_PRIM.CSV", "CONS_ADD.CSV", "CONS_ALT.CSV", "CONS_COMMENTS.CSV");
      case EU ->
          List.of(
              download(
                  "https://webgate.ec.europa.eu/fsd/fsf/public/files/"
                      + "xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw",
                  "eu-consolidated.xml"));
      case UK ->
          List.of(
              download(
                  "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv",
                  "ConList.csv"));
      case OPENSANCTIONS ->
          List.of(
              download(
                  "https://data.opensanctions.org/datasets/latest/sanctions/entities.ftm.json",
                  "entities.ftm.json"));
    };
  }

  private static List<Download> ofac(String... files) {
    return java.util.Arrays.stream(files)
        .map(f -> download(OFAC + f, f.toLowerCase(java.util.Locale.ROOT)))
        .toList();
  }

  /** A download saved under the last segment of its path (lower-cased for OFAC's names). */
  public static Download download(String uri, String fileName) {
    return new Download(URI.create(uri), fileName);
  }

  /** A download of a user-given URL, saved under its last path segment. */
  public static Download of(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return new Download(uri, name.isBlank() ? "download" : name.toLowerCase(java.util.Locale.ROOT));
  }
}
