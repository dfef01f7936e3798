"""Extracts ordinary-names.tsv from the locale files of Datafaker 2.4.2 (Apache-2.0).

Usage: python3 extract.py DIR-WITH-UNZIPPED-YML > names.tsv
(unzip -q datafaker-2.4.2.jar '*.yml' -d DIR). Deterministic: a fixed seed draws at most
PER_LIST names of every list, so the file stays small and reviewable.
"""
import random
import sys

import yaml

PER_LIST = 60
SEED = 20261207
# locale file -> (culture label, family name first?)
LOCALES = {
    "en/name.yml": ("English (US)", False),
    "es.yml": ("Spanish", False), "es-MX.yml": ("Spanish (Mexico)", False),
    "pt-BR.yml": ("Portuguese (Brazil)", False), "fr.yml": ("French", False),
    "de.yml": ("German", False), "it.yml": ("Italian", False), "pl.yml": ("Polish", False),
    "nl.yml": ("Dutch", False), "sv.yml": ("Swedish", False), "cs-CZ.yml": ("Czech", False),
    "hr.yml": ("Croatian", False), "hu.yml": ("Hungarian", True), "fi-FI.yml": ("Finnish", False),
    "sq.yml": ("Albanian", False), "tr.yml": ("Turkish", False),
    "id-ID.yml": ("Indonesian", False), "vi.yml": ("Vietnamese", True),
    "en-IN.yml": ("Indian", False), "en-NG.yml": ("Nigerian", False),
    "en-PAK.yml": ("Pakistani", False), "en-ZA.yml": ("South African", False),
    "en-SG.yml": ("Singaporean", False), "ru.yml": ("Russian", False),
    "uk.yml": ("Ukrainian", False), "bg.yml": ("Bulgarian", False),
    "be.yml": ("Belarusian", False), "ar.yml": ("Arabic", False), "fa.yml": ("Persian", False),
    "he.yml": ("Hebrew", False), "el-GR.yml": ("Greek", False), "ko.yml": ("Korean", True),
    "zh-CN.yml": ("Chinese", True), "zh-TW.yml": ("Chinese (Taiwan)", True),
    "ja.yml": ("Japanese", True), "th.yml": ("Thai", False), "hy.yml": ("Armenian", False),
    "ka.yml": ("Georgian", False),
}
PARTS = {  # datafaker key -> our part
    "first_name": "given", "male_first_name": "given-m", "female_first_name": "given-f",
    "man_first_name": "given-m", "woman_first_name": "given-f",
    "malay_male_first_name": "given-m", "malay_female_first_name": "given-f",
    "last_name": "surname", "male_last_name": "surname-m", "female_last_name": "surname-f",
    "man_last_name": "surname-m", "woman_last_name": "surname-f", "last_name_base": "surname",
    "male_middle_name": "patronymic-m", "female_middle_name": "patronymic-f",
}


def name_lists(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "name" and isinstance(value, dict):
                yield value
            else:
                yield from name_lists(value)


# Datafaker's Vietnamese "first_name" list holds family names (Nguyễn, Trần) and its
# "last_name" list given and middle names: its format is "#{first_name} #{last_name}".
SWAPPED = {"vi.yml": {"first_name": "surname", "last_name": "given"}}


def main(root):
    random.seed(SEED)
    print("culture\tfamily_first\tpart\tname")
    for file, (culture, family_first) in LOCALES.items():
        with open(f"{root}/{file}", encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        for names in name_lists(data):
            for key, part in PARTS.items():
                part = SWAPPED.get(file, {}).get(key, part)
                values = [v for v in names.get(key, []) if isinstance(v, str) and "#{" not in v]
                if key == "first_name" and ("male_first_name" in names or
                                            "man_first_name" in names):
                    continue  # a union of the gendered lists
                if key == "last_name" and "male_last_name" in names:
                    continue
                values = sorted(set(v.strip().replace("\u200c", "") for v in values))
                for value in random.sample(values, min(PER_LIST, len(values))):
                    print(f"{culture}\t{str(family_first).lower()}\t{part}\t{value}")


if __name__ == "__main__":
    main(sys.argv[1])
