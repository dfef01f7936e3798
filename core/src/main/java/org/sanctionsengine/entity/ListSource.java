package org.sanctionsengine.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sanctionsengine.input.InvalidInputException;

/**
 * The publishers of sanctions lists the engine reads. Each has a stable wire code, used in snapshot
 * directories, manifests, exports and on the command line; never rename a code.
 */
public enum ListSource {
  /** UN Security Council consolidated list. */
  UN("un", "UN Security Council consolidated list"),
  /** US Treasury OFAC Specially Designated Nationals list. */
  OFAC_SDN("ofac-sdn", "OFAC SDN list"),
  /** US Treasury OFAC consolidated non-SDN lists (SSI, NS-PLC, CMIC ...). */
  OFAC_CONS("ofac-cons", "OFAC consolidated non-SDN list"),
  /** EU consolidated financial sanctions list. */
  EU("eu", "EU consolidated financial sanctions list"),
  /** UK (HM Treasury / OFSI) consolidated list. */
  UK("uk", "UK consolidated list"),
  /** OpenSanctions FollowTheMoney entities. */
  OPENSANCTIONS("opensanctions", "OpenSanctions FollowTheMoney entities");

  private final String code;
  private final String title;

  ListSource(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The stable wire code, e.g. {@code ofac-sdn}. */
  public String code() {
    return code;
  }

  /** A human title, e.g. "OFAC SDN list". */
  public String title() {
    return title;
  }

  /** The source with this wire code (case-insensitive); rejects unknown codes. */
  public static ListSource parse(String code) {
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    for (ListSource source : values()) {
      if (source.code.equals(wanted)) {
        return source;
      }
    }
    throw new InvalidInputException(
        "Unknown list source '"
            + code
            + "': expected one of "
            + Arrays.stream(values()).map(ListSource::code).collect(Collectors.joining(", "))
            + ". Use one of these codes.");
  }
}
