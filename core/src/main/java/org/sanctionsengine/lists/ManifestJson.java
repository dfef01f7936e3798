package org.sanctionsengine.lists;

import static org.sanctionsengine.lists.EntityJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctionsengine.entity.EntityKind;

/** Reads and writes {@code manifest.json}. */
final class ManifestJson {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestJson() {}

  static byte[] write(SnapshotManifest manifest) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", EntityJson.FORMAT_VERSION);
    root.put("snapshotId", manifest.snapshotId());
    root.put("source", manifest.source().code());
    root.put("format", manifest.format().code());
    manifest.publishedOn().ifPresent(date -> root.put("publishedOn", date.toString()));
    ObjectNode counts = root.putObject("counts");
    manifest.counts().forEach((kind, count) -> counts.put(kind.code(), count));
    root.put("total", manifest.total());
    root.put("contentSha256", manifest.contentSha256());
    root.put("loadedAt", manifest.loadedAt().toString());
    ArrayNode files = root.putArray("files");
    for (SnapshotManifest.SourceFile file : manifest.files()) {
      files
          .addObject()
          .put("name", file.name())
          .put("bytes", file.bytes())
          .put("sha256", file.sha256());
    }
    manifest.previousSnapshotId().ifPresent(id -> root.put("previousSnapshotId", id));
    ArrayNode warnings = root.putArray("warnings");
    manifest.warnings().forEach(warnings::add);
    root.put("forced", manifest.forced());
    return MAPPER.writeValueAsBytes(root);
  }

  static SnapshotManifest read(byte[] json) throws IOException {
    JsonNode root = MAPPER.readTree(json);
    SnapshotManifest.Builder builder =
        SnapshotManifest.builder()
            .snapshotId(text(root, "snapshotId"))
            .format(ListFormat.parse(text(root, "format")))
            .publishedOn(
                root.has("publishedOn")
                    ? Optional.of(LocalDate.parse(text(root, "publishedOn")))
                    : Optional.empty())
            .contentSha256(text(root, "contentSha256"))
            .loadedAt(Instant.parse(text(root, "loadedAt")))
            .previousSnapshotId(
                root.has("previousSnapshotId")
                    ? Optional.of(text(root, "previousSnapshotId"))
                    : Optional.empty())
            .forced(root.path("forced").asBoolean());
    for (EntityKind kind : EntityKind.values()) {
      builder.count(kind, root.path("counts").path(kind.code()).asLong());
    }
    List<SnapshotManifest.SourceFile> files = new ArrayList<>();
    for (JsonNode file : root.path("files")) {
      files.add(
          new SnapshotManifest.SourceFile(
              text(file, "name"), file.path("bytes").asLong(), text(file, "sha256")));
    }
    List<String> warnings = new ArrayList<>();
    root.path("warnings").forEach(w -> warnings.add(w.asText()));
    return builder.files(files).warnings(warnings).build();
  }
}
