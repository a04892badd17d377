"""Person resolution at scale: 100,000 mentions from a generator that knows the truth.

    python bench/resolve.py [--mentions 100000] [--seed 7]

Each true person gets several mentions in different spellings (Latin transliterations,
Cyrillic, German -ow endings, with and without the given name).  Resolution blocks on
the folded surname (no all-pairs comparison), links mentions whose names agree, and
is scored pairwise against the truth.  Prints time, comparisons made, pairwise
precision/recall/F1 and peak RSS.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections import defaultdict
from itertools import combinations

from casetrail.review.names import name_key, name_similarity

GIVEN = [
    "Ismail",
    "Salekh",
    "Ruslan",
    "Magomed",
    "Akhmed",
    "Zelimkhan",
    "Adam",
    "Khamzat",
    "Islam",
    "Aslan",
    "Said",
    "Umar",
    "Ibragim",
    "Ilyas",
    "Movsar",
    "Timur",
    "Arbi",
    "Rustam",
    "Anzor",
    "Beslan",
    "Dzhabrail",
    "Yusup",
    "Alikhan",
    "Shamil",
    "Murad",
]
SYLLABLES = [c + v for c in "bdgklmnrstvzh" for v in "aiu"] + ["kha", "dzha", "tsu", "sha"]
LINK_AT = 0.9  # same given name and near-identical folded surname
NAMESAKE_SHARE = 0.02  # people who share a full name with someone else: names alone can't tell
CYRILLIC = str.maketrans(
    {
        "a": "а",
        "b": "б",
        "d": "д",
        "e": "е",
        "g": "г",
        "i": "и",
        "k": "к",
        "l": "л",
        "m": "м",
        "n": "н",
        "o": "о",
        "r": "р",
        "s": "с",
        "t": "т",
        "u": "у",
        "v": "в",
        "z": "з",
        "y": "ы",
        "h": "х",
        "c": "ц",
        "f": "ф",
        "w": "в",
    }
)


def spellings(given: str, root: str, ending: str) -> list[str]:
    """How reports write one person's name: transliteration variants, Cyrillic, with and
    without the given name."""
    variants = {"ev": ["ev", "yev", "iev"], "ov": ["ov", "ow", "off"]}[ending]
    latin = [f"{given} {root}{v}" for v in variants]
    cyrillic = f"{given} {root}{ending}".lower().translate(CYRILLIC)
    cyrillic = " ".join(w[:1].upper() + w[1:] for w in cyrillic.split())
    return [*latin, cyrillic, f"{root}{variants[0]}"]


def generate(count: int, rng: random.Random) -> tuple[list[str], list[int]]:
    names, truth = [], []
    person = 0
    people: list[tuple[str, str, str]] = []
    while len(names) < count:
        if people and rng.random() < NAMESAKE_SHARE:
            given, root, ending = rng.choice(people)
        else:
            root = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
            given, ending = rng.choice(GIVEN), rng.choice(["ev", "ov"])
        people.append((given, root, ending))
        forms = spellings(given, root, ending)
        for _ in range(rng.randint(2, 8)):
            names.append(rng.choice(forms[:-1]) if rng.random() > 0.15 else forms[-1])
            truth.append(person)
        person += 1
    return names[:count], truth[:count]


def resolve(names: list[str]) -> tuple[list[int], int]:
    """Cluster mentions: full names link on name agreement within a surname block; a bare
    surname joins only when its block holds a single given name."""
    keys = [name_key(n) for n in names]
    parent = list(range(len(names)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocks: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        blocks[key.block].append(index)
    comparisons = 0
    for members in blocks.values():
        by_form: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
        for index in members:
            by_form[(keys[index].surname, keys[index].given[:1])].append(index)
        for group in by_form.values():  # identical folded names: one comparison suffices
            for index in group[1:]:
                parent[find(index)] = find(group[0])
        representatives = [group[0] for group in by_form.values() if keys[group[0]].given]
        for left, right in combinations(representatives, 2):
            comparisons += 1
            score, _ = name_similarity(keys[left], keys[right])
            if score >= LINK_AT:
                parent[find(left)] = find(right)
        for (surname, given), group in by_form.items():
            if given:
                continue
            owners = {find(r) for r in representatives if keys[r].surname == surname}
            if len(owners) == 1:
                parent[find(group[0])] = owners.pop()
    return [find(i) for i in range(len(names))], comparisons


def pairwise(predicted: list[int], truth: list[int]) -> tuple[float, float]:
    def pairs(labels: list[int]) -> dict[int, int]:
        sizes: dict[int, int] = defaultdict(int)
        for label in labels:
            sizes[label] += 1
        return sizes

    joint: dict[tuple[int, int], int] = defaultdict(int)
    for p, t in zip(predicted, truth, strict=True):
        joint[(p, t)] += 1
    true_positive = sum(n * (n - 1) // 2 for n in joint.values())
    predicted_pairs = sum(n * (n - 1) // 2 for n in pairs(predicted).values())
    true_pairs = sum(n * (n - 1) // 2 for n in pairs(truth).values())
    precision = true_positive / predicted_pairs if predicted_pairs else 1.0
    recall = true_positive / true_pairs if true_pairs else 1.0
    return precision, recall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    names, truth = generate(args.mentions, random.Random(args.seed))
    started = time.perf_counter()
    clusters, comparisons = resolve(names)
    elapsed = time.perf_counter() - started
    precision, recall = pairwise(clusters, truth)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    all_pairs = len(names) * (len(names) - 1) // 2
    print(f"mentions:      {len(names):,} ({len(set(truth)):,} true people)")
    print(
        f"resolution:    {elapsed:.1f} s, {comparisons:,} name comparisons "
        f"({comparisons / all_pairs:.2e} of all {all_pairs:,} pairs)"
    )
    print(f"pairwise:      precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}")
    print(f"clusters:      {len(set(clusters)):,}")
    print(f"peak RSS:      {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
