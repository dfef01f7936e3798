package org.sanctionsengine.regime;

/**
 * A measure imposed by an instrument. The kinds are a closed set: goods measures ({@link
 * GoodsMeasure}: bans, luxury goods, caps, licences, catch-alls, secondary exposure), and measures
 * on persons, money, transport, services and labour. A {@code switch} over them has no default, so
 * a new kind breaks the build wherever it must be handled.
 */
public sealed interface Measure
    permits GoodsMeasure,
        Measure.AssetFreeze,
        Measure.TravelBan,
        Measure.Financial,
        Measure.Maritime,
        Measure.Services,
        Measure.Labour {

  MeasureBasis basis();

  default String id() {
    return basis().id();
  }

  default Provision provision() {
    return basis().provision();
  }

  default Authority authority() {
    return basis().authority();
  }

  /** The data files' code of this kind ({@code goods-ban}, {@code asset-freeze}). */
  String kindCode();

  /** Freezing the funds and economic resources of designated persons and entities. */
  record AssetFreeze(MeasureBasis basis) implements Measure {
    @Override
    public String kindCode() {
      return "asset-freeze";
    }
  }

  /** Entry, transit and expulsion measures on persons. */
  record TravelBan(MeasureBasis basis) implements Measure {
    @Override
    public String kindCode() {
      return "travel-ban";
    }
  }

  /** Bulk cash, banking, joint ventures, investment, trade finance, remittances ... */
  record Financial(MeasureBasis basis, FinancialArea area) implements Measure {
    @Override
    public String kindCode() {
      return "financial";
    }
  }

  /** Inspection, interdiction, port denial, flagging, bunkering, ship-to-ship, aviation ... */
  record Maritime(MeasureBasis basis, MaritimeArea area) implements Measure {
    @Override
    public String kindCode() {
      return "maritime";
    }
  }

  /** Technical assistance, training, teaching, scientific cooperation, tourism services. */
  record Services(MeasureBasis basis) implements Measure {
    @Override
    public String kindCode() {
      return "services";
    }
  }

  /** DPRK workers abroad: work authorisations, repatriation, forced-labour presumptions. */
  record Labour(MeasureBasis basis) implements Measure {
    @Override
    public String kindCode() {
      return "labour";
    }
  }
}
