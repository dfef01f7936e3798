package org.sanctionsengine.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every kind of listed entity has: names (the primary first), addresses, identifiers,
 * nationalities, programs, positions, the listing date and remarks. Immutable; build one with
 * {@link #builder(String)}.
 *
 * <p>A class rather than a record because the listing date is optional and a record would have to
 * expose it as a nullable or {@code Optional} field; see STYLE "no null in public signatures".
 */
public final class Listing {
  private final List<Name> names;
  private final List<Address> addresses;
  private final List<Identifier> identifiers;
  private final List<Country> nationalities;
  private final List<Program> programs;
  private final List<String> positions;
  private final @Nullable LocalDate listedOn;
  private final List<String> remarks;

  private Listing(Builder builder) {
    this.names = List.copyOf(builder.names);
    this.addresses = List.copyOf(builder.addresses);
    this.identifiers = List.copyOf(builder.identifiers);
    this.nationalities = List.copyOf(builder.nationalities);
    this.programs = List.copyOf(builder.programs);
    this.positions = List.copyOf(builder.positions);
    this.listedOn = builder.listedOn;
    this.remarks = List.copyOf(builder.remarks);
  }

  /** A builder whose primary name is {@code primaryName}. */
  public static Builder builder(String primaryName) {
    return new Builder(Name.primary(primaryName));
  }

  /** A builder whose primary name is {@code primaryName}. */
  public static Builder builder(Name primaryName) {
    return new Builder(primaryName);
  }

  /** A builder holding everything this listing holds. */
  public Builder toBuilder() {
    Builder builder = new Builder(names.getFirst());
    names.stream().skip(1).forEach(builder::name);
    addresses.forEach(builder::address);
    identifiers.forEach(builder::identifier);
    nationalities.forEach(builder::nationality);
    programs.forEach(builder::program);
    positions.forEach(builder::position);
    remarks.forEach(builder::remark);
    if (listedOn != null) {
      builder.listedOn(listedOn);
    }
    return builder;
  }

  /** The name the list files the entry under. */
  public Name primaryName() {
    return names.getFirst();
  }

  /** Every name, the primary first. */
  public List<Name> names() {
    return names;
  }

  public List<Address> addresses() {
    return addresses;
  }

  public List<Identifier> identifiers() {
    return identifiers;
  }

  /** Nationalities and citizenships. */
  public List<Country> nationalities() {
    return nationalities;
  }

  public List<Program> programs() {
    return programs;
  }

  /** Titles, designations and positions ("Minister of ...", "DPRK Ministry ... Official"). */
  public List<String> positions() {
    return positions;
  }

  /** The date the entry was first listed, when the list gives it. */
  public Optional<LocalDate> listedOn() {
    return Optional.ofNullable(listedOn);
  }

  /** Free-text remarks of the list, in order. */
  public List<String> remarks() {
    return remarks;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Listing that
        && names.equals(that.names)
        && addresses.equals(that.addresses)
        && identifiers.equals(that.identifiers)
        && nationalities.equals(that.nationalities)
        && programs.equals(that.programs)
        && positions.equals(that.positions)
        && Objects.equals(listedOn, that.listedOn)
        && remarks.equals(that.remarks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        names, addresses, identifiers, nationalities, programs, positions, listedOn, remarks);
  }

  @Override
  public String toString() {
    return "Listing["
        + names.getFirst().value()
        + ", "
        + names.size()
        + " names, programs="
        + programs.stream().map(Program::code).toList()
        + "]";
  }

  /** Collects the parts of a {@link Listing}; adders append, the listing date is set once. */
  public static final class Builder {
    private final List<Name> names = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private final List<Identifier> identifiers = new ArrayList<>();
    private final List<Country> nationalities = new ArrayList<>();
    private final List<Program> programs = new ArrayList<>();
    private final List<String> positions = new ArrayList<>();
    private final List<String> remarks = new ArrayList<>();
    private @Nullable LocalDate listedOn;

    private Builder(Name primary) {
      names.add(primary);
    }

    /** Adds a further name (alias, former, original script); exact duplicates are dropped. */
    public Builder name(Name name) {
      if (!names.contains(name)) {
        names.add(name);
      }
      return this;
    }

    /** Adds an address unless it is empty or already present. */
    public Builder address(Address address) {
      if (!address.isEmpty() && !addresses.contains(address)) {
        addresses.add(address);
      }
      return this;
    }

    /** Adds an identifier unless already present. */
    public Builder identifier(Identifier identifier) {
      if (!identifiers.contains(identifier)) {
        identifiers.add(identifier);
      }
      return this;
    }

    /** Adds a nationality unless unknown or already present. */
    public Builder nationality(Country country) {
      if (country.isKnown() && !nationalities.contains(country)) {
        nationalities.add(country);
      }
      return this;
    }

    /** Adds a program unless already present. */
    public Builder program(Program program) {
      if (!programs.contains(program)) {
        programs.add(program);
      }
      return this;
    }

    /** Adds a title, designation or position unless blank. */
    public Builder position(String position) {
      if (!position.isBlank()) {
        positions.add(position.strip());
      }
      return this;
    }

    /** Adds a remark unless blank. */
    public Builder remark(String remark) {
      if (!remark.isBlank()) {
        remarks.add(remark.strip());
      }
      return this;
    }

    /** Sets the listing date; refuses to set it twice. */
    public Builder listedOn(LocalDate date) {
      if (listedOn != null) {
        throw new IllegalStateException("listedOn was already set to " + listedOn);
      }
      listedOn = date;
      return this;
    }

    public Listing build() {
      return new Listing(this);
    }
  }
}
