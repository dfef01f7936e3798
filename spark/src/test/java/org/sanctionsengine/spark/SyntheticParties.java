package org.sanctionsengine.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Synthetic customers, as a bank's nightly re-screening sees them: mostly ordinary names (Western,
 * Korean, Chinese, Arabic, Russian, companies), and one in fifty a listed name written another way
 * (upper case, token order, a typo). Row {@code i} depends only on the seed and {@code i}, so any
 * partitioning generates the same rows.
 */
record SyntheticParties(long seed, List<String> listedNames) implements Serializable {

  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("name", DataTypes.StringType, false),
            DataTypes.createStructField("type", DataTypes.StringType, true),
            DataTypes.createStructField("birth_date", DataTypes.StringType, true),
            DataTypes.createStructField("country", DataTypes.StringType, true),
            DataTypes.createStructField("imo", DataTypes.StringType, true)
          });

  private static final List<String> GIVEN =
      List.of(
          "James",
          "Maria",
          "John",
          "Anna",
          "Michael",
          "Laura",
          "David",
          "Sofia",
          "Peter",
          "Emma",
          "Min-jun",
          "Seo-yeon",
          "Ji-ho",
          "Ha-eun",
          "Wei",
          "Fang",
          "Jing",
          "Lei",
          "Mohammed",
          "Ahmed",
          "Fatima",
          "Omar",
          "Aisha",
          "Ivan",
          "Olga",
          "Sergei",
          "Natalia",
          "Carlos",
          "Lucia",
          "Hans",
          "Ingrid",
          "Kenji",
          "Yuki",
          "Priya",
          "Ravi");
  private static final List<String> FAMILY =
      List.of(
          "Smith",
          "Garcia",
          "Muller",
          "Rossi",
          "Dubois",
          "Johnson",
          "Brown",
          "Martin",
          "Kowalski",
          "Kim",
          "Lee",
          "Park",
          "Choi",
          "Jung",
          "Wang",
          "Zhang",
          "Liu",
          "Chen",
          "Hassan",
          "Haddad",
          "Khalil",
          "Ivanov",
          "Petrova",
          "Smirnov",
          "Silva",
          "Santos",
          "Schmidt",
          "Tanaka",
          "Sato",
          "Sharma",
          "Patel",
          "Nguyen",
          "Yilmaz",
          "Jensen",
          "Novak");
  private static final List<String> COMPANY =
      List.of(
          "Trading",
          "Shipping",
          "Logistics",
          "Holdings",
          "Foods",
          "Textiles",
          "Metals",
          "Energy",
          "Marine",
          "Import Export",
          "Technologies",
          "Pharma");
  private static final List<String> COUNTRIES =
      List.of("US", "DE", "FR", "GB", "CN", "KR", "JP", "IN", "AE", "RU", "BR", "TR");

  /**
   * @param listedNames names from the real lists, of which a few rows are variants
   */
  SyntheticParties {
    listedNames = List.copyOf(listedNames);
  }

  Row row(long i) {
    SplittableRandom random = new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L));
    String id = "c" + i;
    int kind = random.nextInt(100);
    if (kind < 2) {
      return RowFactory.create(id, variant(pick(listedNames, random), random), "", "", "", "");
    }
    if (kind < 20) {
      String company =
          pick(FAMILY, random) + " " + pick(COMPANY, random) + (random.nextBoolean() ? " Ltd" : "");
      return RowFactory.create(id, company, "organization", "", pick(COUNTRIES, random), "");
    }
    String person = pick(GIVEN, random) + " " + pick(FAMILY, random);
    String born = String.valueOf(1940 + random.nextInt(65));
    return RowFactory.create(id, person, "person", born, pick(COUNTRIES, random), "");
  }

  private static String variant(String name, SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> name.toUpperCase(Locale.ROOT);
      case 1 -> {
        String[] tokens = name.trim().split("\\s+");
        StringBuilder reversed = new StringBuilder();
        for (int t = tokens.length - 1; t >= 0; t--) {
          reversed.append(tokens[t]).append(t > 0 ? " " : "");
        }
        yield reversed.toString();
      }
      default -> {
        char[] letters = name.toCharArray();
        int at = letters.length / 2;
        letters[at] = letters[at] == 'e' ? 'a' : 'e';
        yield new String(letters);
      }
    };
  }

  private static String pick(List<String> options, SplittableRandom random) {
    return options.get(random.nextInt(options.size()));
  }
}
