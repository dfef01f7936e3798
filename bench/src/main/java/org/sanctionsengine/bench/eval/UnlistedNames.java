package org.sanctionsengine.bench.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Names on no list: common Korean, Chinese, Arabic, Russian and Western personal names made from
 * frequent given names and surnames, and ordinary Korean companies.
 */
final class UnlistedNames {
  private static final List<String> KOREAN_SURNAMES =
      List.of(
          "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh",
          "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong");
  private static final List<String> KOREAN_SYLLABLES =
      List.of(
          "min", "seo", "ji", "hyun", "woo", "jun", "soo", "young", "eun", "hye", "jin", "sung",
          "ho", "hee", "kyung", "mi", "yeon", "ha", "yoon", "da", "bin", "hoon", "jae", "won");
  private static final List<String> CHINESE_SURNAMES =
      List.of(
          "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
          "Ma", "Zhu", "Hu");
  private static final List<String> CHINESE_GIVEN =
      List.of(
          "Wei",
          "Fang",
          "Na",
          "Min",
          "Jing",
          "Qiang",
          "Lei",
          "Jun",
          "Yan",
          "Jie",
          "Juan",
          "Tao",
          "Ming",
          "Chao",
          "Xiu Ying",
          "Gui Lan",
          "Hong Mei",
          "Jian Hua",
          "Xiao Long");
  private static final List<String> ARABIC_FIRST =
      List.of(
          "Mohammed",
          "Ahmed",
          "Ali",
          "Omar",
          "Youssef",
          "Ibrahim",
          "Khaled",
          "Hassan",
          "Hussein",
          "Mustafa",
          "Fatima",
          "Aisha",
          "Mariam",
          "Nour",
          "Layla",
          "Karim",
          "Tariq",
          "Samir",
          "Walid",
          "Rami");
  private static final List<String> ARABIC_LAST =
      List.of(
          "Haddad", "Khoury", "Mansour", "Saleh", "Nasser", "Farah", "Aziz", "Qasim", "Hamdan",
          "Jaber", "Rahman", "Sabbagh", "Darwish", "Hijazi", "Barakat", "Shami");
  private static final List<String> RUSSIAN_FIRST =
      List.of(
          "Ivan", "Dmitry", "Sergei", "Alexei", "Andrei", "Olga", "Natalia", "Elena", "Tatiana",
          "Mikhail", "Pavel", "Nikolai", "Yuri", "Anna", "Maria");
  private static final List<String> RUSSIAN_LAST =
      List.of(
          "Ivanov",
          "Smirnov",
          "Kuznetsov",
          "Popov",
          "Sokolov",
          "Lebedev",
          "Kozlov",
          "Novikov",
          "Morozov",
          "Petrov",
          "Volkov",
          "Solovyov",
          "Vasiliev",
          "Zaitsev",
          "Pavlov",
          "Semenov",
          "Golubev",
          "Vinogradov",
          "Bogdanov",
          "Vorobyov");
  private static final List<String> WESTERN_FIRST =
      List.of(
          "James",
          "Mary",
          "John",
          "Patricia",
          "Robert",
          "Jennifer",
          "Michael",
          "Linda",
          "William",
          "Elizabeth",
          "David",
          "Barbara",
          "Richard",
          "Susan",
          "Joseph",
          "Jessica",
          "Thomas",
          "Sarah",
          "Charles",
          "Karen");
  private static final List<String> WESTERN_LAST =
      List.of(
          "Smith",
          "Johnson",
          "Williams",
          "Brown",
          "Jones",
          "Garcia",
          "Miller",
          "Davis",
          "Rodriguez",
          "Martinez",
          "Hernandez",
          "Lopez",
          "Gonzalez",
          "Wilson",
          "Anderson",
          "Taylor",
          "Moore",
          "Jackson",
          "Martin",
          "Lee");
  private static final List<String> KOREAN_COMPANIES =
      List.of(
          "Samsung Electronics Co., Ltd.",
          "Hyundai Motor Company",
          "SK Hynix Inc.",
          "LG Chem Ltd.",
          "POSCO Holdings Inc.",
          "Kia Corporation",
          "Naver Corporation",
          "Kakao Corp.",
          "Lotte Chemical Corporation",
          "CJ CheilJedang Corporation",
          "Hanwha Solutions Corporation",
          "Doosan Enerbility Co., Ltd.",
          "Korean Air Lines Co., Ltd.",
          "Shinhan Financial Group",
          "KB Financial Group",
          "Hana Financial Group",
          "Woori Bank",
          "Celltrion Inc.",
          "Amorepacific Corporation",
          "Nongshim Co., Ltd.",
          "Orion Corporation",
          "E-Mart Inc.",
          "GS Caltex Corporation",
          "S-Oil Corporation",
          "HD Hyundai Heavy Industries Co., Ltd.",
          "Samsung Heavy Industries Co., Ltd.",
          "HMM Co., Ltd.",
          "Pan Ocean Co., Ltd.",
          "Korea Zinc Co., Ltd.",
          "Korea Electric Power Corporation",
          "KT Corporation",
          "SK Telecom Co., Ltd.",
          "LG Uplus Corp.",
          "Hyosung Corporation",
          "Kumho Petrochemical Co., Ltd.",
          "Daewoo Engineering & Construction Co., Ltd.",
          "Hyundai Glovis Co., Ltd.",
          "Mirae Asset Securities Co., Ltd.",
          "Samsung Biologics Co., Ltd.",
          "Yuhan Corporation",
          "Hankook Tire & Technology Co., Ltd.",
          "HL Mando Corporation",
          "Ottogi Corporation",
          "Binggrae Co., Ltd.",
          "SPC Samlip Co., Ltd.",
          "Hanjin Transportation Co., Ltd.",
          "Sindoh Co., Ltd.",
          "Coway Co., Ltd.",
          "Hanssem Co., Ltd.",
          "Daesang Corporation");
  private static final List<String> KOREAN_COMPANY_WORDS =
      List.of(
          "Daehan",
          "Hanil",
          "Sejong",
          "Saehan",
          "Shinsung",
          "Dongil",
          "Samhwa",
          "Keumkang",
          "Hanyang",
          "Seoul",
          "Busan",
          "Incheon",
          "Gyeongnam",
          "Jinyang",
          "Taeyang",
          "Hanmi");
  private static final List<String> KOREAN_COMPANY_TRADES =
      List.of(
          "Trading",
          "Electronics",
          "Logistics",
          "Food",
          "Textile",
          "Steel",
          "Chemical",
          "Construction",
          "Pharmaceutical",
          "Marine");
  private static final List<String> KOREAN_COMPANY_FORMS =
      List.of("Co., Ltd.", "Corporation", "Inc.", "Company");

