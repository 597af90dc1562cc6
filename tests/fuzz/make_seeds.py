#!/usr/bin/env python3
# Writes the fuzzers' seed corpora (tests/fuzz/corpus/<target>/) from the fixtures: small valid inputs of
# each kind, cut down from tests/fixtures/expected and assets/data/quiz.json, plus a few near-misses.
# Run it again after the bundle schema changes: python3 tests/fuzz/make_seeds.py
import json
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests/fixtures/expected"
OUT = ROOT / "tests/fuzz/corpus"


def load(name):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def compact(doc):
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write(target, name, data):
    folder = OUT / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


# Made with ./run ometer code encode --form 30 --answers 210210210210210210210210210210 (then --compare
# 5241,2231 and --region us --compare 47-2111.00): valid codes for the results_code seeds.
RESULTS_CODES = {}

# Free text, cut to a few characters, and lists, cut to two items, where the readers check neither.
TEXT_FIELDS = {"title", "description", "entry_routes", "education", "name", "licence", "credit", "url", "years", "label"}
LONG_LISTS = {"tasks", "skills", "knowledge", "bright_categories", "series", "points", "onet", "related"}


def shrink(value, key=None):
    """Keeps a document valid and every field in it, with as little text as possible."""
    if isinstance(value, str) and key in TEXT_FIELDS:
        return value[:6]
    if isinstance(value, list):
        return [shrink(v) for v in (value[:2] if key in LONG_LISTS else value)]
    if isinstance(value, dict):
        return {k: shrink(v, k) for k, v in value.items()}
    return value


def bundle_seeds():
    # Small seeds with every field: mutations then mostly land on structure rather than in long texts.
    for region in ("uk", "us"):
        b = load(f"{region}.json")
        fullest = max(b["occupations"], key=lambda o: len(compact(o)) if "outlook" in o else 0)
        small = shrink(dict(b, occupations=[fullest]))
        write("bundle", f"{region}-every-field-small.json", compact(small))
    for region, keep in (("uk", ["5241", "2231"]), ("us", ["47-2111.00", "29-1141.00"])):
        b = load(f"{region}.json")
        b["occupations"] = [o for o in b["occupations"] if o["code"] in keep]
        write("bundle", f"{region}-two-occupations.json", compact(b))
        one = dict(b, occupations=[{k: v for k, v in b["occupations"][0].items()
                                    if k in ("code", "title", "description", "tasks", "pay_annual")}])
        write("bundle", f"{region}-minimal.json", compact(one))
    # Regression seed: pay at and beyond INT64_MIN's magnitude, which money() once negated (UB). The reader's
    # range checks (schema 2) now refuse it; kept so that a loosened check would reach the formatters again.
    huge = json.loads(compact(one))
    huge["occupations"][0]["pay_annual"] = {"p10": 9223372036854775808, "median": 9.3e18, "p90": 1.7e308}
    write("bundle", "us-huge-pay.json", compact(huge))
    data = compact(load("uk.json"))
    write("bundle", "truncated.json", data[:600])
    # The split bundle the web reads: cards (a bundle) and details (fuzz_details reads them onto the fixture's cards).
    for region in ("uk", "us"):
        cards = load(f"{region}-cards.json")
        write("bundle", f"{region}-cards-small.json", compact(shrink(dict(cards, occupations=cards["occupations"][:2]))))
        details = load(f"{region}-details.json")
        codes = list(details["details"])[:2]
        write("details", f"{region}-details-small.json", compact(shrink(dict(details, details={c: details["details"][c] for c in codes}))))


def titles_seeds():
    for region in ("uk", "us"):
        t = load(f"{region}-titles.json")
        codes = list(t["titles"])[:3]
        t["titles"] = {c: {kind: titles[:4] for kind, titles in t["titles"][c].items()} for c in codes}
        write("titles", f"{region}-three-codes.json", compact(t))
    schema = load("uk-titles.json")["schema"]
    write("titles", "unknown-code.json",
          f'{{"schema":{schema},"kind":"titles","data_version":"x","region":"uk","titles":{{"0000":{{"index":["x"]}}}}}}')


