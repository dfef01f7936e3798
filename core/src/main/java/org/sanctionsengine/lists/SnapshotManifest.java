package org.sanctionsengine.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.ListSource;

/**
 * What a snapshot holds, written beside its entities as {@code manifest.json}: source, format,
 * publication date (when the file states one), entry counts by kind, the SHA-256 of the input
 * files, when it was loaded (from the injected clock), the input files, the snapshot it replaced,
 * and warnings the reader raised. A class rather than a record because the publication date and the
 * previous snapshot are optional.
 */
public final class SnapshotManifest {
  /** One input file: its name, size and SHA-256 (hex). */
  public record SourceFile(String name, long bytes, String sha256) {}

  private final String snapshotId;
  private final ListSource source;
  private final ListFormat format;
  private final @Nullable LocalDate publishedOn;
  private final Map<EntityKind, Long> counts;
  private final String contentSha256;
  private final Instant loadedAt;
  private final List<SourceFile> files;
  private final @Nullable String previousSnapshotId;
  private final List<String> warnings;
  private final boolean forced;

  private SnapshotManifest(Builder b) {
    this.snapshotId = Objects.requireNonNull(b.snapshotId, "snapshotId");
    this.format = Objects.requireNonNull(b.format, "format");
    this.source = format.source();
    this.publishedOn = b.publishedOn;
    EnumMap<EntityKind, Long> all = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      all.put(kind, b.counts.getOrDefault(kind, 0L));
    }
    this.counts = java.util.Collections.unmodifiableMap(all);
    this.contentSha256 = Objects.requireNonNull(b.contentSha256, "contentSha256");
    this.loadedAt = Objects.requireNonNull(b.loadedAt, "loadedAt");
    this.files = List.copyOf(b.files);
    this.previousSnapshotId = b.previousSnapshotId;
    this.warnings = List.copyOf(b.warnings);
    this.forced = b.forced;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The snapshot's id, e.g. {@code un-20260227T101500Z-66b392a4}. */
  public String snapshotId() {
    return snapshotId;
  }

  public ListSource source() {
    return source;
  }

  public ListFormat format() {
    return format;
  }

  /** The publication date the list file states; empty for formats without one (OFAC CSV). */
  public Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(publishedOn);
  }

  /** Entry counts by kind, every kind present (zero when none). */
  public Map<EntityKind, Long> counts() {
    return counts;
  }

  /** All entries. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** SHA-256 (hex) over the input files' bytes, in the order of {@link #files()}. */
  public String contentSha256() {
    return contentSha256;
  }

  public Instant loadedAt() {
    return loadedAt;
  }

  public List<SourceFile> files() {
    return files;
  }

  /** The snapshot that was current when this one was imported. */
  public Optional<String> previousSnapshotId() {
    return Optional.ofNullable(previousSnapshotId);
  }

  /** What the reader noticed without rejecting the file (e.g. a partial UK extract). */
  public List<String> warnings() {
    return warnings;
  }

  /** Whether the sanity check was overridden with {@code --force}. */
  public boolean forced() {
    return forced;
  }

  /** "published 2026-02-27" or "no publication date". */
  public String describeDate() {
    return publishedOn == null ? "no publication date" : "published " + publishedOn;
  }

  @Override
  public String toString() {
    return "SnapshotManifest[" + snapshotId + ", " + total() + " entries]";
  }

  /** Collects a manifest's parts; {@link #build()} checks the required ones. */
  public static final class Builder {
    private @Nullable String snapshotId;
    private @Nullable ListFormat format;
    private @Nullable LocalDate publishedOn;
    private final Map<EntityKind, Long> counts = new EnumMap<>(EntityKind.class);
    private @Nullable String contentSha256;
    private @Nullable Instant loadedAt;
    private List<SourceFile> files = List.of();
    private @Nullable String previousSnapshotId;
    private List<String> warnings = List.of();
    private boolean forced;

    private Builder() {}

    public Builder snapshotId(String id) {
      this.snapshotId = id;
      return this;
    }

    public Builder format(ListFormat listFormat) {
      this.format = listFormat;
      return this;
    }

    public Builder publishedOn(Optional<LocalDate> date) {
      this.publishedOn = date.orElse(null);
      return this;
    }

    public Builder count(EntityKind kind, long count) {
      counts.put(kind, count);
      return this;
    }

    public Builder contentSha256(String sha256) {
      this.contentSha256 = sha256;
      return this;
    }

    public Builder loadedAt(Instant instant) {
      this.loadedAt = instant;
      return this;
    }

    public Builder files(List<SourceFile> sourceFiles) {
      this.files = List.copyOf(sourceFiles);
      return this;
    }

    public Builder previousSnapshotId(Optional<String> id) {
      this.previousSnapshotId = id.orElse(null);
      return this;
    }

    public Builder warnings(List<String> texts) {
      this.warnings = List.copyOf(texts);
      return this;
    }

    public Builder forced(boolean wasForced) {
      this.forced = wasForced;
      return this;
    }

    public SnapshotManifest build() {
      return new SnapshotManifest(this);
    }
  }
}
