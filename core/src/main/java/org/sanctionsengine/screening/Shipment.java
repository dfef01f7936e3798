package org.sanctionsengine.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.goods.HsCode;

/**
 * A shipment to judge: when, from which country to which, goods of which origin and HS code, and
 * optionally quantity, value, the date of the underlying contract, exemptions claimed and the
 * countries of other parties (trader, carrier, bank). Built with {@link #builder()}; the origin
 * defaults to the exporting country.
 */
public final class Shipment {
  private final String id;
  private final LocalDate date;
  private final CountryCode from;
  private final CountryCode to;
  private final CountryCode origin;
  private final HsCode goods;
  private final String description;
  private final @Nullable Quantity quantity;
  private final @Nullable Money value;
  private final @Nullable LocalDate contractDate;
  private final Set<String> exemptions;
  private final Set<CountryCode> parties;
  private final List<String> warnings;
  private final String unreadQuantity;

  private Shipment(ShipmentBuilder b) {
    this.id = b.id == null ? "" : b.id;
    this.date = Objects.requireNonNull(b.date, "date");
    this.from = Objects.requireNonNull(b.from, "from");
    this.to = Objects.requireNonNull(b.to, "to");
    this.origin = b.origin == null ? b.from : b.origin;
    this.goods = Objects.requireNonNull(b.goods, "goods");
    this.description = b.description == null ? "" : b.description;
    this.quantity = b.quantity;
    this.value = b.value;
    this.contractDate = b.contractDate;
    this.exemptions = b.exemptions == null ? Set.of() : Set.copyOf(b.exemptions);
    this.parties = b.parties == null ? Set.of() : Set.copyOf(b.parties);
    this.warnings = b.warnings == null ? List.of() : List.copyOf(b.warnings);
    this.unreadQuantity = b.unreadQuantity == null ? "" : b.unreadQuantity;
  }

  public static ShipmentBuilder builder() {
    return new ShipmentBuilder();
  }

  /** The caller's identifier (a CSV row's {@code id}), empty when none was given. */
  public String id() {
    return id;
  }

  /** The day of delivery (shipment): what was in force that day decides. */
  public LocalDate date() {
    return date;
  }

  /** The exporting country. */
  public CountryCode from() {
    return from;
  }

  /** The importing country. */
  public CountryCode to() {
    return to;
  }

  /** The country of origin of the goods (default: the exporting country). */
  public CountryCode origin() {
    return origin;
  }

  public HsCode goods() {
    return goods;
  }

  /** The description the goods were given by, empty when they were given by code. */
  public String description() {
    return description;
  }

  public Optional<Quantity> quantity() {
    return Optional.ofNullable(quantity);
  }

  public Optional<Money> value() {
    return Optional.ofNullable(value);
  }

  /** The day the contract behind the delivery was concluded, for wind-down periods. */
  public Optional<LocalDate> contractDate() {
    return Optional.ofNullable(contractDate);
  }

  /** Exemption claim codes (see {@code claims.yaml}). */
  public Set<String> exemptions() {
    return exemptions;
  }

  /** Countries of the other parties (trader, carrier, bank), for EU, US and ROK jurisdiction. */
  public Set<CountryCode> parties() {
    return parties;
  }

  /**
   * What was given with the shipment but could not be read and was left out of its judgement (a
   * batch row's malformed auxiliary field), one line each; empty when everything was read.
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The quantity as given when it could not be read (an unknown unit), empty otherwise: the
   * shipment's size is then unknown, which matters for capped goods only.
   */
  public String unreadQuantity() {
    return unreadQuantity;
  }

  /** True when the DPRK is the exporter, importer or origin. */
  public boolean involves(CountryCode target) {
    return from.equals(target) || to.equals(target) || origin.equals(target);
  }

  @Override
  public String toString() {
    return date + " " + from + "->" + to + " " + goods.dotted();
  }

  /** Builds a {@link Shipment}; each property may be set once. */
  public static final class ShipmentBuilder {
    private @Nullable String id;
    private @Nullable LocalDate date;
    private @Nullable CountryCode from;
    private @Nullable CountryCode to;
    private @Nullable CountryCode origin;
    private @Nullable HsCode goods;
    private @Nullable String description;
    private @Nullable Quantity quantity;
    private @Nullable Money value;
    private @Nullable LocalDate contractDate;
    private @Nullable Set<String> exemptions;
    private @Nullable Set<CountryCode> parties;
    private @Nullable List<String> warnings;
    private @Nullable String unreadQuantity;

    private ShipmentBuilder() {}

    private static <T> T once(@Nullable Object current, String name, T value) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set to " + current);
      }
      return value;
    }

    public ShipmentBuilder id(String id) {
      this.id = once(this.id, "id", id);
      return this;
    }

    public ShipmentBuilder date(LocalDate date) {
      this.date = once(this.date, "date", date);
      return this;
    }

    public ShipmentBuilder from(CountryCode from) {
      this.from = once(this.from, "from", from);
      return this;
    }

    public ShipmentBuilder to(CountryCode to) {
      this.to = once(this.to, "to", to);
      return this;
    }

    public ShipmentBuilder origin(CountryCode origin) {
      this.origin = once(this.origin, "origin", origin);
      return this;
    }

    public ShipmentBuilder goods(HsCode goods) {
      this.goods = once(this.goods, "goods", goods);
      return this;
    }

    public ShipmentBuilder description(String description) {
      this.description = once(this.description, "description", description);
      return this;
    }

    public ShipmentBuilder quantity(Quantity quantity) {
      this.quantity = once(this.quantity, "quantity", quantity);
      return this;
    }

    public ShipmentBuilder value(Money value) {
      this.value = once(this.value, "value", value);
      return this;
    }

    public ShipmentBuilder contractDate(LocalDate contractDate) {
      this.contractDate = once(this.contractDate, "contractDate", contractDate);
      return this;
    }

    public ShipmentBuilder exemptions(List<String> claims) {
      this.exemptions = once(this.exemptions, "exemptions", Set.copyOf(claims));
      return this;
    }

    public ShipmentBuilder parties(List<CountryCode> countries) {
      this.parties = once(this.parties, "parties", Set.copyOf(countries));
      return this;
    }

    /** What was given but could not be read, one line each (see {@link Shipment#warnings()}). */
    public ShipmentBuilder warnings(List<String> warnings) {
      this.warnings = once(this.warnings, "warnings", List.copyOf(warnings));
      return this;
    }

    /** A quantity that was given but could not be read, as given. */
    public ShipmentBuilder unreadQuantity(String given) {
      this.unreadQuantity = once(this.unreadQuantity, "unreadQuantity", given);
      return this;
    }

    /**
     * @throws IllegalStateException when date, from, to or goods is missing
     */
    public Shipment build() {
      for (Object[] required :
          new Object[][] {{date, "date"}, {from, "from"}, {to, "to"}, {goods, "goods"}}) {
        if (required[0] == null) {
          throw new IllegalStateException("a shipment needs its " + required[1]);
        }
      }
      return new Shipment(this);
    }
  }
}