def search_seeds():
    # One byte region (even: uk, odd: us), one byte limit, then queries one per line.
    write("search", "typing-electrician", b"\x00\x0a" + b"\n".join(b"electrician"[:i] for i in range(1, 12)))
    write("search", "typos-and-compounds", b"\x00\x05taxi diver\npolice man\nstock broker\nnurse\n")
    write("search", "us-queries", b"\x01\x03registered nurse\nsoftware dev\nplumber\n")
    write("search", "odd-bytes", b"\x00\x10\x01\xff \xf0\x9f\x98\x8d nurse\n\xc3\xa9lectricien\n&&&\n")
    queries = [line.split("\t")[0] for line in (ROOT / "tests/fixtures/search_queries.tsv").read_text().splitlines()[1:41]]
    write("search", "fixture-queries", b"\x00\x0a" + "\n".join(queries).encode("utf-8"))


def quiz_answers_seeds():
    # One options byte (bit 0: 5-point scale, bit 1: 60-item form, bit 2: US, bits 3-5: max level + 1),
    # one byte limit, then the answer digits.
    write("quiz_answers", "quick-3point", b"\x00\x0a" + b"210" * 10)
    write("quiz_answers", "full-5point-us", b"\x07\x05" + b"12345" * 12)
    write("quiz_answers", "flat-level2", b"\x18\x0a" + b"1" * 30)
    write("quiz_answers", "wrong-digit", b"\x00\x0a" + b"2" * 29 + b"7")


def quiz_seeds():
    shutil.copyfile(ROOT / "assets/data/quiz.json", OUT / "quiz" / "shipped.json")
    q = json.loads((ROOT / "assets/data/quiz.json").read_text(encoding="utf-8"))
    q["items"] = q["items"][:6]
    ids = [i["id"] for i in q["items"]]
    q["forms"] = [{"id": "30", "name": "Quick", "items": ids}]
    write("quiz", "six-items.json", compact(q))


def results_code_seeds():
    # One mode byte (bit 0: text as typed; else bit 1: 60 statements, bit 2: 5-point scale, bit 3: a
    # comparison, bit 4: US), then the text, the answers (a byte each) or the job codes (one a line).
    write("results_code", "quick-answers", b"\x00" + bytes([0, 1, 2] * 10))
    write("results_code", "full-5point-answers", b"\x06" + bytes([0, 1, 2, 3, 4] * 12))
    write("results_code", "compare-uk", b"\x08" + b"5241\n2231\n3312")
    write("results_code", "compare-us", b"\x18" + b"47-2111.00\n29-1141.00")
    # Codes as a student types them (made with `ometer code encode`), and near misses.
    for name, code in RESULTS_CODES.items():
        write("results_code", name, b"\x01" + code.encode())
    write("results_code", "typed-wrong", b"\x01sk1-7q4m-2k9d-oil0")


def widgets_seeds():
    # First line: embed options with ';' for newlines; then actions: "!K" key, "@XY" click, "~D" swipe, commands.
    write("widgets", "careerometer-compare", "occupations=5241\nquery electr\n!\x02\n!\x06\nadd 2231\ndetails 0\n"
          "compare 5241,2231,3312\nremove 1\nabout\nmove 1\nhighlight 0\nclose\nput 1 5434\nfocus-search\n@\x40\x40\n")
    write("widgets", "careerometer-us-typing", "region=us;theme=dark\ninput-focus 1\nquery n\nquery nu\nquery nurse\n"
          "choose 0\nfocus add\n!\x01\n")
    answers = "".join(f"answer {i % 3}\n" for i in range(30))
    write("widgets", "skillsometer-complete", f"widget=skillsometer\nstart\n{answers}level 2\nlower 1\nmatch 0\npick 0\n"
          "pick 1\nlegend\ncompare\nback\nrestart\n")
    write("widgets", "skillsometer-restore", "widget=skillsometer;scale=5;form=60\nrestore v1|60|5|3|1|0" + "4" * 2 + "-" * 57 +
          "\n!\x0e\n!\x10\n~\xff\n~\x00\n!\x08\n")


if __name__ == "__main__":
    if OUT.exists():
        shutil.rmtree(OUT)
    for target in ("bundle", "details", "titles", "search", "quiz_answers", "quiz", "results_code", "widgets"):
        (OUT / target).mkdir(parents=True)
    bundle_seeds()
    titles_seeds()
    search_seeds()
    quiz_answers_seeds()
    quiz_seeds()
    results_code_seeds()
    widgets_seeds()
