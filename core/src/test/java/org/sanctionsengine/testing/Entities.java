package org.sanctionsengine.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Countries;
import org.sanctionsengine.entity.Gender;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.ListEntryRef;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;
import org.sanctionsengine.entity.Organization;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Program;
import org.sanctionsengine.entity.Vessel;
import org.sanctionsengine.entity.VesselParticulars;

/**
 * Test-data builders for entities: {@code Entities.person("Kim Jong Un").bornIn(1984).build()}.
 * Every entity gets a {@link ListEntryRef} in a test snapshot; set the source id with {@code
 * id(...)} when a test cares.
 */
public final class Entities {
  private Entities() {}

  /** A person builder with this primary name, listed by the UN under a test id. */
  public static PersonBuilder person(String primaryName) {
    return new PersonBuilder(primaryName);
  }

  /** An organization listed by the UN under a test id. */
  public static Organization organization(String primaryName, String... aliases) {
    Listing.Builder listing = Listing.builder(primaryName);
    for (String alias : aliases) {
      listing.name(Name.of(alias, NameType.ALIAS, NameQuality.STRONG));
    }
    return new Organization(ref("TEST-" + primaryName), listing.build());
  }

  /** A vessel with an IMO number and former names. */
  public static Vessel vessel(String name, String imo, String... formerNames) {
    Listing.Builder listing = Listing.builder(name);
    for (String former : formerNames) {
      listing.name(Name.of(former, NameType.FORMER, NameQuality.UNSPECIFIED));
    }
    listing.identifier(Identifier.of(IdentifierType.IMO, imo, "IMO", Countries.resolve("")));
    return new Vessel(ref("TEST-" + imo), listing.build(), VesselParticulars.none());
  }

  static ListEntryRef ref(String id) {
    return new ListEntryRef(ListSource.UN, id, "test-snapshot");
  }

  /** Builds a {@link Person} step by step. */
  public static final class PersonBuilder {
    private final Listing.Builder listing;
    private final List<BirthDate> birthDates = new ArrayList<>();
    private String id;

    PersonBuilder(String primaryName) {
      this.listing = Listing.builder(primaryName);
      this.id = "TEST-" + primaryName;
    }

    public PersonBuilder id(String sourceId) {
      this.id = sourceId;
      return this;
    }

    public PersonBuilder alias(String alias, NameQuality quality) {
      listing.name(Name.of(alias, NameType.ALIAS, quality));
      return this;
    }

    public PersonBuilder bornIn(int year) {
      birthDates.add(new BirthDate.Year(year, false));
      return this;
    }

    public PersonBuilder bornOn(LocalDate date) {
      birthDates.add(new BirthDate.Exact(date));
      return this;
    }

    public PersonBuilder program(String code) {
      listing.program(Program.of(code));
      return this;
    }

    public PersonBuilder nationality(String country) {
      listing.nationality(Countries.resolve(country));
      return this;
    }

    public Person build() {
      return new Person(ref(id), listing.build(), birthDates, List.of(), Gender.UNKNOWN);
    }
  }
}
