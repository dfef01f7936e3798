package org.sanctionsengine.lists;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.lists.eu.EuFsdXmlReader;
import org.sanctionsengine.lists.eu.EuLegacyXmlReader;
import org.sanctionsengine.lists.ftm.FtmJsonReader;
import org.sanctionsengine.lists.ofac.OfacAdvancedXmlReader;
import org.sanctionsengine.lists.ofac.OfacLegacyCsvReader;
import org.sanctionsengine.lists.ofac.OfacSdnXmlReader;
import org.sanctionsengine.lists.uk.UkConListCsvReader;
import org.sanctionsengine.lists.un.UnConsolidatedXmlReader;

/**
 * Every list format the engine reads, with its stable wire code ({@code --format}), the source it
 * belongs to and its reader. {@link ListFiles} detects the format of a file from its content.
 */
public enum ListFormat {
  UN_XML("un-xml", ListSource.UN, "UN consolidated list XML", UnConsolidatedXmlReader::new),
  OFAC_SDN_CSV(
      "ofac-sdn-csv",
      ListSource.OFAC_SDN,
      "OFAC SDN legacy CSV set (sdn.csv, add.csv, alt.csv, sdn_comments.csv)",
      () -> new OfacLegacyCsvReader(false)),
  OFAC_CONS_CSV(
      "ofac-cons-csv",
      ListSource.OFAC_CONS,
      "OFAC consolidated non-SDN legacy CSV set (cons_prim.csv, cons_add.csv, ...)",
      () -> new OfacLegacyCsvReader(true)),
  OFAC_SDN_XML(
      "ofac-sdn-xml",
      ListSource.OFAC_SDN,
      "OFAC SDN XML (SDN.XML, root sdnList)",
      OfacSdnXmlReader::new),
  OFAC_ADVANCED_XML(
      "ofac-advanced-xml",
      ListSource.OFAC_SDN,
      "OFAC SDN_ADVANCED XML (root Sanctions)",
      OfacAdvancedXmlReader::new),
  EU_XML(
      "eu-xml",
      ListSource.EU,
      "EU consolidated financial sanctions list XML (export / sanctionEntity)",
      EuFsdXmlReader::new),
  EU_LEGACY_XML(
      "eu-legacy-xml",
      ListSource.EU,
      "EU consolidated list, pre-2017 XML layout (WHOLE / ENTITY)",
      EuLegacyXmlReader::new),
  UK_CSV(
      "uk-csv",
      ListSource.UK,
      "UK consolidated list CSV (HM Treasury / OFSI ConList.csv)",
      UkConListCsvReader::new),
  FTM_JSON(
      "ftm-json",
      ListSource.OPENSANCTIONS,
      "OpenSanctions FollowTheMoney JSON lines",
      FtmJsonReader::new);

  private final String code;
  private final ListSource source;
  private final String title;
  private final Supplier<ListReader> reader;

  ListFormat(String code, ListSource source, String title, Supplier<ListReader> reader) {
    this.code = code;
    this.source = source;
    this.title = title;
    this.reader = reader;
  }

  /** The stable wire code, e.g. {@code ofac-sdn-csv}. */
  public String code() {
    return code;
  }

  public ListSource source() {
    return source;
  }

  /** A human title, e.g. "OFAC SDN legacy CSV set". */
  public String title() {
    return title;
  }

  /** A new reader for this format. */
  public ListReader reader() {
    return reader.get();
  }

  /** The format with this code; rejects unknown codes with the list of known ones. */
  public static ListFormat parse(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    for (ListFormat format : values()) {
      if (format.code.equals(wanted)) {
        return format;
      }
    }
    throw new InvalidInputException(
        "Unknown list format '"
            + code
            + "': expected one of "
            + Arrays.stream(values()).map(ListFormat::code).collect(Collectors.joining(", "))
            + ". Leave --format out to detect the format from the file.");
  }
}
