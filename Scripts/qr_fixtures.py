#!/usr/bin/env python3
"""Writes the QR reference fixtures in Tests/Fixtures/qr/ using nayuki's
qrcodegen (https://www.nayuki.io/page/qr-code-generator-library), an
independent, well-known encoder. Run once; the output is committed, the
library is not:

    python3 -m venv /tmp/qrref && /tmp/qrref/bin/pip install qrcodegen==1.8.0
    /tmp/qrref/bin/python Scripts/qr_fixtures.py

symbols.txt: one block per symbol, fields `key: value`, then `rows:` and one
line per module row, dark modules as '#', light as '.'. `segments` lists
mode:data pairs (N numeric, A alphanumeric, B bytes, all three in hex; E an
ECI designator in decimal).
`text` is the payload in hex when the encoder's automatic segmentation is
expected to give exactly these segments (single mode, or ECI + bytes for
UTF-8 text); '-' otherwise. `mask` is the fixed mask the symbol was drawn
with; `auto-mask` is the mask the reference picks by itself for the same
input.

capacity.txt: for every version and level, the largest numeric,
alphanumeric and byte payload that fits, checked with the reference's own
bit accounting.
"""
import os
import random
import sys

from qrcodegen import QrCode, QrSegment

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "qr")
LEVELS = {"L": QrCode.Ecc.LOW, "M": QrCode.Ecc.MEDIUM, "Q": QrCode.Ecc.QUARTILE, "H": QrCode.Ecc.HIGH}
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def capacity_bits(version, level):
    return QrCode._get_num_data_codewords(version, LEVELS[level]) * 8


def make_segment(mode, payload):
    if mode == "N":
        return QrSegment.make_numeric(payload)
    if mode == "A":
        return QrSegment.make_alphanumeric(payload)
    if mode == "B":
        return QrSegment.make_bytes(payload)
    return QrSegment.make_eci(payload)


def fits(segments, version, level):
    bits = QrSegment.get_total_bits([make_segment(m, p) for m, p in segments], version)
    return bits is not None and bits <= capacity_bits(version, level)


def filled(mode, n):
    if mode == "U":
        return [("E", 26), ("B", b"a" * n)]
    return [(mode, {"N": "1", "A": "A", "B": b"a"}[mode] * n)]


def max_length(mode, version, level):
    n = 0
    step = 4096
    while step:
        if fits(filled(mode, n + step), version, level):
            n += step
        else:
            step //= 2
    return n


