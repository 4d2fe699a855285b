# SPDX-License-Identifier: GPL-3.0-or-later
"""Saved conversations for tests/bench/run.sh, written the way ConversationStore stores them
(one <id>.json per conversation). Deterministic (fixed seed), so every run measures the same data.

    long_conversation(dir)        one 2,000-message conversation, about 2 MB of Markdown; every
                                  tenth message has a code block and a table; returns its id
    many_conversations(dir, n)    n conversations of 50 messages each (about 12 KB per file)
"""
import datetime
import json
import os
import random
import uuid

KO_WORDS = ("사주", "팔자", "일간", "오행", "목", "화", "토", "금", "수", "음양", "대운", "세운", "궁합",
            "천간", "지지", "갑자", "을축", "병인", "정묘", "무진", "기사", "오늘", "운세", "조언",
            "건강", "재물", "관계", "시간", "흐름", "균형", "에너지", "성격", "장점", "주의", "합니다",
            "있습니다", "좋습니다", "그리고", "하지만", "따라서", "예를", "들어", "중요한", "부분은")
EN_WORDS = ("the", "day", "master", "pillar", "element", "balance", "wood", "fire", "earth", "metal",
            "water", "yin", "yang", "luck", "cycle", "energy", "strong", "weak", "season", "month",
            "year", "hour", "stem", "branch", "harmony", "clash", "support", "and", "with", "which",
            "means", "that", "your", "chart", "shows", "a", "gentle", "steady", "growth")
EMOJI = ("🌱", "🔥", "⛰️", "⚙️", "💧", "✨", "🙂")
MODEL = "openai/gpt-5.2"


def _sentence(rng, words, n):
    text = " ".join(rng.choice(words) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def _paragraph(rng, sentences):
    words = KO_WORDS if rng.random() < 0.6 else EN_WORDS
    parts = [_sentence(rng, words, rng.randint(6, 16)) for _ in range(sentences)]
    if rng.random() < 0.2:
        parts.append(rng.choice(EMOJI))
    # Some inline Markdown, as answers have.
    if rng.random() < 0.5:
        parts.insert(1, "**" + rng.choice(words) + "**")
    return " ".join(parts)


def _rich_answer(rng, index):
    rows = "\n".join("| %s | %s | %d |" % (rng.choice(KO_WORDS), rng.choice(EN_WORDS), rng.randint(1, 99))
                     for _ in range(6))
    code = "\n".join("    total += pillar_%d * %d  # %s" % (i, rng.randint(2, 9), rng.choice(EN_WORDS))
                     for i in range(12))
    return ("## 답변 %d\n\n%s\n\n```python\ndef score(pillars):\n    total = 0\n%s\n    return total\n```\n\n"
            "| 항목 | item | 점수 |\n| --- | --- | ---: |\n%s\n\n- %s\n- %s\n\n%s" %
            (index, _paragraph(rng, 3), code, rows, _paragraph(rng, 1), _paragraph(rng, 1), _paragraph(rng, 2)))


def _iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def _messages(rng, count, start, rich_every, answer_sentences):
    messages = []
    t = start
    for i in range(count):
        t += datetime.timedelta(seconds=rng.randint(5, 90))
        if i % 2 == 0:
            content = _paragraph(rng, rng.randint(1, 2))
            messages.append({"role": "user", "content": content, "state": "complete", "time": _iso(t)})
        else:
            if rich_every and i % rich_every == rich_every - 1:
                content = _rich_answer(rng, i)
            else:
                content = "\n\n".join(_paragraph(rng, rng.randint(*answer_sentences)) for _ in range(rng.randint(1, 3)))
            messages.append({"role": "assistant", "content": content, "state": "complete", "time": _iso(t),
                             "model": MODEL})
    return messages, t


def _write(directory, rng, title, messages, created, updated):
    cid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    doc = {"format": 1, "id": cid, "title": title, "model": MODEL, "createdAt": _iso(created),
           "updatedAt": _iso(updated), "messages": messages}
    with open(os.path.join(directory, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=4)
    return cid


def long_conversation(directory, messages=2000):
    """The 2,000-message conversation (returns its id) plus a newer small one that the app shows at start."""
    os.makedirs(directory, exist_ok=True)
    rng = random.Random(2000)
    start = datetime.datetime(2025, 1, 1, 9, 0, 0)
    msgs, end = _messages(rng, messages, start, rich_every=10, answer_sentences=(9, 16))
    cid = _write(directory, rng, "긴 대화 — 2,000 messages", msgs, start, end)
    small, small_end = _messages(rng, 4, end + datetime.timedelta(days=1), rich_every=0, answer_sentences=(1, 2))
    _write(directory, rng, "짧은 대화", small, end, small_end)
    return cid


def many_conversations(directory, count=1000, messages=50):
    os.makedirs(directory, exist_ok=True)
    rng = random.Random(1000)
    t = datetime.datetime(2024, 1, 1, 9, 0, 0)
    for i in range(count):
        msgs, end = _messages(rng, messages, t, rich_every=0, answer_sentences=(1, 1))
        _write(directory, rng, "대화 %d — %s" % (i + 1, rng.choice(EN_WORDS)), msgs, t, end)
        t = end + datetime.timedelta(hours=1)


def tree_size(directory):
    return sum(os.path.getsize(os.path.join(directory, f)) for f in os.listdir(directory))


if __name__ == "__main__":
    import sys
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        print("long conversation id", long_conversation(os.path.join(d, "long")),
              "bytes", tree_size(os.path.join(d, "long")))
        many_conversations(os.path.join(d, "many"), int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
        print("many: bytes", tree_size(os.path.join(d, "many")))
