#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Undo the two rewrites Qt 6.4's lupdate makes to every message it touches, so .ts diffs stay small.

lupdate writes ' and " in text as &apos; and &quot;, and splits the plural forms of a numerus message
over several lines. This project keeps both as people write them: quotes unescaped, and
<translation><numerusform>…</numerusform><numerusform>…</numerusform></translation> on one line.

    translations/normalize-ts.py translations/sajudesk_ko.ts translations/sajudesk_en.ts   # rewrite in place
    translations/normalize-ts.py --check translations/*.ts                                  # exit 1 if not normal

cmake --build <dir> --target update_translations runs it after lupdate. The parsed content of a file
is never changed: the script compares it before and after and refuses to write otherwise.
"""
import re
import sys
import xml.etree.ElementTree as ET

TAG = re.compile(r"(<[^>]*>)")
# Whitespace lupdate puts between the tags of one plural translation.
NUMERUS_OPEN = re.compile(r"(<translation(?:\s[^>]*)?>)\s+(<numerusform)")
NUMERUS_NEXT = re.compile(r"(</numerusform>)\s+(<numerusform|</translation>)")


def normalize(text: str) -> str:
    # Quotes only in text between tags; attribute values keep their escaping.
    parts = TAG.split(text)
    for i in range(0, len(parts), 2):
        parts[i] = parts[i].replace("&apos;", "'").replace("&quot;", '"')
    text = "".join(parts)
    text = NUMERUS_OPEN.sub(r"\1\2", text)
    return NUMERUS_NEXT.sub(r"\1\2", text)


def content(text: str):
    """Every message as (context, source, translation type, translation or plural forms)."""
    out = []
    for context in ET.fromstring(text.encode("utf-8")).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            out.append((name, message.findtext("source"), message.get("numerus"),
                        translation.get("type") if translation is not None else None,
                        forms or (translation.text if translation is not None else None),
                        message.findtext("comment"), message.findtext("extracomment")))
    return out


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    status = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            before = f.read()
        after = normalize(before)
        if content(after) != content(before):
            print(f"{path}: normalizing would change the messages; left as it is", file=sys.stderr)
            return 3
        if after == before:
            continue
        if check:
            print(f"{path}: not normalized (run translations/normalize-ts.py {path})", file=sys.stderr)
            status = 1
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(after)
            print(f"{path}: normalized")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