# Payload makers. Digit runs stay short in alphanumeric and byte payloads, and
# byte payloads avoid upper case, so that the optimal segmentation is the
# single mode and the public encode(text:) must reproduce the symbol too.
def numeric(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alphanumeric(rng, n):
    out = []
    while len(out) < n:
        out.append(rng.choice(ALNUM[10:]))
        if rng.random() < 0.3:
            out.extend(rng.choice("0123456789") for _ in range(rng.randint(1, 3)))
    return "".join(out[:n])


def lowercase_bytes(rng, n):
    out = []
    while len(out) < n:
        out.append(rng.choice("abcdefghijklmnopqrstuvwxyz ,.;!?'()-_@&"))
        if rng.random() < 0.1:
            out.append(rng.choice("0123456789"))
    return "".join(out[:n]).encode("ascii")


CHINESE = "人大代表联络站民情意见建议接待群众夜聊闭环办理答复反馈满意度街道社区乡镇"


def chinese_bytes(rng, n):
    """Exactly n bytes of UTF-8: Chinese text, topped up with ASCII."""
    out = b""
    while True:
        piece = rng.choice(CHINESE + "，。、 ").encode("utf-8")
        if len(out) + len(piece) > n:
            return out + b"z" * (n - len(out))
        out += piece


def single_mode_payload(rng, mode, version, level):
    """A payload whose smallest version at `level` is exactly `version`."""
    low = max_length(mode, version - 1, level) + 1 if version > 1 else 1
    high = max_length(mode, version, level)
    n = rng.randint(low, high)
    if mode == "N":
        return [("N", numeric(rng, n))]
    if mode == "A":
        return [("A", alphanumeric(rng, n))]
    if mode == "U":
        # UTF-8 Chinese behind ECI 26.
        return [("E", 26), ("B", chinese_bytes(rng, n))]
    return [("B", lowercase_bytes(rng, n))]


def describe(segments):
    parts = []
    for mode, payload in segments:
        if mode == "B":
            parts.append("B:" + payload.hex())
        elif mode == "E":
            parts.append(f"E:{payload}")
        else:
            parts.append(f"{mode}:" + payload.encode("ascii").hex())
    return " ".join(parts)


def text_field(segments, single):
    if not single:
        return "-"
    data = b"".join(p if m == "B" else (p.encode("ascii") if m in "NA" else b"") for m, p in segments)
    return data.hex() if data else "-"


def symbol_block(name, segments, level, min_version, boost, mask, single):
    segs = [make_segment(m, p) for m, p in segments]
    fixed = QrCode.encode_segments(segs, LEVELS[level], minversion=min_version, mask=mask, boostecl=boost)
    auto = QrCode.encode_segments(segs, LEVELS[level], minversion=min_version, mask=-1, boostecl=boost)
    assert auto.get_version() == fixed.get_version()
    used = {v: k for k, v in LEVELS.items()}[fixed.get_error_correction_level()]
    lines = [
        f"name: {name}",
        f"segments: {describe(segments)}",
        f"text: {text_field(segments, single)}",
        f"ecc: {level}",
        f"min-version: {min_version}",
        f"boost: {1 if boost else 0}",
        f"mask: {mask}",
        f"auto-mask: {auto.get_mask()}",
        f"version: {fixed.get_version()}",
        f"used-ecc: {used}",
        "rows:",
    ]
    size = fixed.get_size()
    for y in range(size):
        lines.append("".join("#" if fixed.get_module(x, y) else "." for x in range(size)))
    return "\n".join(lines) + "\n"


def main():
    rng = random.Random(18004)
    blocks = [symbol_block("annex-i", [("N", "01234567")], "M", 1, False, 2, True)]
    # Every version 1-12 (small), then a spread up to 40 with v32's irregular
    # alignment spacing; modes, levels and masks rotate.
    versions = list(range(1, 13)) + [14, 17, 21, 23, 27, 32, 36, 40]
    modes = ["N", "A", "B", "U"]
    levels = ["L", "M", "Q", "H"]
    for i, version in enumerate(versions):
        mode = modes[i % 4]
        level = levels[(i // 4 + i) % 4]
        segments = single_mode_payload(rng, mode, version, level)
        blocks.append(symbol_block(f"{mode}-v{version}-{level}", segments, level, 1, False, i % 8, True))
    # Mixed segments (hand-chosen split, so no text field), ECC boost, pinned minimum versions.
    mixed = [
        ("mixed-url", [("A", "HTTPS://LIAISON.EXAMPLE/R/"), ("N", "0123456789012"), ("B", b"?lang=zh")], "M", 1, True, 5),
        ("mixed-code", [("A", "REP:"), ("N", "4417"), ("A", "ABCDXYZ")], "Q", 1, False, 6),
        ("mixed-eci", [("E", 26), ("B", "代表".encode()), ("N", "20231120"), ("B", "夜聊".encode())], "L", 1, False, 7),
        ("boost-short", [("A", "STN:7K2M9Q4D8R")], "L", 1, True, 3),
        ("min-version-8", [("A", "CASE:2026-000123")], "M", 8, False, 1),
        ("min-version-20-boost", [("B", b"hello, liaison")], "L", 20, True, 4),
    ]
    for name, segments, level, min_version, boost, mask in mixed:
        blocks.append(symbol_block(name, segments, level, min_version, boost, mask, False))
    # Single-mode payloads with the boost on: the public API must agree.
    for i, (mode, version, level) in enumerate([("A", 2, "L"), ("N", 5, "M"), ("B", 9, "L"), ("U", 13, "M")]):
        segments = single_mode_payload(rng, mode, version, level)
        blocks.append(symbol_block(f"{mode}-v{version}-{level}-boost", segments, level, 1, True, (i * 3) % 8, True))

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "symbols.txt"), "w") as f:
        f.write("# Generated by Scripts/qr_fixtures.py with nayuki's qrcodegen 1.8.0. Do not edit.\n\n")
        f.write("\n".join(blocks))

    with open(os.path.join(OUT, "capacity.txt"), "w") as f:
        f.write("# Generated by Scripts/qr_fixtures.py with nayuki's qrcodegen 1.8.0. Do not edit.\n")
        f.write("# version level numeric alphanumeric byte: the largest payload that fits\n")
        for version in range(1, 41):
            for level in "LMQH":
                counts = [max_length(m, version, level) for m in "NAB"]
                for m, n in zip("NAB", counts):
                    assert fits(filled(m, n), version, level)
                    assert not fits(filled(m, n + 1), version, level)
                f.write(f"{version} {level} {counts[0]} {counts[1]} {counts[2]}\n")
    print(f"wrote {len(blocks)} symbols", file=sys.stderr)


if __name__ == "__main__":
    main()
