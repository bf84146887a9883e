"""Selects the v2 development and test articles (issue: extraction v2), reproducibly.

    python3 eval/v2/select.py            # writes eval/v2/selection.json

Chosen by a seeded shuffle over the corpora's international categories, never by what any extractor
or trigger word finds. Read from ../shared/corpus/ (not in the repository).
- Arabic: ant-2018 articles of categories internationalNews and middleEast, 600-2,500 characters of
  text (long enough to state several events, short enough to annotate whole), sorted by id, shuffled
  with random.Random(2026); the first 80 are taken.
- English: en-allsides articles of every category but trade and mexico (domestic US politics in the
  main), 600-3,500 characters, sorted by id, shuffled with random.Random(2026); the first 40 taken.
- Split: in each language the first 20 picks are the test split (no rule is written from them), the
  rest the development split.
"""
import gzip
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / 'shared' / 'corpus'
PLAN = [
    ('ar', 'ant-2018.jsonl.gz', lambda c: c in ('internationalNews', 'middleEast'), (600, 2500), 80),
    ('en', 'en-allsides.jsonl.gz', lambda c: c not in ('trade', 'mexico'), (600, 3500), 40),
]
TEST_PER_LANGUAGE = 20


def main() -> None:
    chosen = []
    for lang, name, category_ok, (low, high), count in PLAN:
        rows = []
        with gzip.open(CORPUS / name, 'rt', encoding='utf-8') as f:
            for line in f:
                article = json.loads(line)
                if category_ok(article['category']) and low <= len(article['text']) <= high:
                    rows.append(article)
        rows.sort(key=lambda a: a['id'])
        random.Random(2026).shuffle(rows)
        for n, article in enumerate(rows[:count]):
            chosen.append({
                'id': article['id'], 'lang': lang, 'split': 'test' if n < TEST_PER_LANGUAGE else 'dev',
                'category': article['category'], 'source': article['source'], 'date': article['date'],
                'title': article['title'], 'chars': len(article['text']),
            })
    out = ROOT / 'eval' / 'v2' / 'selection.json'
    out.write_text(json.dumps({'about': __doc__.strip().splitlines()[0], 'articles': chosen}, ensure_ascii=False, indent=1) + '\n')
    print(f'{len(chosen)} articles -> {out.relative_to(ROOT)}')


if __name__ == '__main__':
    main()
