package org.sanctionsengine.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.Person;

/**
 * A CSV file of parties to screen, made from real list entries with a fixed seed: names as listed,
 * upper-cased, in another token order, with a typo, with a type, birth date and country; names on
 * no list; and rows the screening must refuse.
 */
final class Parties {
  static final String HEADER = "id,name,type,birth_date,country,imo";

  private static final List<String> UNLISTED =
      List.of(
          "Maria Gonzalez",
          "Kim Min-jun",
          "Zhang Wei",
          "Acme Trading Co., Ltd.",
          "Pacific Star Shipping",
          "Ahmed Hassan",
          "Ivan Petrov",
          "Lee Seo-yeon");

  private static final List<String> BAD =
      List.of(
          "bad-1,,,,,",
          "bad-2,Kim Jong Un,ship,,,",
          "bad-3,Kim Jong Un,person,84,,",
          "bad-4,Kim Jong Un,,,Narnia,",
          "bad-5,,vessel,,,IMO 12",
          ",Kim Jong Un,,,,");

  private Parties() {}

  /** About {@code 3 * entities + 14} rows, header first. */
  static List<String> csv(List<Entity> listed, int entities, long seed) {
    Random random = new Random(seed);
    List<Entity> sample = new ArrayList<>(listed);
    Collections.shuffle(sample, random);
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    int n = 0;
    for (Entity entity : sample.subList(0, entities)) {
      String name = entity.primaryName().value();
      lines.add(line("p" + n++, name, "", "", ""));
      lines.add(line("p" + n++, variant(name, random), "", "", ""));
      lines.add(
          line(
              "p" + n++,
              name,
              entity.kind().code(),
              birthYear(entity),
              random.nextBoolean() ? "KP" : ""));
    }
    UNLISTED.forEach(name -> lines.add(line("u" + lines.size(), name, "", "", "")));
    lines.addAll(BAD);
    return lines;
  }

  private static String variant(String name, Random random) {
    String[] tokens = name.trim().split("\\s+");
    return switch (random.nextInt(3)) {
      case 0 -> name.toUpperCase(Locale.ROOT);
      case 1 -> {
        List<String> reversed = new ArrayList<>(List.of(tokens));
        Collections.reverse(reversed);
        yield String.join(" ", reversed);
      }
      default -> {
        char[] letters = name.toCharArray();
        int at = letters.length / 2;
        if (at + 1 < letters.length && Character.isLetter(letters[at + 1])) {
          char swap = letters[at];
          letters[at] = letters[at + 1];
          letters[at + 1] = swap;
        }
        yield new String(letters);
      }
    };
  }

  private static String birthYear(Entity entity) {
    if (entity.kind() == EntityKind.PERSON && entity instanceof Person person) {
      return person.birthDates().isEmpty() ? "" : "1970";
    }
    return "";
  }

  private static String line(String id, String name, String type, String birth, String country) {
    return String.join(",", id, quote(name), type, birth, country, "");
  }

  static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }
}
