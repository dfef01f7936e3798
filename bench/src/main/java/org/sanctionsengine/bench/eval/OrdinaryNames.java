package org.sanctionsengine.bench.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Ordinary names from many cultures, on no list as far as anyone knows: given names and surnames of
 * 38 cultures in their own scripts, from Datafaker's locale files (Apache-2.0; see {@code
 * ordinary-names/README.md} beside this class's resources), combined at random with a fixed seed.
 * Nothing in the matcher was built from these lists, unlike {@link UnlistedNames}.
 */
final class OrdinaryNames {
  static final String RESOURCE = "ordinary-names/names.tsv";
  static final int PER_CULTURE = 100;

  /** One culture's name parts: part ("given", "given-m", "surname-f" …) to names. */
  record Culture(String name, boolean familyFirst, Map<String, List<String>> parts) {}

  /** A generated full name and the culture it came from. */
  record OrdinaryName(String text, String culture) {}

  private OrdinaryNames() {}

  static List<Culture> load() {
    Map<String, Culture> cultures = new LinkedHashMap<>();
    try (InputStream in = OrdinaryNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE + " beside OrdinaryNames");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split("\t", -1);
        Culture culture =
            cultures.computeIfAbsent(
                fields[0],
                c -> new Culture(c, Boolean.parseBoolean(fields[1]), new LinkedHashMap<>()));
        culture.parts().computeIfAbsent(fields[2], p -> new ArrayList<>()).add(fields[3]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(cultures.values());
  }

  /**
   * {@link #PER_CULTURE} distinct full names per culture: a given name and a surname (of one gender
   * where the lists have genders), in the culture's order; a quarter of the names in cultures
   * written given name first have a second given name, and four in ten East Slavic and Bulgarian
   * names a patronymic. Chinese and Korean names are written without a space, as at home.
   */
  static List<OrdinaryName> generate(List<Culture> cultures, Random random) {
    List<OrdinaryName> names = new ArrayList<>();
    for (Culture culture : cultures) {
      Set<String> made = new LinkedHashSet<>();
      for (int tries = 0; made.size() < PER_CULTURE && tries < PER_CULTURE * 20; tries++) {
        made.add(one(culture, random));
      }
      made.forEach(text -> names.add(new OrdinaryName(text, culture.name())));
    }
    return names;
  }

  private static String one(Culture culture, Random random) {
    Map<String, List<String>> parts = culture.parts();
    String gender = random.nextBoolean() ? "-m" : "-f";
    String given = pick(parts, "given", gender, random);
    String surname = pick(parts, "surname", gender, random);
    if (culture.familyFirst()) {
      boolean joined = culture.name().startsWith("Chinese") || culture.name().equals("Korean");
      return surname + (joined ? "" : " ") + given;
    }
    if (parts.containsKey("patronymic" + gender) && random.nextInt(10) < 4) {
      return given + " " + pick(parts, "patronymic", gender, random) + " " + surname;
    }
    if (random.nextInt(4) == 0) {
      String second = pick(parts, "given", gender, random);
      if (!second.equals(given)) {
        return given + " " + second + " " + surname;
      }
    }
    return given + " " + surname;
  }

  private static String pick(
      Map<String, List<String>> parts, String part, String gender, Random random) {
    List<String> list = parts.getOrDefault(part + gender, parts.get(part));
    if (list == null) {
      throw new IllegalStateException("No " + part + " names in " + parts.keySet());
    }
    return list.get(random.nextInt(list.size()));
  }
}
