#!/usr/bin/env python3
"""Derive Data/pinyin.tsv (Han character -> toneless pinyin readings) once.

Source: the PyPI package `pypinyin` (MIT licence, (c) 2016 mozillazg, 闲耘),
whose pinyin_dict.json is generated from the public pinyin-data project
(https://github.com/mozillazg/pinyin-data, MIT licence), which in turn merges
Unihan kHanyuPinyin/kXHC1983/kMandarin and other public lists. Readings keep
pinyin-data's order, which puts the most common reading first.

Output, one line per character, sorted by code point:
    行<TAB>xing,hang,heng
Readings are lower-case ASCII without tones; ü is written v (lv, nv), as
pinyin input methods do. Lines starting with '#' are comments.

Run once (the product never needs Python):
    pip install pypinyin==0.55.0
    python3 Scripts/make_pinyin_table.py > Data/pinyin.tsv
"""
import json
import os
import re
import sys
import unicodedata

import pypinyin

COMBINING_DIAERESIS = "\u0308"


def toneless(reading):
    """Strip tone marks; keep ü apart as v, since lü and lu are different."""
    out = []
    for ch in unicodedata.normalize("NFD", reading.lower()):
        if ch == COMBINING_DIAERESIS and out and out[-1] == "u":
            out[-1] = "v"
        elif not unicodedata.combining(ch):
            out.append(ch)
    return "".join(out)


def main():
    path = os.path.join(os.path.dirname(pypinyin.__file__), "pinyin_dict.json")
    with open(path, encoding="utf-8") as f:
        table = {int(k): v for k, v in json.load(f).items()}

    out = sys.stdout
    out.write("# Han character -> toneless pinyin, most common reading first.\n")
    out.write("# Made by Scripts/make_pinyin_table.py from pypinyin %s (MIT),\n"
              % pypinyin.__version__)
    out.write("# data of the pinyin-data project (MIT). Do not edit by hand.\n")
    syllable = re.compile(r"^[a-z]{1,6}$")
    for code in sorted(table):
        # Private-use code points have no agreed glyph; leave them out.
        if 0xE000 <= code <= 0xF8FF:
            continue
        readings = []
        for r in table[code].split(","):
            t = toneless(r.strip())
            if not syllable.match(t):
                sys.exit("unexpected reading %r for U+%04X" % (r, code))
            if t not in readings:
                readings.append(t)
        out.write("%s\t%s\n" % (chr(code), ",".join(readings)))


if __name__ == "__main__":
    main()