  private UnlistedNames() {}

  static List<EvalQuery> generate(Random random, int perKind) {
    List<EvalQuery> out = new ArrayList<>();
    for (int i = 0; i < perKind; i++) {
      out.add(
          new EvalQuery(
              pick(random, KOREAN_SURNAMES) + " " + koreanGiven(random),
              "",
              "unlisted: Korean person"));
      out.add(
          new EvalQuery(
              pick(random, CHINESE_SURNAMES) + " " + pick(random, CHINESE_GIVEN),
              "",
              "unlisted: Chinese person"));
      out.add(
          new EvalQuery(
              pick(random, ARABIC_FIRST) + " " + pick(random, ARABIC_LAST),
              "",
              "unlisted: Arabic person"));
      out.add(
          new EvalQuery(
              pick(random, RUSSIAN_FIRST) + " " + pick(random, RUSSIAN_LAST),
              "",
              "unlisted: Russian person"));
      out.add(
          new EvalQuery(
              pick(random, WESTERN_FIRST) + " " + pick(random, WESTERN_LAST),
              "",
              "unlisted: Western person"));
      out.add(
          new EvalQuery(
              pick(random, KOREAN_COMPANY_WORDS)
                  + " "
                  + pick(random, KOREAN_COMPANY_TRADES)
                  + " "
                  + pick(random, KOREAN_COMPANY_FORMS),
              "",
              "unlisted: Korean company"));
    }
    KOREAN_COMPANIES.forEach(name -> out.add(new EvalQuery(name, "", "unlisted: Korean company")));
    return out;
  }

  private static String koreanGiven(Random random) {
    String first = pick(random, KOREAN_SYLLABLES);
    String second = pick(random, KOREAN_SYLLABLES);
    String given = first.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + first.substring(1);
    return random.nextBoolean() ? given + "-" + second : given + second;
  }

  private static String pick(Random random, List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
