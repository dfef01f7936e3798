package org.sanctionsengine.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.testing.ListReading;
import org.sanctionsengine.testing.SharedData;

class EntityLinesTest {
  @Test
  void decode_encodedUnList_givesBackEqualEntitiesInOrder() {
    List<Entity> entities =
        ListReading.read(ListFormat.UN_XML, SharedData.file("un/consolidated.xml")).entities();

    byte[] encoded = EntityLines.encode(entities);

    assertThat(EntityLines.decode(encoded)).isEqualTo(entities);
  }

  @Test
  void decode_noEntities_givesNone() {
    assertThat(EntityLines.decode(EntityLines.encode(List.of()))).isEmpty();
  }

  @Test
  void decode_bytesNotGzip_saysWhatWasExpected() {
    assertThatThrownBy(() -> EntityLines.decode("{}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SnapshotException.class)
        .hasMessage(
            "Encoded entities cannot be read (Not in GZIP format); expected gzip-compressed JSON"
                + " lines written by EntityLines.encode. The bytes were damaged on the way: run"
                + " the job again.");
  }
}
