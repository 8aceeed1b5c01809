"""Clean stage: boilerplate removal, reflow, whitespace normalisation, metadata.

The work happens on one document at a time:

1. every raw line is normalised (tabs, no-break and zero-width spaces,
   mojibake) and line rules run on it (`drop_line`, then `cut_tail`);
2. lines learned as boilerplate across the shard go (tasks/repeated.py), then
   the structural passes: a line echoing the removed widget above it, the
   lines a removed widget label speaks for (a contents list under "Jump to:",
   a sponsor's ad, a chart's title over "Created with Datawrapper"), a
   caption with its credit, a link-list tail, and the footer after the last article paragraph (lines that
   address the reader, the site's pitch between them, short fragments,
   labelled fields, notes about the page itself, a sentence naming the site by
   its masthead or copyright holder; a letter to readers that ends in the
   site's plea);
3. title, byline and date are taken from the header area (a breadcrumb ending
   in the headline is not the title; a menu under it may run past the area; a
   post with no headline loses the short lines over it; the outlet's blurb over
   the story goes), copies of the headline and a citation quoting it go, so
   does a PDF's running head, and the writer's bio (a closing sentence that
   starts with the byline's name, first name or surname) is dropped;
4. the remaining lines are rejoined into paragraphs (hard wraps undone);
5. paragraph rules run (`drop_paragraph`, `strip_prefix`); if they removed
   anything, the tail passes run again (a blurb or caption may have hidden the
   footer); a dateline is taken from the first paragraph (or the first
   paragraph is the dateline alone: "CNN —").

Rules live in `rules/boilerplate.toml`; every removal records the rule's name
and the raw 1-based line numbers, so `removed_lines` explains every cut.
"""

from __future__ import annotations

import bisect
import gc
import html
import re
import re._casefix as re_casefix
import re._constants as re_constants
import re._parser as re_parser
import tomllib
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice, takewhile
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick_rs
import ftfy
import polars as pl

from tasks.line_model import line_model
from tasks.repeated import LETTER, RepeatedLineSettings, learn_repeated_lines

DEFAULT_RULES = Path(__file__).with_name("rules") / "boilerplate.toml"
RULE_KINDS = ("drop_line", "drop_paragraph", "cut_tail", "strip_prefix")

# ---------------------------------------------------------------- rules


PARAGRAPH_RULE_MAX_WORDS = 80  # boilerplate paragraphs are short; long ones are article text


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    pattern: re.Pattern
    max_words: int | None = None  # skip lines / paragraphs longer than this
    cues: tuple[str, ...] = ()  # lowercase literals; the pattern runs only if one occurs
    to_end: bool = False  # cut_tail: the section runs to the end even if sentences follow ("About <company>")

    def search(self, text: str, lowered: str | None = None, at_start: bool = False) -> re.Match | None:
        """`lowered` is text.lower(), when the caller tries many rules on one text; with
        `at_start`, only a match at position 0 (the whole text if it can) counts."""
        if self.cues:
            lowered = lowered if lowered is not None else text.lower()
            if not any(map(lowered.__contains__, self.cues)) and _lower_folds_as_patterns(lowered):
                return None
        if at_start:
            return self.pattern.fullmatch(text) or self.pattern.match(text)
        return self.pattern.search(text)

    @cached_property
    def anchored(self) -> bool:
        """The pattern can only match at the start of the text (every alternative begins with `^`)."""
        return not self.pattern.flags & re.MULTILINE and _anchored(_parsed(self.pattern))

    @cached_property
    def first_characters(self) -> frozenset[str] | None:
        """The characters a match starting at position 0 can begin with (both cases), or None
        when the pattern does not say (a class like `\\w`, an optional start...)."""
        return _first_characters(_parsed(self.pattern))

    @cached_property
    def last_characters(self) -> frozenset[str] | None:
        """The characters a match can end with when it must end at the end of the text (`$`),
        or None."""
        if self.pattern.flags & re.MULTILINE or not _anchored(_parsed(self.pattern), END_ANCHORS, backwards=True):
            return None
        return _first_characters(_reversed_items(_parsed(self.pattern)))

    def can_end_with(self, character: str) -> bool:
        """False only when the pattern must end at the end of the text and cannot end with `character`."""
        return _may_be(character, self.last_characters)

    def can_start_with(self, character: str, at_start: bool) -> bool:
        """False only when no match (at the start, if `at_start` or the rule is anchored) can begin with `character`."""
        return not (at_start or self.anchored) or _may_be(character, self.first_characters)


# Rule dispatch reads Python's own regex parse tree (re._parser, stable since 3.11): which rules
# are anchored and which characters they can start with. Anything it does not understand
# counts as "may match", so the analysis can only cost speed, never a match.


def _parsed(pattern: re.Pattern) -> list:
    try:
        return list(re_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001 - a parse tree we cannot read just disables the shortcut
        return []


START_ANCHORS = (re_constants.AT_BEGINNING, re_constants.AT_BEGINNING_STRING)
END_ANCHORS = (re_constants.AT_END, re_constants.AT_END_STRING)


def _anchored(items: list, anchors: tuple = START_ANCHORS, backwards: bool = False) -> bool:
    """Does every alternative begin (or, `backwards`, end) with one of `anchors` (`^`, `$`)?"""
    for op, argument in reversed(items) if backwards else items:
        if op is re_constants.AT:
            return argument in anchors
        if op is re_constants.SUBPATTERN:
            return _anchored(list(argument[3]), anchors, backwards)
        if op is re_constants.BRANCH:
            return all(_anchored(list(branch), anchors, backwards) for branch in argument[1])
        return False
    return False


NON_ASCII = "non-ascii"  # in a first-character set: any character outside ASCII may begin a match
CATEGORY_CHARACTERS = {  # the ASCII members of a class escape; their Unicode members are NON_ASCII
    re_constants.CATEGORY_DIGIT: {*"0123456789", NON_ASCII},
    re_constants.CATEGORY_SPACE: {*(chr(code) for code in range(128) if chr(code).isspace()), NON_ASCII},
    re_constants.CATEGORY_WORD: {*(chr(code) for code in range(128) if chr(code).isalnum()), "_", NON_ASCII},
}


def _may_be(character: str, characters: frozenset[str] | None) -> bool:
    """Can `character` be one of `characters` (None: any), in either case?"""
    if characters is None or (NON_ASCII in characters and not character.isascii()):
        return True
    return not characters.isdisjoint(_case_variants(character))


@lru_cache(maxsize=4096)
def _case_variants(character: str) -> frozenset[str]:
    return frozenset({character, character.lower()[:1], character.upper()[:1], character.casefold()[:1]})


def _reversed_items(items: list) -> list:
    """The parse tree read backwards: its first characters are the pattern's last ones."""
    result = []
    for op, argument in reversed(items):
        if op is re_constants.SUBPATTERN:
            argument = (*argument[:3], _reversed_items(list(argument[3])))
        elif op is re_constants.BRANCH:
            argument = (argument[0], [_reversed_items(list(branch)) for branch in argument[1]])
        elif op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
            argument = (argument[0], argument[1], _reversed_items(list(argument[2])))
        result.append((op, argument))
    return result


def _first_characters(items: list) -> frozenset[str] | None:
    characters, nullable = _first_of_sequence(items)
    if characters is None or nullable:
        return None
    return frozenset(variant for character in characters for variant in _case_variants(character))


def _first_of_sequence(items: list) -> tuple[set[str] | None, bool]:
    """(characters the sequence can begin with or None for "any", whether it can match empty)."""
    found: set[str] = set()
    for op, argument in items:
        if op in (re_constants.AT, re_constants.ASSERT, re_constants.ASSERT_NOT):
            continue  # zero-width: constrains a match, never widens its first character
        if op is re_constants.LITERAL:
            return found | {chr(argument)}, False
        if op is re_constants.IN:
            characters = _class_characters(argument)
            return (None, False) if characters is None else (found | characters, False)
        if op is re_constants.SUBPATTERN:
            characters, nullable = _first_of_sequence(list(argument[3]))
        elif op is re_constants.BRANCH:
            characters, nullable = set(), False
            for branch in argument[1]:
                branch_characters, branch_nullable = _first_of_sequence(list(branch))
                if branch_characters is None:
                    return None, False
                characters |= branch_characters
                nullable = nullable or branch_nullable
        elif op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
            characters, nullable = _first_of_sequence(list(argument[2]))
            nullable = nullable or argument[0] == 0
        else:
            return None, False
        if characters is None:
            return None, False
        found |= characters
        if not nullable:
            return found, False
    return found, True


def _class_characters(items: list) -> set[str] | None:
    characters = set()
    for op, argument in items:
        if op is re_constants.LITERAL:
            characters.add(chr(argument))
        elif op is re_constants.RANGE and argument[1] - argument[0] < 256:
            characters.update(map(chr, range(argument[0], argument[1] + 1)))
        elif op is re_constants.CATEGORY and argument in CATEGORY_CHARACTERS:
            characters.update(CATEGORY_CHARACTERS[argument])
        else:
            return None  # negated classes and categories, wide ranges
    return characters



MIN_CUE_CHARACTERS = 4  # shorter literals ("ap", "30") occur in most lines: no use as cues


def required_literals(pattern: re.Pattern) -> tuple[str, ...]:
    """Lowercase literals one of which every match of `pattern` contains, as a rule's cues when
    its entry names none ("share this", "sign up" ... from `^(share this|sign up)\\b`); () when
    the parse tree does not yield any MIN_CUE_CHARACTERS long. Exact: a text holding none of
    them cannot match (the cue pass looks in text.lower(); see FOLD_EXCEPTIONS)."""
    found = _required_of_sequence(_parsed(pattern))
    return tuple(sorted(found)) if found and min(map(len, found)) >= MIN_CUE_CHARACTERS else ()


def _required_of_sequence(items: list) -> set[str] | None:
    """The best literal set one of whose members every match of the sequence contains: the
    one whose shortest member is longest."""
    best: set[str] | None = None

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or (min(map(len, candidate)), -len(candidate)) > (min(map(len, best)), -len(best))):
            best = candidate

    run = ""  # adjacent literal characters
    for op, argument in items:
        if op is re_constants.LITERAL and _folds_like_lower(chr(argument)):
            run += chr(argument)
            continue
        consider({run.lower()} if run else None)
        run = ""
        if op is re_constants.SUBPATTERN:
            consider(_required_of_sequence(list(argument[3])))
        elif op is re_constants.BRANCH:
            branches = [_required_of_sequence(list(branch)) for branch in argument[1]]
            if all(branches):
                consider(set().union(*branches))
        elif op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT) and argument[0] >= 1:
            consider(_required_of_sequence(list(argument[2])))
    consider({run.lower()} if run else None)
    return best


def _folds_like_lower(character: str) -> bool:
    """Does an IGNORECASE match of `character` hold exactly where lower() agrees? Not for "ı"
    (it also matches "i"), "İ" (lower() makes two characters) and the other FOLD_EXCEPTIONS."""
    if character.isascii():
        return True
    lowered, upper = character.lower(), character.upper()
    return len(lowered) == 1 and len(upper) == 1 and upper.lower() == lowered and not FOLD_EXCEPTIONS.match(lowered)


# Characters an IGNORECASE pattern matches although their lower() is not the pattern's letter
# ("ſ" for "s", "ı" for "i", Greek and Cyrillic variants): a text holding one skips the cue pass.
# "\u0307" is what lower() leaves of "İ" besides its "i" ("i̇lgi̇li̇" does not contain "ilgili").
FOLD_EXCEPTIONS = re.compile("[\u0307" + "".join(sorted({re.escape(chr(code)) for pair in re_casefix._EXTRA_CASES.items()
                                                         for code in (pair[0], *pair[1]) if code > 127})) + "]")


def _lower_folds_as_patterns(lowered: str) -> bool:
    """Can the cue pass decide for this lowercased text? Not when it holds a FOLD_EXCEPTIONS
    character: lower() does not fold those as the IGNORECASE patterns do."""
    return lowered.isascii() or not FOLD_EXCEPTIONS.search(lowered)


DFA_MAX_CUES = 500  # the drop_paragraph and cut_tail kinds have under 200, drop_line over 2,000


class _CueFinder:
    """The cues of one kind's rules in one Aho-Corasick automaton, one per kind (not per length
    group). A few hundred cues make a DFA that stays in the CPU's caches, the fastest; the
    line rules' two thousand make one of megabytes that the passes between two lines evict,
    and a compact NFA searches a line in two thirds of its time."""

    def __init__(self, rules: list[Rule]):
        bits_of_cue: dict[str, int] = {}
        for position, rule in enumerate(rules):
            for cue in rule.cues or ():
                bits_of_cue[cue] = bits_of_cue.get(cue, 0) | 1 << position
        self.gated = sum(1 << position for position, rule in enumerate(rules) if rule.cues)
        self._cue_bits = list(bits_of_cue.values())
        implementation = (ahocorasick_rs.Implementation.DFA if len(bits_of_cue) <= DFA_MAX_CUES
                          else ahocorasick_rs.Implementation.ContiguousNFA)
        self._finder = ahocorasick_rs.AhoCorasick(list(bits_of_cue), implementation=implementation) if bits_of_cue else None

    def present(self, lowered: str) -> int:
        """The bits of the rules one of whose cues occurs in `lowered`."""
        if self._finder is None:
            return 0
        if not _lower_folds_as_patterns(lowered):
            return self.gated  # decide nothing
        try:
            found = self._finder.find_matches_as_indexes(lowered, overlapping=True)
        except UnicodeEncodeError:  # a lone surrogate: decide nothing
            return self.gated
        present = 0
        for cue, _, _ in found:
            present |= self._cue_bits[cue]
        return present


class _RuleGroup:
    """The rules of one kind that allow a text's length, with two shortcuts that only ever
    skip rules that cannot match:

    - dispatch on the text's first and last characters: a rule that must match at the
      start and cannot begin with that character, or must match at the end and cannot end
      with the last one, is skipped without a call;
    - cues (the rules file's, or the literals a pattern requires: `required_literals`): one
      Aho-Corasick pass over the lowercased text finds which rules' cues occur and skips
      the others. Most lines hold none, so rules with cues cost next to nothing
      on them, however many there are."""

    def __init__(self, kind_rules: list[Rule], members: list[int], cues: _CueFinder):
        self._kind_rules = kind_rules  # a rule's bit is 1 << its position here (the rules file's order)
        self._members = members  # the positions of this group's rules
        self._member_bits = sum(1 << position for position in members)
        self._gated = self._member_bits & cues.gated  # the rules with cues: the cue pass decides for them
        self._ungated = self._member_bits & ~cues.gated
        self._cues = cues if self._gated else None
        self._allowed: dict[tuple[str, str, bool], int] = {}
        self._starting: dict[tuple[str, bool], int] = {}
        self._ending: dict[str, int] = {}

    def allowed(self, text: str, at_start: bool) -> int:
        """The bits of the rules the text's first and last characters allow."""
        first, last = text[:1], text[-1:]
        if last == "\n":  # "$" also matches before a final newline: no shortcut
            last = ""
        key = (first, last, at_start)
        found = self._allowed.get(key)
        if found is None:
            starting = self._starting.get((first, at_start))
            if starting is None:
                starting = self._starting[(first, at_start)] = self._bits_where(
                    lambda rule: not first or rule.can_start_with(first, at_start))
            ending = self._ending.get(last)
            if ending is None:
                ending = self._ending[last] = self._bits_where(lambda rule: not last or rule.can_end_with(last))
            found = self._allowed[key] = starting & ending
        return found

    def _bits_where(self, test: Callable[[Rule], bool]) -> int:
        return sum(1 << position for position in self._members if test(self._kind_rules[position]))

    def first(self, text: str, lowered: str | None, at_start: bool,
              accept: Callable[[re.Match], bool] | None) -> tuple[Rule, re.Match] | None:
        allowed = self.allowed(text, at_start)
        if not allowed:
            return None
        todo = allowed & self._ungated
        if allowed & self._gated:
            todo |= allowed & self._cues.present(text.lower() if lowered is None else lowered)
        kind_rules = self._kind_rules
        while todo:  # lowest bit first: the rules file's order
            lowest = todo & -todo
            todo ^= lowest
            pattern = kind_rules[lowest.bit_length() - 1].pattern  # Rule.search, inlined: the clean stage's hot path
            match = (pattern.fullmatch(text) or pattern.match(text)) if at_start else pattern.search(text)
            if match and (accept is None or accept(match)):
                return kind_rules[lowest.bit_length() - 1], match
        return None


class _KindIndex:
    """The rules of one kind, grouped by the text lengths they allow (a few distinct groups)."""

    def __init__(self, rules: list[Rule]):
        self.rules = rules
        self._by_words: dict[int, _RuleGroup] = {}
        self._groups: dict[tuple[int, ...], _RuleGroup] = {}
        self._cues = _CueFinder(rules)

    def group(self, words: int) -> _RuleGroup:
        group = self._by_words.get(words)
        if group is None:
            members = [index for index, rule in enumerate(self.rules) if rule.max_words is None or words <= rule.max_words]
            group = self._groups.get(tuple(members))
            if group is None:
                group = self._groups[tuple(members)] = _RuleGroup(self.rules, members, self._cues)
            self._by_words[words] = group
        return group


VERDICT_CACHE_LINES = 100_000  # per rule kind and process; cleared when full
LINE_MODEL_RULE = "line_model"  # the rule name of lines the line models remove; switch it off like any rule


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    use_line_model: bool = True  # the line models (tasks/line_model.py) vote after the rules; off as rule LINE_MODEL_RULE

    @cached_property
    def names(self) -> frozenset[str]:
        return frozenset(rule.name for rule in self.rules)

    def of_kind(self, kind: str) -> list[Rule]:
        found = self._of_kind.get(kind)
        if found is None:
            found = self._of_kind[kind] = [rule for rule in self.rules if rule.kind == kind]
        return found

    @cached_property
    def prefix_starts(self) -> frozenset[str] | None:
        """The characters a strip_prefix rule's match can begin with; None when some rule does not say."""
        starts = [rule.first_characters for rule in self.of_kind("strip_prefix")]
        return None if None in starts else frozenset().union(*starts)

    @cached_property
    def _of_kind(self) -> dict[str, list[Rule]]:
        return {}

    def first_match(self, kind: str, text: str, lowered: str | None = None, words: int | None = None,
                    at_start: bool = False, accept: Callable[[re.Match], bool] | None = None) -> tuple[Rule, re.Match] | None:
        """The first rule of `kind` (in file order) that matches `text` and allows its length."""
        words = word_count(text) if words is None else words
        return self._index(kind).group(words).first(text, lowered, at_start, accept)

    def first_match_of_line(self, kind: str, text: str, words: int, at_start: bool = False,
                            accept: Callable[[re.Match], bool] | None = None) -> tuple[Rule, re.Match] | None:
        """`first_match` remembered per text: a shard repeats its boilerplate lines (and a
        bundle its copies of a story), so most repeated lines are answered by one lookup.
        `accept` must depend on the text alone."""
        verdicts = self._verdicts.setdefault((kind, at_start), {})
        if text in verdicts:
            return verdicts[text]
        if len(verdicts) >= VERDICT_CACHE_LINES:
            verdicts.clear()
        found = verdicts[text] = self.first_match(kind, text, words=words, at_start=at_start, accept=accept)
        return found

    @cached_property
    def _verdicts(self) -> dict[tuple[str, bool], dict[str, tuple[Rule, re.Match] | None]]:
        return {}

    def _index(self, kind: str) -> _KindIndex:
        index = self._indexes.get(kind)
        if index is None:
            index = self._indexes[kind] = _KindIndex(self.of_kind(kind))
        return index

    @cached_property
    def _indexes(self) -> dict[str, _KindIndex]:
        return {}


def clear_caches() -> None:
    """Forget every line verdict and parsed date the process remembers: a benchmark's next
    run meets each line for the first time, as a fresh worker does."""
    load_rules()._verdicts.clear()  # the default rule set's; a user's rule set keeps its own
    for cached in (_is_metadata_line, date_of_line, dated_name, byline_and_date, date_among_parts, loose_date_line, _is_organisation_name):
        cached.cache_clear()


def load_rules(extra_files: tuple[str, ...] = (), disabled: tuple[str, ...] = ()) -> RuleSet:
    """The default rules plus any user files, minus rules switched off by name."""
    return _load_rules(tuple(extra_files), tuple(sorted(disabled)))


@lru_cache(maxsize=8)
def _load_rules(extra_files: tuple[str, ...], disabled: tuple[str, ...]) -> RuleSet:
    from tasks.errors import UserError

    rules = []
    for path in (str(DEFAULT_RULES), *extra_files):
        try:
            with open(path, "rb") as handle:
                entries = tomllib.load(handle).get("rule", [])
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise UserError(f"cannot load rules file {path}: {error}") from None
        for number, entry in enumerate(entries, 1):
            name, kind, pattern = entry.get("name"), entry.get("kind"), entry.get("pattern")
            if not name or kind not in RULE_KINDS or not pattern:
                raise UserError(f"{path}: rule {number} needs a name, a kind in {RULE_KINDS} and a pattern")
            if not entry.get("enabled", True) or name in disabled:
                continue
            flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
            try:
                compiled = re.compile(pattern, flags)
            except re.error as error:
                raise UserError(f"{path}: rule {name!r} has a bad pattern: {error}") from None
            max_words = entry.get("max_words", PARAGRAPH_RULE_MAX_WORDS if kind == "drop_paragraph" else None)
            rule = Rule(name, kind, compiled, max_words, tuple(cue.lower() for cue in entry.get("cues", ())),
                        bool(entry.get("to_end", False)))
            if not rule.cues:
                rule = replace(rule, cues=required_literals(compiled))
            rules.append(rule)
    return RuleSet(tuple(rules), use_line_model=LINE_MODEL_RULE not in disabled)


# ---------------------------------------------------------------- normalisation

SPACE_LIKE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
MULTI_SPACE = re.compile(r" {2,}")
MOJIBAKE_HINT = re.compile(r"[ÃÂâ][\u0080-\u00bf€™œ\u0152-\u0153\u2018-\u201e]|Ã[\u0080-\u00ff]")
HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")  # "&amp;", "&#8220;": only with the ";"


def _decoded_entity(match: re.Match) -> str:
    """An HTML entity left by the scraper, as its character; one that stands for a line break
    becomes a space (the raw and the normalised text keep the same lines)."""
    character = html.unescape(match.group(0))
    return " " if character in ("\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029") else character


CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f]")


MARKDOWN_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\s]*\)")
MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|#|mailto:|www\.)[^)\s]*\)")
MARKDOWN_EMPHASIS = re.compile(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__")
MARKDOWN_HEADING = re.compile(r"^([ \t]*)(?:#{1,6}|[*+])[ \t]+", re.M)  # "## Related", "* [Home](/)"
MARKUP_HINT = re.compile(r"\]\(|\*[* ]|__|_(?:\n|$)|# |\+ |\[(?:1\]|edit\]|\d)")  # every branch starts with one of "]*_#+[": a fast scan
LINE_IN_ITALICS = re.compile(r"^([ \t]*)_(?=\S)([^_\n]+)(?<=\S)_[ \t]*$", re.M)  # "_The logo ... (Photo by .../AFP)_"
WIKI_EDIT_LINK = re.compile(r"\[edit\]$", re.M)  # a wiki section head's link: "Background[edit]"
WIKI_CITATION = re.compile(r"(?<=[.,;:!?\"”’)])\[\d{1,3}\]")  # "... of Iraq.[1] The strikes ...": the sentence ends at its full stop
LYNX_REFERENCE = re.compile(r"\[\d{1,3}\](?=\S)")  # a text-browser dump's link numbers: "[2]Home [3]World"


HTML_HINT = re.compile(r"</(?:p|div|span|a|h[1-6]|li|ul|td|tr|table|section|article|script|style|body|html|head|title|figure|figcaption)>", re.I)
HTML_HIDDEN_OPEN = re.compile(r"<(script|style|noscript|template|svg)\b[^<>]*>|<!--", re.I)  # what the page never shows
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<![A-Za-z][^<>]*>")  # "<p class=\"byline\">", "</div>", "<br/>", "<!DOCTYPE html>"
HTML_BLOCK_TAG = re.compile(  # a tag that starts a new line on the page: a paragraph, a heading, a list item, a cell
    r"</?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|br|hr|tr|td|th|table|thead|tbody|section|article|header|footer|nav|aside|main"
    r"|figure|figcaption|blockquote|pre|address|form|title|body|head|html)\b[^<>]*>", re.I)
BLOCK_BREAK = "\x1e"  # where strip_html ended a block inside one raw line; read_lines splits the line there
HTML_MIN_TAGS = 3  # closing tags before a body counts as HTML: "<b>" in a story's text does not
HTML_SCAN_CHARACTERS = 200_000  # enough of the page to tell HTML from a story quoting a tag


def strip_html(text: str) -> str:
    """A body saved as HTML (a scraper that kept the page's source) becomes its text: what the
    browser hides (scripts, styles, comments) and the tags go, line by line, so every line keeps its
    raw number; a tag between two words leaves a space, one ending a block a BLOCK_BREAK."""
    if len(HTML_HINT.findall(text, 0, HTML_SCAN_CHARACTERS)) < HTML_MIN_TAGS:
        return text
    text = _blank_hidden_html(text)
    return HTML_TAG.sub(_tag_replacement, text)


def _tag_replacement(match: re.Match) -> str:
    """A tag spanning lines leaves its newlines; one inside a line a space, or a BLOCK_BREAK
    when it ends a block: a page saved on one line ("<p>...</p><p>...</p>") keeps its paragraphs."""
    tag = match.group()
    if "\n" in tag:
        return "\n" * tag.count("\n")
    return BLOCK_BREAK if HTML_BLOCK_TAG.match(tag) else " "


def _blank_hidden_html(text: str) -> str:
    """Scripts, styles and comments become their newlines. One pass forward: an element left
    open hides the rest of the page, as in a browser (and a hostile page costs no more)."""
    pieces, position = [], 0
    while (opening := HTML_HIDDEN_OPEN.search(text, position)) is not None:
        pieces.append(text[position : opening.start()])
        if opening.group(1) is None:  # "<!--"
            end = text.find("-->", opening.end())
            end = len(text) if end < 0 else end + 3
        else:
            closing = re.compile(rf"</{opening.group(1)}\s*>", re.I).search(text, opening.end())
            end = len(text) if closing is None else closing.end()
        pieces.append("\n" * text.count("\n", opening.start(), end))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def strip_markup(text: str) -> str:
    """Text converted from HTML keeps its link syntax: markdown links become their words, an
    image its alt text as a caption ("Image: ..."), emphasis (a line in italics too), heading and "*" bullet marks
    go, and a text browser's link numbers, a wiki's "[edit]" links and citation marks go."""
    if not MARKUP_HINT.search(text):  # one scan; most text has no markup
        return text
    if "](" in text:
        text = MARKDOWN_IMAGE.sub(lambda match: f"Image: {match.group(1)}" if match.group(1) else "Image:", text)
        text = MARKDOWN_LINK.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = MARKDOWN_EMPHASIS.sub(lambda match: match.group(1) or match.group(2), text)
    if "# " in text or "* " in text or "+ " in text:
        text = MARKDOWN_HEADING.sub(r"\1", text)
    if "_\n" in text or text.endswith("_"):
        text = LINE_IN_ITALICS.sub(r"\1\2", text)
    if "[1]" in text:  # a text browser numbers its links from 1
        text = LYNX_REFERENCE.sub("", text)
    if "[edit]" in text:
        text = WIKI_EDIT_LINK.sub("", text)
    if "[" in text:
        text = WIKI_CITATION.sub("", text)
    return text


def normalise_line(raw: str) -> str:
    """Whitespace-normalised, mojibake-fixed text of one line, markup stripped; quotes and dashes kept."""
    if "&" in raw:
        raw = HTML_ENTITY.sub(_decoded_entity, raw)
    if raw.isascii():  # no mojibake, no exotic spaces: only tabs, controls and runs of spaces
        text = strip_markup(CONTROL.sub(" ", raw.replace("\t", " ")) if not raw.isprintable() else raw)
        return MULTI_SPACE.sub(" ", text).strip() if "  " in text else text.strip()
    text = raw
    if MOJIBAKE_HINT.search(text):
        text = ftfy.fix_encoding(text)
    text = ZERO_WIDTH.sub("", text)
    text = strip_markup(CONTROL.sub(" ", SPACE_LIKE.sub(" ", text)))  # markup last, as read_lines does it
    return MULTI_SPACE.sub(" ", text).strip()


ALPHANUMERIC = re.compile(r"[^\W_]")  # a letter or a digit, in any script


def has_alphanumeric(text: str) -> bool:
    return ALPHANUMERIC.search(text) is not None


def word_count(text: str) -> int:
    return len(text.split())


TERMINAL = re.compile(r"[.!?…।۔؟]['\"”’)\]]*(?:\s*\((?i:end|ends)\))?$")  # a wire sentence may close the story: "... destabilizing. (end)"
FULL_STOP = re.compile(r"(?<!\.)[.।۔]['\"”’)\]]*$")  # and the danda of Hindi, the full stop of Urdu
SENTENCE_END = re.compile(r"[.!?…:;,।۔؟،]['\"”’)\]]*$")

# ---------------------------------------------------------------- metadata patterns

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            # English, then French, German, Spanish, Italian, Portuguese, Turkish and Arabic names, then
            # Dutch, Swedish, Danish, Norwegian, Icelandic, Maltese, Catalan, Polish (the genitive: "24 listopada 2026") and
            # Papiamento ("26 di novèmber 2026"),
            # then Hindi, Urdu, Persian (the Gregorian months) and Russian (the genitive first: "31 октября 2024")
            ("january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "gennaio", "gen", "janeiro", "ocak", "يناير", "كانون الثاني", "januari", "janúar", "jannar", "gener", "stycznia", "yanüari",
             "जनवरी", "جنوری", "ژانویه", "января", "январь"),
            ("february", "feb", "février", "fevrier", "févr", "fév", "februar", "febrero", "febbraio", "fevereiro", "şubat", "فبراير", "شباط", "februari", "febrúar", "frar", "febrer", "lutego", "febrüari",
             "फ़रवरी", "फरवरी", "فروری", "فوریه", "февраля", "февраль"),
            ("march", "mar", "mars", "märz", "mär", "mrz", "maerz", "marzo", "março", "mart", "مارس", "آذار", "maart", "marzu", "març", "marca",
             "मार्च", "مارچ", "марта", "март"),
            ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "nisan", "أبريل", "ابريل", "إبريل", "نيسان", "apríl", "kwietnia", "aprel",
             "अप्रैल", "اپریل", "آوریل", "апреля", "апрель"),
            ("may", "mai", "mayo", "maggio", "mag", "maio", "mayıs", "مايو", "أيار", "mei", "maj", "maí", "mejju", "maig", "maja", "मई", "مئی", "مه", "мая", "май"),
            ("june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho", "haziran", "يونيو", "يونيه", "حزيران", "júní", "ġunju", "juny", "czerwca", "yüni",
             "जून", "جون", "ژوئن", "июня", "июнь"),
            ("july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho", "temmuz", "يوليو", "يوليه", "تموز", "júlí", "lulju", "juliol", "lipca", "yüli",
             "जुलाई", "جولائی", "ژوئیه", "июля", "июль"),
            ("august", "aug", "août", "aout", "agosto", "ago", "ağustos", "أغسطس", "اغسطس", "آب", "augustus", "augusti", "ágúst", "awwissu", "agost", "sierpnia", "ougùstùs",
             "अगस्त", "اگست", "اوت", "августа", "август"),
            ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "eylül", "سبتمبر", "أيلول", "settembru", "setembre", "września", "sèptèmber",
             "सितंबर", "सितम्बर", "ستمبر", "سپتامبر", "сентября", "сентябрь"),
            ("october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "ekim", "أكتوبر", "اكتوبر", "تشرين الأول", "október", "ottubru", "października", "òktober",
             "अक्टूबर", "اکتوبر", "اکتبر", "октября", "октябрь"),
            ("november", "nov", "novembre", "noviembre", "novembro", "kasım", "نوفمبر", "تشرين الثاني", "nóvember", "novembru", "listopada", "novèmber",
             "नवंबर", "नवम्बर", "نومبر", "نوامبر", "ноября", "ноябрь"),
            ("december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dicembre", "dic", "dezembro", "aralık", "ديسمبر", "كانون الأول", "desember", "diċembru", "desembre", "grudnia", "desèmber",
             "दिसंबर", "दिसम्बर", "دسمبر", "دسامبر", "декабря", "декабрь"),
        ],
        1,
    )
    for name in names
}
MONTH = r"(?<![^\W\d_])(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"  # not inside a word: "Omar 12, 2024"
CENTURY = r"(?:19|20|۱۹|۲۰|١٩|٢٠|१९|२०)"  # in Western, Persian, Arabic or Devanagari digits: "۳۱ اکتبر ۲۰۲۴" (int() reads them all)
WEEKDAY = (r"(?:(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
           r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
           r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(?:segunda|terça|quarta|quinta|sexta)-feira"
           r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?,?\s+)?")  # (French, Spanish, Italian, Portuguese, German)
DATE_FORMS = [
    re.compile(WEEKDAY + MONTH + r",?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>" + CENTURY + r"\d\d)", re.I),  # "Jan 09,2024"
    re.compile(WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.|er)?(?:\s+|-)(?:de\s+|di\s+|ta['’]\s+)?" + MONTH + r"(?:\s*[,،]?\s*|-|\s+de\s+)(?P<year>" + CENTURY + r"\d\d)",
               re.I),  # "10-Jan-2024", "17. Jan 2024", "10 de enero de 2024", "1er mars 2024", Maltese "24 ta' Novembru 2026",
               # Papiamento "26 di novèmber 2026"
    re.compile(r"(?P<year>(?:19|20)\d\d)([-/.])(?P<month_number>\d\d)\2(?P<day>\d\d)(?!\d)"),  # 2024-01-25, 2024/01/25
    # 24/07/2025, 10.01.2024: day first unless that cannot be (US 07/24/2025)
    re.compile(r"(?<!\d)(?P<first>\d{1,2})([/.-])(?P<second>\d{1,2})\2(?P<year>(?:19|20)\d\d)(?!\d)"),  # and 18-01-2024
    re.compile(WEEKDAY + MONTH + r"\s+(?P<day>\d{1,2})\s+\d\d:\d\d:\d\d\s+(?:[A-Z]{2,5}\s+)?(?P<year>(?:19|20)\d\d)", re.I),  # "Mon Sep 9 10:14:22 UTC 2024"
]
YEAR_HINT = re.compile(CENTURY + r"\d\d")
AMERICAN_TIME = re.compile(r"(?<![\d:.])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*[ap]\.?m\b\.?", re.I)  # "10:12 AM": the site writes
# dates month first (not "17:04 PM": a 24-hour clock with a label)
FOREIGN_DATE_LABELS = (  # "Publié le", "Veröffentlicht am", "Publicado el", "Pubblicato il", "Yayınlanma:"
    r"publié(?:e)?(?: le)?|mis à jour(?: le)?|modifié(?: le)?|actualisé(?: le)?|veröffentlicht(?: am)?|(?:zuletzt )?aktualisiert(?: am)?|"
    r"erschienen(?: am)?|stand|publicad[oa](?: el| em)?|actualizad[oa](?: el)?|atualizad[oa](?: em)?|pubblicato(?: il)?|aggiornato(?: il)?|"
    r"publicat(?: el)?|actualitzad[ao](?: el)?|actualitzat(?: el)?|gepubliceerd(?: op)?|bijgewerkt(?: op)?|"
    r"publicerad|(?:senast )?uppdaterad|publiceret|(?:senest )?opdateret|publisert|(?:sist )?oppdatert|julkaistu|(?:viimeksi )?päivitetty|"
    # Swedish, Danish, Norwegian, Finnish ("Sist oppdatert 27.11.2026 12:02")
    r"yayınlanma(?: tarihi)?|güncelleme(?: tarihi)?|опубликовано|обновлено|نشر في|نشر بتاريخ|تاريخ النشر|آخر تحديث")
DATE_LINE = re.compile(
    r"^[\[(]?\s*(?:(?:date (?:taken|posted|captured)|(?:volume \d+:\s*)?debated(?: on)?|published(?: date)?|publish(?=\s*:)|publication date|pub\.\s?date|date published|posted|updated|last updated|dated|date|first published|"
    r"originally published|originally posted|first posted|first uploaded|(?:first )?published online|available online|"
    r"version of record online|issued|modified|released|created|last update|made|comes? into force|in force from|" + FOREIGN_DATE_LABELS + ")"
    r"\s*(?:on|at)?\s*:?\s*|on\s+|le\s+)?"  # "on September 27, 2024 at 3:45 PM", French "Le 27/11/2026 à 21:40"
    r"(?P<date>[^\[\]()|]{6,60}?)"
    r"(?:\s*[-–—,|:]?\s*(?:(?:at|à|um|ore|alle|a las|às|kl\.?|klo)\s*)?(?<![\d.])(?:\d{1,2}(?:[:.]|h(?=\d))\d\d(?:[:.]\d\d)?\s*(?:h|Uhr)?\.?\s*(?:[ap]\.?m\.?|ص|م)?"
    r"|\d{1,2}\s*[ap]\.?m\.?)"  # (or the hour alone: "5 AM"; never the end of the date's own numbers: "2026.11.25")
    r"\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|(?:Central|Eastern|Pacific|Mountain)(?: Time)?|\((?:[A-Z]{2,4}|GMT[+-]?\d*|بتوقيت [^\W\d]+(?: [^\W\d]+)?)\))?)?"
    # "14:32", "à 05h30", "06.01 Uhr", "14:20 (بتوقيت مكة)" (Mecca time), "5 AM Central", "kl. 14:10" (Danish, Norwegian), "kl 06.00" (Swedish)
    r"\s*[\])]?\s*\|?$",
    re.I,
)
BYLINE_AUTHOR = (
    r"^(?:[—–]\s*)?(?:(?:(?:[Ww]ritten|WRITTEN|[Rr]eported|REPORTED|[Cc]urated|CURATED|[Cc]reated|CREATED|[Ss]ubmitted|SUBMITTED|[Cc]ompiled|COMPILED|[ÉéEe]crit|ÉCRIT|[Rr]édigé|RÉDIGÉ|[Rr]ecipe|RECIPE|[Ee]dited|EDITED|[Ss]tory|[Ww]ords|[Tt]ext|(?:An? )?(?:[Aa]nalysis|[Cc]ommentary|[Oo]pinion|[Ee]ssay|[Ii]nterview|[Cc]olumn))\s+)?"
    r"(?:[Bb]y|BY|[Pp]ar|PAR|[Vv]on|VON|[Pp]or|POR|di|[Dd]oor|DOOR)(?:\s?:|\s+[—–-])?|(?:[Ww]riter|WRITER|[Aa]uthors?(?:\(s\))?|AUTHORS?(?:\(S\))?|[Ee]valuators?|EVALUATORS?|[Rr]eporter|REPORTER|[Bb]yline|BYLINE|[Pp]osted [Bb]y|POSTED BY|[Ww]ords|WORDS)\s*:)(?:\s+|(?<=[Bb]y)(?=[A-Z][a-z]))(?:(?:our |the )?(?:[a-z]+ |[A-Z][a-z]+ ){0,3}(?:correspondent|editor|reporter|writer|journalist|analyst)s?\s+)?(?P<author>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|al-\w+|de|del|der|den|ter|da|das|do|dos|di|van|von|bin|ibn|abu|el-\w+)){0,4}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*)"
)
BYLINE = re.compile(BYLINE_AUTHOR + r"(?:\s+in\s+[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3})?"  # "By Firas Al-Khateeb in Duhok, Iraq"
                    r"(?:\s*[,|–—-]\s*@?[\w .'’-]{0,60}|\s*\|\s*(?:[Cc]harts?|[Gg]raphics?|[Pp]hotos?|[Vv]ideo|[Ii]llustrations?)\s*:\s*[\w .'’-]{2,60}"  # "Words:
                    # Lina Haddad | Charts: Omar Khalil"
                    r"|\s+(?:avec|with|con|mit|com)\s+(?:l['’])?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"  # "Par Le Figaro avec AFP"
                    r"|\s*·\s*[^\W\d][^\W\d .'’-]*(?: [^\W\d][\w.'’-]*){0,4}"  # "· Global News", not "· Jan 30, 2024"
                    r"|\s*/\s*[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3}"  # "By Jane Arraf / Chibayish, Iraq": where it was filed
                    r"|\s+\([^\W\d][^()\d]{1,60}\))?$")  # "Par Hélène Sallon (Bagdad, envoyée spéciale)"
BYLINE_WITH_ROLE = re.compile(  # "By Steven A. Cook, the Eni Enrico Mattei senior fellow for Middle East ... Relations."
    BYLINE_AUTHOR + r",\s+(?:the |a |an )?[^.]{0,60}?\b(?:fellow|professor|editor|correspondent|director|analyst|researcher|"
    r"lecturer|scholar|writer|reporter|journalist|columnist|author|chair|president|founder|ambassador)\b.{0,160}$")
BYLINE_WITH_ROLE_WORDS = 40
NAME_SLASH_ROLE = re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})\s?/\s?(?:[A-Z][a-z]+ ){0,3}"
                             r"(?:Writer|Reporter|Correspondent|Editor|Contributor|Journalist)$")  # a paper's writer and desk
NAME_AND_ROLE_WORDS = 8


def _is_name_slash_role(line: Line) -> bool:
    return ("/" in line.text and line.words <= NAME_AND_ROLE_WORDS and (named := NAME_SLASH_ROLE.match(line.text)) is not None
            and _is_person_name(named.group("name")))


STAFF_BYLINE = re.compile(  # "The New Arab Staff & Agencies", "Al-Monitor Staff", "HT News Desk", "TRT World and Agencies",
    # "BNS/TBT Staff, VILNIUS" (with the place in capitals)
    r"^(?:[Bb]y\s+)?(?!(?:New|Our|All|Other|More|Meet|Key|Senior|Junior|Support|Extra|Temporary|Former|Current|Medical|Clinical|Nursing|"
    r"Teaching|Office|Hospital|School|Practice)\s+staff\b)"  # (not a newsletter's "New staff")
    r"(?P<outlet>[A-Z][\w.&'’/-]*(?:\s+[A-Z&][\w.&'’-]*){0,5}?)\s+"
    r"(?:(?:[Ss]taff|[Nn]ews [Dd]esk|[Ww]eb [Dd]esk|[Dd]esk|[Ss]taff [Ww]riters?|[Ss]taff [Rr]eporters?|[Bb]ureau)(?:\s*(?:&|and)\s*[Aa]gencies)?"
    r"|(?:&|and)\s*[Aa]gencies)(?:, [A-Z]{3,}(?: [A-Z]{3,})?)?$"
)
ROLE_BYLINE = re.compile(  # a byline naming the role, not the writer: "Staff Correspondent", "Our Correspondent, Chattogram"
    r"^(?:[Bb]y |[Ff]rom )?(?:(?:Our|Own|Staff|Special|Senior|Diplomatic|City|Business|Sports|Political|Court|Parliamentary|District|Chief"
    r"|[A-Z]{2,6})\s+)?"  # "By MEE correspondent in Nasiriyah": the outlet's initials
    r"(?:[Cc]orrespondent|[Rr]eporter|[Ww]riter)s?(?:,\s*[A-Z][\w'’ -]{1,30}| in [A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,2})?$"
    r"|^(?:Staff|Monitoring) Report$"  # "Staff Report": the paper's reporters
    r"|^(?:Spokes(?:person|man|woman)|Press [Oo]fficer|Media [Oo]fficer)(?: (?:for|of) (?:the )?[A-Z][\w&'’ -]{2,80})?\s*:\s*"
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$"  # a briefing's "Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani"
    r"|^(?:Press|Media|Communications?|Information|(?:Public|International|External) (?:Relations|Affairs))"
    r"(?: and (?:[Ii]nformation|[Cc]ommunications?|[Mm]edia))? (?:[Tt]eam|[Oo]ffice|[Uu]nit|[Dd]irectorate|[Dd]epartment|[Dd]ivision)"
    r"(?: of (?:the )?[A-Z][\w&'’ -]{2,60})?$"  # "Press and information team of the Delegation to IRAQ", "International Relations Directorate"
    r"|^(?:Red\. [Oo]nline|Redazione(?: [Oo]nline)?|Redacción|Redacció|Redação)$"  # an Italian, Spanish, Catalan or Portuguese desk: "Red. Online"
    r"|^(?:Redaktion(?:en)?|Redactie|Redaksjonen|Redaktionen|Ritstjórn|Toimitus|Redakcja|Redakshon)(?: [A-Z][\w.&'’-]*){0,2}$"  # a German,
    # Scandinavian, Dutch, Icelandic, Finnish, Polish or Papiamento one: "Redaktion", "Ritstjórn", "Redakshon Extra"
    r"|^(?:(?:[Pp]ar )?[Ll]a )?[Rr][ée]daction(?: web| numérique)?(?: (?:avec|et) (?:l['’])?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}"
    r"(?:,? (?:et|avec) [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})?)?$")  # a French desk: "Rédaction web avec Heiarii Tetuanui"
AGENCIES = (r"(?:the )?(?:associated press|ap|reuters|afp|agence france[- ]presse|dpa|xinhua|anadolu(?: agency)?|efe|ani|pti|ians|"
            r"upi|aap|bloomberg|keystone-sda|sda|ansa|pap|čtk|ctk|belga|anp)")
AGENCY_BYLINE = re.compile(  # a wire story signed by its agency alone: "The Associated Press", "By AP", "AFP - Agence France Presse",
    r"^(?:by\s*)?" + AGENCIES + r"(?:\s*[-–—]\s*" + AGENCIES + r")?(?:/[a-z]{1,4})*$", re.I)  # "Keystone-SDA/sb": the editor's initials
DATE_AFTER_NAME = re.compile(r"^(?P<name>[^•·|—–]{2,60}?)\s+(?:[•·|—–-]\s+|\|)(?P<date>\S.{5,60})$")  # "Stars and Stripes • January 10,
# 2024", "Haydar Karaalp |20.11.2024"
OUTLET_COLON_DATE = re.compile(r"^(?P<name>(?:The )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){1,4}):\s+(?P<date>[^:]{6,40}?):?$")  # a site
# that opens its stories with its name and the date: "Sierra Leone Telegraph: 27 November 2026:" (two words or more: not "Updated:")
LABEL_WORD_END = re.compile(r"\b(?:date|dated|updated|published|posted|issued|released?|modified|revised|reviewed|created|received|"
                            r"accepted|submitted|time|deadline|period|day|edition|issue|version|effective|expiry|valid|statement|"
                            r"notice|news|update|report|brief|bulletin|advisory)$", re.I)  # a field's label, not a site's name:
# "Reference Date: 10-February-2026", "Press Release: 27 November 2026"
DATE_BEFORE_PLACE = re.compile(r"^(?P<date>[^•·|—–]{6,40}?)\s+[•·|—–-]\s+(?P<place>[A-Z][A-Z .'’-]{1,30})$")  # "Jan 11th 2024 | BAGHDAD"
PLACE_AND_AGENCY = re.compile(r"^(?!The )(?P<first>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2})(?<!\b[AaEe][Ll])\s*[-–—]\s*(?P<second>[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2})$")
CAPITAL_PLACE_LINE = re.compile(r"^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Z][\w.'’-]*(?: [\w.'’-]+){0,4})?\s*[-–—]$")
TITLE_CASE_PLACE_LINE = re.compile(r"^[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?(?:(?:,\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?\s*[-–—]"
                                   r"|,\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*:)$")  # "Washington, DC –", "Washington, DC:" over
# a release's text
NAMES_IN_PLACES = re.compile(  # the FT's byline: "Andrew England in London and Raya Jalabi in Baghdad"
    r"^(?P<first>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) in [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?"
    r"(?:(?:,| and) (?P<other>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) in [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)+$")  # two writers at
# least: one name in a place is also a headline ("Democracy Dies in Darkness")
PLACE_DASH_NAME = re.compile(r"^(?P<place>[A-Z][\w'’.]+(?: [A-Z][\w'’.]+)?)\s+[-–—]\s+(?P<name>\S.*)$")
BYLINE_ROLE = re.compile(r"\b(editor|reporter|correspondent|writer|columnist|producer|contributor|analyst|journalist|fellow|"
                         r"professor|lecturer|researcher|head of [\w ]+|special to|spokes(?:person|man|woman)|press secretary|"
                         r"bureau chief|staff)s?\b", re.I)
SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z.'’ -]+, [A-Z][A-Z ]+:$"  # "STEVE INSKEEP, HOST:" opens a transcript, and so does
                           r"|^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} \d{1,2}:\d\d(?::\d\d)?$")  # a timed speaker: "Layla Mahdi  00:04"
STORY_HEADING = re.compile(r"^((?:\d{1,3}|(?:19|20)\d\d)(\.\d+)*\.?\s+[A-Z]|[IVX]{1,5}\.\s+[A-Z]|\d{1,2}[:.]\d\d\s*([ap]\.?m\.?|[A-Z]{2,4})?$)")  # "2. Coalition
# presence", "II. Methodology", a live blog's "14:05 GMT"
SECTION_SEPARATOR = re.compile(r"\s[|›»>•·]\s")  # not "/": "RESULTS / STANDINGS" is a headline
DATE_LABELS = re.compile(rf"^(published|posted|updated|last updated|date|dated|issued|modified|{FOREIGN_DATE_LABELS})\b", re.I)
COPYRIGHT_HOLDER = re.compile(  # "© 2025 Shafaq News. All rights reserved.", "Copyright (c) 2024. RFE/RL, Inc."
    r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:\((?i:c)\)|©|(?i:copyright))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?[\s.,]*"
    r"(?P<site>(?!(?:All|Any|Supplied|Provided|Courtesy|The authors?|Owner|And|AND)\b)[A-Z][\w.&'’/-]*(?:\s+(?:(?:and|of|for|to|on|&)\s+(?:the\s+)?)?(?!(?:Inc|Ltd|LLC|All|Limited|DAC|PLC|Plc|Corp|Corporation|GmbH|AG|SA|Pty)\b)[A-Z][\w.&'’/-]*){0,4})")  # "Stars and Stripes"
MONTH_AT_END = re.compile(r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)$")
SECTION_NAMES = frozenset([  # "More from World" names a section, not a site
    *"world news politics business sport sports opinion culture technology tech science health lifestyle entertainment "
     "travel us uk europe asia africa americas australia india markets economy video videos photos local national "
     "international climate environment energy security education".split(),
    "middle east", "the middle east", "world news", "us news", "uk news", "the world", "climate change", "climate crisis",
    "north africa", "west asia", "south asia", "east asia", "central asia", "latin america", "gulf", "the gulf", "mena",  # a region's
    "arab world", "the arab world", "arab region", "sub-saharan africa", "west africa", "east africa", "southeast asia", "pacific",
    # desk: "North Africa, West Asia"
    "local news", "national news", "latest news", "top stories",  # a paper's desks: "Local News" over the headline
])
DATELINE = re.compile(
    r"^(?P<dateline>"
    r"(?P<place>[A-Z][A-Za-z0-9.'’ /-]{1,40}?)\s*(?:,\s*[A-Z][A-Za-z.'’ ]{1,30}?){0,2}\s*"  # "BAGHDAD/ANKARA (Reuters) -"
    r"(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?\s*"  # "BAGHDAD, Jan 11 (Reuters) -"
    r"|,\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s*(?:(?:19|20)\d\d)?\s*)?"  # "BAGHDAD, 10th January, 2024 (WAM) --",
    # "MADRID, 19 Nov. (EUROPA PRESS) -"
    r"(?:,?\s*(?:--|[–—-])?\((?P<agency>[^()%]{2,40})\)\s*\.?(?:--|[-–—:])|(?:(?<=[A-Z]{3})|(?<=[A-Z]\.[A-Z]\.))\s*(?:--|[:–—-])"  # AP on some sites: "BAGHDAD --", "WASHINGTON, D.C. –"
    r"(?:\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\s*(?:--|[–—-]))?"  # "HOUSTON – November 20, 2024 –"
    r"|(?<=[A-Z]{3}),\s*[A-Z][A-Za-z.'’ ]{1,30}?\s*(?:--|[–—])"  # the place in capitals, its country not: "KINGSTOWN, St. Vincent –"
    r"|(?<=(?:19|20)\d\d),\s*(?P<comma_agency>[A-Z]{2,5})\s*(?:--|[–—-])"  # an agency's initials after the date: "Mosul, February 03,
    # 2026, SPA --"
    r"|\.\s*/(?P<slash_agency>[A-Z][A-Za-z-]{1,15})/\.?"  # TASS: "MOSCOW, September 28. /TASS/."
    r"|/(?P<release_wire>[A-Z][A-Za-z-]{2,20}(?:\.com)?)/\s*(?:--|[–—-])"  # a release wire: "LONDON, Sept. 27, 2024 /PRNewswire/ --"
    r"|/\s*(?P<wire_between>[A-Z][A-Za-z ]{2,20}?)\s*/\s*[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d\s*/"  # "CALGARY, AB / ACCESSWIRE / July 15, 2024 /"
    r"|(?<=(?:19|20)\d\d)\s*(?:--|[–—-]))"  # a dash after the year: "BAGHDAD, 15 August 2025 –"
    r")(?:\s+|(?<=\)--))(?=\S)"  # Business Wire: "BAGHDAD--(BUSINESS WIRE)--GE Vernova Inc. ..."
)


OUTLET_SLASH_DATELINE = re.compile(  # an outlet's name and a slash: "Shafaq News / A shipment ...", "Shafaq News/ The ..."
    r"^(?P<dateline>(?P<agency>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:News|Agency|Press|TV|Today|Network|24))\s?/)"
    r"(?P<place>)\s+(?=[A-Z])")  # no place; the group is there for the code that reads DATELINE's groups
AGENCY_FIRST_DATELINE = re.compile(  # ANSA, AGI: "(ANSA) - BAGDAD, 16 AGO - La siccità ..."
    r"^(?P<dateline>\((?P<agency>[A-Z][A-Za-z]{1,11})\)\s*[-–—]\s*(?P<place>[A-Z][\w'’. /-]{1,30}?)"
    r"(?:,\s*\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+(?:19|20)\d\d)?)?\s*[-–—])\s+(?=\S)")


def _agency_of(dateline: re.Match) -> str | None:
    """The agency a DATELINE match names: "(Reuters)", "/TASS/"; the outlet before a date in
    brackets: "Law360 (September 6, 2023, 5:41 PM EDT) --"."""
    groups = dateline.groupdict()  # of DATELINE or AGENCY_FIRST_DATELINE
    agency = groups["agency"]
    if agency and HAS_DIGIT.search(agency) and parse_date(agency):
        return groups["place"].strip()
    return agency or groups.get("comma_agency") or groups.get("slash_agency") or groups.get("release_wire") or groups.get("wire_between")


def parse_date(text: str, month_first: bool = False) -> str | None:
    """ISO date (YYYY-MM-DD) of the first date form found in `text`, else None. A numeric
    date whose two numbers could both be the month is read day first, or month first when
    `month_first` (the line tells the time the American way, with AM/PM)."""
    if not YEAR_HINT.search(text):  # every form has a year; the month names make the forms slow to search
        return None
    for form in DATE_FORMS:
        match = form.search(text)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("first"):
            first, second = int(groups["first"]), int(groups["second"])
            day, month = (second, first) if second > 12 >= first or (month_first and first <= 12) else (first, second)
        else:
            month = MONTHS.get(groups["month"].lower()) if groups.get("month") else int(groups["month_number"])
            day = int(groups["day"])
        year = int(groups["year"])
        if month and 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


SECTION_JOINER = re.compile(r",|\s&\s|\sand\s")
SECTION_LIST_CHARACTERS = 60  # "Finance & economics, Middle East & Africa"


def _is_section_list(text: str) -> bool:
    """"World, All", "Middle East & Africa": the page's sections, not a name or a headline."""
    return len(text) <= SECTION_LIST_CHARACTERS and all(part.strip() in SECTION_NAMES or part.strip() == "all"
                                                        for part in SECTION_JOINER.split(text.casefold()))


@lru_cache(maxsize=65536)
def dated_name(text: str) -> tuple[str, str] | None:
    """A short line that is a name and a date ("Stars and Stripes • January 10, 2024",
    "WEEKLY IRAQ BRIEFING | 11 January 2024", "Jan 11th 2024 | BAGHDAD") -> (name, ISO date)."""
    placed = DATE_BEFORE_PLACE.match(text)
    if placed and (iso := _date_of_part(placed.group("date"))):
        return placed.group("place").strip(), iso
    colon = OUTLET_COLON_DATE.match(text)  # "Sierra Leone Telegraph: 27 November 2026:"
    if (colon and not DATE_LABELS.match(colon.group("name")) and not LABEL_WORD_END.search(colon.group("name"))
            and (iso := _date_of_part(colon.group("date")))):
        return colon.group("name"), iso
    match = DATE_AFTER_NAME.match(text)
    if (not match or word_count(match.group("name")) > 6 or not has_alphanumeric(match.group("name")) or parse_date(match.group("name"))
            or (not match.group("name").isascii() and any(character.isdigit() for character in match.group("name")))):
        return None  # "12:41, Wed, Jan 10, 2024 | UPDATED: ..." is two dates, not a name and a date; so is "۱۰ آبان ۱۴۰۳ - ۳۱ اکتبر ۲۰۲۴"
    iso = _date_of_part(match.group("date"))
    return (match.group("name").strip(), iso) if iso else None


PART_SHORT_YEAR_DATE = re.compile(r"^((?:published|posted|updated)(?: on)?:?\s+)?(\d{1,2})([/.])(\d{1,2})\3(\d\d)$", re.I)  # (once
# named SHORT_YEAR_DATE, which the American pattern below overwrote: "15.09.23" went unread and "12/45/23" raised)


def _date_of_part(text: str) -> str | None:
    """The date of a part of a name-and-date line; beside a name, a year may have two digits
    ("Aleteia - published on 07/20/23", "15.09.23 | by Ahmed Karim")."""
    iso = date_of_line(text)
    if iso is None and (short := PART_SHORT_YEAR_DATE.match(text)):
        label, first, separator, second, year = short.groups()
        iso = date_of_line(f"{label or ''}{first}{separator}{second}{separator}20{year}")
    return iso


@lru_cache(maxsize=65536)
def byline_and_date(text: str) -> tuple[str, str] | None:
    """A byline with its date on the same line ("by Bill Law January 11, 2024",
    "By Jane Arraf, Jan. 11, 2024", "by Michael Rubin, opinion contributor - 11/26/24 8:00 AM ET") -> (byline, ISO date)."""
    if word_count(text) > PARTS_LINE_WORDS or not BYLINE_START.match(text):
        return None
    if "/" in text and not YEAR_HINT.search(text):
        text = with_full_year(text) or text
    found = next((match for form in DATE_FORMS if (match := form.search(text))), None)
    if found is None:
        return None
    name = TRAILING_DATE_LABEL.sub("", OUTLET_PREFIX.sub("", text[: found.start()].rstrip(" ,|•·–—-/")))  # "By Teresa Welsh // 22 March 2024"
    rest = text[found.start() :]
    iso = date_of_line(rest) or date_of_line(PART_SEPARATOR.split(rest)[0])  # "... January 10, 2024 at 8:02 a.m. | UPDATED: ..."
    return (name, iso) if iso and BYLINE.match(name) else None


BYLINE_START = re.compile(r"(?:[\w.&'’-]+\s*(?:[\w.&'’-]+\s*){0,2}[/|•·]\s*)?(?:by|written|reported|posted\s+by|story|words|text|writer|created|submitted|compiled|recipe|par|écrit|rédigé|door)\b", re.I)  # a cheap first test
TRAILING_DATE_LABEL = re.compile(r"[\s,|]*\b(?:last updated|updated|published|posted|on|le)\s*:?$", re.I)  # "... Associated Press,Updated",
# "by Hanan Al-Rubaie on 29 August 2023", "Rédigé par Vaite Urarii le Vendredi 27 Novembre 2026 à 16:12"
OUTLET_PREFIX = re.compile(r"^(?:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}\s*[/|•·]|[Pp]osted|POSTED)\s*(?=(?:[Bb]y|BY)\s)")  # "OLJ / By
# Jeanine Jalkh", "Posted by Teburoro Tito | 27 November 2026"


HAS_DIGIT = re.compile(r"\d")
LOOSE_DATE_WORDS = 14
CREDIT_SLASH = re.compile(r"[^\W\d]/|/[^\W\d]")  # "REUTERS/Thaier Al-Sudani": a photo credit, not a date line
DATE_LINE_NOISE = re.compile(  # what a date line holds besides the date and the time
    r"\b(?:(?:first |last )?(?:published|posted|updated?|modified|issued|released|date)\b(?:\s+(?:on|at)\b)?|on|at|authored|"
    r"publié(?:e)?|mis à jour|actualisé|veröffentlicht|aktualisiert|publicad[oa]|actualizad[oa]|pubblicato|aggiornato|atualizad[oa]|"
    r"publicat|actualitzat|actualitzad[ao]|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|julkaistu|päivitetty|"
    r"sist|senast|senest|viimeksi|zuletzt|kl|klo|le|à|am|um|uhr|el|a las|a les|il|alle|ore|em|às|"
    r"(?:eastern|central|pacific|mountain|arabia|gulf|british|western|european)?\s*(?:standard|daylight|summer)\s+time|"
    r"(?:gmt|utc)[+-]?\d*|est|edt|cst|cdt|pst|pdt|bst|ist|ast|cet|cest|et|pt|msk|trt|"
    r"\d+\s*min(?:ute)?s?\s*read|(?:about\s+)?(?:\d+|an?)\s*(?:hours?|hrs?|minutes?|mins?|days?)\s+ago|page\s*\d+|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b", re.I)
POSTED_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|el-\w+|bin|van|von|de)){0,3}"
POSTED_BY = re.compile(rf"\b[Bb]y:?\s+(?P<name>{POSTED_NAME}(?:(?:,\s*|\s+(?:and|&)\s+){POSTED_NAME}){{0,5}})")  # a data
# repository's writers: "posted on 2025-09-18, 11:42 authored by Omar Salih, Rana Faisal"
LOOSE_DATE_LEFTOVER_WORDS = 2


@lru_cache(maxsize=65536)
def loose_date_line(text: str) -> tuple[str, str | None] | None:
    """A short header line holding a date and little else: a time zone spelled out, a read
    time, "All News", "page6", a place, a "posted by" name ("January 11, 2024 06:00 AM
    Eastern Standard Time", "Posted on March 4, 2025 by Tom Hughes") -> (ISO date, the
    "by" part or None). At most two other words: a headline with a date has more."""
    if word_count(text) > LOOSE_DATE_WORDS:
        return None
    iso = parse_date(text, month_first=bool(AMERICAN_TIME.search(text)))
    if iso is None or is_date_span(text):
        return None
    if (label := FIELD_LABEL.match(text)) is not None and not DATEISH_LABEL.search(label.group(1)):
        return None  # a form's other dates: "Arrival: Friday 18 December 2026", not "Bill date: 24 November 2026"
    leftover = text
    for form in DATE_FORMS:
        leftover = form.sub(" ", leftover)
    byline = None
    if posted := POSTED_BY.search(leftover):
        byline = posted.group(0)
        leftover = leftover.replace(byline, " ")
    leftover = DATE_LINE_NOISE.sub(" ", CLOCK.sub(" ", leftover))
    words = [word for word in leftover.split() if has_alphanumeric(word)]
    return (iso, byline) if len(words) <= LOOSE_DATE_LEFTOVER_WORDS else None
PARTS_LINE_WORDS = 24  # a byline and date line with more on it is never longer
FIELD_LABEL = re.compile(r"^([^\W\d][\w '’/.-]{0,30}):\s")
DATEISH_LABEL = re.compile(rf"\b(?:date|dated|published|posted|update|updated|issued|modified|released|created|edition|issue|"
                           rf"revised|reviewed|checked|changed|edited|submitted|received|accepted|sent|written|recorded|filed|"
                           rf"broadcast|aired|as (?:at|of)|"
                           rf"{FOREIGN_DATE_LABELS})\b", re.I)


def is_date_span(text: str) -> bool:
    """Two different dates across a dash, a span and no day of publication: "14 March 1938 – 2 November 2026"."""
    halves = SPAN_DASH.split(text, 1)
    return (len(halves) == 2 and (start := parse_date(halves[0])) is not None and (end := parse_date(halves[1])) is not None
            and start != end)


SPAN_DASH = re.compile(r"\s[–—-]\s")


def _is_event_dates(text: str) -> bool:
    """An event's days and its place, no more: "10–12 March 2027 · University of Plymouth", "Apia, Samoa, 14–16 September 2027"."""
    days = DAY_RANGE.search(text)
    place = _lettered_words(text[: days.start()] + " " + text[days.end() :]) if days is not None else []
    return (days is not None and not TERMINAL.search(text) and 1 <= len(place) <= EVENT_PLACE_WORDS  # (a week alone is a
            # bulletin's: "(2 – 8 February 2026)")
            and all(word[:1].isupper() or word in NAME_PARTICLES for word in place))  # (not "Epidemiological week 47 (17–23 ...)")


EVENT_PLACE_WORDS = 6


def _is_bare_date_span(text: str) -> bool:
    """Two dates across a dash and nothing else: "14 March 1938 – 2 November 2026"."""
    halves = SPAN_DASH.split(text, 1)
    return len(halves) == 2 and all(date_of_line(half) for half in halves) and is_date_span(text)
CLOCK = re.compile(r"\b(?:at\s+)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*)\b|\s*\((?:[A-Z]{2,4}|GMT[+-]?\d*)\))?", re.I)  # "2:05PM (EST)"
INID_CODE = re.compile(r"\(\d{2}\)")  # a patent's field number: "(43)"
DATE_LABEL_INSIDE = re.compile(r"(?:^|[\s,|/•·])(?P<label>(?:first |last )?(?:published|posted|updated|issued|modified|pub\.\s?date)(?:\s+on)?\s*:)", re.I)
BY_NAMES = re.compile(r"^[Bb]y [A-Z][\w.'’-]*(?: (?:and |& )?[A-Z][\w.'’-]*){1,9}$")  # beside a date: "By Tara Copp and Lolita C. Baldor Associated Press"
WEB_ADDRESS_NAME = re.compile(r"\w\.(?:com|net|org|in|co|uk|news|info)\b", re.I)
PART_SEPARATOR = re.compile(r"\s+[/|•·]\s+|\s*[|,]\s*(?=(?:last updated|updated|published|posted|modified)\b)"  # "... EST|Published ..."
                            r"|\s+(?=(?:last updated|updated|published|posted|modified)\b)", re.I)  # "... am Updated Jan. 10"
TIME_PREFIX = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*,\s*|\s+)(?:on\s+)?(?=\w)", re.I)
TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d*)?$", re.I)


@lru_cache(maxsize=65536)
def date_among_parts(text: str) -> tuple[str, str | None, str | None] | None:
    """A date line with more on it: "New Delhi,UPDATED: Jan 11, 2024 18:46 IST" (a label
    after a place), "Updated on: January 11, 2024 / 9:42 AM EST / CBS News" (parts split
    by bars or slashes: a date, times, a byline and at most one short name; "By QASSIM
    ABDUL-ZAHRA | The Associated Press | PUBLISHED: January 10, 2024") -> (ISO date, the name, the byline)."""
    if word_count(text) > PARTS_LINE_WORDS or not HAS_DIGIT.search(text) or dated_name(text):  # "ANI | Updated: ...": see _take_dated_name
        return None
    labelled = DATE_LABEL_INSIDE.search(text)
    if labelled and word_count(INID_CODE.sub("", text[: labelled.start("label")])) <= 3:  # (a patent's "Al-Saadi et al. (43) Pub. Date:")
        text = text[labelled.start("label") :]
        if iso := date_of_line(text):
            return iso, None, None
    parts = [part for part in PART_SEPARATOR.split(text) if part]
    if len(parts) == 1 and ", " in text:  # "Thursday January 11 2024, 5.00pm GMT, The Times"
        parts = text.rsplit(", ", 1)
    dates = [date_of_line(TIME_PREFIX.sub("", part)) for part in parts]  # "10:55 PM January 10, 2024"
    if len(parts) > 1 and not any(dates):
        for index, part in enumerate(parts[:]):
            if HAS_DIGIT.search(part) and (named := dated_name(part)):  # "KYODO NEWS - Sep 3, 2024 - 18:40 | World, All"
                parts[index], dates[index] = named[1], named[1]
                parts.append(named[0])
                dates.append(None)
    if len(parts) < 2 or not any(dates):
        return None
    names = [part for part, iso in zip(parts, dates)  # not a second date: "Updated Jan 10, 2024 / Original Jan 10, 2024"
             if iso is None and not TIME_ONLY.match(part) and not PAGE_NUMBER.match(part) and parse_date(part) is None]
    byline = next((name for name in names if BYLINE.match(name) or AGENCY_BYLINE.match(name) and name[:2].lower() == "by"
                   or STAFF_BYLINE.match(name) or BY_NAMES.match(name)), None)  # "TOI World Desk / TIMESOFINDIA.COM / Updated: ..."
    names = [name for name in names if name is not byline and not _is_section_list(name)]  # "World, All": the page's sections
    if len(names) > 1 or any(word_count(name) > 4 or SENTENCE_END.search(name) for name in names):
        return None
    name = names[0].strip() if names else None
    if name and byline and STAFF_BYLINE.match(byline) and not WEB_ADDRESS_NAME.search(name):
        name = None  # "Devdiscourse News Desk | Erbil | Updated: ...": beside a desk, a place; "TIMESOFINDIA.COM" is the site
    if name and (any(character.isdigit() for character in name)
                 or name.casefold().strip(" -–—") in ("last", "first") or DATE_LABELS.match(name)):
        name = None  # "Published: 8:00pm", "UK", "Last" (of "Last updated"), "Publicado: martes": not the site
    return next(iso for iso in dates if iso), name, byline


PAGE_NUMBER = re.compile(r"^\s*(?:page |p\. ?)?\d{1,3}\s*$", re.I)  # a print page's running head: "GULF NEWS | THURSDAY, NOVEMBER 21, 2024 | 14"
OTHER_CALENDAR_DATE = re.compile(r"^\d{1,2}\s+[^\W\d]+\s+\d{4}\s+-\s+(?=\d)")
UPDATE_AFTER_DATE = re.compile(r"(?:,|\s[-–—|])\s*(?:modifié|mis à jour|actualisé|aktualisiert|actualizado|atualizado|aggiornato|updated|last updated|"
                               r"güncelleme|son güncelleme|обновлено|آخر تحديث|تحديث)\b", re.I)  # "20.11.2024 - Güncelleme : 20.11.2024"


SHORT_YEAR_DATE = re.compile(r"(?<![\d/])(?P<month>0?[1-9]|1[0-2])/(?P<day>\d{1,2})/(?P<year>\d\d)(?![\d/])")


def with_full_year(text: str) -> str | None:
    """An American date with a two-digit year written out in full ("11/26/24 8:00 AM ET" ->
    "11/26/2024 8:00 AM ET"), when it can only be month first: its day is over 12, or a
    clock with am/pm stands beside it (The Hill's bylines). Else None."""
    found = SHORT_YEAR_DATE.search(text)
    if found is None or not (int(found["day"]) > 12 or AMERICAN_TIME.search(text)) or int(found["day"]) > 31:
        return None
    return f"{text[: found.start()]}{found['month']}/{found['day']}/20{found['year']}{text[found.end() :]}"


EUROPEAN_SHORT_YEAR = re.compile(r"(?<![\d.·])(?P<day>[12]\d|3[01]|0?[1-9])([.·])(?P<month>1[0-2]|0?[1-9])\2(?P<year>\d\d)(?![\d.·])")
# a Spanish paper's day first, with a two-digit year: "27·11·26" (or "27.11.26" beside a clock)


@lru_cache(maxsize=65536)  # pure, and asked again of a site's header lines in every document
def date_of_line(text: str) -> str | None:
    """A line that is only a date (with optional label, brackets or time) -> ISO date."""
    if (posted := CATEGORIES_AFTER_DATE.match(text)) is not None:
        text = posted.group("posted")  # a blog's "Posted on February 9, 2026 in News, Iraq": the date, then its categories
    if " by authority of " in text:
        text = text.partition(" by authority of ")[0]  # "Published on 26 November 2026 by authority of the House of Commons"
    words = word_count(text)
    if words > 10:
        if words > 20 or "," not in text or not (update := UPDATE_AFTER_DATE.search(text)):  # a date, then its update's
            return None
        text = text[: update.start()]  # "Publié le 14 août 2024 à 05h30, modifié le 14 août 2024 à 10h12"
        if word_count(text) > 10:
            return None
    if not YEAR_HINT.search(text):  # parse_date needs a year
        if (short := EUROPEAN_SHORT_YEAR.search(text)) and (short[2] == "·" or CLOCK.search(text, short.end())):  # "27·11·26 | 19:05"
            text = f"{text[: short.start()]}{short['day']}.{short['month']}.20{short['year']}{text[short.end() :]}"
        elif "/" not in text or (text := with_full_year(text)) is None:
            return None
    if words <= 10 and (update := UPDATE_AFTER_DATE.search(text)) is not None and update.start() > 0:
        text = text[: update.start()]  # "20.11.2024 - Güncelleme : 20.11.2024": when it went up, then its update
    if " - " in text and not text.isascii() and (other := OTHER_CALENDAR_DATE.match(text)):
        text = text[other.end() :]  # "۱۰ آبان ۱۴۰۳ - ۳۱ اکتبر ۲۰۲۴": the solar date, then the Gregorian one
    match = DATE_LINE.match(TIME_PREFIX.sub("", text))  # "5:12 pm on 11 January 2024"
    if not match:
        return None
    iso = parse_date(match.group("date"), month_first=bool(AMERICAN_TIME.search(text)))
    if iso is None:
        return None
    leftover = next((form.sub("", match.group("date"), count=1) for form in DATE_FORMS if form.search(match.group("date"))), "")
    return iso if not has_alphanumeric(CLOCK.sub("", leftover)) else None  # "10:12 AM EST, January 10, 2024"


CATEGORY_LIST = r"in [A-Z][\w&'’-]*(?: [A-Za-z][\w&'’-]*){0,4}(?:, [A-Z][\w&'’-]*(?: [A-Za-z][\w&'’-]*){0,4}){0,5}"  # a blog's
# categories: "in Analysis, Kurdistan Region of Iraq"
CATEGORIES_AFTER_DATE = re.compile(rf"^(?P<posted>(?i:posted|published)(?: on)?\s.*?\d)\s+{CATEGORY_LIST}$")


def is_title_like(text: str) -> bool:
    words = word_count(text)
    return 2 <= words <= 30 and len(text) <= 220 and not re.search(r"[.,;:]['\"”’]?$", text) and has_alphanumeric(text)


def is_headline_like(text: str) -> bool:
    """A short line without sentence punctuation at its end: a link, a heading, a label."""
    return word_count(text) <= 20 and not SENTENCE_END.search(text)


# ---------------------------------------------------------------- the document pass


@dataclass(slots=True, init=False)  # its own __init__: a shard makes some 60,000 of them
class Line:
    number: int  # its place in the document, from 1: line n is lines[n - 1]
    line_no: int  # the raw body's line it comes from (the same but where one raw line holds several blocks of a page)
    raw: str
    text: str
    indent: str
    removed_by: str | None  # set by _drop only
    key: int | None  # its repeated-line key, set when the shard learns boilerplate
    words: int
    kept: bool  # has text and no rule removed it (a plain attribute: the passes ask it millions of times)

    def __init__(self, number: int, raw: str, text: str, indent: str, removed_by: str | None = None, key: int | None = None):
        self.number, self.raw, self.text, self.indent, self.removed_by, self.key = number, raw, text, indent, removed_by, key
        self.line_no = number  # read_lines sets it where one raw line holds several blocks
        self.words = len(text.split())
        self.kept = removed_by is None and bool(text)


@dataclass
class Paragraph:
    lines: list[Line]
    text: str


@dataclass
class CleanedDocument:
    text: str
    title: str | None = None
    byline: str | None = None
    dateline: str | None = None
    published: str | None = None
    source_site: str | None = None
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # (line_no, text, rule)
    site_hint: str | None = None  # a weaker source_site clue (the name beside the date), used when nothing better
    raw_lines: int = 0
    metadata_lines: set[int] = field(default_factory=set)  # numbers of the lines moved to title, byline, date


BODY_WORDS = 8  # a kept line this long counts as article text for tail guards
BODY_LINE_WORDS = 15  # a line this long (ending a sentence) is article text, not a link or a label
HEADER_AREA_LINES = 10
HEADER_AREA_MAX_LINES = 16  # a long menu pushes the story down: the header area runs on to it, this far
HEADER_AREA_MENU_LINES = 40  # further only when the lines over the story end no sentence and most are a menu's or a tab's
MENU_ITEM_WORDS = 3
TAIL_GUARD_WORDS = 80  # this much body text after a cut_tail marker turns the cut into a block drop
LINK_LIST_MIN = 3
LIST_SECTION = re.compile(r"^(?i:(?:key |main |essential |minimum |desired |preferred |required )?(?:requirements|qualifications|"
                          r"responsibilities|duties|skills|eligibility|ingredients|benefits|what you['’]ll (?:need|do|learn|get)|"
                          r"what we offer|what we['’]re looking for|who (?:can|should) apply))\s*:?$")  # a list's own head
REPEATED_LINE_RULE = "repeated_line"  # the rule name of learned boilerplate in removed_lines


def _drop(line: Line, rule: str) -> None:
    if line.removed_by is None:
        line.removed_by = rule
        line.kept = False


def _apply_line_rules(lines: list[Line], rules: RuleSet) -> str | None:
    """Drop the lines a drop_line rule matches; returns a site name a rule captured ("Published by ...").
    A line that is one markdown link and ends no sentence links elsewhere: a menu item or a teaser."""
    site = None
    for line in lines:
        if not line.text:
            continue
        if not has_alphanumeric(line.text):
            _drop(line, "symbols_only")
            continue
        if ("](" in line.raw and LINK_LINE.match(line.raw) and not SENTENCE_END.search(line.text)
                and not _is_person_name(line.text)):  # "[Sinan Mahmoud](.../author/...)" is the byline
            _drop(line, "link_line")
            continue
        found = rules.first_match_of_line("drop_line", line.text, line.words)
        if not found and LIST_BULLET.match(line.text):  # a widget's line set as a list item: "• Follow the Department of State on X."
            item = LIST_BULLET.sub("", line.text, count=1)
            if not LABELLED_ITEM.match(item):  # (not a list of facts: "- Length: 1,200 km")
                found = rules.first_match_of_line("drop_line", item, word_count(item))
        if found:
            if found[0].name in CAPTION_RULES and _opens_wrapped_sentence(lines, line.number - 1):
                continue  # a hard-wrapped sentence's first piece: "Health Minister Saman Barzanji" / "said the hospital ..."
            _drop(line, found[0].name)
            site = site or (found[1].groupdict().get("site") or "").strip() or None
    return site


LABELLED_ITEM = re.compile(r"^[^:]{1,30}:\s")
LINK_LINE = re.compile(r"^\s*(?:[*+-]\s+)?\[[^\[\]]+\]\([^()\s]+\)\s*$")  # "[Iraqi women protest ...](https://...)", not an image


WRAPPED_REST_LINES = 6
LABEL_LINE_WORDS = 12  # a shorter line ending on a colon is a label over what follows


def _is_wrapped_text(lines: list[Line]) -> bool:
    """Is the text wrapped at a fixed width, as a PDF's is? Most of its long lines end
    mid-sentence (on a little word, or the next line goes on in lowercase) and run on into
    the next line, with no blank line between."""
    long_lines = wrapped = 0
    for line, below in zip(lines, lines[1:]):
        if line.words >= BODY_WORDS:
            long_lines += 1
            wrapped += (len(line.text) <= WRAP_WIDTH_MAX and bool(below.text) and not TERMINAL.search(line.text)
                        and (below.text[0].islower() or WRAPPED_LINE_END.search(line.text) is not None))  # not a headline
    return wrapped >= HARD_WRAPPED_LINES and wrapped >= long_lines * HARD_WRAPPED_SHARE


HARD_WRAPPED_LINES = 3
HARD_WRAPPED_SHARE = 0.3
WRAP_WIDTH_MAX = 150  # a PDF's lines are cut at some 80 to 140 characters (small type, a landscape page); a web page's paragraph
# runs longer


WRAPPED_NOTICE_RULES = frozenset({"legal_notice", "copyright", "disclaimer", "disclaimer_notice", "license_notice", "rights_notice",
                                  "contributor_note", "article_record", "document_record", "acknowledgement", "disclosure",
                                  "affiliate_disclosure", "privacy_notice", "ownership_notice", "syndication_notice", "report_scope",
                                  "translation_notice", "translation_note", "outlet_blurb", "contact_line", "report_distribution",
                                  "publication_order", "rating_note", "publisher_mission", "press_release", "author_bio",
                                  "member_list", "map_notice", "citation_line", "service_order_furniture",
                                  "submission_note", "travel_advisory_furniture", "court_caption", "health_site_furniture"})
# a notice's sentences, which a PDF wraps over lines; not a teaser's or a widget's headline, which the story follows


def _drop_wrapped_rest(lines: list[Line]) -> None:
    """The rest of a hard-wrapped sentence a line rule removed by its first line: a PDF's notice
    runs on over lines no rule names ("... do not necessarily reflect the views of The" / "World
    Bank, its Board of Executive Directors, or the governments they represent."). The removed
    line is a long unfinished piece; each next line follows it directly, with no blank line."""
    hard_wrapped = None
    for index, line in enumerate(lines[:-1]):
        if (line.removed_by not in WRAPPED_NOTICE_RULES or line.words < BODY_WORDS or len(line.text) > WRAP_WIDTH_MAX
                or (line.text.endswith(":") and line.words < LABEL_LINE_WORDS)
                or TERMINAL.search(line.text)):
            continue  # (a long line may end on a colon or a comma inside its sentence: "... Iraq Economic Monitor, Fall 2025:",
            # "... No part of this publication may be reproduced," / "stored in a retrieval system or transmitted, ...")
        if hard_wrapped is None:
            hard_wrapped = _is_wrapped_text(lines)
        rule = line.removed_by
        for rest in lines[index + 1 : index + 1 + WRAPPED_REST_LINES]:
            if (not hard_wrapped and not rest.text[:1].islower()
                    and not (_wrapped_before_name(line, rest) and rest.words <= BODY_LINE_WORDS)):
                break  # a web page's notice ends on its line: "© Reuters. FILE PHOTO: ... REUTERS/Thaier al-Sudani/File Photo"; a
                # short PDF's goes on in lowercase: "Airwars is a not-for-profit transparency watchdog ... and related" / "civilian ...",
                # or before a name, to the sentence's end: "... registered with the NGO Directorate in" / "Baghdad under No. 1Z5872."
            if rest.removed_by is not None and rest.text and not TERMINAL.search(rest.text) and rest.words > 3:
                continue  # a piece another rule removed ("Relations (ECFR), 4th Floor, ..., London W1W 5PA,"): the sentence goes on;
                # a label another rule removed ("Abstract") ends it, below
            if (not rest.kept or len(rest.text) > WRAP_WIDTH_MAX or DOCUMENT_SECTION.match(rest.text)
                    or (rest.words <= 3 and not TERMINAL.search(rest.text))):
                break  # a blank line, another removed line, or a heading: the sentence ended
            if rule == "member_list" and "," not in rest.text:
                break  # a roll of names goes on in names only: "..., Islamic" / "Development Bank, Kuwait Fund ..., OPEC Fund for"
            _drop(rest, rule)
            if TERMINAL.search(rest.text):
                break


def _apply_tail_rules(lines: list[Line], rules: RuleSet) -> str | None:
    """Cut from a tail marker to the end; returns a site name a marker captured."""
    seen_body = False
    site = None
    markers = []  # (line index, rule, match)
    for index, line in enumerate(lines):
        if not line.text:
            continue
        # a marker a line rule already dropped still cuts ("Sign up for our newsletters"); over the story, only a
        # report's note on itself ("About this report", "Acknowledgements") does
        if seen_body or (line.words <= PUBLICATION_NOTE_WORDS and line.text[0] in "Aa"):
            whole = len(line.text.rstrip(" .:"))
            found = rules.first_match_of_line("cut_tail", line.text, line.words, at_start=True,
                                              accept=lambda match: match.end() >= whole)
            if found and (seen_body or found[0].name in PUBLICATION_NOTE_RULES):
                markers.append((index, *found))
        seen_body = seen_body or (line.kept and line.words >= BODY_WORDS)
    for position, (index, rule, match) in enumerate(markers):
        name = (match.groupdict().get("site") or "").strip()
        if name and name.casefold() not in SECTION_NAMES:  # "More from Bloomberg" names a site, "More from World" a section
            site = site or name
        later = markers[position + 1 :]  # a press release's closing sections are judged one by one: "About TotalEnergies"
        end = later[0][0] if rule.to_end and later and later[0][1].to_end else len(lines)  # runs on to "Cautionary Note"
        _cut_from(lines, index, rule.name, rule.to_end, end, frozenset(marked for marked, _, _ in markers))
    return site


TEASER_LABEL_WORDS = 4


def _is_body_line(line: Line) -> bool:
    return line.words >= BODY_LINE_WORDS and bool(TERMINAL.search(line.text))


TEASER_SENTENCES_WORDS = 12
TWO_SENTENCES = re.compile(r"[a-z]{2}[.!?] [A-Z]")  # "... has a governor. Not everyone ...", not "U.S. troops"
SHORT_SENTENCE_WORDS = 5


def _is_short_sentence(text: str) -> bool:
    """One plain sentence of SHORT_SENTENCE_WORDS or more, with a full stop: no label, figure or second sentence (not a footer's
    "Hinweis: Die Kommentarfunktion ist geschlossen." or "Special Report No. 541. First published 2025.")."""
    return (text[:1].isupper() and word_count(text) >= SHORT_SENTENCE_WORDS and FULL_STOP.search(text) is not None
            and ":" not in text and not HAS_DIGIT.search(text) and ". " not in text)  # (nor a wrapped sentence's end)


INLINE_TEASER_LINES = 4  # a tail marker followed by at most this many headlines, then article text, is a block


TO_END_MAX_WORDS = 150  # a press release's closing sections are short


DOCUMENT_SECTION = re.compile(r"^(?:\d{1,2}(?:\.|\s?\|)?\s+)?(?i:introduction|background|summary|executive summary|overview|conclusions?|"
                              r"background to the (?:appeal|case|claim|application|dispute|decision|judgment|report|study|project|crisis)|"
                              r"methodology|methods|findings|key findings|recommendations|discussion|results|context|"
                              r"(?:learning |project |specific |general )?objectives|aims(?: and objectives)?|purpose|scope|"
                              r"(?:operational|political|humanitarian|security|economic|situation) "
                              r"(?:context|overview|updates?|background))$")


HEADLINE_WORD_STEM = 5  # "governorship" / "governor" share their first five letters


def _headline_of(headline: str, paragraph: str) -> bool:
    """Does the paragraph under `headline` tell its story? (Most of the headline's words in it:
    a newsletter's next item, "Kurdish parties still split over governorship" / "The two main
    Kurdish parties have yet to agree on who should take the governorship ..."; a teaser's
    headline names another story.)"""
    stems = {word.casefold()[:HEADLINE_WORD_STEM] for word in WORD.findall(headline) if len(word) >= 4}
    told = {word.casefold()[:HEADLINE_WORD_STEM] for word in WORD.findall(paragraph) if len(word) >= 4}
    return len(stems & told) >= 3 and len(stems & told) * 2 >= len(stems)


def _goes_on_below(lines: list[Line], index: int) -> bool:
    """A sentence's first line, hard-wrapped: long, unfinished, and the next line goes on in lowercase.
    Looser than _opens_wrapped_sentence (which wants the sentence to end within a few lines of
    three words or more): used where taking a line for the story only keeps text, and a PDF's
    paragraph may end on one word ("governorates.")."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (line.words >= BODY_WORDS and not TERMINAL.search(line.text) and following is not None
            and following.kept and (following.text[:1].islower() or (line.words >= BODY_LINE_WORDS and (
                NAME_GOES_ON.match(following.text) is not None or AGAINST_END.search(line.text) is not None))
                or _wrapped_before_name(line, following)))


AGAINST_END = re.compile(r"\s(?i:against|among|including|such as|between|towards?|within|without)$")  # cut before a name: "... crimes
# against" / "Yazidi women and girls, ..."


NAME_GOES_ON = re.compile(r"^[A-Z][\w'’-]*,\s+[a-z]")  # a name wrapped onto the next line: "... First Lady Rosalynn" / "Carter, in partnership ..."


def _cut_from(lines: list[Line], start: int, rule: str, to_end: bool = False, section_end: int | None = None,
              markers: frozenset[int] = frozenset()) -> None:
    """Remove lines from `start` to the end, unless the article resumes after the marker:
    an inline teaser (marker, a few headlines, then body text) or a long run of body text.
    A `to_end` rule's section is made of sentences itself: it runs to the end, or to
    `section_end`, where the next closing section starts."""
    section_end = len(lines) if section_end is None else section_end
    if rule in PUBLICATION_NOTE_RULES:
        for line in lines[start : _end_of_note(lines, start)]:
            if line.text:
                _drop(line, rule)
        return
    if to_end:
        after = sum(line.words for line in lines[start + 1 : section_end] if line.kept)
        before = sum(line.words for line in lines[:start] if line.kept)
        if after > TO_END_MAX_WORDS or after > before:
            to_end = False  # too much text follows for a closing section: a subhead of the story ("About Face")
    following = [] if to_end else [index for index in range(start + 1, len(lines)) if lines[index].kept]
    block_end = section_end if to_end else len(lines)
    for count, index in enumerate(following):
        if (index in markers and lines[index].words <= TEASER_LABEL_WORDS and count + 1 < len(following)
                and is_headline_like(lines[following[count + 1]].text)):
            continue  # another teaser's label over its teaser: "Read more:" / "Belfast bus drivers ..." / "Don't miss..." / ... (not
            # over a widget's blurb: "Similar News:" / "You can also read news stories similar to this one ...")
        if rule in NOTES_RULES and (NOTE_ITEM.match(lines[index].text) or CITATION_SHAPE.search(lines[index].text)):
            continue  # a paper's numbered note under "Notes": "1. Interview with a tribal sheikh, Qurna, March 2021.", a reference
            # under "References": "Al-Ali, Mohammed (2024): Post-conflict Policing in Mosul, ..."
        if (count and DOCUMENT_SECTION.match(lines[index].text) and count + 1 < len(following)
                and _is_sentence_line(lines[following[count + 1]])):
            block_end = index  # a paper's first section and its text under the keywords: "Basra" / "Introduction" / "In the summer ..."
            break
        if (count and count + 1 < len(following) and lines[index].words <= TEASER_SENTENCES_WORDS
                and TWO_SENTENCES.search(lines[index].text) and _is_sentence_line(lines[index])
                and all(is_headline_like(lines[later].text) or _is_question_headline(lines[later].text) for later in following[count + 1 :])):
            continue  # a teaser headline written as two short sentences, among the list's headlines to the end:
            # "Kirkuk finally has a governor. Not everyone is happy."
        if count == 0 and _is_blurb_under(lines[start], lines[index]):
            block_end = index + 1  # a report's front matter, "About RAND" / "RAND is a research organization ...": the story follows
            break
        if (_is_sentence_line(lines[index]) or _goes_on_below(lines, index)
                or (count and _is_short_sentence(lines[index].text) and lines[following[count - 1]].words < BODY_LINE_WORDS)):
            # a sentence: the story goes on (a teaser headline may end with "?" or "!", rarely with a full stop; under one, a short
            # sentence with a full stop: "Les også" / "Rekordmange cruiseturister i Svolvær i år" / "Utrykningskjøretøy vil få
            # passere brua ved behov."; not the end of a long line's sentence, wrapped)
            if ((count <= INLINE_TEASER_LINES and rule not in SENTENCE_SECTIONS)
                    or (count <= LONG_TEASER_LINES and _story_goes_on(lines, following[count:], rule in SENTENCE_SECTIONS))):
                block_end = index
                if count and (_numbers_a_section(lines, start, lines[following[count - 1]])
                              or DOCUMENT_SECTION.match(lines[following[count - 1]].text)
                              or (count == 1 and _headline_of(lines[following[0]].text, lines[index].text))):
                    block_end = following[count - 1]  # a newsletter's "Read more ›" / "2. Kurdish oil flows" / its text
                elif count and rule in SIGNUP_RULES and _is_question_headline(lines[following[count - 1]].text):
                    block_end = following[count - 1]  # a sign-up box, then the story's subhead: "Who governs Kirkuk?"
            break
        if not (is_headline_like(lines[index].text) or _is_question_headline(lines[index].text)):
            break
    if block_end == len(lines):
        body_words = 0
        for index in following:
            line = lines[index]
            if _opens_a_section(lines, line):
                block_end = index  # a report's front matter ends where its text starts: "About the authors" ... "Introduction"
                break
            if _is_body_line(line):
                body_words += line.words
                if body_words >= TAIL_GUARD_WORDS:
                    block_end = _start_of_run(lines, start + 1, index)
                    break
            elif line.words < BODY_LINE_WORDS:
                body_words = 0
    if ((block_end == section_end or any(_is_metadata_line(line.text) for line in lines[start + 1 : block_end] if line.kept))
            and lines[start].words <= HEADER_BUTTON_WORDS and _opens_the_page(lines, start)
            and not (rule in NOTES_RULES and any(CITATION_SHAPE.search(line.text) for line in lines[start + 1 : block_end] if line.kept))):
        block_end = start + 1  # "Read more" under the standfirst, the story below it: a link, not the footer; "Comments"
        # over the byline and date: a button of the header (not a short entry's "Bibliography:" over its references)
    for line in lines[start:block_end]:
        if line.text:
            _drop(line, rule)


def _opens_a_section(lines: list[Line], line: Line) -> bool:
    """A report's section head ("Introduction", "Executive Summary") over a paragraph of its text."""
    if not DOCUMENT_SECTION.match(line.text.rstrip(":")):
        return False
    story = _next_text_line(lines, line)
    if story is None or not story.kept or SECTION_LIST_ITEM.match(story.raw.lstrip()):
        return False
    paragraph = _wrapped_paragraph(lines, story.number - 1, PARAGRAPH_LINES)
    words = sum(piece.words for piece in paragraph)
    after = _line_under(lines, story)
    if (len(paragraph) == 1 and story.words >= BODY_WORDS and after is not None and after.kept and after.words >= BODY_WORDS
            and TERMINAL.search(after.text) and line.text.casefold().rstrip(":") != "context"):
        words += after.words  # a paragraph set one sentence to a line: "Overview" / "Heavy rain ... in Duhok governorate." /
        # "BCF teams replaced 420 tents ..." (not a fact-check box's "Context" over its line of summary, the story under it)
    return words >= SECTION_TEXT_WORDS or (len(paragraph) >= 2 and paragraph[0].words >= BODY_WORDS and words >= BODY_LINE_WORDS
                                           and bool(TERMINAL.search(paragraph[-1].text)))  # a short paragraph, hard-wrapped as a
    # PDF's is: "Background" / "The water network of Mosul was heavily damaged ... the Islamic" / "State between 2016 and 2017."


PARAGRAPH_LINES = 4


def _wrapped_paragraph(lines: list[Line], start: int, limit: int) -> list[Line]:
    """The kept lines from lines[start] on, hard-wrapped, up to the first that ends a sentence
    (at most `limit` lines)."""
    paragraph = []
    for line in lines[start : start + limit]:
        if not line.kept:
            break
        paragraph.append(line)
        if TERMINAL.search(line.text):
            break
    return paragraph


PUBLICATION_NOTE_WORDS = 4  # "About this report", "Acknowledgements"
PUBLICATION_NOTE_RULES = frozenset({"publication_note"})  # "About this report", "Acknowledgments": a heading and its paragraphs
NOTE_LINES = 20


def _end_of_note(lines: list[Line], start: int) -> int:
    """Where a report's note under its heading ends: at a removed line, at the next heading (a
    report's section, or a short line ending no sentence after a line that ends one), or
    NOTE_LINES lines on."""
    previous = lines[start]
    for index in range(start + 1, min(len(lines), start + 1 + NOTE_LINES)):
        line = lines[index]
        if not line.text:
            continue
        if not line.kept or DOCUMENT_SECTION.match(line.text.rstrip(":")) or (
                previous is not lines[start] and TERMINAL.search(previous.text) and line.words <= SUBHEAD_WORDS
                and not TERMINAL.search(line.text)):
            return index
        previous = line
    return min(len(lines), start + 1 + NOTE_LINES)


def _is_blurb_under(heading: Line, line: Line) -> bool:
    """A publisher's blurb under its "About" heading: "About the Clingendael Institute" / "Clingendael –
    the Netherlands Institute of International Relations – is a leading think tank ..."."""
    if heading.text == "About":  # a report's front matter: "About" / "Al-Bayan Center for Planning and Studies is an independent ..."
        return _describes_a_publisher(APPOSITIVE.sub(" ", line.text))
    named = heading.text.removeprefix("About ").removeprefix("the ")
    name = named.split()[0] if named else ""
    text = line.text.removeprefix("The ")  # "About the Middle East Centre" / "The Middle East Centre builds on LSE’s ..."
    return (ABOUT_HEADING.match(heading.text) is not None and text.startswith(name)
            and (_describes_a_publisher(APPOSITIVE.sub(" ", line.text))
                 or (text.startswith(named) and NAME_AND_VERB.match(text, len(named)) is not None  # "About International
                     and not _is_reported(line.text))))  # Alert" / "International Alert works with people directly affected ..."


NAME_AND_VERB = re.compile(r" (?:works|tracks|helps|supports|promotes|seeks|aims|provides|conducts|monitors|investigates|"
                           r"advocates|brings|builds|defends|documents|researches|strives|partners)\b")  # "About ICTJ" / "ICTJ works across ..."


BIO_WORDS = 80
IMPRINT_RULES = frozenset({"copyright", "rights_notice", "license_notice", "legal_notice", "database_field", "contributor_note",
                           "disclaimer"})


def _drop_publisher_blurb_in_front_matter(lines: list[Line]) -> None:
    """In a report's front matter (before any paragraph of its text), the publisher describing
    itself beside the imprint's notices: "The French Institute of International Relations (Ifri)
    is a research center ..." over "The opinions expressed in this text are the responsibility of
    the author alone."."""
    front = []
    for line in lines:
        if line.text:
            if line.kept and _is_body_line(line) and not _is_publisher_blurb(line):
                break
            front.append(line)
    for position, line in enumerate(front):
        if (line.kept and any(0 <= other < len(front) and front[other].removed_by in IMPRINT_RULES for other in (position - 1, position + 1))
                and _is_publisher_blurb(line)):
            _drop(line, "outlet_blurb")


def _is_publisher_blurb(line: Line) -> bool:
    return line.words <= BIO_WORDS and _describes_a_publisher(APPOSITIVE.sub(" ", line.text))


def _drop_blurbs_under_removed_about_headings(lines: list[Line]) -> None:
    """The blurb under an "About" heading that another pass removed (among a report's front matter,
    as a menu item): the blurb goes with it."""
    for line in lines:
        if ((not line.kept or AUTHOR_LABEL_ALONE.match(line.text)) and ABOUT_THE_AUTHOR.match(line.text)
                and (below := _next_text_line(lines, line)) is not None
                and below.kept and (WRITER_BIO.match(below.text) or AUTHOR_INTRODUCED.match(below.text)) and not REPORTED.search(below.text)):
            _drop(line, "author_bio")  # (a bare label: "Author" / "Pierre-Jean Moreau is an associate research fellow ...")
            _drop(below, "author_bio")  # "About the Author" / "Hayder Al-Shakeri is a senior program expert at ICTJ ..."
            while (line.text.rstrip(" :").endswith("s") and (below := _next_text_line(lines, below)) is not None and below.kept
                   and AUTHOR_INTRODUCED.match(below.text) and below.words <= BIO_WORDS and not REPORTED.search(below.text)):
                _drop(below, "author_bio")  # "About the authors": the next writer's bio, "Elin Falguera is a Senior Programme ..."
            continue
        if not line.kept and line.text.startswith("About") and (below := _next_text_line(lines, line)) is not None \
                and (below.kept or below.removed_by in ("outlet_blurb", line.removed_by)) and _is_blurb_under(line, below):
            taken = {"outlet_blurb", below.removed_by or "outlet_blurb"}  # the blurb's lines a rule or the heading's cut took already
            _drop(below, "outlet_blurb")
            if TERMINAL.search(below.text) or below.words < BODY_WORDS:
                continue
            name = below.text.split()[0]  # a PDF's blurb, wrapped: its sentences to the paragraph's end, and the next ones naming it
            start = below.number  # (lines[n] is the line after line n)
            while start < len(lines) and lines[start].text and lines[start].removed_by in taken:
                start += 1  # its wrapped lines an outlet_blurb rule took already
            while paragraph := _wrapped_paragraph(lines, start, NOTE_LINES):
                for piece in paragraph:
                    _drop(piece, "outlet_blurb")
                start = paragraph[-1].number
                if start >= len(lines) or not lines[start].kept or not lines[start].text.startswith(name):
                    break


APPOSITIVE = re.compile(r"\s[–—]\s[^–—]{3,80}\s[–—]\s")  # "Clingendael – the Netherlands Institute ... – is a think tank"
NOTES_RULES = frozenset({"encyclopedia_furniture"})  # "Notes", "References", "Footnotes"
NOTE_ITEM = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}\.|\d{1,3}(?=\s+[A-Z\"“‘']))\s+\S")  # "1. Interview with ...", "[2] https://...",
# "1 CAR field documentation, Erbil, 22 May 2025."


LIST_START = re.compile(r"^list of (\d{1,2}) items?$")  # Al Jazeera's teaser box: "list of 2 items" / headlines / "end of list"


def _drop_listed_teasers(texts: list[Line]) -> None:
    """A teaser box that says where it starts and ends: "list of 2 items" ... "end of list".
    `texts`: the lines with text."""
    for position, line in enumerate(texts):
        start = LIST_START.match(line.text)
        if start is None:
            continue
        reach = texts[position + 1 : position + 2 + int(start.group(1)) * 2]  # an item may wrap onto a second line
        end = next((offset for offset, later in enumerate(reach) if later.text == "end of list"), None)
        if end is not None:
            for listed in [line, *reach[: end + 1]]:
                if listed.kept:
                    _drop(listed, "also_read")


CHAPTER_ENTRY = re.compile(r"^\(?(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)\)?\s*[-–—:|]?\s+\S")  # "04:12 The election results"
CHAPTER_WORDS = 15


CONTENTS_COPY_WORDS = 15
CONTENTS_COPY_ENTRIES = 3


def _drop_contents_copies(texts: list[Line]) -> None:
    """A contents list without page numbers or dot leaders: a run of short lines near the top,
    each set again further down over its own section ("When is Election Day?" / ... / "When is
    Election Day?" / its answer). `texts`: the lines with text."""
    places: dict[str, list[int]] = {}
    for position, line in enumerate(texts):
        if line.kept and line.words <= CONTENTS_COPY_WORDS and not line.text.endswith("."):
            places.setdefault(line.text, []).append(position)
    if len(places) == sum(len(found) for found in places.values()):
        return  # no short line comes twice
    run: list[Line] = []
    for position, line in enumerate([*texts, None]):  # None: the end closes the last run
        found = places.get(line.text) if line is not None and line.kept else None
        if (found and found[0] == position and len(found) >= 2 and found[1] > position + 1 and found[1] + 1 < len(texts)
                and texts[found[1] + 1].kept and texts[found[1] + 1].words >= BODY_WORDS):  # (a paragraph's line, maybe wrapped)
            run.append(line)  # listed here, and heading its section further down
            continue
        if (len(run) >= 2 and line is not None and line.kept and line.words <= CONTENTS_COPY_WORDS
                and _numbers_next(run[-1].text, line.text) and all(NUMBERED_HEADING.match(entry.text) for entry in run)):
            run.append(line)  # a numbered agenda's item that no section repeats: "1. Welcome ..." / "2. Water trucking ..." / "3. AOB"
            continue
        if len(run) >= CONTENTS_COPY_ENTRIES:
            for entry in run:
                _drop(entry, "contents_entry")
        run = []


def _numbers_next(text: str, following: str) -> bool:
    """Is `following` the numbered entry after `text`'s ("2. Water trucking in Sinjar" / "3. AOB")?"""
    number, next_number = NUMBERED_HEADING.match(text), NUMBERED_HEADING.match(following)
    return number is not None and next_number is not None and int(next_number.group(1)) == int(number.group(1)) + 1


def _drop_chapter_list(texts: list[Line]) -> None:
    """An episode's chapter list: from a "00:00" entry, entries in rising time order ("00:00
    Introduction" / "04:12 The election results"); a live page's times fall, and never start at 0:00.
    `texts`: the lines with text."""
    entries: list[Line] = []
    last = -1
    for line in [*texts, None]:  # None: the end closes the last list
        entry = CHAPTER_ENTRY.match(line.text) if line is not None and line.kept and line.words <= CHAPTER_WORDS else None
        seconds = int(entry.group(1) or 0) * 3600 + int(entry.group(2)) * 60 + int(entry.group(3)) if entry else -1
        if entry and entries and seconds > last:
            entries.append(line)
        else:
            if len(entries) >= 2:
                for listed in entries:
                    _drop(listed, "podcast_notes")
            entries = [line] if seconds == 0 else []
        last = seconds


def _numbers_a_section(lines: list[Line], start: int, heading: Line) -> bool:
    """Is `heading` a numbered section heading ("2. Kurdish oil flows") whose section 1 came before `start`?"""
    numbered = NUMBERED_HEADING.match(heading.text)
    return numbered is not None and int(numbered.group(1)) > 1 and any(
        line.kept and _numbers_next(line.text, heading.text) for line in lines[:start])


NUMBERED_HEADING = re.compile(r"^(\d{1,2})[.)]\s+[A-Z]")
HEADER_BUTTON_REACH = 3
HEADER_BUTTON_WORDS = 5  # "Read more", "0 comments", "Join the conversation"; not a comment's own header


def _opens_the_page(lines: list[Line], start: int) -> bool:
    """A marker among the first header-area lines with twice as many words of sentences under it as above."""
    above = [line for line in lines[:start] if line.kept]
    if len(above) >= HEADER_AREA_LINES and any(_is_sentence_line(line) for line in above):
        return False  # a journal's long header of links and labels, with no sentence yet, is still the header
    nearest = above[-HEADER_BUTTON_REACH:]
    last_metadata = next((index for index in range(len(nearest) - 1, -1, -1) if _is_metadata_line(nearest[index].text)), None)
    if last_metadata is not None and not any(_is_body_line(line) for line in nearest[last_metadata + 1 :]):
        return True  # right under the byline and date ("Link copied" / "Comments"): a button of the header
    below = sum(line.words for line in lines[start + 1 :] if line.kept and _is_sentence_line(line))
    return below > 2 * sum(line.words for line in above if _is_sentence_line(line))


SENTENCE_SECTIONS = frozenset({"comments"})  # readers' comments are sentences too: the story goes on under such a
# marker only when two story sentences follow it ("0 comments" under a byline), never after one ("Abu Ali" / "10 Aug 2024" / a comment)
LONG_TEASER_LINES = 8  # a longer list of headlines between paragraphs, if the story clearly goes on after it


def _is_sentence_line(line: Line) -> bool:
    return _is_body_line(line) or (line.words >= BODY_WORDS and bool(FULL_STOP.search(line.text)))


def _story_goes_on(lines: list[Line], following: list[int], adjacent: bool = False) -> bool:
    """Two sentence lines in a row that do not address the reader: the story, not a footer's blurb.
    `adjacent`: with nothing removed between them (two readers' comments have their buttons between)."""
    return (len(following) >= 2 and all((_is_sentence_line(lines[index]) or _goes_on_below(lines, index))  # (or a PDF's sentence,
                                        and not _addresses_the_reader(lines[index].text) for index in following[:2])  # wrapped)
            and not (adjacent and any(line.removed_by for line in lines[following[0] + 1 : following[1]])))


def _is_question_headline(text: str) -> bool:
    """A teaser headline asking or exclaiming: "What is the Axis of Resistance?"."""
    return text.endswith(("?", "!")) and word_count(text) <= ECHO_MAX_WORDS and not REPORTED.search(text)


def _start_of_run(lines: list[Line], low: int, index: int) -> int:
    """First index of the run of long lines that ends at `index`."""
    while index - 1 >= low and (not lines[index - 1].text or lines[index - 1].words >= BODY_LINE_WORDS):
        index -= 1
    return index


INNER_SENTENCE_END = re.compile(r"^(?:\S+\s+){3,}\S*[a-z]{2}[.!?][\"”’]?\s+\S")  # a sentence of four words or more, then more text


def _drop_link_list_tail(lines: list[Line]) -> None:
    """A run of short headline-like lines after the last body line is a link list. Lines
    rules already removed inside the run ("Read more from Sky News:", "Follow X on WhatsApp")
    count towards it: they are part of the same list."""
    run: list[Line] = []
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line.text:
            continue
        if line.kept and (not is_headline_like(line.text) or INNER_SENTENCE_END.search(line.text)
                          or NOTE_MARK_AT_END.search(line.text) or (index and _goes_on_below(lines, index - 1))):
            break  # the last body line ("... in Syria. – Rappler.com" is a sentence with a sign-off; a PDF's
            # sentence wrapped onto it ends "... according to" / "the Independent High Electoral Commission.1")
        run.append(line)
    else:
        return  # no body line before the run
    reading = run[::-1]
    head = next((position for position, line in enumerate(reading) if line.kept), None)  # (under a page's running foot)
    if head is not None and _heads_a_named_list(reading[head].text):  # a named list right under the story is the story's:
        listed = next((position for position, line in enumerate(reading) if position > head and not line.kept), len(reading))
        run = reading[listed:]  # "Requirements" / "Degree in statistics, engineering or a related field" / ... / "Job Type: Full-time"
    headlines = [line for line in run if line.kept]
    if len(run) >= LINK_LIST_MIN and headlines:
        for line in headlines:
            _drop(line, "link_list_tail")


RESULTS_HEAD = re.compile(r"^(?:\d{1,2}\.\s+)?(?:final |overall |full |current |provisional |official |key |expected |main |intended )?"
                          r"(?:standings|results|leaderboard|league table|rankings|medal table|classification|findings|outcomes|outputs|"
                          r"achievements)(?: \([\w ]{1,30}\))?:?$", re.I)  # a project's "Key results", "3. Expected results"


def _heads_a_named_list(text: str) -> bool:
    """A list's own head: "Requirements", "Final standings (top five)", a bug report's "Environment"."""
    return LIST_SECTION.match(text) is not None or RESULTS_HEAD.match(text) is not None or BUG_REPORT_LIST_HEAD.match(text) is not None


ARTICLE_SELF_REPORT = re.compile(r"^(?:This|The present) (?:article|paper|study|chapter|essay) (?:\w+ly )?(?:examines|traces|argues|shows|"
                                 r"explores|analy[sz]es|discusses|investigates|considers|assesses|draws|uses|reviews|describes|"
                                 r"looks at|focuses|asks|offers|proposes|compares|maps|documents|finds)\b")  # a paper's own text on
# what it does ("This article traces how those roles changed ..."), not the page talking to its reader ("This article is free")
READER_ADDRESS = re.compile(r"\b([Yy]ou|[Yy]our|[Yy]ou've|[Yy]ou're|[Yy]ours)\b|\b[Tt]his (article|story|page|site)\b")
# "we"/"our"/"us" is also a blog author or a columnist writing about themselves ("We plan to
# run the café again..."): it marks furniture only beside what a site asks of its readers.
FIRST_PLURAL = re.compile(r"\b(us|[Oo]ur|[Ww]e|[Ww]e're|[Ww]e've)\b")  # case-sensitive: "US soldiers" is not "us"
SITE_ASK = re.compile(r"\b(subscri\w*|journalism|coverage|letters section|submit a response|newsletters?|podcasts?|briefings?|donat\w*|funders|donors|supporters|memberships?|members|readers|advertis\w*|contact us|support us|"
                      r"comments?|commenting|tips?|community|discussions?|conversations?|sign up|log in|register(?= (?:now|here|today|for|to|with|free)\b|[.!]?$)|"
                      r"help us|your (?:help|support|generosity)|enquire|inquire|(?:read|reach|find|join|ask|tell) us)\b", re.I)  # "Help us keep going.",
# "we need your help", "Here's how to read us without a VPN." (register as the ask, not the noun: "the largest ship register in")
PLEA_WORDS = 15  # a longer line addressing the reader is furniture only if it asks for something
# ("If you live in the area, check the council's website for updates on the work." is article text)
READER_ACTION = re.compile(r"^(join|add|share|follow|subscribe|sign|watch|listen|view|get|find|download|comment|support|help|donate|give|"
                           r"yes,? (?:i|i['’]ll|i['’]d|i['’]m|please|sign me|count me|send me)|already|log|register|click|tap|scroll|discover|explore|continue|leave|write|want to|be|"
                           r"to (?:join the (?:conversation|discussion)|continue reading|keep reading|comment|unlock)|"  # "To join the conversation, ... create an account today!"
                           r"stay (up to date|informed|tuned|connected|in the loop|updated|ahead))\b", re.I)
REPORTED = re.compile(r"[\"“”«»]|\b(said|says|told|according to|added|wrote)\b"
                      r"|\b(?:declined|refused|did not|didn't)(?: immediately)? (?:to )?(?:respond|comment)\b|\bfor comment\b", re.I)
# (a newsroom's "did not comment", "declined to comment", "reached for comment" are the story's, not a comments box)
SCARE_QUOTES = re.compile(r"[\"“«]([\w'’-]+(?: [\w'’-]+){0,3})[\"”»]")  # a few words in quotes ("infodemic", "ECCLESIA IN ASIA")
# name a term or a title; they quote nobody


def _is_reported(text: str) -> bool:
    """Does the line report someone's words? A term or a title in quotes does not."""
    return bool(REPORTED.search(SCARE_QUOTES.sub(r"\1", text) if '"' in text or "“" in text or "«" in text else text))
TAIL_FURNITURE_WORDS = 60  # a site's comment policy runs to three sentences
PLEA_HEADING_WORDS = 4  # a short question over a plea is its heading, not the story's last line
TAIL_FRAGMENT_WORDS = 12  # after the article, a line this short that ends no sentence is a label or a link


def _addresses_the_reader(text: str) -> bool:
    """Footer furniture talks to the reader ("Join our commenting forum", "Help us continue
    to tell the story.", "You've read 1 article"); article text reports, in the third person."""
    words = word_count(text)
    if words > TAIL_FURNITURE_WORDS or _is_reported(text) or ARTICLE_SELF_REPORT.match(text):
        return False
    if FIRST_PLURAL.search(text) and SITE_ASK.search(text):
        return True
    if not (READER_ADDRESS.search(text) or READER_ACTION.match(text)):
        return False
    return words <= PLEA_WORDS or bool(SITE_ASK.search(text))


ECHO_MAX_WORDS = 20


LABEL_ITEM_WORDS = 4  # an item of a topic list under a removed label
ADDRESSEES_LABEL = re.compile(r"\b(?:sent|copied|circulated|addressed) to\s*:$|^(?:distribution|circulation|copies to|cc)\s*:$", re.I)
ADDRESSEE_ITEM_WORDS = 12
TERM_WORDS = 3


def _is_term_list(text: str) -> bool:
    """Three or more short terms on one line: "Climate mobility, drought, Iraq, urbanisation"."""
    terms = TERM_SEPARATOR.split(text)
    return len(terms) >= 3 and all(0 < word_count(term) <= TERM_WORDS for term in terms)


TERM_SEPARATOR = re.compile(r"\s*[,;]\s*")
PLAYER_LABEL = re.compile(r"^(?:listen|play|watch)(?: now| live| video| audio| to (?:this|the) (?:article|story))?$", re.I)
PLAYER_RULES = frozenset({"video_widget", "photo_widget"})  # their title or caption sits right under them
VALUE_LABEL_RULES = frozenset({REPEATED_LINE_RULE, "fact_check_label", "record_label"})  # labels not of a list: "Rating:" /
# "False" is the story's verdict, "Title:" / the headline


NOTICE_RULES = frozenset({"copyright", "rights_notice", "disclaimer", "license_notice", "syndication_notice", "legal_notice"})
NOTICE_TAIL_WORDS = 12
AGENDA_ITEM = re.compile(r"^(?:provisional )?agenda items? \d", re.I)
AGENDA_SUBJECT_WORDS = 12


MAIL_HEADER_RULES = frozenset({"email_chrome", "mailing_list"})
REPLY_ATTRIBUTION = re.compile(r"^On .{6,120}\bwrote:$")  # "On Tue, Nov 26, 2024 at 9:01 AM, Omar K. <o@example.iq> wrote:"


def _drop_quoted_reply(lines: list[Line]) -> None:
    """In a mail or a list post (a header line a rule removed), the lines quoting the message
    answered ("> Has anyone seen ...") and their "On ... wrote:" line are the earlier
    message, not this one. A page's "> " lines without a mail header may be a quote
    set off as a block, and stay."""
    if not any(line.removed_by in MAIL_HEADER_RULES for line in lines):
        return
    for line in lines:
        if line.kept and (line.text[:1] == ">" or REPLY_ATTRIBUTION.match(line.text)):
            _drop(line, "quoted_reply")


def _drop_echoes(lines: list[Line]) -> None:
    """A short line that repeats text of the removed line just above it belongs to the same
    widget: the video's title under "Click to play video: '...'", a caption under its credit.
    So does a headline-like line directly under a video player ("VIDEO 02:14"): its title;
    and the short items listed right under a removed label that ends with a colon ("Click
    the alert icon to follow topics:" / "Iraq" / "U.S. Military"); and the lowercase end of a
    notice wrapped onto a second line."""
    previous = None  # the last non-blank line
    label = None  # a removed label ending with ":" whose list is running
    titles = set()  # the line numbers taken as a player's title here: a title has no title under it
    listed: set[str] = set()  # the items taken under the label
    for line in lines:
        if not line.text:
            label = None
            continue
        if label is not None and line.kept and (line.text.casefold() in listed or DOCUMENT_SECTION.match(line.text)):
            label = None  # the first item again: the section it listed, the list ran into it ("In today's issue:");
            # a paper's first section under its keywords ("Keywords:" / "Iraq" / "tribes" / "Introduction")
        elif (label is not None and line.kept
              and ((line.words <= ADDRESSEE_ITEM_WORDS and not line.text.isupper()) if ADDRESSEES_LABEL.search(label.text)
                   else (line.words <= LABEL_ITEM_WORDS or _is_term_list(line.text)))  # (whom a report is sent to, in a list:
              # "THIS REPORT IS BEING SENT TO:" / "1. Chief Executive, Northvale Hospitals NHS Trust", not the heading "1 CORONER")
              and not SENTENCE_END.search(line.text)
              and not (HAS_DIGIT.search(line.text) and (MONTH_AND_YEAR.match(line.text) or date_of_line(line.text)))):  # (the
            # paper's date under its keywords is metadata)
            listed.add(line.text.casefold())
            _drop(line, label.removed_by)
        elif (previous is not None and line.kept and previous.removed_by in NOTICE_RULES and previous.number == line.number - 1
              and line.words <= NOTICE_TAIL_WORDS and line.text[0].islower() and not TERMINAL.search(previous.text)):
            _drop(line, previous.removed_by)  # a notice wrapped onto a second line: "[© 2025 Thomson Reuters. All rights" / "reserved.]"
        elif (previous is not None and line.kept and previous.removed_by == "document_record" and line.words <= AGENDA_SUBJECT_WORDS
              and AGENDA_ITEM.match(previous.text) and not TERMINAL.search(line.text)
              and not ((following := _next_text_line(lines, line)) is not None and HEADER_FIELD.match(following.text))):
            _drop(line, previous.removed_by)  # a UN document's agenda item and its subject: "Agenda item 10" / "Technical assistance ..."
            # (over the fields of a committee's report, the report's title: "Agenda item 6" / "Application 26/01502/FUL: ..." /
            # "Proposal: Erection of 24 dwellings ...")
        elif (previous is not None and line.kept and previous.removed_by == "counter" and TIME_ONLY.match(line.text)):
            _drop(line, "counter")  # a channel post's views and time: "👁 8.1K" / "16:02"
        elif (previous is not None and line.kept and previous.removed_by in PLAYER_RULES
              and previous.number == line.number - 1 and DURATION.match(line.text)):
            _drop(line, previous.removed_by)  # "Play Video" / its title / "02:11"
        elif (previous is not None and line.kept and previous.removed_by and previous.number == line.number - 1
              and DURATION.match(line.text) and (PLAYER_LABEL.match(previous.text) or previous.text.endswith(" " + line.text)  # "Listen · 3:42"
                                                 or (previous.removed_by == "media_player" and DURATION.match(previous.text)))):
            _drop(line, "media_player")  # "Listen" / "1:58": an audio player's length under its button, or under its time ("00:00")
        elif (previous is not None and line.kept and previous.removed_by in SIGNUP_RULES and is_headline_like(line.text)
              and NEWSLETTER_NAME.search(line.text) and not ACCOUNT_BUTTON.match(previous.text)):  # (not the title under a
            # site's own "Sign up" button: "Daily PM2.5 readings from low-cost sensors in Baghdad, 2023–2025")
            _drop(line, previous.removed_by)  # the newsletters offered under "Sign up for one of our free newsletters"
        elif (previous is not None and line.kept and previous.removed_by in BOX_EDGE_RULES and line.words <= BOX_LINE_WORDS
              and _within_one_box(previous, _next_text_line(lines, line), line)):
            _drop(line, previous.removed_by)  # a newsletter's blurb between its sign-up lines, wherever the box sits; an e-mail header's "Date:"
        elif (previous is not None and previous.removed_by and previous.removed_by not in COPY_KEPT_RULES and line.kept
              and 2 <= line.words <= ECHO_MAX_WORDS and not ISSUE_CONTENTS.match(previous.text)):  # (an item of "In this
            # issue: From the Principal · Sports" heads its section)
            echoes = line.text.casefold() in previous.text.casefold() and not _ends_breadcrumb(previous.text, line.text)
            titles_player = (previous.removed_by in PLAYER_RULES and previous.number == line.number - 1
                             and previous.number not in titles and is_headline_like(line.text)
                             and not (HAS_DIGIT.search(line.text) and (date_of_line(line.text)  # the player's date: metadata,
                                                                       or LIVE_ENTRY_TIME.match(line.text)))  # a live entry's time
                             and not _is_video_page_headline(lines, line))
            if echoes or titles_player:
                _drop(line, previous.removed_by)
                if titles_player:
                    titles.add(line.number)
        if (line.removed_by and line.removed_by not in VALUE_LABEL_RULES and line.text.endswith(":")
                and (label is None or line.removed_by != label.removed_by)  # a named rule's label, not a learned line
                and not CONTENTS_LABEL.match(line.text)):  # a contents list's entries are the story's subheads: its own pass
            label, listed = line, set()
        elif line.removed_by is None or label is None or line.removed_by != label.removed_by:
            label = None
        previous = line


BREADCRUMB_SEPARATORS = (" / ", " › ", " » ", " > ")


def _ends_breadcrumb(breadcrumb: str, headline: str) -> bool:
    """"Home / World News / Iraq, US hold first round of talks ..." over the headline it ends
    on: the headline stays."""
    return breadcrumb.casefold().endswith(headline.casefold()) and any(separator in breadcrumb for separator in BREADCRUMB_SEPARATORS)


BOX_LINE_WORDS = 30  # a line between two lines of one box (a newsletter's blurb) is never longer
SIGNUP_RULES = frozenset({"signup", "newsletter_widget", "newsletter_plea"})


BOX_RULE_GROUPS = (SIGNUP_RULES, frozenset({"email_chrome"}))  # a box's lines: what sits between two of them belongs to it
BOX_RULES = frozenset().union(*BOX_RULE_GROUPS)
SIGNUP_BOX_EDGES = SIGNUP_RULES | {"account_navigation"}  # a sign-up box may close with a button an account rule names ("SUBSCRIBE")
BOX_EDGE_RULES = BOX_RULES | SIGNUP_BOX_EDGES  # what the line above a box's inner line may be removed by


def _within_one_box(above: Line, below: Line | None, line: Line) -> bool:
    """Is `line` between two lines of one box? A sign-up box's button may be named as account navigation
    ("SUBSCRIBE"): with it, only a sentence counts (a blurb), never a headline between a menu's buttons."""
    if below is None:
        return False
    if any(above.removed_by in group and below.removed_by in group for group in BOX_RULE_GROUPS):
        return True
    sides = {above.removed_by, below.removed_by}
    return bool(sides & SIGNUP_RULES) and sides <= SIGNUP_BOX_EDGES and bool(TERMINAL.search(line.text))


def _line_under(lines: list[Line], line: Line) -> Line | None:
    """The raw line right under `line`, blank or not."""
    return lines[line.number] if line.number < len(lines) else None  # line n is lines[n - 1]


def _next_text_line(lines: list[Line], line: Line) -> Line | None:
    """The next non-blank raw line after `line`."""
    return next((lines[index] for index in range(line.number, len(lines)) if lines[index].text), None)  # line n is lines[n - 1]


def _previous_text_line(lines: list[Line], line: Line) -> Line | None:
    """The nearest non-blank raw line above `line`."""
    return next((lines[index] for index in range(line.number - 2, -1, -1) if lines[index].text), None)  # line n is lines[n - 1]


DURATION = re.compile(r"^\d{1,2}:\d\d(:\d\d)?$")  # a video's length, "02:11"
ACCOUNT_BUTTON = re.compile(r"^(?:sign up|sign in|log ?in|register|join)$", re.I)
NEWSLETTER_NAME = re.compile(r"\b(daily|weekly|morning|evening|newsletters?|briefings?|digest|roundup|round-up|bulletin|inbox|"
                             r"top stories|most-read|headlines|updates)\b", re.I)


def _drop_video_blocks(lines: list[Line]) -> None:
    """A video length alone on its line ("0:55") with a headline under it is a player and its
    title. A live blog's times ("14:05") come many to a page, so a page with more than one
    such line is left alone. Under a player's (or a photo viewer's) title, a one-sentence
    blurb and a short source label ("ABC News", "USA TODAY") go too when the story starts
    right after them."""
    kept = [line for line in lines if line.kept]
    times = [index for index, line in enumerate(kept) if DURATION.match(line.text)]
    if len(times) == 1 and times[0] + 1 < len(kept):
        title = kept[times[0] + 1]
        if is_headline_like(title.text) and 2 <= title.words <= ECHO_MAX_WORDS and not date_of_line(title.text):
            _drop(kept[times[0]], "video_widget")
            if not _is_video_page_headline(lines, title):
                _drop(title, "video_widget")
        elif ((above := _previous_text_line(lines, kept[times[0]])) is not None and not above.kept
              and (above.removed_by in PLAYER_RULES or "video" in above.text.casefold())):
            _drop(kept[times[0]], "video_widget")  # the player's length under its label: "Watch this video" / "6:14"
    texts = [line for line in lines if line.text]
    for position, line in enumerate(texts[:-3]):
        if line.removed_by not in PLAYER_RULES or texts[position + 1].removed_by is not None:
            continue
        blurb, label, story = texts[position + 1 : position + 4]
        if (TERMINAL.search(blurb.text) and blurb.words <= ECHO_MAX_WORDS + 10 and label.kept and label.words <= 3
                and not SENTENCE_END.search(label.text) and story.kept and _is_body_line(story)):
            _drop(blurb, line.removed_by)
            _drop(label, line.removed_by)


CONTENTS_LABEL = re.compile(r"^(?:table of contents|contents|jump to(?: section)?|in this (?:article|story|issue|edition|newsletter)"
                            r"|tracklist|track ?list(?:ing)?)\s*:?$", re.I)  # (a record's tracks: "1 Maqam Lami 18:22")
CONTENTS_ITEM_WORDS = 8
CONTENTS_PAGED_ITEM_WORDS = 14  # "2 Humanitarian cash in Iraq since 2014 / 3"
CONTENTS_MAX_ITEMS = 20
CONTENTS_PAGE = re.compile(r"\s*(?:\.{3,}|…+|\s[/|])\s*(?:\d{1,4}|[ivxlc]{1,7}|[IVXLC]{1,7})$|\s\d{1,3}$")  # an entry's dot leader and
# page number ("Executive Summary ........ i")


def _drop_widget_companions(lines: list[Line]) -> None:
    """The lines a removed widget label speaks for: a contents list under "Jump to:", a
    sponsor's ad under "A message from ...:", a chart's title over "Created with Datawrapper"."""
    for index, line in enumerate(lines):
        if line.removed_by in COMPANION_PASSES:
            COMPANION_PASSES[line.removed_by](lines, index, line)


def _drop_contents_list(lines: list[Line], index: int, label: Line) -> None:
    """Under a removed table-of-contents label ("Jump to:", "Contents"), the short lines up to
    the first blank line or sentence are its links ("What are gas flares?"), not the story."""
    if not CONTENTS_LABEL.match(label.text):
        return
    listed = set()
    items = []
    for item in lines[index + 1 : index + 1 + CONTENTS_MAX_ITEMS]:
        entry = LIST_BULLET.sub("", CONTENTS_PAGE.sub("", item.text)).casefold()  # "1. Overview ........ 3" lists the subhead
        # "1. Overview"; "• Youth centre opens in Hawija" the story "Youth centre opens in Hawija"
        limit = CONTENTS_PAGED_ITEM_WORDS if len(entry) < len(item.text) else CONTENTS_ITEM_WORDS  # a page number marks an entry
        if not item.text or (item.kept and (item.words > limit or FULL_STOP.search(item.text)
                                            or DATELINE.match(item.text + " x"))):  # "BAGHDAD (Reuters) -" opens the story
            break
        if entry in listed:
            break  # the first entry again: the story's own subhead, the list ran into it
        listed.add(entry)
        items.append((item, entry))
    if items:
        later = {line.text.casefold() for line in lines[items[-1][0].number :] if line.text}
        repeated = [position for position, (_, entry) in enumerate(items) if entry in later]
        if repeated and all(entry == item.text.casefold() for item, entry in items):  # a web page's list, no page numbers:
            items = items[: repeated[-1] + 1]  # the entries the story's subheads repeat end it, and what follows the last of
            # them is the page's title ("Results" / "References" / "2025 Iraqi parliamentary election")
    for item, _ in items:
        if item.kept:
            _drop(item, "contents_entry")  # not a named rule's: the story's subheads repeat the entries


LIST_BULLET = re.compile(r"^[•▪●◦*–—-]\s+")


SPONSOR_NAME = re.compile(r"^(?i:a (?:message|word) from) (?P<sponsor>[A-Z].*?)\s*:?$")
SPONSOR_COPY_LINES = 3


def _drop_sponsor_copy(lines: list[Line], index: int, label: Line) -> None:
    """Under a newsletter's "A message from Lockheed Martin:", the lines that start with the
    sponsor's name are its ad ("Lockheed Martin’s 21st Century Security vision is ...")."""
    if not (named := SPONSOR_NAME.match(label.text)):
        return
    for copy in [other for other in lines[index + 1 : index + 1 + 2 * SPONSOR_COPY_LINES] if other.text][:SPONSOR_COPY_LINES]:
        if not (copy.kept and copy.text.startswith(named.group("sponsor"))):
            break
        _drop(copy, "sponsor_message")


CHART_MAKER = re.compile(r"^(?:created with|a flourish)\b", re.I)
CHART_TITLE_WORDS = 20


def _drop_chart_title(lines: list[Line], index: int, label: Line) -> None:
    """Over an embedded chart's "Created with Datawrapper", its title ("Iraq's oil exports,
    million barrels per day"): a short line that ends no sentence, right above."""
    if not CHART_MAKER.match(label.text):
        return
    title = _previous_text_line(lines, label)
    if _may_be_chart_title(title):
        _drop(title, "chart_widget")


def _may_be_chart_title(line: Line | None) -> bool:
    """A kept short line that ends no sentence: a chart's title beside its maker's or source's line."""
    return line is not None and line.kept and line.words <= CHART_TITLE_WORDS and not SENTENCE_END.search(line.text)


CHART_TITLE_CUE = re.compile(r",\s|%|\$|\b(?:per|percent|million|billion|thousand|share of|rate|index|annual|monthly|weekly|daily|"
                             r"by (?:year|month|quarter|country|state|province|region|sector))\b", re.I)  # "Monthly oil revenue, in
# billions of U.S. dollars": what a chart's title measures, not a subhead ("What's next")


def _drop_chart_title_by_credit(lines: list[Line], index: int, credit: Line) -> None:
    """Beside a chart's removed credit ("Data: Iraqi Oil Ministry; Chart: Axios Visuals"), its
    title: a short line right above or below that ends no sentence and says what it measures
    (and is not the first line of the text's next hard-wrapped sentence)."""
    for title in (_previous_text_line(lines, credit), _next_text_line(lines, credit)):
        if (_may_be_chart_title(title) and CHART_TITLE_CUE.search(title.text)
                and not _opens_wrapped_sentence(lines, title.number - 1)):
            _drop(title, "chart_widget")
            return


CHART_NOTE = re.compile(r"^(?:notes?|sources?|data|quelle|fuente|source des données)\s*:\s*\S", re.I)
CHART_NOTE_WORDS = 40


def _drop_chart_notes(lines: list[Line], index: int, caption: Line) -> None:
    """Under a chart's numbered caption ("Figure 1. Annual flow of the Euphrates ..."), its
    note and source lines ("Note: 2023 figures are provisional."). Under a bare label ("Image 1"),
    its caption first, when a source or the figure's debris closes it; under a caption, its
    subtitle ("Percent saying they have a great deal or quite a lot of trust") over the figure's debris."""
    if numbered := NUMBERED_CAPTION.match(caption.text):
        _drop_table_rows_under(lines, caption, every_row_numbered=numbered.group("table") is None)
    line = caption
    below = _next_text_line(lines, caption)
    closing = _next_text_line(lines, below) if below is not None else None
    if (below is not None and below.kept and closing is not None and not _is_reported(below.text)
            and (CHART_NOTE.match(closing.text) or closing.removed_by in FIGURE_CLOSING_RULES)
            and ((FIGURE_LABEL_ALONE.match(caption.text) and below.words <= CAPTION_MAX_WORDS)
                 or (below.words <= CHART_SUBTITLE_WORDS and not SENTENCE_END.search(below.text)))):
        _drop(below, caption.removed_by)
        line = below
    while (line := _next_text_line(lines, line)) is not None and CHART_NOTE.match(line.text) and line.words <= CHART_NOTE_WORDS:
        if line.kept:
            _drop(line, "chart_credit")


def _drop_table_rows_under(lines: list[Line], caption: Line, every_row_numbered: bool) -> None:
    """Under "Table 1: Average annual loss by hazard (US$ million)", its rows as a PDF's text gives them, one short
    line each ("Hazard Loss" / "Drought 1,200" / "Floods 310"), down to the text's next sentence; under a figure's
    caption, its labels with their values ("Lack of jobs 71%"), every one with a number."""
    rows, line = [], _next_text_line(lines, caption)
    while line is not None and line.removed_by == "table_debris":  # (its head row, "Sector 2024 2025", taken as a table's debris)
        line = _next_text_line(lines, line)
    while (line is not None and line.kept and line.words - _figure_cells(line.text) <= CAPTIONED_ROW_WORDS
           and not SENTENCE_END.search(line.text) and len(rows) < CAPTIONED_ROWS_MAX
           and (not every_row_numbered or HAS_DIGIT.search(line.text))  # (a figure's values end at the next head: "Routes")
           and not NUMBERED_HEAD.match(line.text)):  # (a table's rows end at the next numbered section: "3. Recommendations")
        rows.append(line)
        line = _next_text_line(lines, line)
    numbered = sum(1 for row in rows if HAS_DIGIT.search(row.text))
    if len(rows) >= 2 and (numbered == len(rows) or (not every_row_numbered and numbered * 2 >= len(rows))):
        for row in rows:
            _drop(row, "chart_caption")


NUMBERED_HEAD = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^\d]*$")
NUMBERED_CAPTION = re.compile(r"^(?:(?P<table>table)|figure|fig\.|chart|graph|exhibit)\s?\d{1,2}(?:\.\d{1,2})?[a-z]?\s*[:.–—-]", re.I)
CAPTIONED_ROW_WORDS = 6
CAPTIONED_ROWS_MAX = 40


FIGURE_LABEL_ALONE = re.compile(r"^(?:figure|fig\.|chart|graph|graphic|map|table|exhibit|infographic|image|photo|photograph|picture|plate|"
                                r"illustration)\s?\d{1,2}(?:\.\d{1,2})?[a-z]?\.?$", re.I)
FIGURE_CLOSING_RULES = frozenset({"figure_debris", "chart_credit", "photo_credit", "caption_credit", "press_release"})  # "Source: ..." under it
CHART_SUBTITLE_WORDS = 15


CLAIM_LABEL = re.compile(r"^(?:what was claimed|the claim|claim|our verdict|the verdict|verdict|what we found)\s*:?$", re.I)
CAPTION_LIKE_RULES = frozenset({"photo_widget", "photo_caption", "caption_credit"})


def _keep_claim(lines: list[Line], index: int, label: Line) -> None:
    """Under a fact-check box's "What was claimed" or "Our verdict", the claim and the verdict
    are the page's own sentences, even one that reads like a caption ("The image shows ...")."""
    claim = _next_text_line(lines, label)
    if CLAIM_LABEL.match(label.text) and claim is not None and claim.removed_by in CAPTION_LIKE_RULES and TERMINAL.search(claim.text):
        claim.removed_by, claim.kept = None, True


def _keep_field_over_sentence(lines: list[Line], index: int, field: Line) -> None:
    """A short field over a field that is a sentence of the page's own ("Location: Baghdad, Iraq" /
    "Event: The U.S. Embassy is aware of reports of planned demonstrations ..."): an alert's
    fields are its text, not a media library's."""
    below = _next_text_line(lines, field)
    if below is not None and below.kept and TAIL_FIELD.match(below.text) and below.words >= BODY_WORDS:
        field.removed_by, field.kept = None, True


SIGNATURE_LINES = 3
SIGNATURE_LINE_WORDS = 6
CORRESPONDENCE_LABEL = re.compile(r"^(?:correspondence(?: to| address)?|address for correspondence|corresponding author)\s*:?$", re.I)
CORRESPONDENCE_LINES = 2
CORRESPONDENCE_LINE_WORDS = 30


def _drop_signature(lines: list[Line], index: int, contact: Line) -> None:
    """Over a letter's or a release's phone line, the signature's short lines: "Ahmed Karim" /
    "Media Officer" / "Basra Water Directorate" / "Tel: ..."; over a paper's email, the address
    under its "Correspondence" label, however long."""
    above, line = [], _previous_text_line(lines, contact)
    while line is not None and len(above) < CORRESPONDENCE_LINES and not CORRESPONDENCE_LABEL.match(line.text):
        above.append(line)
        line = _previous_text_line(lines, line)
    if line is not None and CORRESPONDENCE_LABEL.match(line.text) and above and all(row.kept and row.words <= CORRESPONDENCE_LINE_WORDS and not _is_reported(row.text)
                                          for row in above):
        for row in above:
            _drop(row, "contact_line")
        return
    writer = _previous_text_line(lines, contact)
    if (contact.removed_by == "email_capture" and writer is not None and writer.kept and writer.words <= 4 and _is_person_name(writer.text)
            and not any(row.kept and _is_body_line(row) for row in lines[: writer.number - 1])):
        return  # over the story, a writer and their email under the headline ("Johan Sundberg" / "johan.sundberg@nyan.ax"):
        # the byline, which the header search takes
    line = contact
    for _ in range(SIGNATURE_LINES):
        line = _previous_text_line(lines, line)
        if (line is None or not line.kept or line.words > SIGNATURE_LINE_WORDS or TERMINAL.search(line.text) or line.text.endswith(":")
                or HAS_DIGIT.search(line.text)):
            return
        above = _previous_text_line(lines, line)
        if above is not None and above.kept and above.number == line.number - 1 and WRAPPED_LINE_END.search(above.text):
            return  # the end of a title wrapped after a little word, over its writer's name and email: "... a spatial and" /
            # "temporal analysis" / "Mustafa Ali Hasan" / "mustafa.hasan@uokufa.edu.iq"
        _drop(line, "contact_line")


def _drop_addressee(lines: list[Line], index: int, address: Line) -> None:
    """Over a postal address ("P.O. Box 30030, Nairobi 00100, Kenya"), the organisation it is
    for ("United Nations Human Settlements Programme (UN-Habitat)", "PAX"); under it, the
    country alone ("The Netherlands") over the rest of the contact block or the end."""
    if HEADER_FIELD.match(address.text):
        return  # (a labelled address has no addressee over it: "Council Tax Bill 2026/27" / "Property: 14 Orchard Rise, ...")
    name = _previous_text_line(lines, address)
    if (name is not None and name.kept and STREET_AND_NUMBER.match(name.text) and not HAS_DIGIT.search(name.text[:1])
            and not YEAR.search(name.text)):  # (not a paper's title with its year: "Household Enquiry Form 2027")
        _drop(name, "postal_address")  # a street named before its number, over the postcode: "Alt-Moabit 96" / "10559 Berlin"
        for _ in range(ADDRESSEE_LINES):  # and who it is for: "Anti-Corruption Helpdesk" / "Transparency International"
            name = _previous_text_line(lines, name)
            if name is None or not name.kept or TERMINAL.search(name.text) or not (
                    _is_organisation_name(name.text) or (name.words <= 4 and _is_title_case(name.text))):
                return
            _drop(name, "postal_address")
        return
    for _ in range(ADDRESS_LINES_ABOVE):  # its street and locality over the box: "Al-Tarfa Street, Wadi Al Banat" / "Al-Dayaen,
        # Qatar" / "PO Box 10277, Doha"
        if (name is None or not name.kept or TERMINAL.search(name.text) or name.words > ADDRESS_LINE_WORDS
                or not (STREET_WORD.search(name.text) or LOCALITY.match(name.text))):
            break
        _drop(name, "postal_address")
        name = _previous_text_line(lines, name)
    if (name is not None and name.kept and not TERMINAL.search(name.text) and not REPORT_ON_TITLE.match(name.text)
            and (_is_organisation_name(name.text) or (name.words == 1 and name.text[:1].isupper() and len(name.text) <= ACRONYM_LENGTH))):
        _drop(name, "postal_address")  # "PAX", "Ifri" over "27 rue de la Procession 75740 Paris Cedex 15 – FRANCE" (not a report's
        # title over the address of what it reports on: "Inspection of Hillside Primary School" / "Hillside Road, Northvale NV4 6PQ")
        unit = _previous_text_line(lines, name)
        if unit is not None and unit.kept and not TERMINAL.search(unit.text) and _is_organisation_name(unit.text):
            _drop(unit, "postal_address")  # the desk over its organisation: "Drugs and Crime Research Section"
    town = _next_text_line(lines, address)
    if town is not None and town.kept and STREET_AND_NUMBER.match(address.text) and POSTCODE_AND_TOWN.match(town.text):
        _drop(town, "postal_address")  # under the street and number, the postcode and town: "Carl-Bertelsmann-Strasse 256" /
        address = town  # "33311 Gütersloh"
    country = _next_text_line(lines, address)
    if (country is not None and country.kept and country.words <= COUNTRY_WORDS and not HAS_DIGIT.search(country.text)
            and not TERMINAL.search(country.text) and all(word[:1].isupper() for word in country.text.split())
            and not INFORMATION_HEAD.search(country.text) and not KIND_TITLE.match(country.text)  # (not the paper's title under
            # its sender: "Discharge Instructions", "Deposit Protection Certificate")
            and ((after := _next_text_line(lines, country)) is None or not after.kept)):
        _drop(country, "postal_address")


ACRONYM_LENGTH = 8
REPORT_ON_TITLE = re.compile(r"^(?:[A-Z][\w'’-]* )?(?:Inspection|Report|Review|Audit|Evaluation|Assessment|Survey|Investigation) (?:of|on|into) ")
ADDRESSEE_LINES = 2
ADDRESS_LINES_ABOVE = 2
ADDRESS_LINE_WORDS = 6
STREET_WORD = re.compile(r"\b(?:street|st\.|road|rd\.|avenue|ave\.|boulevard|blvd\.?|lane|highway|district)(?:\W|$)", re.I)


def _is_place_line(text: str) -> bool:
    """"Abuja", "Ramadi, Iraq": a place alone on its line (not a desk, "Politics", nor an agency, "Reuters")."""
    return ((word_count(text) <= PLACE_LINE_WORDS and LOCALITY.match(text) is not None
             or word_count(text) <= PLACE_NAME_WORDS and PLACE_ALONE.match(text) is not None)
            and text.casefold() not in SECTION_NAMES and not AGENCY_BYLINE.match(text))


def _is_place_name(text: str) -> bool:
    """A place alone on its line, and no person's name or role: "Las Palmas de Gran Canaria", not "Adam Voiland", "Town Clerk"."""
    return _is_place_line(text) and not _is_person_name(text) and not SIGNATORY_ROLE.search(text)


PLACE_ALONE = re.compile(r"^[A-Z][a-zß-ÿ'’-]+(?: [A-Z][a-zß-ÿ'’-]+)?(?: (?:de|del|de la|di|da|do|du|des|sur|am|upon|la|el) [A-Z][a-zß-ÿ'’-]+"
                         r"(?: [A-Z][a-zß-ÿ'’-]+)?)?$")  # "Abuja" under the date, if the story names it; "Las Palmas de Gran Canaria"
LOCALITY = re.compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}$")  # "Al-Dayaen, Qatar"
POSTCODE_AND_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}(?: ?[A-Z]{2})? [A-Z][\w'’.-]+(?: (?:am |an der |im )?[A-Z][\w'’.-]+){0,2}$")
STREET_AND_NUMBER = re.compile(r"^[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3} \d{1,4}[a-z]?$")  # "Alt-Moabit 96", "Baseler Straße 27"
COUNTRY_WORDS = 3  # "The Netherlands", "United Arab Emirates"
PLACE_NAME_WORDS = 5


FIELD_VALUE_WORDS = 12


def _drop_field_value(lines: list[Line], index: int, label: Line, most_words: int = FIELD_VALUE_WORDS) -> None:
    """Under an imprint's or a factsheet's label ("Responsible:", "Commissioned by"), its value:
    "Dr. Thomas Volk", "German Federal Ministry for Economic Cooperation and Development (BMZ)"."""
    value = _next_text_line(lines, label)
    if value is not None and value.kept and value.words <= most_words and not TERMINAL.search(value.text):
        _drop(value, "imprint_field" if label.removed_by == "imprint_field" else "field_value")  # (a value under another rule's
        # label, "Select city in Iraq:" / "Erbil", is no label of a value under it in turn)



def _drop_form_box_value(lines: list[Line], index: int, label: Line) -> None:
    """Under a trade form's numbered box, its value, which may run longer than a label's:
    "3. Means of transport and route" / "By road, Erbil – Zakho – Mersin, then by sea to Jebel Ali"."""
    _drop_field_value(lines, index, label, FORM_BOX_VALUE_WORDS)


FORM_BOX_VALUE_WORDS = 20


def _drop_credited_units_blurb(lines: list[Line], index: int, credit: Line) -> None:
    """Under "Produced by IIED’s Human Settlements Group", the group's blurb: "The Human Settlements Group works to ..."."""
    unit = POSSESSOR.sub("", credit.text.partition(" by ")[2]).removeprefix("the ")  # (the blurb it took has no " by ")
    blurb = _next_text_line(lines, credit)
    if (unit and blurb is not None and blurb.kept and blurb.text.removeprefix("The ").startswith(unit + " ")
            and blurb.words <= NOTICE_WORDS):
        _drop(blurb, "production_credit")


def _drop_holder_under_copyright(lines: list[Line], index: int, notice: Line) -> None:
    """A copyright line naming no holder ("Copyright © 2025"), its holder on the next line: "Oxford Institute for Energy Studies"."""
    if HOLDERLESS_COPYRIGHT.match(notice.text):
        holder = _next_text_line(lines, notice)
        if holder is not None and holder.kept and not TERMINAL.search(holder.text) and _is_organisation_name(holder.text):
            _drop(holder, "copyright")


HOLDERLESS_COPYRIGHT = re.compile(r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:19|20)\d\d\.?$", re.I)
POSSESSOR = re.compile(r"^[\w&.-]+[’']s ")  # "IIED’s "


def _paragraph_under(lines: list[Line], label: Line, limit: int) -> list[Line]:
    """The hard-wrapped paragraph on the next non-blank line under a label (see _wrapped_paragraph)."""
    first = _next_text_line(lines, label)
    return [] if first is None else _wrapped_paragraph(lines, first.number - 1, limit)


def _drop_citation_under_label(lines: list[Line], index: int, label: Line) -> None:
    """Under "Please cite this publication as:", the citation: its wrapped lines, naming a year
    ("Conde, C. and N. Rahman (2025), "Iraq's Private Sector ..." / "2025-2035", OECD ... Paris,")."""
    citation = _paragraph_under(lines, label, CITATION_LINES)
    text = " ".join(line.text for line in citation)
    if citation and CITATION_SHAPE.search(text) and sum(line.words for line in citation) <= NOTICE_WORDS:
        for line in citation:
            _drop(line, label.removed_by)


CITATION_LINES = 5
CITATION_SHAPE = re.compile(r"\((?:19|20)\d\d[a-z]?\)|\bdoi\b|https?://|\bet al\.|^[A-Z][\w'’-]+, [A-Z]\."
                            r"|[“\"][^”\"]{10,200}[”\"],.{0,120}\b(?:19|20)\d\d\b"  # "Conde, C. and N. Rahman (2025),"
                            r"|^(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+,\s.{3,200}\b(?:1[6-9]|20)\d\d\.?$")  # "C. J. Edmonds, Kurds, Turks and
# Arabs, London, 1957."


def _drop_abbreviations(texts: list[Line]) -> None:
    """A report's list of abbreviations under its head ("Abbreviations" / "MCPS Member Country Partnership
    Strategy" / "SMEs Small and medium-sized enterprises"): each entry an acronym and the words it stands for."""
    _drop_headed_lists(texts, ABBREVIATIONS_HEAD, 4, lambda entry: ((entry.kept or entry.removed_by == "header_navigation")
                                                                  and _is_abbreviation_entry(entry.text)),
                       ABBREVIATION_ENTRIES, "abbreviation_list", least=0)


def _drop_headed_lists(texts: list[Line], head_pattern: re.Pattern[str], head_words: int, is_entry: Callable[[Line], bool],
                       most: int, rule: str, least: int) -> None:
    """Each list under a head `head_pattern` matches (of at most `head_words` words): the entries right under it that
    `is_entry` accepts, at most `most`; with at least `least` of them, the head and the entries go as `rule`."""
    for position, head in enumerate(texts):
        if head.words > head_words or not head_pattern.match(head.text):
            continue
        entries = list(takewhile(is_entry, texts[position + 1 : position + 1 + most]))
        if len(entries) >= least:
            for line in (*entries, head):
                _drop(line, rule)


def _is_abbreviation_entry(text: str) -> bool:
    """"IsDB Islamic Development Bank", "SMEs Small and medium-sized enterprises": the acronym's capitals are
    the initials of the words after it."""
    acronym, _, expansion = text.partition(" ")
    capitals = "".join(character for character in acronym if character.isupper())
    initials = _initials(expansion)
    return len(capitals) >= 2 and len(expansion.split()) <= ABBREVIATION_WORDS and (
        initials.upper().startswith(capitals)
        or sorted(initial for initial in initials if initial.isupper()) == sorted(capitals))  # or in another language's order:
    # "DPO Organisation of Persons with Disabilities"


def _drop_participant_lists(texts: list[Line]) -> None:
    """A call's or an event's list of who took part, under its head ("CORPORATE PARTICIPANTS" /
    "Omar Saeed – Chief Executive Officer" / "David Morgan – Arqaam Capital"): each entry a name
    and a role or firm; the head goes with it. (Not a byline: the roles are no writer's.)"""
    _drop_headed_lists(texts, PARTICIPANTS_HEAD, 4, _is_participant_entry, PARTICIPANT_ENTRIES, "participant_list", least=1)


def _is_participant_entry(entry: Line) -> bool:
    named = PARTICIPANT_ENTRY.match(entry.text)
    return (entry.kept or entry.removed_by == "header_navigation") and named is not None and _is_person_name(named["name"])


def _drop_header_field_runs(texts: list[Line]) -> None:
    """A booking's, a bill's or a form's fields over its text, FIELD_RUN or more in a row ("Booking reference: HB77123" /
    "Guest name: Mrs Helen Carter" / "Room: Superior Double, Sea View" / ...): its record, not its text. Only over text
    or a letter's salutation (a scorecard's rows are no record: "Fall of wickets: 1-48 2-92 ..." / "Did not bat: ..."),
    or under the subject under the salutation, and not under a name or a head, whose fields they are ("Aymen Hussein" / "Date of birth/Age: ...", "Overview" / "Year:
    2019"). A date among them stays for the header's metadata ("Date: 16 November 2026"), and so does a writer ("Author: ...")."""
    runs: list[tuple[Line | None, list[Line], list[Line]]] = []  # (the line over it, its kept fields, the fields rules took)
    above = None  # the last kept line
    kept_so_far: list[Line] = []  # the kept lines outside runs, `above` last
    taken: list[Line] = []  # fields rules took since it
    subject = None  # a letter's subject, right under its salutation: its title, not a head
    under_address = False  # an address rules took since `above`: its town is no head over fields under it
    for line in texts[:HEADER_FIELD_REACH]:
        if not line.kept:
            if line.words <= SPEC_ROW_WORDS and HEADER_FIELD.match(line.text):
                taken.append(line)  # (fields a rule took do not part the run, and count in it: "Property: 14 Orchard Rise" /
                # "Valuation band: C" / "Period: 1 April 2026 to 31 March 2027")
            under_address = under_address or line.removed_by == "postal_address"
            continue
        if _is_sentence_case_field(line) or (runs and runs[-1][1][-1] is above and _is_title_case_field(line)):
            # (not "SECTION 2: Hazards ..." nor "Application 26/01502/FUL: Land north of Mill Lane, Ashby"; a label in title case
            # only in a run: "Civil Enforcement Officer: CEO 214")
            if not runs or runs[-1][1][-1] is not above:
                opening = list(takewhile(_is_title_case_field, reversed(kept_so_far)))[::-1]  # (labels in title case
                # open it: "Heritage Category: Listed Building" / "List Entry Number: 1187342" / "Date first listed: ..." / ...)
                head = kept_so_far[-len(opening) - 1] if len(kept_so_far) > len(opening) else None
                runs.append((None if under_address else head, opening, []))  # (an address's town is no head: "Dunmore" / "DN3 4RT" /
                # "Energy rating: D" / ...)
            runs[-1][1].append(line)
            runs[-1][2].extend(taken)
        elif not runs and above is not None and LETTER_SALUTATION.match(above.text) and line.words <= SUBJECT_WORDS:
            subject = line  # (its appointment under it: "Dear Mr Evans," / "Your next appointment" / "Date: Tuesday 15 December
            # 2026" / "Time: 2.40pm" / ...)
        elif (line.words >= BODY_WORDS and TERMINAL.search(line.text)) or (LETTER_SALUTATION.match(line.text) and runs):
            if runs and runs[-1][1][-1] is above:
                runs[-1][2].extend(taken)
            for head, run, others in runs:
                if len(run) + len(others) < FIELD_RUN or (head is not None and head is not subject
                                                          and not LETTER_SALUTATION.match(head.text)
                                                          and not KIND_TITLE.match(head.text) and not FORM_KIND.match(head.text)
                                                          and not _is_organisation_name(head.text)  # (nor its issuer's name)
                                            and (_is_person_name(head.text) or (head.words <= LIST_HEAD_WORDS and not TERMINAL.search(head.text)
                                                                                and not HEADER_FIELD.match(head.text)))):
                    continue  # (under the paper's kind, they are its record: "Discharge Instructions" / "Patient: Bella" / ...)
                for field in run:
                    if RECORD_DATE_LABEL.match(field.text) or not (
                            date_of_line(field.text) or loose_date_line(field.text) or BYLINE.match(field.text) or WRITERS_LABEL.match(field.text)):
                        _drop(field, "form_furniture")  # (a date of what the record is about goes: "Date of purchase: 21 November 2026")
            if not LETTER_SALUTATION.match(line.text):
                return
            runs = []  # (on under the salutation: the record of what the letter is about, "Dear Sir" / "Vehicle registration:
            # WB19 KXT" / "Alleged offence: Speeding" / ...)
        above, taken, under_address = line, [], False
        kept_so_far.append(line)


def _is_sentence_case_field(line: Line) -> bool:
    """A short value under a label in sentence case: "Guest name: Mrs Helen Carter"."""
    return line.words <= SPEC_ROW_WORDS and HEADER_FIELD.match(line.text) is not None and _is_labelled_value(line.text)


def _is_title_case_field(line: Line) -> bool:
    """A short value under a label in title case: "Civil Enforcement Officer: CEO 214"."""
    return line.words <= SPEC_ROW_WORDS and TITLE_CASE_FIELD.match(line.text) is not None and _is_labelled_value(line.text)


HEADER_FIELD_REACH = 30
REFERENCE_TITLE = re.compile(r"^(?:(?:Planning )?[Aa]pplication|Appeal|Case|Item)\s+(?:[Nn]o\.?\s*)?[A-Z]{0,3}\d[\w-]*(?:/[\w-]+){1,3}\s*:\s+\S")  # a
# committee report's title: the case it is about, then the site or subject
RECORD_DATE_LABEL = re.compile(r"^(?:date of (?:purchase|arrival|departure|travel|hire|collection|delivery|installation|supply|completion)|"
                               r"use[- ]by(?: date)?|best before(?: end| date)?|sell[- ]by(?: date)?|display until|expiry date|"
                               r"(?:purchase|arrival|departure|delivery|installation|collection|travel|hire|check-?in|check-?out|completion) date)\s*:", re.I)
TITLE_CASE_FIELD = re.compile(r"^[A-Z][\w'’/-]*(?: [A-Z][\w'’/-]*){1,3}(?: number)?\s*:\s+(?:\S+(?: \S+){0,3}|(?=.*\d)\S+(?: \S+){4}|[^a-z]{2,60})$")  # a short value under a label in title case (five words with a figure: "National Insurance number: QQ 12 34 56 C"; any in capitals: "Statutory Address: THE OLD CORN EXCHANGE, MARKET PLACE")
LIST_HEAD_WORDS = 3
HEADER_FIELD = re.compile(r"^[A-Z][\w'’/-]*(?: (?:[a-z\d][\w'’/-]*|[A-Z]{2,4}\b)){0,4}(?:\(s\))?\s*:\s+\S")  # a label in sentence case: "Guest name: ...",
# not a title with a colon ("Invitation to Bid: Supply and Installation of ...")


def _drop_party_joiners(texts: list[Line]) -> None:
    """The words that join a claim's parties go with them: "Between:" / "Hartley Homes Ltd (Claimant)" / "and" / "Mr Jason
    Ramsey (Defendant)" (a rule takes each party by its role)."""
    for position, line in enumerate(texts[:-1]):
        if (line.kept and PARTY_JOINER.match(line.text) and texts[position + 1].removed_by == "court_caption"
                and (line.text[:1] in "Bb" or (position > 0 and texts[position - 1].removed_by == "court_caption"))):
            _drop(line, "court_caption")


def _drop_heads_over_blank_fields(texts: list[Line]) -> None:
    """A form's section head over the blanks it heads goes with them: "Section A: Your details" / "Name: ______" (not
    what the form asks of its reader: "Please sign below:")."""
    for position, line in enumerate(texts[:-1]):
        below = texts[position + 1]
        if (line.kept and line.words <= BLANK_FIELDS_HEAD_WORDS and not TERMINAL.search(line.text) and line.text[-1:] != ":"
                and (below.removed_by == "form_blank_field" or (below.removed_by == "symbols_only" and "__" in below.text))):
            _drop(line, "form_blank_field")


BLANK_FIELDS_HEAD_WORDS = 8


def _drop_certified_names(texts: list[Line]) -> None:
    """Whom a certificate names goes with its formula: "This is to certify that" / "Oliver Bennett" / "has successfully
    completed Stage 5 ..." (the name would otherwise open the sentence under it, rejoined as a hard wrap)."""
    for position, line in enumerate(texts[:-1]):
        named = texts[position + 1]
        if (line.removed_by == "legal_notice" and CERTIFY_FORMULA.search(line.text) and named.kept
                and named.words <= CERTIFIED_NAME_WORDS and not TERMINAL.search(named.text)
                and _is_person_name(named.text.title() if named.text.isupper() else named.text)):
            _drop(named, "legal_notice")


CERTIFY_FORMULA = re.compile(r"\bcertif(?:y|ies)(?: that)?\s*:?$", re.I)
CERTIFIED_NAME_WORDS = 5


PARTY_HINTS = ("laimant", "efendant", "pplicant", "espondent", "ppellant", "etitioner", "laintiff")
PARTY_JOINER = re.compile(r"^(?:between\s*:?|-?\s*and\s*-?|–\s*and\s*–|-?\s*v\.?\s*-?|vs\.?|versus)$", re.I)


def _drop_candidate_lists(texts: list[Line]) -> None:
    """An election notice's table of candidates under its header row ("Name of candidate Home address Description (if
    any) ..." / "ADEBAYO Grace Tola 14 Mill Lane, Castleford Labour Party ..."): each row a surname in capitals, then
    the forenames."""
    _drop_headed_lists(texts, CANDIDATES_HEAD, CANDIDATES_HEAD_WORDS,
                       lambda entry: entry.kept and entry.words <= CANDIDATE_ROW_WORDS and CANDIDATE_ROW.match(entry.text) is not None,
                       CANDIDATE_ROWS, "table_debris", least=1)


CANDIDATES_HEAD = re.compile(r"^(?:name of candidate|candidate['’]?s? (?:full )?name|surname\b.{0,10}other names?)\b", re.I)
CANDIDATES_HEAD_WORDS = 20
CANDIDATE_ROW = re.compile(r"^[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)? [A-Z][a-z]")
CANDIDATE_ROW_WORDS = 30
CANDIDATE_ROWS = 40


def _drop_spec_tables(texts: list[Line]) -> None:
    """A data sheet's or a shop's specification rows under their head ("Technical data" / "Maximum flow: 3.6 m³/h" /
    "Motor power: 0.75 kW"): two rows or more, each a label and a short value."""
    _drop_headed_lists(texts, SPEC_HEAD, 4, _is_field_row, SPEC_ROWS, "product_spec_field", least=2)


SPEC_ROW_RULES = frozenset(["product_spec_field", "site_visit_fields", "header_navigation", "line_model"])


def _drop_figure_field_lists(texts: list[Line]) -> None:
    """A contract's or a sheet's figures under a short head inside the text ("Speeds" / "Download: 150–500 Mbps" / "Upload:
    75–100 Mbps", "Price" / "Monthly price: £29.99" / "Set-up fee: £0.00"): two rows or more, each a label and a value with a
    figure, under a sentence or another such list (not the page's title)."""
    for position, head in enumerate(texts[1:], 1):
        above = texts[position - 1]
        under_sentence = above.kept and above.words >= BODY_WORDS and TERMINAL.search(above.text) is not None
        if (head.kept and head.words <= FIGURE_LIST_HEAD_WORDS and FIGURE_LIST_HEAD.match(head.text)
                and (_is_figure_field_row(above) or under_sentence)):
            entries = list(takewhile(_is_figure_field_row, texts[position + 1 : position + 1 + SPEC_ROWS]))
            if len(entries) >= 2 and any(entry.kept for entry in entries):
                for line in (*entries, head):
                    _drop(line, "form_furniture")
        elif head.kept and under_sentence:  # or with no head, short values between the text's sentences:
            entries = list(takewhile(_is_figure_field_row, texts[position : position + SPEC_ROWS]))  # "Security code part 1:
            if len(entries) >= 2 and all(word_count(entry.text.partition(": ")[2]) <= FIGURE_VALUE_WORDS for entry in entries):
                for line in entries:  # 4471" / "Security code part 2: 8820"
                    _drop(line, "form_furniture")
            else:  # or FIELD_RUN labels in sentence case or more, figures or not: a recall's "Product: FreshWay Houmous" /
                fields = list(takewhile(_is_record_field_row, texts[position : position + SPEC_ROWS]))  # "Pack size: 200g" /
                if len(fields) >= FIELD_RUN:  # "Batch code: 26329A"
                    for line in fields:
                        _drop(line, "form_furniture")


def _drop_worked_sums(texts: list[Line]) -> None:
    """A sum worked out in rows of a label and an amount ("Personal Allowance £12,570" / "Less: Car benefit £740" / "Amount you
    can earn before paying tax £11,830"), one row taking away or totalling, and the short head over it ("How we worked out your
    tax code"): the paper's figures, not its text. A menu's dishes and prices take away nothing and stay."""
    position = 0
    while position < len(texts):
        rows = list(takewhile(lambda line: line.kept and line.words <= SUM_ROW_WORDS and SUM_ROW.match(line.text) is not None,
                              texts[position : position + SPEC_ROWS]))
        if len(rows) >= 2 and any(SUM_STEP.match(row.text) for row in rows):
            head = texts[position - 1] if position > 1 else None  # (not the paper's title)
            if head is not None and head.kept and head.words <= SUM_HEAD_WORDS and not TERMINAL.search(head.text) and not SUM_ROW.match(head.text):
                rows.append(head)
            for line in rows:
                _drop(line, "table_debris")
        position += max(len(rows), 1)


SUM_ROW = re.compile(r"^[A-Z][^.!?£€$]{1,60}?\s(?:[£€$]\s?-?\d[\d,]*(?:\.\d\d)?|-?\d[\d,]*\.\d\d)$")  # no dash before it: not a
# menu's "Sticky toffee pudding, vanilla ice cream - £7.25"
SUM_ROW_WORDS = 10
SUM_STEP = re.compile(r"^(?:less|plus|minus|add|deduct|take away|total|net|balance|amount|sub-?total)\b", re.I)
SUM_HEAD_WORDS = 8


def _is_labelled_value(text: str) -> bool:
    """A field's label and value, no sentence, title ("Title: ..."), numbered part ("SECTION 2: Hazards") or case ("Application
    26/01502/FUL: Land north of Mill Lane")."""
    return (not TERMINAL.search(text) and not TITLE_LABEL.match(text) and not NUMBERED_PART_HEAD.match(text)
            and not REFERENCE_TITLE.match(text))


def _is_record_field_row(entry: Line) -> bool:
    return (entry.kept and _is_sentence_case_field(entry) and not BYLINE.match(entry.text) and not WRITERS_LABEL.match(entry.text)
            and (RECORD_DATE_LABEL.match(entry.text) is not None or not date_of_line(entry.text)))  # (the header's writer and
    # date: "Words: Sarah Whitcombe" / "Pictures: Spc. Derek Mills" / "Date: November 21, 2025"; a date the record is about goes)


def _is_figure_field_row(entry: Line) -> bool:
    return (_is_field_row(entry, FIGURE_ROW_RULES) and not TERMINAL.search(entry.text)
            and (parts := entry.text.partition(": "))[1] != "" and HAS_DIGIT.search(parts[2]) is not None  # (a label's colon, not
            # a clock's: "Publié le 28/11/2026 à 07:45")
            and not date_of_line(entry.text))  # (nor the page's date: "Published at : November 27, 2026")


FIGURE_LIST_HEAD = re.compile(r"^[A-Z][\w'’&,-]*(?: [\w'’&,-]+){0,2}$")
FIGURE_LIST_HEAD_WORDS = 3
FIGURE_ROW_RULES = SPEC_ROW_RULES | {"form_furniture"}  # (the list over it, taken already)
FIGURE_VALUE_WORDS = 4


def _drop_visiting_fields(texts: list[Line]) -> None:
    """A guide's or a site's visiting hours under their head ("Opening times" / "Castle: open daily, dawn to dusk (free)" /
    "Museum: Tuesday to Saturday, 10.30am–4.30pm"): two rows or more."""
    _drop_headed_lists(texts, OPENING_HEAD, 4, _is_field_row, SPEC_ROWS, "site_visit_fields", least=2)


def _is_field_row(entry: Line, taken_by: frozenset[str] = SPEC_ROW_RULES) -> bool:
    return ((entry.kept or entry.removed_by in taken_by) and entry.words <= SPEC_ROW_WORDS
            and SPEC_ROW.match(entry.text) is not None)


SPEC_HEAD = re.compile(r"^(?:(?:key |product |technical |full )?spec(?:ification)?s|technical (?:data|details|information)|"
                       r"(?:tech|product) specs)\s*:?$", re.I)
SPEC_ROW = re.compile(r"^[A-Z][\w /()&.,’'-]{1,40}\s*:\s*\S")  # "Outlet: 1¼\" BSP", "Supply: 230 V, 50 Hz, single phase"
OPENING_HEAD = re.compile(r"^(?:opening|visiting) (?:times|hours)(?: (?:and|&) (?:prices|admission|tickets))?\s*:?$", re.I)
OPENING_HINTS = ("pening times", "PENING TIMES", "pening hours", "PENING HOURS", "isiting times", "isiting hours")
SPEC_ROW_WORDS = 12
SPEC_ROWS = 30
SPEC_HINTS = ("pecification", "PECIFICATION", "pecs", "PECS", "echnical d", "echnical i", "ECHNICAL")


def _drop_service_pieces(texts: list[Line]) -> None:
    """A service sheet's music and hymns: under a head the rules took ("Hymn", "Exit Music"), the piece's name ("Abide With
    Me", "Nimrod – Edward Elgar") and the hymn's verse under it, short lines that run on ("The Lord's my shepherd, I'll not
    want;" / "he makes me down to lie" / ...), up to the next head ("Tribute")."""
    for position, head in enumerate(texts):
        if head.removed_by != "service_order_furniture" or not SERVICE_PIECE_HEAD.match(head.text):
            continue
        piece = texts[position + 1 : position + 1 + SERVICE_PIECE_LINES]
        if not piece or not piece[0].kept or piece[0].words > SERVICE_PIECE_WORDS or TERMINAL.search(piece[0].text):
            continue
        _drop(piece[0], "service_order_furniture")
        for above, line in zip(piece, piece[1:]):
            if not (line.kept and line.words <= SERVICE_PIECE_WORDS
                    and (line.text[:1].islower() or above.text.endswith(VERSE_RUN_ON) or line.text.endswith(VERSE_RUN_ON))):
                break
            _drop(line, "service_order_furniture")


SERVICE_PIECE_HEAD = re.compile(r"^(?:(?:entrance|exit|closing|opening|organ|incidental|recessional|processional|reflective) music|"
                                r"(?:(?:entrance|opening|closing|recessional|processional|communion|offertory|final) )?hymns?)$", re.I)
SERVICE_PIECE_LINES = 17  # a name and up to four verses of four lines
SERVICE_PIECE_WORDS = 10
VERSE_RUN_ON = (",", ";", ":")


def _drop_diary_dates(texts: list[Line]) -> None:
    """A newsletter's or a site's list of coming dates under its head ("Dates for your diary" / "Fri 4 December –
    Christmas jumper day" / "Wed 9 December – KS1 nativity, 2pm"): two entries or more, each a day and an event."""
    _drop_headed_lists(texts, DIARY_HEAD, 5, lambda entry: (entry.kept and entry.words <= DIARY_ENTRY_WORDS and any(
        entry_pattern.match(entry.text) for entry_pattern in (DIARY_ENTRY, DIARY_DAY, DIARY_HOUR, DIARY_ROW, DIARY_WEEKDAY_HOUR, COLUMN_HEADS))),
        DIARY_ENTRIES, "event_widget", least=2)


DIARY_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
DIARY_HEAD = re.compile(r"^(?:dates for (?:your|the) diary|diary dates|(?:upcoming|forthcoming|future) (?:events|dates)|key dates|"
                        r"important dates|term dates|dates to remember|coming up|this week(?:['’]s services)?|services this week|"
                        r"(?:service|mass|worship) times|what['’]s on|(?:exam(?:ination)?s? )?timetable)\s*:?$", re.I)
DIARY_ENTRY = re.compile(r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + DIARY_MONTH
                         + r"|" + DIARY_MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?)\.?,?(?:\s+(?:19|20)\d\d)?\s*[–—:-]\s+\S", re.I)
DIARY_DAY = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:\d{1,2}(?:st|nd|rd|th)? " + DIARY_MONTH + r"|" + DIARY_MONTH
                       + r" \d{1,2}(?:st|nd|rd|th)?)$", re.I)  # a timetable's day over its hours: "Sunday 29 November"
DIARY_HOUR = re.compile(r"^\d{1,2}[.:]\d\d ?(?:[apAP]\.?[mM]\.?)?\s+[–—-]?\s*[A-Z]")  # and an hour's event: "8.00am Holy Communion (BCP)"
DIARY_WEEKDAY_HOUR = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? \d{1,2}(?:[.:]\d\d)? ?[ap]\.?m\.?\s*[–—:-]\s*[A-Z]",
                                re.I)  # a week's services, a day and an hour each: "Sunday 10am – Parish Eucharist"
DIARY_ROW = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? \d{1,2}(?:st|nd|rd|th)? " + DIARY_MONTH + r"\.?,? (?:AM|PM|\d|[A-Z])", re.I)
# a timetable's row, a day and its columns: "Mon 10 May AM English Literature Paper 1 1h 45m"
COLUMN_HEADS = re.compile(r"^(?:[A-Z][a-z]+ ){2,7}[A-Z][a-z]+$")  # and its columns' heads over them: "Date Session Subject Paper Duration"
DAY_RANGE = re.compile(  # an event's days: "10–12 March 2027", "September 14-16, 2027"
    r"(?<![\d.])\b\d{1,2}(?:st|nd|rd|th)?\s*[–—-]\s*\d{1,2}(?:st|nd|rd|th)?\s+" + DIARY_MONTH + r",?\s+(?:19|20)\d\d\b|\b"
    + DIARY_MONTH + r"\s+\d{1,2}\s*[–—-]\s*\d{1,2},?\s+(?:19|20)\d\d\b", re.I)
DIARY_ENTRY_WORDS = 20
DIARY_ENTRIES = 20
DIARY_HINTS = ("diary", "Diary", "DIARY", "pcoming", "PCOMING", "orthcoming", "ey dates", "EY DATES", "mportant dates", "erm dates",
               "oming up", "OMING UP", "ates to remember", "uture dates", "uture events", "his week", "HIS WEEK", "his Week",
               "ervice times", "ass times", "orship times", "hat's on", "hat’s on", "HAT'S ON", "imetable", "IMETABLE")


def _drop_date_cell_tables(texts: list[Line]) -> None:
    """A table of days dumped a cell to a line ("Normal collection day" / "Revised collection day" / "Friday 25 December" /
    "Saturday 26 December" / ...): DATE_CELLS dates alone in a row or more, no sentence's, and the heads over them when the
    dates fill their columns evenly."""
    position = 0
    while position < len(texts):
        cells = list(takewhile(lambda line: line.kept and ((line.words <= DATE_CELL_WORDS and DATE_CELL.match(line.text) is not None)
                                                           or (line.words <= DATE_HOURS_WORDS and DATE_HOURS.match(line.text) is not None)),
                               texts[position : position + SPEC_ROWS]))
        if len(cells) >= DATE_CELLS:
            heads = list(takewhile(lambda line: line.kept and line.words <= DATE_CELL_HEAD_WORDS and not TERMINAL.search(line.text)
                                   and not line.text.endswith(":"), reversed(texts[max(position - DATE_CELL_HEADS, 1) : position])))
            if heads and len(cells) % len(heads) == 0:
                cells.extend(heads)
            for line in cells:
                _drop(line, "table_debris")
        position += max(len(cells), 1)


CELL_DAY = (r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + DIARY_MONTH + r"\.?|"
            + DIARY_MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d\d)?")
DATE_CELL = re.compile(CELL_DAY + "$", re.I)  # "Friday 25 December",
# "Sat 2 Jan", "December 28"
DATE_CELL_WORDS = 5
HOURS = r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)"
DATE_HOURS = re.compile(CELL_DAY + r"\s*[:–—-]\s*(?:closed|open as normal|normal (?:opening )?hours|" + HOURS
                        + r"\s*(?:to|until|till|[–—-])\s*" + HOURS + r")$", re.I)  # a day's opening hours in the table's row:
# "Thursday 24 December: 8am to 2pm", "Friday 25 December: closed"
DATE_HOURS_WORDS = 8
DATE_CELLS = 4
DATE_CELL_HEADS = 4
DATE_CELL_HEAD_WORDS = 5


PARTICIPANTS_HEAD = re.compile(r"^(?:(?:corporate|company|conference call|call|analyst|other|executive|external|event|webinar|panel) )?"
                               r"(?:participants|attendees|speakers|panell?ists|presenters)\s*:?$", re.I)
PARTICIPANT_ENTRY = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})\s+[–—-]\s+[^.!?]{2,80}$")
PARTICIPANT_ENTRIES = 30
PARTICIPANTS_HINTS = ("ARTICIPANTS", "articipants", "TTENDEES", "ttendees", "PEAKERS", "peakers", "ANELISTS", "anelists",
                      "ANELLISTS", "anellists", "RESENTERS", "resenters")


ABBREVIATIONS_HEAD = re.compile(r"^(?:list of )?(?:abbreviations|acronyms)(?: and (?:abbreviations|acronyms))?\s*:?$", re.I)
ABBREVIATION_ENTRIES = 60
ABBREVIATION_WORDS = 12


def _drop_notice_under_label(lines: list[Line], index: int, label: Line) -> None:
    """Under a label alone ending in a colon ("Disclosure:", "Disclaimer:"), its notice: the lines
    down to the first that ends a sentence, a short paragraph ("These FAQs reflect decisions made
    ... / document does not represent any IFES policy or technical recommendations.")."""
    if not (label.text.endswith(":") and label.words <= 2):
        return
    notice = _paragraph_under(lines, label, NOTICE_LINES)
    text = " ".join(line.text for line in notice)
    if (notice and TERMINAL.search(notice[-1].text) and sum(line.words for line in notice) <= NOTICE_WORDS
            and NOTICE_WORD.search(text) and not _is_reported(text)):  # (not the story going on)
        for line in notice:
            _drop(line, label.removed_by)


NOTICE_LINES = 6
NOTICE_WORDS = 120
NOTICE_WORD = re.compile(r"\b(?:does not|do not|not necessarily|reflects?|responsib\w*|liab\w*|endorse\w*|accura\w*|warrant\w*|"
                         r"represents?)\b", re.I)  # what a notice disclaims


def _drop_funders_under_label(lines: list[Line], index: int, label: Line) -> None:
    """Under a cover's "With the support of", the funders' names, a short line each, none a sentence:
    "Centre de crise et de soutien – Ministère de l’Europe et des Affaires étrangères". A bare "Supported by"
    is a news site's sponsor slot over its headline: it takes nothing with it."""
    if label.text.casefold().startswith(("supported", "funded", "co-funded", "financed")):
        return
    line = label
    for _ in range(FUNDER_LINES):
        line = _next_text_line(lines, line)
        if (line is None or not line.kept or line.number > label.number + FUNDER_LINES or line.words > FUNDER_LINE_WORDS
                or not line.text[:1].isupper() or TERMINAL.search(line.text) or _is_reported(line.text)):
            return
        _drop(line, label.removed_by)


FUNDER_LINES = 3
FUNDER_LINE_WORDS = 16


NETWORK_NAME = re.compile(r"^(?:youtube|instagram|tiktok|discord|twitch|snapchat|bluesky|mastodon|threads|spotify|soundcloud|patreon|"
                          r"vimeo|flickr|tumblr|rumble|github|kick)$", re.I)


def _drop_network_links(lines: list[Line], index: int, label: Line) -> None:
    """Beside a removed share or network link ("Twitter"), the other networks a profile links to, one name a line: "YouTube" /
    "Discord" (alone, such a name may be the page's masthead: "Spotify" / "Home")."""
    for step in (1, -1):
        position = index + step
        while 0 <= position < len(lines) and (not lines[position].text or NETWORK_NAME.match(lines[position].text)):
            if lines[position].text and lines[position].kept:
                _drop(lines[position], "share")
            position += step


def _drop_reply_under_header(lines: list[Line], index: int, label: Line) -> None:
    """Under an issue thread's second and later "... commented on Nov 20, 2026", a reply, up to the next removed line; the
    first such header heads the issue's own text."""
    if " commented" not in label.text or not any(line.removed_by == "issue_thread_header" and " commented" in line.text
                                                 for line in lines[:index]):
        return
    for line in lines[index + 1 :]:
        if line.text and not line.kept:
            return
        if line.text:
            _drop(line, "comments")


COMPANION_PASSES = {"navigation": _drop_contents_list, "sponsor_message": _drop_sponsor_copy, "chart_widget": _drop_chart_title,
                    "chart_credit": _drop_chart_title_by_credit, "chart_caption": _drop_chart_notes, "fact_check_label": _keep_claim,
                    "contact_line": _drop_signature, "postal_address": _drop_addressee, "imprint_field": _drop_field_value,
                    "disclosure": _drop_notice_under_label, "disclaimer": _drop_notice_under_label,
                    "suggested_citation": _drop_citation_under_label, "production_credit": _drop_credited_units_blurb,
                    "copyright": _drop_holder_under_copyright, "email_capture": _drop_signature,
                    "funders_label": _drop_funders_under_label, "media_fields": _keep_field_over_sentence,
                    "phone_number": _drop_signature, "offering_party": _drop_field_value, "supervisor_label": _drop_field_value,
                    "delivery_widget": _drop_field_value, "trade_form_box": _drop_form_box_value, "share": _drop_network_links,
                    "issue_thread_header": _drop_reply_under_header}


TABLE_MIN_CELLS = 3
TABLE_CELL_WORDS = 6


def _is_table_row(line: Line) -> bool:
    """A line of three or more tab-separated short cells ("1\t🇺🇸 U.S.\t21.9"), none a sentence."""
    cells = [cell.strip() for cell in line.raw.strip(" \t\u00a0").split("\t")]
    cells = [cell for cell in cells if cell]
    return len(cells) >= TABLE_MIN_CELLS and all(
        word_count(cell) <= TABLE_CELL_WORDS and not (word_count(cell) >= 3 and TERMINAL.search(cell)) for cell in cells)


def _drop_table_rows(lines: list[Line]) -> None:
    """A data table dumped as tab-separated rows (two or more, one with a number) is table
    debris, not prose; one the story introduces ("Group D standings:") stays."""
    _drop_table_runs([line for line in lines if line.text],
                     lambda row: "\t" in row.raw.strip(" \t\u00a0") and _is_table_row(row), lambda head: False)


def _drop_table_runs(texts: list[Line], is_row: Callable[[Line], bool], is_head_row: Callable[[Line], bool],
                     least: int = 2, figures: bool = True) -> None:
    """Runs of `least` or more rows of a table (one with a number, unless not `figures`), and the row of heads over them, go as
    table debris; a table the story introduces with a colon stays. `texts`: the lines with text."""
    position = 0
    while position < len(texts):
        end = position
        while end < len(texts) and is_row(texts[end]):
            end += 1
        if end - position >= least and (not figures or any(HAS_DIGIT.search(row.text) for row in texts[position:end])):
            _drop_table(texts, position - 1 if position > 0 and is_head_row(texts[position - 1]) else position, end)
        position = max(end, position + 1)


def _drop_table(texts: list[Line], first: int, end: int) -> None:
    """A table's rows `texts[first:end]` go as table debris, unless the story introduces it with a colon ("Budget by body:")."""
    if not (first > 0 and texts[first - 1].kept and texts[first - 1].text.endswith(":")):
        for row in texts[first:end]:
            if row.kept:
                _drop(row, "table_debris")


def _is_pipe_figures_row(line: Line) -> bool:
    """A table's row with its cells between pipes, ending in a figure or a few: "Fire Authority | 82.31", "March | 2, 16, 30 | 9, 23"."""
    return FIGURES_CELL.match(line.text.split(" | ")[-1].strip()) is not None and _is_pipe_row(line)


def _drop_pipe_tables(texts: list[Line]) -> None:
    """A table dumped with pipes between its cells (two or more rows ending in figures, and the
    row of heads over them: "Charge | £" / "Fire Authority | 82.31" / "Total | 1,964.38") is
    table debris, as tab-separated rows are; one the story introduces ("Budget by body:") stays."""
    _drop_table_runs(texts, lambda row: " | " in row.text and _is_pipe_figures_row(row),
                     lambda head: (" | " in head.text and head.kept and head.words <= TABLE_ROW_WORDS
                                   and not TERMINAL.search(head.text)))
    for position, head in enumerate(texts):  # rows with as many cells as the head row over them, words or none in the last:
        cells = head.text.count("|")  # "Feature | Description | Rating" / "Wall | Cavity wall, filled cavity | Good",
        if cells < 2 or " | " not in head.text or not _is_pipe_row(head):  # "Score | Energy rating | Current | Potential" /
            continue  # "81-91 | B | | 83 B"
        rows = sum(1 for _ in takewhile(lambda row: row.text.count("|") == cells and _is_pipe_row(row), texts[position + 1 :]))
        if rows >= 2:
            _drop_table(texts, position, position + 1 + rows)
            if (head.kept and not TERMINAL.search(head.text)
                    and all(row.removed_by in TABLE_ROW_RULES for row in texts[position + 1 : position + 1 + rows])):
                _drop(head, "table_debris")  # a row of heads over rows a rule took, though the text brought the table in with a colon:
                # "Name of candidate | Description (if any) | Number of votes" over "FOSTER, Jane | Liberal Democrats | 1,204 (elected)"
    _drop_table_runs(texts, _is_pair_row, lambda head: (head.kept and head.words <= PAIR_HEAD_WORDS and not TERMINAL.search(head.text)
                                                        and not head.text.endswith(":")),  # a list of pairs, a label and its name,
                     least=PAIR_TABLE_ROWS, figures=False)  # no figures, under its head: a programme's cast ("Cast" / "Cinderella |
    # Amy Foster" / "Buttons | Dave Marsh" / "Director | Helen Ashby")


def _is_pair_row(line: Line) -> bool:
    """Two short cells between a pipe, each capitalised, neither a sentence: "Prince Charming | Leon Adeyemi"."""
    cells = line.text.split(" | ")
    return (len(cells) == 2 and line.text.count("|") == 1 and all(
        1 <= word_count(cell) <= PAIR_CELL_WORDS and cell[:1].isupper() and not TERMINAL.search(cell) for cell in cells))


PAIR_TABLE_ROWS = 3
PAIR_HEAD_WORDS = 3
PAIR_CELL_WORDS = 5


def _is_pipe_row(line: Line) -> bool:
    """At most TABLE_ROW_WORDS words, or PIPE_CELL_WORDS a cell in a wide row ("Gary Holt | 51 | Church Street, Hexton | Theft
    from a shop | Community order, 80 hours unpaid work"), the pipes not counted; no cell a sentence."""
    pipes = line.text.count("|")
    return (line.words - pipes <= max(TABLE_ROW_WORDS, PIPE_CELL_WORDS * (pipes + 1))
            and not any(word_count(cell) >= 3 and TERMINAL.search(cell) for cell in line.text.split("|")))


PIPE_CELL_WORDS = 4


def _drop_table_titles(texts: list[Line]) -> None:
    """A short title over a data table whose rows went as debris ("Air quality in Bangkok (µg/m³)" / "District | PM2.5 |
    Level" / "Nong Khaem | 92.4 | Red"): the table's, not the story's. One the story introduces ("Group D standings:") stays."""
    for position in range(1, len(texts) - 2):
        title, rows = texts[position], texts[position + 1 : position + 3]
        if (title.kept and title.words <= TABLE_TITLE_WORDS and not TERMINAL.search(title.text) and not title.text.endswith(":")
                and all(row.removed_by in TABLE_ROW_RULES and ("|" in row.text or "\t" in row.raw) for row in rows)
                and any(HAS_DIGIT.search(row.text) for row in rows) and texts[position - 1].kept
                and texts[position - 1].words >= BODY_WORDS and TERMINAL.search(texts[position - 1].text)):
            _drop(title, "table_debris")


TABLE_TITLE_WORDS = 10
TABLE_ROW_RULES = ("table_debris", "link_row")


def _drop_score_boxes(lines: list[Line]) -> None:
    """A match's numbers set out line by line among the story's paragraphs ("FT" / "Iraq 2 - 1
    South Korea" / "Aymen Hussein 58', 77'" / "Possession 46% - 54%"): a score box, not prose.
    It needs a scoreline or a goal's minute; a list the story introduces ("The scorers:") stays."""
    texts = [line for line in lines if line.text]
    position = 0
    while position < len(texts):
        end = position
        while end < len(texts) and (not texts[end].kept or (texts[end].words <= SCORE_LINE_WORDS and not TERMINAL.search(texts[end].text)
                                                            and (SCORE_FIGURE.search(texts[end].text) or texts[end].words <= 2))):
            end += 1
        run = [line for line in texts[position:end] if line.kept]
        scored = [line for line in run if SCORE_FIGURE.search(line.text)]
        if (len(scored) >= SCORE_BOX_LINES and len(scored) * 3 >= len(run) * 2 and any(MATCH_MARK.search(line.text) for line in scored)
                and not (position > 0 and texts[position - 1].text.endswith(":"))):
            for line in run:
                _drop(line, "table_debris")
        position = max(end, position + 1)


SCORE_BOX_LINES = 3
SCORE_HINT = re.compile(r"\d['’]|\d\s[-–]\s\d")  # the cheap test: no minute mark or spaced scoreline, no score box
SCORE_LINE_WORDS = 7
SCORE_FIGURE = re.compile(r"\d\s*[-–:]\s*\d|\d['’]|\d%")  # "2 - 1", "58'", "46%"
MATCH_MARK = re.compile(r"\b\d{1,3}['’](?:\+\d{1,2}['’]?)?(?:,|$)|^[A-Z][\w .'’-]+ \d{1,2}\s*[-–]\s*\d{1,2} [A-Z][\w .'’-]+$")  # a goal's
# minute ("Aymen Hussein 58', 77'"), a scoreline ("Iraq 2 - 1 South Korea")


FIGURE_ONLY = re.compile(r"^[-–+]?(?:US|USD |EUR |IQD )?[$€£]?\s?\d[\d,.]*\s?(?:%|[mM]|bn|[kK]|million|billion)?$")  # "4,200", "473.3 m",
# "US$1.2bn", "USD 167.2 million"
KEY_FIGURE = re.compile(r"^(?:US|USD |EUR |IQD )?[$€£]?\s?(?:\d{1,3}(?:,\d{3})+\+?|\d+\.\d+|\d{4,}\+?|\d{1,3}\+|\d{1,3}(?=\s?(?:m|bn|million|billion)\b))"
                        r"\s?(?:%|m|bn|k|million|billion)?\s+[a-z(]")  # "US$ 18 million six-month net funding requirements", "600+ killed"
KEY_FIGURES_HEAD = re.compile(r"^(?:(?:[\w'’-]+ ){0,5}in numbers|key figures|key facts|facts (?:and|&) figures|in figures|"
                              r"(?:figures )?at a glance|in brief|(?:key|main|basic|selected) (?:indicators|statistics|data))(?:\s+(?:19|20)\d\d)?\s*:?$", re.I)
HEADED_KEY_FIGURE = re.compile(r"^\d[\d,.]*\+?\s?(?:%|m|bn|k|million|billion)?\s+[a-z(]")
LABELLED_FIGURE = re.compile(r"^[A-Za-z][^\d]{0,60}?\s[-–+]?[$€£]?\s?\d[\d,.]*\s?%?$")  # a box's row, its label first: "Population M 45.5",
# "GDP p.c., PPP $ 12,470"
KEY_FIGURE_WORDS = 14
FIGURE_LABEL_WORDS = 8  # "families affected", "detainees visited in 42 places of detention"
BOXED_FIGURE_LABEL_WORDS = 10  # between figures: "Camps for refugees and IDPs in the Kurdistan Region"
KEY_FIGURE_HEAD_WORDS = 4
FIGURE_STARTS = frozenset("0123456789$€£U")  # "165,000 people assisted in February 2025"
FIGURE_BULLET = re.compile(r"^[•▪]\s+")


def _figure_row(text: str) -> str | None:
    """The line as a key figure's row, its bullet off ("• EUR 4.2 million spent"), if it can be one: None
    for the lines that open with a word, most of them, without a regular expression's cost."""
    if text[0] in "•▪":
        text = FIGURE_BULLET.sub("", text, count=1)
    if text[:1] in FIGURE_STARTS:
        return text
    return text if text.startswith(("EUR ", "IQD ")) else None


def _drop_key_figures(texts: list[Line]) -> None:
    """A report's key figures set out as a box: a bare figure with its label under it
    ("4,200" / "families affected"), or a run of figures each opening a line without a
    full stop ("US$11.3 m ... net funding requirements" / "165,000 people assisted in
    February 2025") under furniture. A list the story introduces with a colon stays, and
    so do words that go on below (a sentence cut by a page number). `texts`: the lines with text."""
    for position, line in enumerate(texts[:-1]):
        if (line.kept and line.words <= KEY_FIGURE_HEAD_WORDS and not TERMINAL.search(line.text)
                and not (below := texts[position + 1]).kept and FIGURE_ONLY.match(below.text)
                and (line.text.isupper() or KEY_FIGURES_HEAD.match(line.text))):
            _drop(line, "figure_debris")  # the label over a figure: "PEOPLE IN NEED" / "2.5M", or the box's head ("Situation
            # in Numbers" / "1.3 million")
    for position, line in enumerate(texts[1:], 1):
        if not (line.kept and line.words <= BOXED_FIGURE_LABEL_WORDS):
            continue
        above = texts[position - 1]
        below = texts[position + 1] if position + 1 < len(texts) else None
        if not (not above.kept and FIGURE_ONLY.match(above.text) and not TERMINAL.search(line.text)):
            continue
        if (line.text[0].islower() and line.words <= FIGURE_LABEL_WORDS and not (below is not None and below.kept and below.text[0].islower())) or (
                below is not None and not below.kept and (FIGURE_ONLY.match(below.text) or position >= 2 and not texts[position - 2].kept)):
            _drop(line, "figure_debris")  # the label under a figure: "families affected", "deaths"; in a box of
            # figures, one in capitals too ("1,105,000" / "Internally displaced persons in Iraq" / "318,000")
    for above, line, below in zip(texts, texts[1:], texts[2:]):
        if (above.removed_by == "figure_debris" and line.kept and line.words <= KEY_FIGURE_HEAD_WORDS and not below.kept
                and FIGURE_ONLY.match(below.text) and not TERMINAL.search(line.text)):
            _drop(line, "figure_debris")  # a label over the box's next figure: "people in need" / "UNICEF Appeal 2025" / "US$ 22.6 million"
    for position, head in enumerate(texts[:-2]):
        if head.kept and head.words <= KEY_FIGURE_HEAD_WORDS and KEY_FIGURES_HEAD.match(head.text):
            rows = list(takewhile(lambda row: row.kept and row.words <= CAPTIONED_ROW_WORDS and LABELLED_FIGURE.match(row.text),
                                            texts[position + 1 :]))
            if len(rows) >= 2:  # "Key Indicators" / "Population M 45.5" / "Pop. growth % p.a. 2.2"
                for line in [head, *rows]:
                    _drop(line, "figure_debris")
    position = 0
    while position < len(texts):
        if _figure_row(texts[position].text) is None:  # (the cheap test first: most lines open with a letter)
            position += 1
            continue
        end = position
        headed = position > 0 and KEY_FIGURES_HEAD.match(texts[position - 1].text) is not None  # under "Key figures 2024", any
        # figure opens a row: "9 health facilities supported"
        while (end < len(texts) and texts[end].kept and texts[end].words <= KEY_FIGURE_WORDS
               and (row := _figure_row(texts[end].text)) is not None
               and (KEY_FIGURE.match(row) or (headed and HEADED_KEY_FIGURE.match(row)))
               and not TERMINAL.search(texts[end].text)):
            end += 1
        if end - position >= 2 and (position == 0 or not texts[position - 1].kept or KEY_FIGURES_HEAD.match(texts[position - 1].text)) and not (
                end < len(texts) and texts[end].kept and texts[end].text[0].islower()):
            for line in texts[position:end]:
                _drop(line, "figure_debris")
            if position and texts[position - 1].kept and KEY_FIGURES_HEAD.match(texts[position - 1].text):
                _drop(texts[position - 1], "figure_debris")  # the box's head: "The protest movement in numbers"
        position = max(end, position + 1)


TAG_WORD = re.compile(r"^[a-z][a-z0-9+#.-]{1,30}$")  # "iraq", "natural-gas", "c++"
HANDLE_WORD = re.compile(r"^(?=[\w.-]*[\d_])[A-Za-z][\w.-]{2,30}$")  # "user12345", "sadr_city_boy"


def _drop_tags_and_handles_between_widgets(texts: list[Line]) -> None:
    """A Q&A page's furniture between its posts that no rule can name: the question's tags,
    one lowercase word a line, under the question and over its removed buttons ("iraq" /
    "energy" / "Share"), and the asker's handle between removed lines ("asked 2 days ago" /
    "user12345" / "1 Answer"). `texts`: the lines with text."""
    position = 0
    while position < len(texts):
        line = texts[position]
        if line.words != 1 or not line.kept:
            position += 1
            continue
        end = position
        while end < len(texts) and texts[end].kept and texts[end].words == 1 and TAG_WORD.match(texts[end].text):
            end += 1
        above = texts[position - 1] if position else None
        below = texts[end] if end < len(texts) else None
        if (end - position >= 2 and above is not None and above.kept and _is_body_line(above)
                and below is not None and not below.kept):
            for tag in texts[position:end]:
                _drop(tag, "tags")
        elif (end - position <= 1 and HANDLE_WORD.match(line.text) and above is not None and not above.kept
              and below is not None and not below.kept):
            _drop(line, "comments")
        position = max(end, position + 1)


FIGURES_CELL = re.compile(r"^[-+(]?[$€£]?\d[\d,.]*%?\)?(?:\s*[,;/]\s*\d[\d.]*%?)*$")  # "82.31", "-491.10", "9, 23"
NUMBER_CELL = re.compile(r"^[-+(]?[$€£]?\d[\d,.]*%?\)?$|^[-–—]$")  # "121.6", "(0.4)", "12%", "-"
TABLE_ROW_WORDS = 16


def _figure_cells(text: str) -> int:
    """How many of a row's cells are figures: two in "Democracy and human rights 97 104"."""
    return sum(bool(NUMBER_CELL.match(cell)) for cell in text.split())


def _is_figures_row(line: Line, least: int = 3) -> bool:
    """A table's row left as a line of text: mostly figures ("Aug 2025 121.6 170.1 0.4"); under a
    table's caption, two will do ("Tikrit  35%  62%")."""
    if not line.kept or line.words > TABLE_ROW_WORDS or TERMINAL.search(line.text):
        return False
    figures = _figure_cells(line.text)
    return figures >= least and figures * 2 > len(line.text.split())


CHART_BLOCK_LINES = 14  # lines between a chart's caption and its "Source:" line
CHART_SOURCE = re.compile(r"^(?:sources?|data)\s*:", re.I)


def _drop_table_text(texts: list[Line]) -> None:
    """A PDF table's rows, one line each, under the table's removed caption ("Table (1): Money
    supply" / "Month M1 M2 Change (%)" / "Aug 2025 121.6 170.1 0.4"). A table in a story with
    no caption over it (a company's results) is the story's own. `texts`: the lines with text."""
    for position, caption in enumerate(texts):
        if caption.removed_by != "chart_caption":
            continue
        first = position + 1
        if first < len(texts) and not _is_figures_row(texts[first], 2) and first + 1 < len(texts) and _is_figures_row(texts[first + 1], 2):
            head = texts[first]  # the row of column heads
            if head.kept and head.words <= TABLE_ROW_WORDS and not TERMINAL.search(head.text):
                _drop(head, "table_debris")
            first += 1
        while first < len(texts) and _is_figures_row(texts[first], 2):
            _drop(texts[first], "table_debris")
            first += 1
        block = texts[position + 1 : position + 1 + CHART_BLOCK_LINES]
        source = next((offset for offset, line in enumerate(block) if CHART_SOURCE.match(line.text)), None)
        if source and all(not line.kept or (line.words <= TABLE_ROW_WORDS and not TERMINAL.search(line.text)) for line in block[:source]):
            for line in block[:source]:  # a chart's unit line, axis values and legend between its caption and its
                _drop(line, "table_debris")  # source: "(Percent, percentage points)" / "8" / "2021 2022 2023" / "Oil GDP Real GDP"


def _drop_results_tables(texts: list[Line]) -> None:
    """A report's results table with no caption: its head row naming what the columns measure
    ("Result Indicator Target Achieved") over rows that end in figures ("R2 Canals rehabilitated
    (km) 20 22"). `texts`: the lines with text."""
    for position, head in enumerate(texts[:-2]):
        if not (head.kept and head.words <= TABLE_ROW_WORDS and not TERMINAL.search(head.text)
                and len(set(TABLE_HEAD_WORD.findall(head.text.casefold()))) >= 2):
            continue
        rows = list(takewhile(lambda row: row.kept and row.words <= TABLE_ROW_WORDS and not TERMINAL.search(row.text)
                              and _figure_cells(" ".join(row.text.split()[-2:])) == 2, texts[position + 1 :]))
        if len(rows) >= 2:
            for line in [head, *rows]:
                _drop(line, "table_debris")


TABLE_HEAD_HINTS = ("ndicator", "NDICATOR", "arget", "ARGET", "aseline", "ASELINE", "lanned", "LANNED")  # a results table's
# head has two of its words, so one of these (a substring test costs less than a search)
TABLE_HEAD_WORD = re.compile(r"\b(?:indicator|baseline|endline|target|achieved|planned|actual)\b", re.I)


def _is_video_page_headline(lines: list[Line], title: Line) -> bool:
    """A video page's own headline under its player: no headline kept above it, its date under it."""
    if any(line.kept and line.words >= 4 and is_title_like(line.text) for line in lines[: title.number - 1]):  # line n is lines[n - 1]
        return False
    below = [line for line in lines[title.number : title.number + 12] if line.text][:VIDEO_DATE_REACH]
    return any((HAS_DIGIT.search(line.text) and date_of_line(line.text)) or RELATIVE_AGO.match(line.text) for line in below)
    # (past its channel and counters: "Haider Studio" / "PRO" / "Follow" / "3,204 views" / "41 likes" / "2 months ago")


VIDEO_DATE_REACH = 6
RELATIVE_AGO = re.compile(r"^(?:about |over )?(?:\d{1,3}|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$",
                          re.I)  # "2 months ago"


PLEA_RULES = frozenset({"donation", "newsletter_plea", "signup", "social_follow", "newsletter_widget", "reader_address_tail",
                        "tip_line", "email_capture", "comments"})  # what a site asks of its readers ("Join the Conversation")


CREDIT_RULES = frozenset({"caption_credit", "photo_credit"})
CREDIT_OR_COPYRIGHT_RULES = CREDIT_RULES | {"copyright"}  # "© Supplied by Gulf Keystone" over a caption
GLUED_CREDIT = re.compile(r"^[A-Z][^.!?]{3,160}\s[a-z][\w'’-]*\s(?:UNESCO|UNICEF|UNHCR|UNDP|WFP|IOM|AFP|AP|REUTERS|Reuters|EPA|"
                          r"Getty Images|GETTY IMAGES|Shutterstock|Alamy)$")  # a caption with its credit glued on, no separator
DASH_CREDIT = re.compile(r"^[A-Z][^.!?]{3,160}\.?\s[-–—]\s*(?:Reuters|REUTERS|AFP|AP|Getty Images|EPA|Xinhua|Anadolu|File photo|File|Archive)$")


def _spells_out_its_acronym(text: str) -> bool:
    """Does the text end on the initials of the words before them, in brackets? A heading that
    defines its abbreviation ("... QUALITATIVE OVERLAY (QO)"), not a credit ("(UNHCR)")."""
    found = ACRONYM_AT_END.search(text)
    if found is None:
        return False
    return _initials(found.group(1)).casefold().endswith(found.group(2).casefold())


def _initials(words: str) -> str:
    """The first letters of the words but the small ones: "Member Country Partnership Strategy" -> "MCPS"."""
    return "".join(word[0] for word in words.split() if word.casefold() not in ACRONYM_SMALL_WORDS)


ACRONYM_AT_END = re.compile(r"((?:[\w'’-]+\s+){2,8})\(([A-Z]{2,6})\)$")
ACRONYM_SMALL_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "&"})


BRACKET_CREDIT_END = re.compile(r"[^!?\s]\s*\((?:[A-Z]{2,8}|[A-Z][\w'’.-]+(?:\s[A-Z][\w&'’.-]+){0,3}|(?i:source|photo|image|credit|picture|foto)\s*:\s*[^()]{2,60})"
                                r"(?:\s*/\s*[\w .'’-]{2,30})?\)$")  # "... – 2023 (UNHCR)", "... in Iraq (source: Polish Armed Forces)",
# "Iraqi Prime Minister Mohammed Shia al-Sudani. (Iraqi PM's Office)"
CONTRIBUTION = re.compile(r"^[\[(]\s*(?:with (?:additional )?inputs? from|inputs? from|(?:additional )?reporting by|compiled by|edited by|"
                          r"writing by|with agencies|with (?:afp|reuters|ap|xinhua)|con informaci[oó]n de|con agencias|avec (?:l['’])?afp|"
                          r"mit material von)\b", re.I)
CAPTION_HEADER_LINES = 25  # raw lines searched for the byline or date that puts a bare-name caption under the headline
CAPTION_MAX_WORDS = 40
SHORT_CAPTION_WORDS = 6


def _past_lines_removed_by(lines: list[Line], line: Line | None, rules: frozenset[str]) -> Line | None:
    """`line`, or the first text line under the run of lines `rules` removed that it starts: under a photo, its share buttons
    and reading time ("Teilen", "3 Min.")."""
    while line is not None and line.removed_by in rules:
        line = _next_text_line(lines, line)
    return line


PHOTO_FOOT_RULES = frozenset({"share", "reading_time"})


def _drop_captions_over_credits(lines: list[Line], rules: RuleSet) -> None:
    """A caption given twice, the second time with its credit, goes whole. A credit alone on its
    line in brackets ("(AHMAD AL-RUBAYE/AFP via Getty Images)") closes the caption on the line
    right above it: both go, under the credit's rule. Under
    the byline or date, so does a bare credit line ("AFP / File") with a caption that is only
    a name above it and the story below, and a name credited after a dash ("... - Reuters")."""
    for index, (previous, line, following) in enumerate(zip(lines, lines[1:], lines[2:] + [None]), 1):
        if (previous.kept and 3 <= previous.words <= CAPTION_MAX_WORDS and len(line.text) > len(previous.text)
                and line.text.casefold().startswith(previous.text.casefold())
                and (caption_rule := line.removed_by or _paragraph_rule_of(line, rules)) in CAPTION_RULES):
            _drop(previous, caption_rule)  # the caption twice, the second time with its credit: "Grain silos at the port of
            _drop(line, caption_rule)  # Rosario." / "Grain silos at the port of Rosario. | Bloomberg"
            continue
        if (line.words <= 8 and previous.kept and 2 <= previous.words <= ECHO_MAX_WORDS
                and (CREDIT_LINE.match(line.text) or PHOTO_COPYRIGHT.match(line.text)  # (or its owner's mark: "© Land Tirol")
                     or line.removed_by in CREDIT_RULES)  # (or a credit a rule took: "Quelle: Frank Peter")
                and not AGENCY_BYLINE.match(line.text)  # "Reuters" under a headline signs it
                and (is_headline_like(previous.text) or (previous.words <= CAPTION_UNDER_CREDIT_WORDS and not _is_reported(previous.text)))
                and (body := _past_lines_removed_by(lines, following, PHOTO_FOOT_RULES)) is not None and body.kept and body.words >= BODY_WORDS
                and TERMINAL.search(body.text)  # (the buttons under the photo between: "© KLZ/Markus Traussnig" / "Teilen")
                and not _is_metadata_line(previous.text) and _metadata_above(lines, index - 1)):
            _drop(previous, line.removed_by or "caption_credit")  # (a short first paragraph too: "In Bagdad, Basra und
            _drop(line, line.removed_by or "caption_credit")  # Nadschaf sind am Samstag Hunderte Frauen auf die Straße gegangen.")
            continue
        if (line.kept and 3 <= line.words <= BARE_CAPTION_WORDS and not TERMINAL.search(line.text) and line.text[-1:].isalnum()
                and not line.text.isupper() and not parse_date(line.text)  # (not the dateline: "ORANGE WALK TOWN, Thurs. Nov. 26, 2026",
                and not BYLINE_ROLE.search(line.text) and not SIGNATORY_ROLE.search(line.text)  # nor the writer's role: "Senior Fellow, ...")
                and _under_byline_and_date(lines, line)
                and (lead := _past_lines_removed_by(lines, _next_text_line(lines, line), HEADER_WIDGET_RULES)) is not None and lead.kept
                and _is_body_line(lead)):
            _drop(line, "photo_caption")  # the lead photo's caption with no credit, no sentence, under the byline and the date
            continue  # (or their buttons) and over the story: "Nov 28, 2026" / "Trucks loaded with apples wait at the ..." / "More ..."
        if (line.kept and 2 <= line.words <= NAME_CAPTION_WORDS and not HAS_DIGIT.search(line.text) and _metadata_right_above(lines, index)
                and (lead := _next_text_line(lines, line)) is not None and lead.kept and _is_body_line(lead)
                and f" {line.text} " in f" {lead.text} " and _is_person_name(line.text)):
            _drop(line, "photo_caption")  # the lead photo's subject under the date, named again in the lead: "Ashni Singh" /
            continue  # "Finance Minister Ashni Singh yesterday secured ..."
        if (line.kept and 2 <= line.words <= 3 and line.text.isupper() and previous.kept and 5 <= previous.words <= CAPTION_MAX_WORDS
                and TERMINAL.search(previous.text) and following is not None and following.kept and _is_body_line(following)
                and not _is_reported(previous.text) and _is_person_name(line.text.title())
                and (_metadata_above(lines, index - 1) or (above := _previous_text_line(lines, previous)) is not None
                     and above.removed_by == "timestamp")):  # (or under the story's age: "5 hrs ago")
            _drop(previous, "caption_credit")  # the lead photo's caption over its photographer in capitals, under the byline:
            _drop(line, "caption_credit")  # "Finance Minister Colm Imbert presents the 2027 budget ..." / "ABRAHAM DIAZ"
            continue
        if (previous.kept and 3 <= previous.words <= CAPTION_MAX_WORDS and line.removed_by in CREDIT_RULES and line.text[:1] in "-–—"
                and TERMINAL.search(previous.text) and not _is_reported(previous.text)):
            _drop(previous, line.removed_by)  # the caption over its credit after a dash: "The Jamalco plant in Clarendon." / "- File"
            continue
        if (previous.kept and 5 <= previous.words <= CAPTION_MAX_WORDS and line.removed_by in CREDIT_RULES
                and following is not None and following.removed_by == "photo_widget" and not _is_reported(previous.text)):
            _drop(previous, line.removed_by)  # the caption over its credit and the caption's buttons: "Buffalo herder ... marshes." /
            continue  # "Jane Arraf/NPR" / "hide caption"
        if (line.words <= 8 and following is not None and following.kept and following.words <= 14 and previous.kept
                and 5 <= previous.words <= CAPTION_MAX_WORDS
                and (line.removed_by in CREDIT_RULES or (line.kept and CREDIT_LINE.match(line.text))) and not AGENCY_BYLINE.match(line.text)
                and TERMINAL.search(previous.text) and _is_metadata_line(following.text)
                and not _is_reported(previous.text)  # the lead photo's caption and credit between the headline and the byline
                and ((above := _previous_text_line(lines, previous)) is None or not (above.kept and _is_body_line(above)))):
            # (not a paragraph under the story's first, over a photo's credit and a section's byline)
            _drop(previous, line.removed_by or "caption_credit")
            _drop(line, line.removed_by or "caption_credit")
            continue
        if (previous.kept and 2 <= previous.words <= NAME_CAPTION_WORDS and line.text and (line.kept or line.removed_by in CAPTION_RULES)
                and _is_person_name(previous.text) and not _is_metadata_line(previous.text) and _metadata_right_above(lines, index - 1)
                and (caption_rule := line.removed_by or _paragraph_rule_of(line, rules)) in CAPTION_RULES):
            _drop(previous, caption_rule)  # the photo's title over its caption, under the date: "Kadim Al Sahir" /
            continue  # "Kadim Al Sahir performs in Cairo. Amr Abdallah Dalsh/Reuters"
        if (previous.kept and 2 <= previous.words <= ECHO_MAX_WORDS and DASH_CREDIT.search(previous.text)
                and line.kept and (_is_body_line(line) or (line.words <= DATELINE_ALONE_WORDS and _dateline_alone(line.text)))
                and not _is_metadata_line(previous.text) and _metadata_above(lines, index - 1)):
            _drop(previous, "caption_credit")  # "Iraqi Prime Minister Mohammed Shia al-Sudani - Reuters" over the story (or over
            # its dateline: "BAGHDAD —")
            continue
        if (previous.kept and 5 <= previous.words <= ECHO_MAX_WORDS and "," in previous.text and GLUED_CREDIT.match(previous.text)
                and line.kept and _is_body_line(line) and not _is_metadata_line(previous.text) and _metadata_above(lines, index - 1)):
            _drop(previous, "caption_credit")  # "The al-Nouri Mosque in Mosul, Iraq, under reconstruction UNESCO" over the story
            continue
        if (line.kept and 2 <= line.words <= CAPTION_UNDER_CREDIT_WORDS and following is not None and following.kept
                and (_is_body_line(following) or (line.words <= SHORT_CAPTION_WORDS and _is_sentence_line(following)))  # over a short
                and _is_credit_above(previous) and not REPORTED.search(line.text)  # first paragraph, only a short caption: "Kirkuk oil field."
                and not DATELINE.match(line.text) and not _is_metadata_line(line.text) and _metadata_above(lines, index - 1)):
            _drop(previous, previous.removed_by or "caption_credit")  # the caption under its credit: "© Supplied by Gulf Keystone" /
            _drop(line, previous.removed_by)  # "Gulf Keystone's Shaikan field in Kurdistan."
            continue
        if (line.kept and 5 <= line.words <= CAPTION_SENTENCE_WORDS and not TERMINAL.search(line.text)
                and previous.removed_by in CREDIT_RULES and previous.words <= 4 and CREDIT_LINE.match(previous.text)
                and following is not None and following.kept and _is_body_line(following)
                and (above := _previous_text_line(lines, previous)) is not None and above.kept and _is_body_line(above)):
            _drop(line, previous.removed_by)  # between paragraphs, the caption under its credit: "Getty Images" / "The marshes
            continue  # were drained under Saddam Hussein and partially restored after 2003"
        if (previous.kept and 5 <= previous.words <= CAPTION_SENTENCE_WORDS and TERMINAL.search(previous.text)
                and not previous.text.startswith(('"', "“")) and (line.kept or line.removed_by in CREDIT_RULES)
                and STOCK_CREDIT.match(line.text) and following is not None and following.kept and _is_sentence_line(following)
                and (above := _previous_text_line(lines, previous)) is not None and above.kept and _is_body_line(above)):
            _drop(previous, line.removed_by or "caption_credit")  # between paragraphs, the caption over its credit: "Grace Pomare
            _drop(line, line.removed_by or "caption_credit")  # says families in Mosul kept bricks ..." / "Supplied"
            continue
        if (previous.kept and previous.text.endswith(")") and 2 <= previous.words <= CAPTION_SENTENCE_WORDS and line.kept
                and _is_body_line(line) and BRACKET_CREDIT_END.search(previous.text) and not REPORTED.search(previous.text)
                and not _spells_out_its_acronym(previous.text)
                and not _is_metadata_line(previous.text) and _metadata_above(lines, index - 1)):
            _drop(previous, "caption_credit")  # "Syrian refugees at Domiz camp in Duhok – 2023 (UNHCR)" over the story
            continue
        if not (line.kept and line.text[:1] in "([" and previous.kept and 0 < previous.words <= CAPTION_MAX_WORDS):
            continue
        if CONTRIBUTION.match(line.text):  # "(With input from Xinhua)" credits the story above, not a photo
            continue
        if (initials := EDITOR_INITIALS.match(line.text)) and not set(initials.group(1).split("/")) <= PHOTO_AGENCY_INITIALS:
            _drop(line, "editor_initials")  # "(HA/VK)": the editors sign the story; the sentence above is the story's
            continue
        if (credit_rule := _paragraph_rule_of(line, rules)) not in CREDIT_RULES:
            continue
        if (not _is_metadata_line(previous.text)  # "JAN 11, 2024" over "(Photo Credit: AFP)": the credit stands alone
                and _may_be_caption(lines, previous) and not SOURCE_NOTE.match(line.text)  # "(Source: CBI)" names the story's source
                and not CAPTION_IN_BRACKETS.match(line.text)):  # "(Top photo: Iraq players celebrate; ...)" is its own caption
            _drop(previous, credit_rule)
        _drop(line, credit_rule)


CAPTION_RULES = CREDIT_RULES | {"photo_caption"}
STOCK_CREDIT = re.compile(r"^(?:supplied|getty images|shutterstock|alamy|istock|unsplash|handout|file photo)$", re.I)  # a photo's
# source alone, which no story sentence is
CAPTION_IN_BRACKETS = re.compile(r"^[(\[](?:top |main |lead |header |cover )?(?:photo|image|picture|illustration)s?\s*:\s*[^;]{15,};", re.I)
NAME_CAPTION_WORDS = 5


def _under_byline_and_date(lines: list[Line], line: Line) -> bool:
    """Is `line` right under the byline and the date, or their buttons ("By Liam Ball" / "27 November 2026" / "Share"), where
    a lead photo's caption sits, the headline over them (a press release's or a live entry's headline sits under a date alone,
    a letter's subject under its salutation)?"""
    above, dated, signed = _previous_text_line(lines, line), False, False
    for _ in range(BYLINE_BLOCK_LINES):
        if above is None or not (above.removed_by in HEADER_WIDGET_RULES or (above.kept and above.words <= 14 and (
                _is_metadata_line(above.text) or _is_person_name(above.text) or _is_place_name(above.text)))):
            break
        dated = dated or (above.kept and date_of_line(above.text) is not None)
        signed = signed or (above.kept and (BYLINE.match(above.text) is not None or (above.words <= 4 and _is_person_name(above.text))))
        above = _previous_text_line(lines, above)
    return (dated and signed and above is not None and above.kept and above.words >= 4  # (under the headline or its deck, not
            and not _is_organisation_name(above.text))  # under the issuer: "Sunni Endowment Office – ..." / "Unified Friday Sermon")


BYLINE_BLOCK_LINES = 5
BARE_CAPTION_WORDS = 12
HEADER_WIDGET_RULES = frozenset({"share", "reading_time", "media_player", "comments", "timestamp"})


def _paragraph_rule_of(line: Line, rules: RuleSet) -> str | None:
    found = rules.first_match_of_line("drop_paragraph", line.text, line.words)
    return found[0].name if found else None


def _metadata_right_above(lines: list[Line], index: int) -> bool:
    """Is the nearest non-blank line above lines[index] a kept date or byline line?"""
    above = _previous_text_line(lines, lines[index])
    return above is not None and above.kept and above.words <= 14 and _is_metadata_line(above.text)


SOURCE_NOTE = re.compile(r"^[\[(]\s*sources?\s*:", re.I)
EDITOR_INITIALS = re.compile(r"^\(([A-Z]{1,3}(?:/[A-Z]{1,3})+)\)$")
PHOTO_AGENCY_INITIALS = frozenset({"AP", "AFP", "AA", "EPA", "DPA", "UPI", "ANI", "PTI", "SPA", "WAM", "QNA", "INA", "PA"})


def _is_credit_above(line: Line) -> bool:
    """A photo credit line a caption may sit under: "© Supplied by Gulf Keystone", "SAFIN HAMID/AFP" (not
    "Reuters" alone under a headline: that signs the story)."""
    if line.removed_by in CREDIT_OR_COPYRIGHT_RULES and line.text.startswith("©"):
        return True
    return (line.kept or line.removed_by in CREDIT_RULES) and bool(CREDIT_LINE.match(line.text)) and not AGENCY_BYLINE.match(line.text)


CAPTION_SENTENCE_WORDS = 30
CAPTION_UNDER_CREDIT_WORDS = 14  # "SAFIN HAMID/AFP" / "A house damaged in the Iranian missile strike in Erbil."


def _may_be_caption(lines: list[Line], line: Line) -> bool:
    """Can the line over a photo credit be its caption? Not the page's first line (the
    headline), not reported speech ("... officials said on Thursday.") and not a long
    sentence, nor one adding to the story: a credit may stand alone between two paragraphs of the story."""
    first = next((other for other in lines if other.text), None)
    return (line is not first and not REPORTED.search(line.text) and line.words <= CAPTION_SENTENCE_WORDS
            and not ADDS_TO_THE_STORY.search(line.text))  # "Four basins ... were also found." goes on from the paragraph above


ADDS_TO_THE_STORY = re.compile(r"\b(also|too|as well)\b(?! (known|called|pictured|seen|shown)\b)")  # not "also known as"


def _metadata_above(lines: list[Line], index: int) -> bool:
    """Is there a byline or date line above lines[index], in the page's first lines? Then the
    headline is behind us, and a bare name over a credit is a caption."""
    return any(line.kept and line.words <= 14 and (_is_metadata_line(line.text) or REPORTING_FROM.match(line.text))
               for line in lines[: min(index, CAPTION_HEADER_LINES)])  # a byline's "Reporting from Sinjar" too


def _is_pitch(text: str, above: Line | None, footer_below: bool, pleas_above: list[Line], plea_below: bool = False) -> bool:
    """The site's own pitch, though it reads as a sentence: "we"/"our" or what a site asks
    for (journalism, members...) right under a removed plea ("Support Our Journalism" /
    "India needs fair ... journalism ..."), or under a line that addresses the reader with
    more footer below ("You've read 1 article" / "Here at Vox, we believe..." / "Yes, I'll give");
    or a sentence about journalism itself right over the plea ("In a time of ... misinformation,
    quality journalism is more crucial than ever." / "By subscribing, you can help us ...")."""
    if above is None:
        return False
    under_plea = any(line.removed_by in PLEA_RULES for line in pleas_above)
    if not (under_plea or plea_below or (footer_below and above.kept)):  # the cheap tests first: most lines stop here
        return False
    if _is_reported(text):
        return False
    if plea_below and JOURNALISM_PITCH.search(text):
        return True
    if not (FIRST_PLURAL.search(text) or SITE_ASK.search(text)):
        return False
    return under_plea or _addresses_the_reader(above.text)


JOURNALISM_PITCH = re.compile(r"\b(quality|independent|trusted|fearless|good|public[- ]interest) journalism\b", re.I)


SELF_DESCRIPTION = re.compile(  # after the story, the publisher describing itself: "Amnesty International is a global
    # movement of more than 10 million people ...", "The Brookings Institution is committed to quality, independence, and impact."
    r"^(?:The )?[A-Z0-9][\w.&'’-]*(?:\s+(?:(?:for|of|and|on|&)\s+)?[A-Z][\w.&'’-]*){0,5}(?:\s+\([A-Z][A-Za-z]{1,7}\))?\s+(?:is|are|has been)\s+(?:"
    r"(?:part of (?:the )?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+as\s+)?"  # "The International Organization for Migration
    r"(?:a|an|the|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+,?\s+){0,5}(?:movement|confederation|federation|alliance|coalition|organi[sz]ation|institution|institute|think[ -]tank|research cent(?:er|re)|not-for-profit|non-?profit|charity|ngo|foundation|"
    r"news agency|network|publication|outlet|broadcaster|platform|nonpartisan|non-partisan|independent|magazine|newspaper|"
    r"website|e-?zine|webzine|journal|newsletter|(?:information )?source|partner|edition|affiliate|subsidiary|sister (?:publication|site|title)|arm|"
    r"project|program|programme|initiative|service|wire|blog|site|resource|summary|digest|round-?up|briefing)"  # "Antiwar.com is a project of the Randolph Bourne Institute."
    r"|committed to|dedicated to|devoted to|published by|owned and operated by"  # "Slate is published by The Slate Group, ..."
    r"|based at (?:the )?[A-Z][\w'’-]*"  # "Just Security is based at the Reiss Center on Law and Security at ..."
    r"|(?:a )?part of (?:the )?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}?\s+(?i:corporation|family|group|inc|llc|media|company|network)(?=\.?\)?$))"
    r"\b"  # "Billboard is a part of Penske Media Corporation."
    r"|^[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}['’]s mission is to\b"  # "Lonely Planet's mission is to enable curious travelers ..."
    r"|^[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+(?:fights|campaigns|stands) for\b"  # "Full Fact fights for good, reliable information ..."
    r"|^(?:The )?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}(?:\s+\([A-Z]{2,8}\))?\s+(?:helps|supports|serves)\s+(?:people|communities|children|"
    r"refugees|families)\s+(?:whose|affected by|in (?:crisis|need|more than|over)|around the world|worldwide)\b"  # "The International
    # Rescue Committee (IRC) helps people whose lives and livelihoods are shattered by conflict and disaster ..."
    r"|^[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,3}\s+(?:provides|offers|delivers|produces|brings you)\s+(?:[\w,'’-]+\s+){0,6}?"
    r"(?:news|journalism|reporting|coverage|on-the-ground information)\b")  # "Circle of Blue provides relevant, reliable, and actionable
# on-the-ground information about the world's resource crises."


OUTLET_WORD = re.compile(r"\b(media|news|newsroom|journalism|publication|outlet|magazine|newspaper|website|broadcaster|stories|reporting)\b", re.I)


def _is_outlet_blurb(text: str) -> bool:
    """The publisher describing itself as a news outlet: "Grist is a nonprofit, independent media organization ..."."""
    return bool(SELF_DESCRIPTION.match(text) and OUTLET_WORD.search(text))


def _describes_a_publisher(text: str) -> bool:
    """A publisher describing itself after the story ("Amnesty International is a global movement
    ...", "Slate is published by ..."). A rank with a possessive is a claim about the story's
    subject ("The University of Baghdad is the country's highest-ranked institution."), unless a
    news outlet or a "we" makes it ("Reuters ... is the world's largest multimedia news provider")."""
    if not SELF_DESCRIPTION.match(text):
        return False
    return not RANK_CLAIM.search(text) or bool(OUTLET_WORD.search(text) or FIRST_PLURAL.search(text))


AUTHOR_INTRODUCED = re.compile(r"^[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|al-\w+|el-\w+|bin|van|von|de)){1,3} (?:is|was|has been) (?:a|an|the)\b")
ABOUT_THE_AUTHOR = re.compile(r"^(?:About the |The )?(?:authors?|writers?|contributors?)\s*:?$", re.I)
AUTHOR_LABEL_ALONE = re.compile(r"^(?:The )?(?:authors?|contributors?)\s*:?$", re.I)  # a kept label over the bio: "Author"
ABOUT_HEADING = re.compile(r"^About (?:the |this |our |us$)?(?:[A-Z][\w&'’-]*\s?){0,4}$")  # "About the Library", "About this series"


def _under_about_heading(above: Line | None) -> bool:
    """A paragraph after the story under "About the Library" or "About us": the publisher on itself."""
    return above is not None and above.words <= 5 and ABOUT_HEADING.match(above.text) is not None


RANK_CLAIM = re.compile(r"\b(?:is|are)\s+the\s+[\w-]+['’]s?\s")  # "is the country's ...", "is the world's ..."


def _site_names(lines: list[Line], site: str | None) -> list[str]:
    """What the page may call its publisher: a site a rule captured ("More from Qonversations"),
    the copyright holder, the masthead (a first line of at most three words)."""
    names = [site, _copyright_holder(lines)]
    first = next((line for line in lines if line.text), None)
    if first is not None and first.words <= MASTHEAD_WORDS and not TERMINAL.search(first.text):
        names.append(first.text)
    names += [COMPANY_WORD_END.sub("", name) for name in names if name]  # "Argus illuminates the markets ..." under "Argus Media"
    return [name for name in names if name and len(name) >= 3 and name.casefold() not in SECTION_NAMES]


COMPANY_WORD_END = re.compile(r"(?:\s+(?:media|group|network|publishing|inc\.?|ltd\.?|llc|limited|corporation|company))+$", re.I)


MASTHEAD_WORDS = 3
SITE_REPORTS = re.compile(r"\b(could not|was unable to|were unable to|has not been able to|did not|has asked|asked|contacted|reached|verify|verified|"
                          r"confirm|confirmed|obtained|reviewed|saw|seen|learned|understands|found|traced|checked|concluded|identified|"
                          r"searched|located|interviewed|documented|examined|analy[sz]ed|visited|spoke (?:to|with)|surveyed|"
                          r"investigated|photographed|filmed)\b", re.I)  # "Reuters could not verify ...", a fact-checker's "Misbar found
# that ...", a report's "Human Rights Watch interviewed 58 displaced people ..."


def _names_the_site(text: str, names: list[str]) -> bool:
    """A sentence about the site itself: "Kyiv Post's coverage is free for everyone.", "Grist thanks
    its sponsors.", not the site reporting ("Reuters could not independently verify the claim.")."""
    folded = text.casefold()  # a cover's "THE CARTER CENTER" names "The Carter Center was founded in 1982 ..."
    return (any(folded.startswith(name.casefold()) and text[len(name) : len(name) + 1] in (" ", "'", "’", ",") for name in names)
            and not _is_reported(text) and not SITE_REPORTS.search(text))


FOUNDING = re.compile(r"^[^.]{2,80}?\b(?:(?:was|were) )?(?:founded|established|created|set up) in (?:19|20)\d\d\b")  # "... is a
# French humanitarian NGO founded in 1980."
NOTE_MARK_AT_END = re.compile(r"(?:(?<=[a-z%][.!?])|(?<=[a-z%][.!?][”\"’)]))\d{1,3}$")  # "... among men.2", not "44.29"
THANKS_CLOSE = re.compile(r"^(?:congratulations(?:,? once again)?,? (?:and )?)?(?:thank you(?: (?:all|very much|so much|again|for "
                          r"your (?:cooperation|co-operation|understanding|patience|attention)))?|thanks(?: (?:all|everyone|again))?)[.!]?$",
                          re.I)  # (a notice's "Thank you for your cooperation.", not a site's "Thank you for your support")
MARKS_AT_END = re.compile(r"\s*[(\[]\d{1,3} (?:marks?|points?|pts)[)\]]$", re.I)  # an exam question's last sentence: "... State one
# advantage of each. (25 marks)"
AGENCY_SIGNOFF = re.compile(r"\s*(?:[-–—]+\s*" + AGENCIES + r"|\(" + AGENCIES + r"\))$", re.I)  # "... 45 million. — AFP"


def _is_speaker_turn(lines: list[Line], line: Line) -> bool:
    """A transcript's speaker on a line of its own, over what they said: a name or a role given
    over two turns or more ("Operator" / "Good afternoon, and welcome to ..." / ... / "Operator" /
    "That concludes today's call."). What they said is text, whoever it addresses."""
    text = line.text
    if line.words > SPEAKER_WORDS or TERMINAL.search(text) or not (SPEAKER_ROLE.match(text) or _is_person_name(text)):
        return False
    turns = 0
    for other in lines:
        if other.text == text and (said := _next_text_line(lines, other)) is not None and said.words >= BODY_WORDS and TERMINAL.search(said.text):
            turns += 1
    return turns >= 2


SPEAKER_WORDS = 4
SPEAKER_ROLE = re.compile(r"^(?:operator|moderator|host|interviewer|presenter|chair(?:man|woman|person)?|"
                          r"unidentified (?:analyst|participant|speaker|company representative))$", re.I)
TRANSCRIPT_SECTION = re.compile(r"^(?:presentation|prepared remarks|opening remarks|management(?:'s)? (?:remarks|presentation)|"
                                r"question[- ]and[- ]answer(?: session)?|questions and answers|q\s?&\s?a(?: session)?)$", re.I)


def _speaks_to_the_reader(lines: list[Line]) -> bool:
    """Does the text's first paragraph already address the reader ("You can apply for a first
    passport ...")? Then the page is written to the reader, a service page or a guide, and its
    last sentences saying "you" are text, not the site's pitch."""
    first = next((line for line in lines if line.kept and line.words >= BODY_WORDS), None)
    return first is not None and (SECOND_PERSON_OPENING.match(first.text) is not None
                                  or sum(1 for line in lines if line.kept and line.words >= BODY_WORDS and TERMINAL.search(line.text)
                                         and INSTRUCTION_OPENING.match(line.text)) >= INSTRUCTION_LINES)  # or its text is
    # instructions throughout: "Offer her a small meal tonight, ..." / "Keep her on a lead for all walks ..." / ...


SECOND_PERSON_OPENING = re.compile(r"^(?:you|your|if you|when you|before you)\b", re.I)
INSTRUCTION_OPENING = re.compile(r"^(?:keep|offer|make sure|do not|don['’]t|avoid|bring|remember|wash|apply|store|allow|feed|clean|rinse|"
                                 r"remove|put)\s(?!us\b|our\b)", re.I)  # (not a site's asks: "Give today", "Take our survey")
INSTRUCTION_LINES = 2


def _drop_footer_tail(lines: list[Line], site: str | None = None) -> bool:
    """After the last article line (a sentence that does not address the reader), lines
    that address the reader or ask for an action, the site's pitch among them, and short
    lines that end no sentence, are the site's footer; so is a sentence about the site,
    by name, with footer under it. Returns whether any line went."""
    site_names = None  # found when first needed
    second_person = None  # likewise
    above: dict[int, Line | None] = {}  # line number -> the nearest non-blank line above it
    previous = None  # ends as the last non-blank line, kept or removed
    for line in lines:
        if line.text:
            above[line.number] = previous
            previous = line
    tail = []  # (text, words, lines, is a pitch) of the units after the last article unit, found from the end
    for unit in reversed(_line_runs(lines)):  # a hard-wrapped paragraph is judged whole, not by its pieces
        text = unit[0].text if len(unit) == 1 else " ".join(line.text for line in unit)
        words = sum(line.words for line in unit)
        if (words >= BODY_WORDS and TERMINAL.search(AGENCY_SIGNOFF.sub("", NOTE_MARK_AT_END.sub("", text) if text[-1:].isdigit()
                                                     else MARKS_AT_END.sub("", text) if text[-1:] in ")]" else text))
                and (not _addresses_the_reader(text)  # (a speaker's question in a transcript asks the guest, not the reader)
                     or ((speaker := above[unit[0].number]) is not None
                         and (SPEAKER_LABEL.match(speaker.text) is not None or _is_speaker_turn(lines, speaker)))
                     or (second_person := _speaks_to_the_reader(lines) if second_person is None else second_person))  # (nor
                # does a service page's last sentence, whose text speaks to the reader throughout: "You can apply for ..." / ... /
                # "Standard applications take 10 working days from your visit to the passport office.")
                and not date_of_line(text)):  # the story's last sentence, signed by the agency or not, or with a note's mark ("... men.2")
            plea_below = bool(tail) and (tail[-1][3] or _addresses_the_reader(tail[-1][0]))  # the unit right under it
            if not (_is_pitch(text, above[unit[0].number], unit[-1] is not previous, _removed_lines_above(lines, unit[0]), plea_below)
                    or _describes_a_publisher(text) or ABOUT_THIS_PAGE.search(text) or _under_about_heading(above[unit[0].number])
                    or ((" in 19" in text or " in 20" in text) and FOUNDING.match(text) is not None  # "The Carter Center was founded
                        # in 1982 by ..." under a cover's "THE CARTER CENTER"
                        and _names_the_site(text, site_names := _site_names(lines, site) if site_names is None else site_names))):
                if not tail:
                    break
                site_names = _site_names(lines, site) if site_names is None else site_names
                if not _names_the_site(text, site_names) or (_under_section_head(above[unit[0].number], site_names)
                                                              and not (_names_the_site(above[unit[0].number].text, site_names)
                                                                       and SELF_HEAD_WORD.search(above[unit[0].number].text))):
                    break  # (under a report's own section head, the publisher's name reports what it did: "World Vision’s
                    # response" / "World Vision distributed hygiene kits to 3,100 households ..."; under a head that names the site,
                    # it describes itself: "Project MUSE Mission" / "Project MUSE promotes the creation and dissemination ...")
            tail.append((text, words, unit, True))
            continue
        tail.append((text, words, unit, False))
    else:
        return False  # no article line at all
    if tail and _heads_a_named_list(tail[-1][0]):  # a named list right under the story is the story's, as far as its items
        listed = 1  # run on line by line: "Requirements" / "Degree in statistics, engineering or a related field" / ...
        while (listed < len(tail) and tail[-listed - 1][2][0].number == tail[-listed][2][-1].number + 1
               and not LETTERHEAD_FIELD.match(tail[-listed - 1][0])):  # (to the fields under it: "Job Type: Full-time")
            listed += 1
        tail = tail[:-listed]
    dropped = False
    sentence_below = False  # a story sentence under the unit: a list the story introduced ("Group D standings:" / "1. Iraq 6 points")
    rule_below = None  # the rule that took the unit right under this one
    sentence_unit_below = False  # the unit right under this one is a sentence the walk kept
    for text, words, unit, pitch in tail:
        if unit is tail[-1][2] and THANKS_CLOSE.match(text):
            continue  # a speech's last words, right under its text: "Congratulations, and thank you." (not "Thank you for reading")
        close = _next_text_line(lines, unit[-1])
        if (pitch or _addresses_the_reader(text)) and not (close is not None and VALEDICTION.match(close.text)) and not (
                _in_letter_over_close(lines, unit)) and not _paper_speaks_to_reader(lines, text) and not (
                close is not None and GOOD_WISH.match(text) and _is_signature(lines, close)):  # (a letter's last paragraph,
            # over its close, asks its addressee: "Please confirm that you accept ..." / "Yours sincerely,"; a welcome's last
            # wish over its signer: "We hope you enjoy the programme and the city." / "Professor Sarah Quinn" / "Chair, ...")
            rule = "reader_address_tail"
        elif rule_below == "reader_address_tail" and words <= PLEA_HEADING_WORDS and text.endswith("?"):
            rule = "reader_address_tail"  # a plea's heading: "Correct or clarify?" / "If you believe there's an error ..., let us know."
        elif sentence_below and (LIST_ITEM.match(text) or text.endswith(":")):
            continue
        elif (rule_below is None and sentence_unit_below and words <= TAIL_HEAD_WORDS
              and (DOCUMENT_SECTION.match(text) or _lists_in_contents(lines, unit[0]))):
            sentence_unit_below = False  # the story's last section head over its short text: "Results" / "Turnout was 56.1%."
            continue
        elif sentence_unit_below and _in_introduced_list(lines, unit[0]):
            continue  # a list that a line with a colon brings in, over more of the paper's sentences: "You will need:" / "a recent
            # passport-style photo" / ... / "There is a charge of £10 for a new badge."
        elif (words <= TAIL_FRAGMENT_WORDS and not NEXT_EVENT.match(text)  # (minutes end on their next date: "Next meeting: 4 March")
              and (not TERMINAL.search(text) or date_of_line(text)
                   or (words == 1 and rule_below is not None and text[:-1].isalpha()))):  # "Journalist."
            rule = "tail_fragment"  # "KEYWORDS", "Gallery", "Read more from Sky News:", tag lists, "Originally Published: ... p.m."
        elif words <= TAIL_FURNITURE_WORDS and not TERMINAL.search(text) and TAIL_FIELD.match(text) and not NEXT_EVENT.match(text):
            rule = "tail_fragment"  # a labelled field: "Citation: ... retrieved ... from https://...", "Journal: ... DOI: 10.1016/..."
        elif ABOUT_THIS_PAGE.search(text):
            rule = "about_this_page"
        elif SELF_DESCRIPTION.match(text):
            rule = "outlet_blurb"  # "964 is an independent Iraqi media platform."
        else:
            sentence_below = sentence_below or (words >= LIST_CLOSING_WORDS and CLOSING_SENTENCE.match(text) is not None)
            rule_below = None
            sentence_unit_below = bool(TERMINAL.search(text)) or any(TERMINAL.search(line.text) for line in unit[:-1])
            continue  # (a paragraph with a running head joined to its end still holds sentences)
        dropped = True
        rule_below = rule
        sentence_unit_below = False
        for line in unit:
            _drop(line, rule)
    return dropped


def _in_introduced_list(lines: list[Line], line: Line) -> bool:
    """Is `line` the short line ending with a colon that brings in a list, or one of that list's items under it?"""
    above: Line | None = line
    for _ in range(INTRODUCED_LIST_ITEMS + 1):
        if above is None or not above.kept:
            return False
        if above.text.endswith(":"):
            return above.words <= TAIL_FRAGMENT_WORDS
        if above.words > TAIL_FRAGMENT_WORDS or TERMINAL.search(above.text):
            return False
        above = _previous_text_line(lines, above)
    return False


INTRODUCED_LIST_ITEMS = 8


def _in_letter_over_close(lines: list[Line], unit: list[Line]) -> bool:
    """Is the paragraph a letter's, under its salutation and over its close? A letter speaks to its reader throughout: "Dear
    Miss Barnes," / ... / "You can renew your passport online. ..." / "If you have already renewed ..." / "Yours sincerely,"."""
    return (any(LETTER_SALUTATION.match(line.text) for line in lines[: unit[0].number - 1] if line.text)
            and any(VALEDICTION.match(line.text) or _thanks_over_signer(lines, line) for line in lines[unit[-1].number :] if line.text))


def _paper_speaks_to_reader(lines: list[Line], text: str) -> bool:
    """Is the paragraph a statement's or a notice's, whose kind heads it ("Annual Benefit Statement 2026") or whose first lines
    (under its address) hold its record's fields, telling its reader what to do and naming the paper ("If you think any of the information above
    is wrong, please contact us within 3 months.", "If we do not receive a reading, your next bill will be estimated.")? Not
    a site's ask."""
    if PAPER_SELF.search(text) is None or WEB_ASK.search(text):
        return False
    head = list(islice((line for line in lines if line.text), PAPER_HEAD_LINES))
    return (any(line.kept and (KIND_TITLE.match(line.text) or FORM_KIND.match(line.text)) for line in head[:PAPER_KIND_LINES])
            or sum(HEADER_FIELD.match(line.text) is not None for line in head) >= PAPER_HEAD_FIELDS)  # "Meter serial number:
    # 19WB447210" / "Account number: 6610 4418 22"


PAPER_SELF = re.compile(r"\b(?:this|the|your)(?: next| last| new| first)? (?:statement|notice|form|letter|bill|certificate|invoice|quotation|card|booking|declaration|"
                        r"appointment)\b|\b(?:information|details) (?:above|below)\b|\bany of (?:this information|these details)\b", re.I)  # the
# paper naming itself: "If any of this information is wrong, ..."


WEB_ASK = re.compile(r"\b(?:articles?|story|stories|journalism|newsletters?|donat\w*|subscri\w*|podcasts?|follow us|social media|"
                     r"site|website|page|comments?)\b", re.I)
PAPER_KIND_LINES = 4
PAPER_HEAD_LINES = 12  # (under an address: "Mr K Mensah" / "41 Fernbank Road" / ... / "Employer: Northgate Logistics Ltd")
PAPER_HEAD_FIELDS = 2


def _thanks_over_signer(lines: list[Line], line: Line) -> bool:
    """A letter's closing thanks over the team that signs it, its close: "Thank you for helping to save lives." / "Donor Services"."""
    signer = _next_text_line(lines, line) if line.words <= CLOSING_THANKS_WORDS and CLOSING_THANKS.match(line.text) else None
    return (signer is not None and signer.words <= SIGNER_WORDS and not TERMINAL.search(signer.text)
            and all(word[:1].isupper() or word in NAME_PARTICLES for word in signer.text.split()))


CLOSING_THANKS = re.compile(r"^(?:thank you|thanks|many thanks)\b.*[.!]$", re.I)
CLOSING_THANKS_WORDS = 12


SELF_HEAD_WORD = re.compile(r"\b(?:mission|vision|values)$|^about\b", re.I)  # a site's head over its word on itself: "Project MUSE
# Mission", "About Project MUSE" (not "World Vision’s response")


def _under_section_head(above: Line | None, site_names: list[str]) -> bool:
    """Is the line above a kept section head (a few words, no sentence, no label's colon, not "About ...")?
    One word is a head in lower case after its capital ("Funding"), not a logo ("IBN") or the site's name."""
    return (above is not None and above.kept and above.words <= SECTION_HEAD_WORDS and not TERMINAL.search(above.text)
            and not above.text.endswith(":") and not ABOUT_HEADING.match(above.text) and above.text[:1].isupper()
            and (above.words >= 2 or (above.text[1:].isalpha() and above.text[1:].islower() and above.text not in site_names)))


SECTION_HEAD_WORDS = 6


SALUTATION = re.compile(r"^(?:dear|hello|hi),?\s+(?:(?:valued|loyal|our)\s+)?(?:readers?|friends|subscribers|supporters|members|listeners|viewers)\s*[,:!]?$", re.I)
LETTER_MAX_WORDS = 400
LETTER_HEADING_WORDS = 8


def _is_signature(lines: list[Line], name: Line) -> bool:
    """A signer's name over their role: "Professor Sarah Quinn" / "Chair, Organising Committee"."""
    role = _next_text_line(lines, name)
    return (name.words <= SIGNER_WORDS and _is_person_name(PERSON_HONORIFIC.sub("", name.text)) and role is not None
            and _is_role_line(role.text))


def _signed_below(lines: list[Line], head: Line) -> bool:
    """A signer's name and role in the lines under a head, as under a welcome."""
    return any(0 < line.words <= SIGNER_WORDS and _is_signature(lines, line)  # (the footer walk may have taken it)
               for line in lines[head.number : head.number + FOREWORD_REACH])


GOOD_WISH = re.compile(r"^(?:we|i) (?:hope|trust|wish) (?:that )?you\b", re.I)
SIGNER_WORDS = 5
PERSON_HONORIFIC = re.compile(r"^(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|The Revd|Rev\.?|Cllr\.?)\s+")


def _drop_letter_to_readers(lines: list[Line]) -> None:
    """A letter from the site after the story: "Dear readers," and some paragraphs about the
    site itself, ending in the plea the footer pass found (The Moscow Times). The paragraphs
    read as sentences and may quote, so the footer walk stops at them; the salutation, an
    ending plea and article text above it mark the whole letter as the site's. A short
    heading over it ending with ":" ("A Message from The Moscow Times:") goes with it."""
    start = next((index for index, line in enumerate(lines) if line.kept and line.words <= 5 and SALUTATION.match(line.text)), None)
    if start is None:
        return
    letter = [line for line in lines[start + 1 :] if line.text]
    above = [line for line in lines[:start] if line.kept]
    if (not letter or sum(line.words for line in letter if line.kept) > LETTER_MAX_WORDS
            or sum(line.words for line in above if _is_sentence_line(line)) < 2 * BODY_WORDS
            or letter[-1].removed_by not in PLEA_RULES):
        return
    heading = above[-1]
    if heading.words <= LETTER_HEADING_WORDS and heading.text.endswith(":") and not TERMINAL.search(heading.text[:-1]):
        _drop(heading, "reader_letter")
    for line in lines[start:]:
        if line.text:
            _drop(line, "reader_letter")


TAIL_HEAD_WORDS = 4  # a section head over the story's last short paragraph: "Results", "Conclusion"
NEXT_EVENT = re.compile(r"^next (?:meeting|session|round|call|review|update)\b", re.I)
TAIL_FIELD = re.compile(r"^[A-Z][\w'’]*(?: [\w'’]+){0,3}\s*:\s+\S")  # "More information: ...", not a sentence
ABOUT_THIS_PAGE = re.compile(  # the page talking about itself: "This document is subject to copyright. ... no part may be reproduced ..."
    r"\b[Tt]his (?:document|article|content|story|page|material|web ?site|site)\b[^.]{0,60}\b(?:is subject to copyright|may not be "
    r"(?:reproduced|republished|redistributed|rewritten|broadcast)|(?:is|forms) part of\b|(?:was|is|has been) (?:originally |first )?(?:published|produced|"
    r"provided|distributed|syndicated|generated|edited|translated) (?:by|on|in|with|from|for|automatically)\b)")


LIST_CLOSING_WORDS = 4  # "Iraq play Vietnam on Wednesday." under the standings
CLOSING_SENTENCE = re.compile(r"^[A-Z\"“‘'][^|•·@]*[a-z0-9\"”’')]\.[\"”’']?$")  # capitalised, a full stop at the end, no bars or handles
LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[-–•*])\s+\S")  # "1. Iraq 6 points", "- Cost: $17 billion"


PLEA_BLOCK_LINES = 3  # "Sign up to our newsletter" / "Sign up" / "Newsletter" / the newsletter's blurb


PROVIDER_LABEL = re.compile(r"^(?:news |content )?(?:provided|issued|distributed) by:?$", re.I)


AUTHOR_LABEL = re.compile(r"^(?:authors?|written by|words by|by)\s*:?$", re.I)
ISSUE_AND_DATE = re.compile(r"^(?:issue|edition|no\.|number|vol\.?|volume)\s*#?\s*\d+(?:,?\s*(?:no\.|issue)\s*#?\s*\d+)?\s*[|·•,:–—-]\s*(?P<date>\S.{5,40})$", re.I)
RUBRICS_AND_DATE = re.compile(r"^(?=[^\d]* / )(?!(?i:by)\b)[A-Z][^\d]{0,79}?[^\d\s/|]\s+(?P<date>\d{1,2} [A-Z][a-z]{2,8} (?:19|20)\d\d|[A-Z][a-z]{2,8}\.? \d{1,2},? (?:19|20)\d\d)$")
RUBRIC_PIPE_DATE = re.compile(r"^(?!(?i:by)\b)(?P<rubric>[A-Z][^\d|]{1,40}?)\s\|\s(?P<date>\S.{5,40})$")
SERIES_BYLINE = re.compile(r"^(?P<series>[A-Z][\w'’&:-]*(?: [A-Z][\w'’&:-]*){0,3}) by (?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})$")
RECORD_SOURCE = re.compile(  # a database record's citation: "The Wall Street Journal, Eastern edition; New York, N.Y.. 10 Dec
    # 2024: A.14.", "Middle East Economic Digest. 12/13/2024, Vol. 68 Issue 50, p12-13. 2p."
    r"^(?P<source>[A-Z].{1,100}?)\.{1,2}\s+(?P<date>\d{1,2} [A-Z][a-z]{2,8},? (?:19|20)\d\d|[A-Z][a-z]{2,8}\.? \d{1,2},? (?:19|20)\d\d"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?::\s*[A-Z]?\.?\d+[\w.-]*\.?|,\s*(?:Vol|p|pp)\.?\s*\d.*)$")
INVERTED_NAME = re.compile(r"^(?P<last>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?P<first>[A-Z][\w'’-]+(?: [A-Z]\.)*)\.$")  # "Aboulenein, Ahmed."
PUBLICATION_WITH_PLACE = re.compile(r"^(?P<name>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}) \((?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})"
                                    r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?\)$")  # "The National (Abu Dhabi)" over the date


def _rubric_and_date(text: str) -> re.Match | None:
    """A section's name and the story's time ("Economy | 14:32 / 27.11.2026"); not a writer's name ("Matthew Petti |
    1.16.2024 3:25 PM") nor a newsletter's in capitals ("WEEKLY IRAQ BRIEFING | 11 January 2024"), its title."""
    return (rubric if (rubric := RUBRIC_PIPE_DATE.match(text)) and not rubric.group("rubric").isupper()
            and not _is_person_name(rubric.group("rubric")) else None)


def _under_label(lines: list[Line], line: Line, label: re.Pattern) -> bool:
    """Is the line right above `line` this label ("News provided by", "Author"), removed or not?"""
    above = _previous_text_line(lines, line)
    return above is not None and label.match(above.text) is not None


def _removed_lines_above(lines: list[Line], line: Line) -> list[Line]:
    """The removed lines right above `line` (blank lines skipped), nearest first, at most PLEA_BLOCK_LINES."""
    found = []
    for index in range(line.number - 2, -1, -1):  # line n is lines[n - 1]
        other = lines[index]
        if not other.text:
            continue
        if other.kept or len(found) == PLEA_BLOCK_LINES:
            break
        found.append(other)
    return found


def _starts_with_name(text: str, name: str) -> bool:
    """"MARIA FANTAPPIE is Head of ..." starts with the byline's "Maria Fantappie"."""
    return text[len(name) : len(name) + 1] == " " and text[: len(name)].casefold() == name.casefold()


SURNAME_BIO_VERB = re.compile(r"(covers|writes (about|on|for)|reports (on|for|from)|can be (reached|contacted|followed)|is (a|an|the) )")  # after a surname alone
AUTHOR_BIO_VERB = re.compile(r"(is|covers|writes|reports|has|joined|leads|heads|directs|teaches|chairs|edits|hosts|previously|can be (reached|contacted|followed))\b")  # not "was told"


CAREER_VERB = re.compile(r"(became|joined|began|started|spent|worked|has (worked|written|reported|covered|been)|previously)\b")  # the writer's career, after their name
HEADER_BIO_LINES = 15
WRITER_BIO = re.compile(  # a name, then what the writer does: the last lines of an analysis or an op-ed ("Ali Allawi, a former
    # Iraqi finance minister, is a senior visiting fellow at Princeton University.")
    r"^(?:(?:The|This) (?:writer|author|columnist|contributor)|"  # "The writer is the author of Drone Wars and a senior fellow at ..."
    r"(?!(?:He|She|They|It|This|That|There|Who)\b)[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|de|van|von|bin)){0,3})"
    r"(?:\s+\(@\w{1,30}\))?"  # the writer's handle: "Brian Finucane (@BCFinucane) is a Senior Adviser ..."
    r"(?:,\s+(?:a|an|the)\s[^,]{3,80},)?\s+(?:is|was|serves as)\s+(?:(?:a|an|the)\s+(?:[\w'’,&-]+\s+){0,8}?"
    r"(?i:fellow|professor|director|adviser|advisor|reporter|editor|correspondent|analyst|researcher|journalist|author|writer|"
    r"contributor|columnist|commentator|lecturer|scholar|chair|president|founder|consultant|economist|historian|attorney|associate)\b"
    r"|(?i:(?:assistant|associate|senior|visiting|adjunct|nonresident|non-resident|research|principal)\s+){0,3}"  # an academic's
    r"(?i:fellow|professor|lecturer|researcher|scholar)\s+(?:of|at|in|with)\s)")  # title needs no article: "Zahra Ali is associate
# professor of sociology at Rutgers University."


def _in_brackets(text: str) -> str | None:
    """The text inside brackets that hold the whole line, else None."""
    return text[1:-1].strip() if len(text) > 2 and text[0] + text[-1] in ("[]", "()") else None


def _author_names(byline: str | None) -> list[str]:
    byline = byline.split(" | ")[0] if byline and " | " in byline else byline  # "Joe Taitano | The Guam Daily Post": the writer
    match = (BYLINE.match(byline or "") or BYLINE_WITH_ROLE.match(byline or "")
             or BYLINE.match((byline or "").partition(",")[0]))  # (a role after the name: "By Thomas Coughlan, Political Editor·NZ Herald·")
    if not match:
        return [byline] if byline and _is_person_name(byline) else []  # a bare name: "Ken Klippenstein"
    names = [name.title() if name.isupper() else name  # "By NASSER KARIMI": the bio says "Karimi covers Iran ..."
             for name in re.split(r"\s*(?:,|&|\band\b|\bAND\b)\s*", match.group("author"))]
    return [name for name in names if len(name.split()) >= 2]


FOLLOWER_COUNT = re.compile(r"^[\d.,]+\s?[KkMm]?\s+(?:followers?|abonnés|abonnenten|seguidores|takipçi)$", re.I)
PROFILE_BLURB_WORDS = 25


def _drop_author_bio(lines: list[Line], byline: str | None) -> bool:
    """The closing sentences that start with the byline's name ("Leo Shane III covers
    Congress ... for Military Times.") are the writer's bio, not the story. Only at the
    end: the first sentence from the end that is not about the writer ends the search.
    Returns whether a closing bio went."""
    names = _author_names(byline)
    first_names = [name.split()[0] for name in names]
    dropped = False
    for line in lines:  # a profile box: "Written by Karim Jaber" / "112 Followers" / "Writer and photographer from Baghdad."
        if (line.removed_by is not None and line.text[:1].isdigit() and FOLLOWER_COUNT.match(line.text)
                and (blurb := _next_text_line(lines, line)) is not None
                and blurb.kept and blurb.words <= PROFILE_BLURB_WORDS
                and ((after := _next_text_line(lines, blurb)) is None or not after.kept)):
            _drop(blurb, "author_bio")
            dropped = True
    for line in lines[:HEADER_BIO_LINES]:  # a bio under the byline: "Jon covers the internet, broadband and satellite service."
        name = next((name for name in names + first_names if _starts_with_name(line.text, name)), None)
        if (line.kept and name and (line.words >= BODY_WORDS or (name in names and line.words >= 4))  # "Greg Mills heads the
                and AUTHOR_BIO_VERB.match(line.text, len(name) + 1)):  # Johannesburg-based Brenthurst Foundation."
            _drop(line, "author_bio")
            dropped = True
        elif line.kept and (bracketed := _in_brackets(line.text)) is not None and WRITER_BIO.match(bracketed):
            _drop(line, "author_bio")  # an editor's note: "[Ahmed Karim is a lecturer in public law at the University of Baghdad.]"
        elif line.kept and not SENTENCE_END.search(line.text) and WRITER_BIO.match(line.text):
            _drop(line, "author_bio")  # a tagline: "Simon Tisdall is the Observer's foreign affairs commentator"
    folded_names = {name.casefold() for name in names}
    for line in lines:  # the writer's card between two paragraphs: "Sharlene Rampersad" / "Reporter"
        if (folded_names and line.kept and line.text.casefold() in folded_names
                and (role := _next_text_line(lines, line)) is not None and role.kept and role.words <= CARD_ROLE_WORDS
                and BYLINE_ROLE.search(role.text) and not TERMINAL.search(role.text)):
            _drop(line, "author_bio")
            _drop(role, "author_bio")
            dropped = True
    surnames = [name.split()[-1] for name in names]
    surnames += [surname.split("-")[-1] for surname in surnames if "-" in surname[1:-1]]  # "Abdul-Zahra": "Zahra covers Iraq ..."
    surnames += first_names  # "Andrew covers a range of topics, including global health ..."
    below = None  # the line under this one in the page
    for line in reversed(lines):
        line_below, below = below, line
        if not line.kept:
            continue
        if (folded_names and line.words <= ROLE_BIO_WORDS and (above := _previous_text_line(lines, line)) is not None and above.kept
                and above.text.casefold() in folded_names and BYLINE_ROLE.search(line.text) and not REPORTED.search(line.text)):
            _drop(line, "author_bio")  # the writer's box under the story: "Dalga Khatinoglu" / "Energy analyst and a regular
            dropped = True  # contributor to NGW, based in Baku." (the name goes next, as the box's head)
            continue
        if line_below is not None and line_below.removed_by == "author_bio" and line.text.casefold() in {name.casefold() for name in names}:
            _drop(line, "author_bio")  # "Sam Chambers" heading the bio box under the story
            continue
        surname = next((name for name in surnames if line.text.startswith(name + " ")), None)
        if surname is not None and line.words >= 4 and SURNAME_BIO_VERB.match(line.text, len(surname) + 1):
            _drop(line, "author_bio")  # "Karimi covers Iran for The Associated Press."
            dropped = True
            continue
        if line.words < BODY_WORDS:
            continue
        name = next((name for name in names if _starts_with_name(line.text, name)), None)
        if name is not None and AUTHOR_BIO_VERB.match(line.text, len(name) + 1):
            _drop(line, "author_bio")  # it may end in a handle: "... in the Middle East. X: @stevenacook"
            dropped = True
        elif WRITER_BIO.match(line.text) and not REPORTED.search(line.text):
            _drop(line, "author_bio")  # a writer not named in a byline: "Brian Finucane is a senior adviser ..."
            dropped = True
        elif (not REPORTED.search(line.text) and any((at := line.text.find(f" {name} ")) > 0 and CAREER_VERB.match(line.text, at + len(name) + 2)
                                                     for name in names)):
            _drop(line, "author_bio")  # "Starting out with the Informa Group in 2000, Sam Chambers became editor of ..."
            dropped = True
        elif TERMINAL.search(line.text):
            return dropped
    return dropped


ROLE_BIO_WORDS = 25
CARD_ROLE_WORDS = 4


COPYRIGHT_FOOTER = re.compile(r"^(all rights reserved\W*)?(©|copyright\b|\(c\))", re.I)  # not a caption's "... © Reuters"


COPYRIGHT_LINK_WORDS = frozenset({"information", "info", "notice", "policy", "statement"})  # "Copyright Information": a link


def _copyright_holder(lines: list[Line]) -> str | None:
    """The name in a removed copyright footer: the site that published the page."""
    footers = [line for line in reversed(lines) if line.removed_by == "copyright"]  # the page's foot first; then any removed line with a copyright sign,
    footers += [line for line in lines if line.removed_by not in (None, "copyright") and COPYRIGHT_FOOTER.match(line.text)]  # cut with the comments
    for line in footers:
        if match := COPYRIGHT_HOLDER.search(line.text):
            name = match.group("site").split(". ")[0].rstrip(".,;:")  # "CGTN. Beijing ICP prepared ...": the holder ends at a full stop
            name = MONTH_AT_END.sub("", name)  # "© Oxfam International November 2025"
            if name and name.casefold() not in SECTION_NAMES and name.casefold() not in COPYRIGHT_LINK_WORDS:
                return name
    return None


def _drop_tail_again(lines: list[Line], paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The echo, link-list and footer passes once more, now that paragraph rules have removed
    what shielded the footer (an outlet's blurb or a caption read as the last article line)
    or a caption whose credit line repeats under it."""
    _drop_echoes(lines)
    _drop_link_list_tail(lines)
    _drop_footer_tail(lines)
    kept = []
    for paragraph in paragraphs:
        remaining = [line for line in paragraph.lines if line.removed_by is None]
        if len(remaining) < len(paragraph.lines):
            if not remaining:
                continue
            paragraph = Paragraph(remaining, " ".join(line.text for line in remaining))
        kept.append(paragraph)
    return kept


COPY_MAX_WORDS = 25


def _drop_copies_of_removed_lines(lines: list[Line], moved: set[int], rule_names: frozenset[str]) -> None:
    """A short line that also appears elsewhere in the document, where a named rule removed
    it (or the footer pass found it asking something of the reader), is the same furniture
    shown twice (a sign-up box above and below the story). A weaker guess (a table of
    contents taken for a menu) is not proof."""
    removed_lines = [line for line in lines if line.removed_by in rule_names and line.words <= COPY_MAX_WORDS]
    if not removed_lines:
        return
    removed = {line.text.casefold(): line for line in removed_lines}
    for line in lines:
        if line.kept and line.number not in moved and line.words <= COPY_MAX_WORDS and (original := removed.get(line.text.casefold())):
            following = _next_text_line(lines, line)
            if (following is not None and following.kept and _is_sentence_line(following)
                    and (listed_with := _previous_text_line(lines, original)) is not None and listed_with.removed_by == original.removed_by):
                continue  # an item of a removed list ("In today's issue:" / "Power cuts return early") heading its section's text
            _drop(line, original.removed_by)
    if len(removed) < len(removed_lines):  # a named rule removed some line twice
        _drop_pairs_shown_twice(lines, moved, removed_lines)


def _drop_pairs_shown_twice(lines: list[Line], moved: set[int], removed_lines: list[Line]) -> None:
    """Two lines of a widget shown twice, over the story and under it ("Become a Member" /
    "Support War on the Rocks"): where a named rule removed the first line both times and some
    pass removed the second line's copy, the second line goes too."""
    copies: dict[str, list[Line]] = {}
    for line in removed_lines:
        copies.setdefault(line.text.casefold(), []).append(line)
    for first_copies in copies.values():
        if len(first_copies) < 2:
            continue
        seconds = [_next_text_line(lines, first) for first in first_copies]
        removed_seconds = {second.text.casefold() for second in seconds if second is not None and not second.kept}
        for second in seconds:
            if (second is not None and second.kept and second.number not in moved and second.words <= COPY_MAX_WORDS
                    and second.text.casefold() in removed_seconds and not TERMINAL.search(second.text)):
                _drop(second, first_copies[0].removed_by)


RUNNING_HEAD_WORDS = 12
PAGE_NUMBER_EDGES = (re.compile(r"^(?:page\s+)?\d{1,4}\s+", re.I), re.compile(r"\s+(?:page\s+)?\d{1,4}$", re.I))  # "Page 1 GAO-26-107318 ..."


COLUMN_GAP = re.compile(r"(?<=\S) {8,}(?=\S)")
COLUMN_HEAD_PART_WORDS = 6


def _drop_column_heads(lines: list[Line]) -> str | None:
    """A PDF page's head or foot set out across the page in columns, left and right of a wide
    gap: "THE BAGHDAD POST            Thursday, November 28, 2024", "4            LOCAL NEWS",
    "CBI Annual Report 2023            3". A side that is a page number, a date or a section
    name in capitals makes it one; a gap between runs of prose does not. Returns the first
    head's date: the page's date when the header gives none."""
    head_date = None
    for line in lines:
        if not line.kept or "        " not in line.raw or line.words > 2 * COLUMN_HEAD_PART_WORDS:
            continue
        parts = COLUMN_GAP.split(line.raw.strip())
        if 2 <= len(parts) <= 3 and all(word_count(part) <= COLUMN_HEAD_PART_WORDS for part in parts):
            dates = [iso for part in parts if (iso := date_of_line(part) or date_of_line(PART_SEPARATOR.split(part)[-1]))]
            if dates or any(PAGE_NUMBER.match(part) or (part.isupper() and word_count(part) <= 3) for part in parts):
                _drop(line, "page_marker")
                head_date = head_date or next(iter(dates), None)
    return head_date


def _drop_signature_under_closing(lines: list[Line]) -> None:
    """A letter's signature under its standard close: the writer's name and title, with nothing
    kept under them ("... found on the last page of this report." / "Chelsa Kenney" / "Director,
    International Affairs and Trade")."""
    for dated in (line for line in lines if line.removed_by == "timestamp" and PLACE_MONTH_AND_YEAR.match(line.text)):
        _drop_signature_under(lines, dated, 3)  # a preface's close: "Oslo, November 2025" / "Jon Pedersen" / "Project manager"
    closing = next((index for index in range(len(lines) - 1, -1, -1) if lines[index].removed_by == "report_distribution"), None)
    if closing is not None:
        _drop_signature_under(lines, lines[closing], len(lines))
    signed = next((line for line in reversed(lines) if line.removed_by and SIGNED_BLANK.match(line.text)), None)
    if signed is not None:
        _drop_signature_under(lines, signed, 3)  # a form's "Signed: ________" / "Eng. Dara Mustafa" / "Director of Urban Planning"
    last = next((line for line in reversed(lines) if line.kept and line.text), None)
    if last is not None and VALEDICTION.match(last.text):
        _drop(last, "signature")  # a letter's close, its signature and copy list gone under it: "With regards." / "Director General"
    for head in [line for line in lines if line.kept and line.words <= FOREWORD_HEAD_WORDS and FOREWORD_HEAD.match(line.text)]:
        _drop_foreword_signature(lines, head)
    for close in [line for line in lines if line.kept and line.words <= LETTER_CLOSE_WORDS and LETTER_CLOSE.match(line.text)]:
        _drop_close_and_signer(lines, close)
    for close in [line for line in lines if line.kept and line.words <= CHEER_CLOSE_WORDS and CHEER_CLOSE.match(line.text)]:
        name = _next_text_line(lines, close)  # a club's close over its signer and role, kept or gone: "Up the Town!" / "Sam
        role = _next_text_line(lines, name) if name is not None else None  # Whitaker" / "Ticket Office Manager"
        if role is not None and 2 <= name.words <= SIGNER_WORDS and _is_person_name(name.text) and _is_signatory_role(role):
            for signed in (close, name, role):
                if signed.kept:
                    _drop(signed, "signature")


def _drop_close_and_signer(lines: list[Line], close: Line) -> None:
    """A letter's close with its signer's name and role under its last paragraph, with more under them (a reply slip): "...
    with your deposit." / "Yours sincerely," / "Mr P. Evans" / "Year 6 Teacher" (or a team: "The FlexFit Westbridge Team")."""
    above = next((line for line in reversed(lines[: close.number - 1]) if line.kept and line.text), None)  # (over a standing
    # offer of help that went: "If you have any questions, please contact the Building Safety Team.")
    name = _next_text_line(lines, close)
    if (above is None or not TERMINAL.search(above.text) or name is None or not name.kept
            or not 2 <= name.words <= SIGNER_WORDS
            or not (_is_person_name(PERSON_HONORIFIC.sub("", name.text)) or TEAM_SIGNER.match(name.text))):
        return
    _drop(close, "signature")
    _drop(name, "signature")
    role = _next_text_line(lines, name)
    if role is not None and role.kept and _is_signatory_role(role):
        _drop(role, "signature")


def _is_signatory_role(line: Line, most_words: int | None = None) -> bool:
    """A signer's role under the name, a short line that ends no sentence: "Ticket Office Manager", "Year 6 Teacher"."""
    return line.words <= (most_words or SIGNATURE_ROLE_WORDS) and not TERMINAL.search(line.text) and SIGNATORY_ROLE.search(line.text) is not None


LETTER_CLOSE = re.compile(r"^(?:yours (?:sincerely|faithfully|truly)|(?:kind|best|warm) regards|with (?:best|kind) wishes|see you soon),?$", re.I)
TEAM_SIGNER = re.compile(r"^(?:The )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,4} [Tt]eam$")  # "See you soon," / "The FlexFit Westbridge Team"
CHEER_CLOSE = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,3}!$")  # a club's close: "Up the Town!", over its signer and role
LETTER_CLOSE_WORDS = 3
CHEER_CLOSE_WORDS = 4


NUMBERED_ACT = re.compile(r"^(?:Resolution|Decision|Law|Decree|Order|Circular|Regulation|Directive|Instruction|Ordinance)"
                          r"(?: No\.?)? \d{1,5}(?:[/.-]\d{1,4})?(?: \((?:19|20)\d\d\))?$")
FOREWORD_HEAD = re.compile(r"^(?:foreword|preface|(?:a )?(?:message|word|note|letter) from (?:the|our) [\w ]{2,40}|"
                           r"from (?:the|our) (?:parish priest|vicar|rector|minister|pastor|priest|curate|chaplain|bishop|imam|rabbi|"
                           r"head ?teacher|headmaster|headmistress|head|principal|chair(?:man|woman|person)?|president|mayor)|"
                           r"(?:the )?(?:chair(?:man|woman|person)?|chief executive|ceo|president|(?:executive |managing )?director(?: general)?|"
                           r"governor|secretary general|head ?teacher|headmaster|headmistress|principal|head|dean|mayor|editor)['’]s "
                           r"(?:review|statement|message|letter|foreword|report|introduction|note)|(?:a )?words? of "
                           r"(?:thanks|welcome|gratitude)|(?:a )?letter to (?:our )?(?:supporters|friends|partners|donors)|welcome(?: message| note| letter)?|"
                           r"(?:a |the )?(?:eulogy|tribute|personal tribute|family tribute))$", re.I)  # a service sheet's "Tribute"
FOREWORD_HEAD_WORDS = 8
FOREWORD_REACH = 40


def _drop_foreword_signature(lines: list[Line], head: Line) -> None:
    """Under a report's foreword, its writer's name and title after its last paragraph: "... to Europe
    through Turkey." / "Barbara Hintermann" / "Director General, Terre des hommes" / "Executive summary"."""
    for line in lines[head.number : head.number + FOREWORD_REACH]:
        if not (line.kept and line.text):
            continue
        above = _previous_text_line(lines, line)
        close = above if above is not None and above.kept and VALEDICTION.match(above.text) else None  # "With gratitude,"
        if close is not None:
            above = _previous_text_line(lines, close)
        if not (2 <= line.words <= 4 and _is_person_name(line.text) and above is not None and above.kept and TERMINAL.search(above.text)
                and above is not head):
            continue
        role = _next_text_line(lines, line)
        if role is None or not role.kept or not _is_signatory_role(role):
            return
        for signed in (close, line, role):
            if signed is not None:
                _drop(signed, "signature")
        return


VALEDICTION = re.compile(r"^(?:(?:yours )?(?:sincerely|faithfully|truly)|(?:with )?(?:warm(?:est)? |kind(?:est)? |best )?(?:regards|wishes)"
                         r"|with (?:(?:warm(?:est)?|many|grateful|heartfelt|sincere) )?(?:gratitude|thanks|love|appreciation|respect)(?: and (?:gratitude|thanks|love|appreciation|respect))?"
                         r"|in solidarity|(?:many )?thanks|respectfully|gratefully|see you (?:soon|there|then)"
                         r"|(?:with )?(?:every |many |god['’]s |warm(?:est)? )?blessings?|yours in christ|god bless(?: you)?)\s*[,.!]?$",
                         re.I)  # a letter's close over its signature; a parish letter's: "With every blessing,"; a gym's "See you soon,"


SIGNATORY_ROLE = re.compile(r"\b(?:director|president|chair(?:man|woman|person)?|secretary|head|chief|ceo|minister|coordinator|"
                            r"representative|manager|officer|founder|dean|rector|ambassador|teacher|headteacher|clerk|coroner|registrar|ombudsman)\b", re.I)


def _drop_signature_under(lines: list[Line], closing: Line, reach: int) -> None:
    """The writer's name (and title) under a close, with nothing kept under them in the `reach` lines under it."""
    below = []
    line = closing
    while len(below) < reach and (line := _next_text_line(lines, line)) is not None:
        below.append(line)
    with_role = len(below) >= 2 and below[1].kept and below[1].words <= SIGNATURE_ROLE_WORDS and not TERMINAL.search(below[1].text)
    signature = below[:2] if with_role else below[:1]
    if (signature and signature[0].kept and _is_person_name(signature[0].text)
            and all(not line.kept for line in below[len(signature) :])
            and (closing.removed_by == "report_distribution" or len(below) > len(signature))):  # (a dated close's signature
        # sits over the page's foot)
        for line in signature:
            _drop(line, "signature")


SIGNATURE_ROLE_WORDS = 8
SIGNED_BLANK = re.compile(r"^(?:signed|signature)(?: of [\w ]{2,30})?\s*:?\s*[_.…]{3,}$", re.I)  # "Signed: ______"


def _in_numbered_heads(lines: list[Line], line: Line) -> bool:
    """Is `line` a numbered head ("2 CORONER'S LEGAL POWERS") over its text, with the head numbered
    one before or after it elsewhere in the text ("1 CORONER", "3 INVESTIGATION and INQUEST")?"""
    head = FORM_SECTION_HEAD.match(line.text)
    below = _next_text_line(lines, line)
    if head is None or below is None or not below.kept or not below.text[:1].isupper():
        return False
    number = int(head.group(1))
    return any(other is not line and (match := FORM_SECTION_HEAD.match(other.text)) is not None and abs(int(match.group(1)) - number) == 1
               for other in lines if other.text[:1].isdigit())


FORM_SECTION_HEAD = re.compile(r"^(\d{1,2})\s+[A-Z][A-Za-z'’ ,&-]+$")


NUMBERED_PLACE_END = re.compile(r"\b(?:FLOOR|LEVEL|PHASE|ZONE|BLOCK|UNIT|ROOM|GATE|SECTOR|STAGE|BUILDING|WARD|PLOT|TERMINAL|PLATFORM|"
                                r"ROUTE|ROUND|LOT)$")


def _drop_running_heads(lines: list[Line], title: str | None, site: str | None = None) -> None:
    """A printed page's running head, left in the text of a PDF at every page: the same short
    line with the page number before or after it ("MEES | 7 April 2023 3" / "4 MEES | 7 April
    2023"). Two such lines with the same words are the head, not text."""
    heads: dict[str, list[Line]] = {}
    for line in lines:
        if line.text and line.words <= RUNNING_HEAD_WORDS and HAS_DIGIT.search(line.text) and not TERMINAL.search(line.text):
            for edge in PAGE_NUMBER_EDGES:  # the number before the head on one page, after it on the next
                key = edge.sub("", line.text)
                if key != line.text and LETTER.search(key) and not NUMBERED_PART.match(key):  # "Article 1" / "Article 2" head their text
                    heads.setdefault(key, []).append(line)
    folded_title = (title or "").casefold()
    owners = None
    for key, copies in heads.items():
        if len(copies) >= 2 and not _printed_twice(copies):
            for line in copies:
                _drop(line, "page_marker")  # even the one the header's date was read from: the head gave the date, the text keeps neither
        elif copies[0].kept and copies[0].text != title and (
                key.casefold() in (folded_title, folded_title.split(":")[0])  # "4 Iraq: political and security situation in
                # 2025" under that title, "4 The Private Sector in Iraq" under "The Private Sector in Iraq: Barriers to Growth"
                or _names_series_and_title(key, folded_title)
                or (OWNER_NAME.match(key) and _folded_words(key) in (owners := owners if owners is not None else _owners(lines, site)))
                or (len(CAPITAL_WORD.findall(key)) >= 2 and key.isupper() and "\t" not in copies[0].raw  # "JOURNAL OF ... 147"
                    and not YEAR_AT_EDGE.search(copies[0].text)  # (not a table's row: "1	🇺🇸 U.S.	21.9")
                    and not NUMBERED_PLACE_END.search(key)  # (nor a title whose number is its own: "FIRE EVACUATION PROCEDURE –
                    # FLOOR 4")
                    and not _lists_in_contents(lines, copies[0])  # nor a chapter the contents list: "2 RECRUITMENT AND DEBT"
                    and not _in_numbered_heads(lines, copies[0]))):  # nor one of a form's numbered heads: "2 CORONER'S LEGAL POWERS"
            _drop(copies[0], "page_marker")
    _drop_heads_at_page_breaks(lines, title, site)
    _drop_footnotes_at_page_breaks(lines)
    _drop_footnotes_at_the_end(lines)
    _drop_footnote_neighbours(lines)


def _printed_twice(copies: list[Line]) -> bool:
    """Two copies of one line, one right under the other: a title printed twice ("... homes by
    2029" / "... homes by 2029"), not a page's running head, which a page's text separates."""
    return (len(copies) == 2 and copies[0].text == copies[1].text and copies[1].number - copies[0].number <= 2
            and not date_of_line(copies[0].text))  # (a date printed twice goes whole: the header's date is read from it)


def _names_series_and_title(key: str, folded_title: str) -> bool:
    """A page's foot naming the paper's series, then its title or the title's first words:
    "Christian Aid Policy Briefing: Climate, conflict and displacement 1" under "Climate,
    conflict and displacement in southern Iraq"."""
    series, colon, named = key.partition(": ")
    named = named.casefold().strip()
    return bool(colon and folded_title and len(named.split()) >= SERIES_FOOT_TITLE_WORDS and folded_title.startswith(named)
                and len(series.split()) <= SERIES_FOOT_NAME_WORDS)


SERIES_FOOT_TITLE_WORDS = 3
SERIES_FOOT_NAME_WORDS = 6


def _drop_publisher_feet(lines: list[Line]) -> None:
    """A page's foot naming the publisher as the cover's removed masthead did, beside its
    initials or the page's number: "DIIS · DANISH INSTITUTE FOR INTERNATIONAL STUDIES" in the
    text, the cover's "DANISH INSTITUTE FOR INTERNATIONAL STUDIES" gone as furniture; "European
    Institute of Peace | Lessons learned report | 3"."""
    feet = [line for line in lines if line.kept and line.words <= RUNNING_HEAD_WORDS and SECTION_SEPARATOR.search(line.text)
            and not TERMINAL.search(line.text)]
    mastheads = {line.text.casefold() for line in lines[:HEADER_AREA_MAX_LINES] if line.removed_by and line.words >= 2} if feet else None
    for line in feet if mastheads else ():
        parts = [part.strip() for part in SECTION_SEPARATOR.split(line.text)]
        named = [part.casefold() in mastheads for part in parts]
        if any(named) and all(is_named or (len(part.split()) <= 2 and part.isupper()) or part.isdigit() for part, is_named in zip(parts, named)):
            _drop(line, "page_marker")  # (beside the name, its initials, "DIIS", or the page's number)


CAPITAL_WORD = re.compile(r"\b[A-Z]{2,}\b")
NUMBERED_PART = re.compile(r"^(?:article|chapter|section|part|annex|appendix|figure|table|box|map|chart|step|round|phase|stage|question|"
                           r"rule|principle|recommendation|goal|day|week|session|item|clause|paragraph|volume|vol\.|no\.|issue)$", re.I)
OWNER_NAME = re.compile(r"^[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*| of| for| and| the){1,6}$")  # "Amnesty International", "Chatham House"
OWNER_RULES = frozenset({"copyright", "outlet_blurb"})


def _owners(lines: list[Line], site: str | None) -> str:
    """The publisher's name as the page names it, folded: the site, the copyright lines ("© Amnesty
    International 2025") and a blurb a line rule took (a mission statement; a paragraph rule's blurb
    is found only later). A page's foot prints the name beside the number."""
    mastheads = [line.text for line in lines[:HEADER_AREA_MAX_LINES] if line.removed_by == "header_navigation"
                 and _is_organisation_name(line.text)]  # the cover's "GULF RESEARCH CENTER": "Gulf Research Center 1" at the page's foot
    return "".join(_folded_words(text) for text in [site or "", *(line.text for line in lines if line.removed_by in OWNER_RULES), *mastheads])
YEAR_AT_EDGE = re.compile(r"^(?:19|20)\d\d\s|\s(?:19|20)\d\d$")  # "WORLD CUP 2026" is a heading, not a page's head
FOOTNOTE_LINE = re.compile(r"^(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3}|†)\s*[A-Z\"“]")  # "1 Interviews were conducted in Arabic between ..."
FOOTNOTES_PER_PAGE = 4


ENDNOTE = re.compile(r"^\[(\d{1,3})\]\s+\S")  # "[1] Under Article IV of the IMF's Articles of Agreement, ..."
NOTE_MARK = re.compile(r"\S\[(\d{1,3})\]")  # "Executive Board Assessment[2]"


def _drop_endnotes(lines: list[Line]) -> None:
    """A press release's or a paper's numbered notes after the last paragraph, "[1] ...", when the
    text cites one of them: notes on the text, not the text."""
    notes = [line for line in lines if line.kept and line.raw.lstrip()[:1] == "[" and ENDNOTE.match(line.raw.lstrip())]
    numbers = {note.number for note in notes}
    if not notes or any(line.kept and line.number not in numbers and _is_sentence_line(line) for line in lines[notes[0].number :]):
        return  # (not after the text: a numbered list in the story; a contacts box may follow them)
    cited = {mark for line in lines[: notes[0].number - 1] if line.kept for mark in NOTE_MARK.findall(line.raw)}
    if any(ENDNOTE.match(note.raw.lstrip()).group(1) in cited for note in notes):
        for note in notes:
            _drop(note, "footnote")


STARRED_NOTE = re.compile(r"^\*{1,3}\s*[A-Z]")  # "* The present report was submitted after the deadline ..."
STARRED_NOTE_LINES = 4


def _drop_starred_notes(lines: list[Line]) -> None:
    """A note on the title or an author, starred in the header ("Report of the United Nations High
    Commissioner for Human Rights*"), with its wrapped lines: "* The present report was submitted
    after the deadline ..." / "developments."."""
    starred = False
    for index, line in enumerate(lines):
        if not line.kept:
            continue
        if line.text.endswith("*") and not line.text.startswith("*") and index < HEADER_AREA_MAX_LINES:
            starred = True  # (the title or an author, in the header)
        elif starred and STARRED_NOTE.match(line.raw.lstrip()):
            for rest in _wrapped_paragraph(lines, index, STARRED_NOTE_LINES):
                _drop(rest, "footnote")
            return


def _drop_footnotes_at_page_breaks(lines: list[Line]) -> None:
    """A page's numbered footnotes, the last lines above its running head or page number:
    "1 Interviews were conducted in Arabic between March and September 2023." A list item
    is numbered "1." or "1)", and a footnote ends with a full stop. A figure's note left at the
    page's foot ("Note: Question asked: ...") goes too, above the page's removed head."""
    cited = None
    for index, line in enumerate(lines):
        if line.removed_by != "page_marker":
            continue
        above, skipped = index - 1, 0
        while above >= 0 and (not lines[above].text or (not lines[above].kept and skipped < PAGE_BREAK_REACH)):
            skipped += bool(lines[above].text)  # the page's running head, taken by another pass
            above -= 1
        if (above >= 0 and lines[above].kept and lines[above].words <= CHART_NOTE_WORDS and CHART_NOTE.match(lines[above].text)
                and TERMINAL.search(lines[above].text)):
            _drop(lines[above], "chart_credit")  # (no footnote then: the walk below stops at it)
        for _ in range(FOOTNOTES_PER_PAGE):
            while above >= 0 and not lines[above].text:
                above -= 1
            if above < 0 or not (lines[above].kept and TERMINAL.search(lines[above].text)):
                break
            if not FOOTNOTE_LINE.match(lines[above].raw.lstrip()):  # (the text drops a "*" as a bullet)
                numbered = NUMBERED_NOTE.match(lines[above].text) or BRACKETED_NOTE.match(lines[above].text)
                if numbered is None:
                    break
                if cited is None:
                    cited = _cited_note_marks(lines)
                if numbered.group(1) not in cited:
                    break  # "1. The government should ...": a list's item, not a note the text cites
            _drop(lines[above], "footnote")
            above -= 1


def _drop_footnotes_at_the_end(lines: list[Line]) -> None:
    """The last page's footnotes, the text's last kept lines (over the removed footer, if any):
    "1 MRG interview with a Shabak community leader, Bartella, 12 June 2025." under "... only a
    few kilometres apart.1". Only a note the text cites by its number."""
    texts = [line for line in lines if line.text]
    last = next((index for index in range(len(texts) - 1, -1, -1) if texts[index].kept), None)
    if last is None or not _note_number(texts[last]):
        return
    cited = _cited_note_marks(texts)
    for line in texts[last : max(last - FOOTNOTES_PER_PAGE, 0) : -1]:
        number = _note_number(line)
        if not (line.kept and number and number in cited and TERMINAL.search(line.text) and line.words <= FOOTNOTE_WORDS):
            return
        _drop(line, "footnote")


def _note_number(line: Line) -> str | None:
    """The number a footnote opens with: "1 MRG interview ...", "1. International Organization ...", "¹ Accelerated ..."."""
    numbered = FOOTNOTE_NUMBER.match(line.raw.lstrip()) or NUMBERED_NOTE.match(line.text) or SUPERSCRIPT_FOOTNOTE.match(line.text)
    return numbered.group(1).translate(SUPERSCRIPT_DIGITS) if numbered else None


def _cited_note_marks(lines: list[Line]) -> set[str]:
    """The note numbers the kept text cites: "... still control the roads.1", "... recorded in 2021.(1)"."""
    return ({mark for line in lines if line.kept for marks in (GLUED_NOTE_MARK, GLUED_BRACKETED_MARK) for mark in marks.findall(line.text)}
            | {mark.translate(SUPERSCRIPT_DIGITS) for line in lines if line.kept for mark in SUPERSCRIPT_MARK.findall(line.text)})


FOOTNOTE_NUMBER = re.compile(r"^(\d{1,3})\s+[A-Z\"“]")  # FOOTNOTE_LINE's numbered form: "1  Interviews were ..."
SUPERSCRIPT_FOOTNOTE = re.compile(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s*[A-Z\"“]")  # "¹ Accelerated learning programme approved by ..."
SUPERSCRIPT_MARK = re.compile(r"[A-Za-z.,;:”’\")]([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})")  # its mark in the text: "... missed years of school.¹"
SUPERSCRIPT_NUMBERS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
SUPERSCRIPT_DIGITS = str.maketrans(SUPERSCRIPT_NUMBERS, "1234567890")
FOOTNOTE_WORDS = 60


def _drop_footnote_neighbours(lines: list[Line]) -> None:
    """A page's footnotes come in a run: next to a footnote a rule or the page-break walk took,
    the one numbered one lower (or higher) that ends a sentence goes too: "1  Interviews were
    conducted in Arabic, Kurdish and Turkmen; ..." over "2  See Saferworld, 'Rebuilding trust
    after ISIS', May 2021."."""
    for index, line in enumerate(lines):
        if line.removed_by != "footnote" or not (own := FOOTNOTE_NUMBER.match(line.raw.lstrip())):
            continue
        for step in (-1, 1):
            number, other = int(own.group(1)) + step, index + step
            while 0 <= other < len(lines):
                neighbour = lines[other]
                if neighbour.text:
                    numbered = FOOTNOTE_NUMBER.match(neighbour.raw.lstrip())
                    if not (neighbour.kept and numbered and int(numbered.group(1)) == number
                            and neighbour.words <= FOOTNOTE_WORDS and TERMINAL.search(neighbour.text)):
                        break
                    _drop(neighbour, "footnote")
                    number += step
                other += step


NUMBERED_NOTE = re.compile(r"^(\d{1,3})\.\s+[A-Z\"“]")  # "1. International Organization for Migration, ..."
GLUED_NOTE_MARK = re.compile(r"[a-z.,;:”’\")](\d{1,3})(?=\s|$)")  # the note's mark in the text: "... still control the roads.1"
BRACKETED_NOTE = re.compile(r"^[(\[](\d{1,3})[)\]]\s+[A-Z\"“]")  # "(1) Independent High Electoral Commission, final results, ..."
GLUED_BRACKETED_MARK = re.compile(r"[a-z.,;:”’\"][(\[](\d{1,3})[)\]]")  # its mark: "... recorded in 2021.(1)"


HEADER_COPY_WORDS = 3  # a header line this long, found again at a page break, is the page's running head
PAGE_BREAK_REACH = 2  # lines with text between a page marker and the head


def _drop_heads_at_page_breaks(lines: list[Line], title: str | None, site: str | None = None) -> None:
    """A running head without a page number: the report's title or series line set again
    beside a page marker ("- 4 -", "Page 3"), in full or with the date or case number
    added ("Crisis Group Middle East Briefing N°94, 3 June 2025" under "... N°94")."""
    markers = [index for index, line in enumerate(lines) if line.removed_by == "page_marker"]
    if not markers:
        return
    with_text = [index for index, line in enumerate(lines) if line.text]
    near_markers = set()
    for marker in markers:
        position = bisect.bisect_left(with_text, marker)
        near_markers.update(with_text[max(0, position - PAGE_BREAK_REACH) : position + PAGE_BREAK_REACH + 1])
    candidates = [index for index in sorted(near_markers) if lines[index].kept and _is_shaped_as_head(lines, index)]
    first_body = next((index for index, line in enumerate(lines) if line.kept and (_is_body_line(line) or _goes_on_below(lines, index))),
                      None) if candidates else None  # (a PDF's sentence is wrapped over lines: its first goes on below)
    if first_body is None:
        return
    cover = [line.text for line in lines[:first_body] if line.text and line.removed_by not in CONTENTS_RULES]
    header = [text for text in cover if word_count(text) >= HEADER_COPY_WORDS]
    header += [f"{first} {second}" for first, second in zip(cover, cover[1:]) if first.isupper() and second.isupper()]  # a title
    # set in capitals over two lines: "HUMANITARIAN" / "NEEDS OVERVIEW", its page's head "HUMANITARIAN NEEDS OVERVIEW 2026"
    folded_heads = {_folded_words(text) for text in [title or "", *header] if word_count(text) >= HEADER_COPY_WORDS}
    series = {_folded_words(line.text) for line in lines[:first_body]  # a series name the cover set and a rule took ("STRATEGIC
              if line.removed_by is not None and line.removed_by not in CONTENTS_RULES and line.words == 2}  # COMMENTS"), set again whole
    site = site or _copyright_holder(lines)  # (the footer names the site only later)
    if site and OWNER_NAME.match(site):
        folded_heads.add(_folded_words(site))  # "HUMAN RIGHTS WATCH | DECEMBER 2025" over the page number
    for index in candidates:
        folded = _folded_words(lines[index].text)
        if index > first_body and (any(name in folded for name in series)  # "Norad Evaluation Department" under "EVALUATION DEPARTMENT"
                                   or _is_section_label(lines[index].text)  # "REACH Iraq MSNA 2025 | Out-of-camp IDPs"
                                   or ISSUE_NUMBER.match(lines[index].text)  # "Perspectives – Middle East & North Africa" / "Issue 14" / "9"
                                   or any(head in folded for head in folded_heads)
                                   or (lines[index].words >= HEADER_COPY_WORDS and any(folded in head for head in folded_heads)
                                       and (lines[index].text.isupper()  # a part of the title as the title sets it; in another
                                            or any(lines[index].text in text for text in [title or "", *header])))):  # case ("Barriers
            # to growth" under "The Private Sector in Iraq: Barriers to Growth") it is a section's head
            _drop(lines[index], "page_marker")  # the head, or a part of it: "“THEY TOOK EVERYTHING FROM US”" of "IRAQ: “THEY TOOK ...”"
    at_breaks: dict[str, list[Line]] = {}  # a head the cover does not show, set again at two page breaks (kept, or taken by the
    for index in sorted(near_markers):  # footer walk at the last): "ACAPS Briefing note: Cholera outbreak in Iraq"
        line = lines[index]
        if (index > first_body and line.words >= HEADER_COPY_WORDS and line.removed_by != "page_marker"
                and _is_shaped_as_head(lines, index)):
            at_breaks.setdefault(_folded_words(line.text), []).append(line)
    for copies in at_breaks.values():
        if len(copies) >= 2:
            for line in copies:
                if line.kept:
                    _drop(line, "page_marker")


ISSUE_NUMBER = re.compile(r"^(?:issue|vol\.?|volume|no\.?|number)\s*\d{1,4}$", re.I)


def _is_shaped_as_head(lines: list[Line], index: int) -> bool:
    """Could lines[index], beside a page marker, be the page's running head? Short, and no sentence:
    most page markers (a web address in the footer) end none, and a paragraph's first line goes on
    below ("1. The present report ... Human Rights Council")."""
    line = lines[index]
    return line.words <= RUNNING_HEAD_WORDS + 4 and not TERMINAL.search(line.text) and not _goes_on_below(lines, index)


CONTENTS_ENTRY_RULES = frozenset({"contents_entry", "contents_leader"})  # under a label, or known by its dot leader
CONTENTS_RULES = CONTENTS_ENTRY_RULES | {"navigation"}  # "I. Introduction ..... 1" heads no page: its section does


def _folded_words(text: str) -> str:
    """Casefolded words with a space on each side, for whole-word containment ("N°94, 3 June" holds "n 94")."""
    return " " + " ".join(NOT_ALPHANUMERIC.sub(" ", text.casefold()).split()) + " "


NOT_ALPHANUMERIC = re.compile(r"[\W_]+")


DATE_LINE_WORDS = 8


EDITED_BY = re.compile(r"^(?:edited|curated)\b", re.I)  # an editor's line: it does not replace "Reported By: AFP"


def _drop_masthead_date(lines: list[Line], kept: list[Line]) -> bool:
    """Today's date under the site's name (and its motto), over its menu ("The Kathmandu Post" / "Sat, Nov 28, 2026" / "Epaper"),
    is the page's, not the story's, when the story's own date is labelled further down ("Published at : November 27, 2026")."""
    at = 2 if len(kept) > 2 and _is_masthead_motto(kept[1]) else 1  # "The Point" / "Gambia's leading daily
    # newspaper" / "Friday, November 27, 2026"
    if (len(kept) > MASTHEAD_DATE_MENU_LINES + at + 1 and kept[0].words <= MASTHEAD_WORDS and kept[at].words <= DATE_LINE_WORDS
            and HAS_DIGIT.search(kept[at].text) and not HAS_DIGIT.search(kept[0].text)  # (cheap tests before the date's)
            and all(line.words <= 3 and not HAS_DIGIT.search(line.text) for line in kept[at + 1 : at + 1 + MASTHEAD_DATE_MENU_LINES])
            and date_of_line(kept[at].text) and not PUBLISHED_LABEL.match(kept[at].text)
            and _story_date_below(lines[kept[at].number : kept[at].number + MASTHEAD_DATE_REACH])):
        _drop(kept[at], "header_navigation")
        return True
    return False


def _story_date_below(lines: list[Line]) -> bool:
    """The story's own date under the masthead's: labelled ("Published at : November 27, 2026"; a rule may have taken
    it: "timestamp"), or a date alone over the story's first sentence ("By Javier Joe Ismael" / "November 27, 2026")."""
    over_story = True
    for line in lines:
        if not line.text:
            continue
        over_story = over_story and not (line.kept and _is_body_line(line))
        if (PUBLISHED_LABEL.match(line.text) or (over_story and line.words <= DATE_LINE_WORDS)) and date_of_line(line.text):
            return True
    return False


MASTHEAD_DATE_MENU_LINES = 3
MASTHEAD_DATE_REACH = 30


PUBLISHED_LABEL = re.compile(r"^\[?\s*(?:(?:first |originally )?published|posted|date posted|date published|publication date|"
                             r"publié|veröffentlicht|publicado|pubblicato|publicat|publicada|gepubliceerd|dated(?=\s*:)|publish(?=\s*:)|date of issue|"
                             r"date of (?:this )?(?:summary|notice|leaflet|document)(?=\s*:)|issued(?=\s*:)|answered on(?=\s*:))\b", re.I)  # a notice's
# signing date, "Dated: 25 November 2026", is its date when nothing else gave one; a lay summary's "Date of this summary: ...", a
# tender's "Issued: 25 November 2026", a written question's "Answered on: 26 November 2026"


def _ends_wrapped_sentence(lines: list[Line], line: Line) -> bool:
    """A date line that finishes the sentence hard-wrapped onto it, no metadata: "... the audit of your
    accounts completed on" / "2 October 2026."."""
    above = _previous_text_line(lines, line)
    return (line.text[-1:] in ".,;" and above is not None and above.kept and above.number == line.number - 1
            and WRAPPED_LINE_END.search(above.text) is not None)


def _drop_date_lines(lines: list[Line], moved: set[int], result: CleanedDocument) -> None:
    """A line that is only a date (and a time) below the header: a live page's entry time,
    a teaser's date. Metadata, not text; the header's date is `published` already, or else a
    date labelled as the publication's ("Date Posted: 01.22.2024 04:12" under a media library's story)."""
    label = None  # the last field label above ("Published")
    body_lines_above = 0
    for line in lines:
        body_lines_above += line.kept and _is_body_line(line)  # (this line is no date line if it is a body line)
        if line.removed_by == "field_label":
            label = line
        elif line.kept and line.number not in moved and line.words <= DATE_LINE_WORDS and HAS_DIGIT.search(line.text) and (
                iso := date_of_line(line.text)):
            if _ends_wrapped_sentence(lines, line):
                continue
            _drop(line, "timestamp")
            above = _previous_text_line(lines, line)
            if above is not None and ((above is label and "publish" in label.text.casefold()) or above.number in moved):
                result.published = result.published or iso  # GOV.UK's "Published" / "13 November 2025" under the standfirst;
                # "By Dalga Khatinoglu" / "Nov 25, 2025 | 11:20": the date under the byline
            elif result.published is None and body_lines_above <= 1 and _take_writer_over_date(lines, line, result):
                result.published = iso  # the story's date under its standfirst, with the writer and the place over it: "Kosovo
                # said it has ..." / "Perparim Isufi" / "Pristina" / "November 27, 2026"
        elif line.kept and line.number not in moved and body_lines_above <= 1 and YEARLESS_STAMP.match(line.text):
            _drop(line, "timestamp")  # this year's day and time, no year: "Anna-Liina Kauhanen HS" / "28.11. 6:00" / "Päivitetty
            # 28.11. 8:12"
            if result.byline is None:
                _take_writer_over_date(lines, line, result)
        elif (line.kept and label is not None and label.text.casefold() == "from:" and _previous_text_line(lines, line) is label
              and line.words <= ROLE_LINE_WORDS and not TERMINAL.search(line.text) and line.number not in moved):
            result.byline = result.byline or line.text  # "From:" / "Foreign, Commonwealth & Development Office"
            moved.add(line.number)
    if result.published is None:  # a tail pass may have taken the line already
        result.published = next((iso for line in lines if line.text and line.words <= DATE_LINE_WORDS and PUBLISHED_LABEL.match(line.text)
                                 and (iso := date_of_line(line.text) or date_of_line(line.text.partition(":")[2]))), None)
    if (result.published is None and (last := next((line for line in reversed(lines) if line.text), None)) is not None
            and last.words <= DATE_LINE_WORDS and not NUMERIC_DATE_BOTH_MONTHS.search(last.text)):  # (not "05/04/2024", which could be either month)
        result.published = date_of_line(last.text)  # a notice's or a recall's date alone at its foot: "We apologise for any
        # inconvenience." / "28 November 2026"
    if result.published is None:  # a signed record's date under its signature: "Signature of Coroner: John Gittins" / "Date: 26 November 2026"
        result.published = next((iso for line in lines if line.text and line.words <= DATE_LINE_WORDS
                                 and (above := _previous_text_line(lines, line)) is not None and _is_date_under_signature(lines, line, above)
                                 and (iso := date_of_line(line.text))), None)


YEARLESS_STAMP = re.compile(r"^(?:(?:" + FOREIGN_DATE_LABELS + r"|published|updated|last updated)\s*:?\s*)?\d{1,2}\.\d{1,2}\.\s*"
                            r"(?:(?:klo|kl\.|um|at)\s*)?\d{1,2}[:.]\d\d(?:\s*Uhr)?$", re.I)  # a Nordic page's "28.11. 6:00"


def _over_place_and_date(kept: list[Line], position: int) -> bool:
    """Is kept[position] over the place filed from, then the date ("IÑIGO LARRAÑAGA" / "San Sebastián" / "Sábado, 28 de
    noviembre 2026, 07:30")? Under a writer in capitals, a place may read as a name ("San Sebastián")."""
    return (position + 2 < len(kept) and date_of_line(kept[position + 2].text) is not None
            and (_is_place_name(place := kept[position + 1].text)
                 or (kept[position].text.isupper() and _is_place_line(place) and not SIGNATORY_ROLE.search(place))))


def _named_again(lines: list[Line], line: Line) -> bool:
    """Does another line hold the same words in other letters' case: a writer's name in capitals under the headline,
    again in the author card at the foot ("DENVER ISAACS" / ... / "Denver Isaacs")?"""
    folded = line.text.casefold()
    return any(other.text.casefold() == folded and other.text != line.text for other in lines)


def _is_date_under_signature(lines: list[Line], line: Line, above: Line) -> bool:
    """The date a record or a notice was signed, under its signature: "Signature of Coroner: John Gittins" / "Date: 26 November
    2026", or "Simon Grey" / "Company Secretary" / "27 November 2026", or over it: "26 November 2026" / "Helen Okoro" /
    "Assistant Coroner"."""
    if DATE_FIELD.match(line.text):
        return bool(SIGNATURE_WORD.search(above.text))
    if line.words > SIGNED_DATE_WORDS:
        return False
    signer = _previous_text_line(lines, above)
    below = _next_text_line(lines, line)
    return any(name is not None and role is not None and _is_signatory_role(role, SIGNED_ROLE_WORDS)
               and name.words <= SIGNED_ROLE_WORDS and _is_person_name(name.text)
               for name, role in ((signer, above), (below, below and _next_text_line(lines, below))))


SIGNED_DATE_WORDS = 4
SIGNED_ROLE_WORDS = 4  # the signer's name and role over or under the date


DATE_FIELD = re.compile(r"^date\s*:", re.I)
SIGNATURE_WORD = re.compile(r"\b(?:signature|signed|sgd)\b", re.I)


def _take_writer_over_date(lines: list[Line], date: Line, result: CleanedDocument) -> bool:
    """The writer's name, and the place filed from, on short lines of their own over the story's date: the name is the byline.
    Is there a writer there (not a reviewer's "42 reviews 118 photos")?"""
    block = []
    above = _previous_text_line(lines, date)
    while (above is not None and len(block) < WRITER_BLOCK_LINES
           and ((above.kept and above.words <= MASTHEAD_WORDS and not TERMINAL.search(above.text))
                or (above.removed_by == "topic_path" and PLACE_SLASH_OUTLET.match(above.text)))):
        block.append(above)
        above = _previous_text_line(lines, above)
    filed = any(not line.kept for line in block)  # where and for which paper, a rule took: "ANA GONZÁLEZ" / "Vigo / La Voz" /
    # "28/11/2026 05:00 h"
    names = [line for line in block if line.kept and (_is_person_name(line.text)
                                                      or (filed and line.text.isupper() and _is_person_name(line.text.title())))]
    if not names:
        return False
    result.byline = result.byline or names[-1].text
    for line in block:
        _drop(line, "dateline_line")
    return True


WRITER_BLOCK_LINES = 2
PLACE_SLASH_OUTLET = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,2} / [A-ZÀ-Þ][\w'’.&-]*(?: [\w'’.&-]+){0,3}$")


TITLE_LABEL = re.compile(r"^(?:title|headline|product name|(?:job )?vacancy|(?:study|project|trial) title):\s+(?=\S)|^\(54\)\s+(?=\S)", re.I)  # "Title: ...", a database's
# "HEADLINE: ...", a safety data sheet's "Product name: ...", a patent's numbered field: "(54) SOLAR-POWERED DESALINATION UNIT FOR BRACKISH",
# a job advert's "Vacancy: Library Assistant", a study's "Study title: Walking to school and children's sleep"


CITATION_WORDS = 60
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _drop_repeated_title(lines: list[Line], title: str | None, moved: set[int]) -> None:
    """The headline again: printed twice over the story (a logo's alt text, a breadcrumb), or
    after the body as a share box or a teaser, or quoted with a year in how to cite the page.
    Not text either way."""
    if not title:
        return
    folded = title.casefold()
    quoted = (f'"{folded}."', f"“{folded}.”")  # a citation's full stop inside the quotes, not a sentence quoting a title
    for line in lines:
        if not line.kept or line.number in moved:
            continue
        text = line.text.casefold()
        if text == folded:
            _drop(line, "title_repeat")
        elif ('"' in text or "“" in text) and line.words <= CITATION_WORDS and YEAR.search(text) and any(quote in text for quote in quoted):
            _drop(line, "citation")  # how to cite the page: 'University of Exeter. "<headline>." ScienceDaily, 27 November 2024.'


ISSUE_CONTENTS = re.compile(r"^in (?:today['’]s|this week['’]s|this) (?:edition|issue|newsletter)\s*:", re.I)  # a newsletter's contents line
COPY_KEPT_RULES = frozenset({"lead_repeat", "pull_quote", "title_repeat"})  # the story keeps the other copy (the title its
# headline): no echo of it is furniture


def _drop_repeated_paragraphs(lines: list[Line]) -> None:
    """A paragraph printed twice: the story's lead shown over it as a summary as well (Tehran
    Times, Mehr, Tasnim), a pull quote next to the sentence it repeats (Dawn). The earlier
    copies go (`lead_repeat` in the header area, else `pull_quote`); the story keeps its own.
    A sentence printed three times or more in the story is not a pull quote."""
    kept = [line for line in lines if line.kept]
    positions: dict[str, list[int]] = {}
    for position, line in enumerate(kept):
        if line.words >= BODY_WORDS:  # both kinds are sentences; the text is already single-spaced
            positions.setdefault(line.text, []).append(position)
    for copies in positions.values():
        if len(copies) < 2:
            continue
        first, last = copies[0], copies[-1]
        line = kept[first]
        if (first < HEADER_AREA_LINES and _is_body_line(line)  # a paragraph over the story, not a headline shown twice
                and not any(_is_body_line(kept[other]) for other in range(last) if other not in copies)):
            for copy in copies[:-1]:
                _drop(kept[copy], "lead_repeat")
        elif (len(copies) == 2 and last - first <= PULL_QUOTE_DISTANCE and TERMINAL.search(line.text)
              and not is_title_like(line.text)):  # a sentence, not the headline shown again under the story
            _drop(line, "pull_quote")


PULL_QUOTE_DISTANCE = 3  # kept lines from the pull quote to the sentence it repeats


def _drop_quoted_pull_quotes(lines: list[Line]) -> None:
    """A pull quote set in quotes between a PDF's paragraphs, repeating a sentence of the hard-wrapped
    text around it ("Our subscriber base passed 9 million for the first time." between the chief
    executive's paragraphs): the text keeps its own copy."""
    kept = [line for line in lines if line.kept and line.text]
    for index, line in enumerate(kept):
        if line.words < BODY_WORDS or line.text[:1] not in "\"“" or (quoted := QUOTED_LINE.match(line.text)) is None:
            continue
        around = " ".join(other.text for other in kept[max(0, index - PULL_QUOTE_REACH) : index + PULL_QUOTE_REACH + 1] if other is not line)
        if quoted.group(1).casefold() in around.casefold():
            _drop(line, "pull_quote")
            if index + 1 < len(kept) and QUOTE_ATTRIBUTION.match(kept[index + 1].text):
                _drop(kept[index + 1], "pull_quote")  # its speaker under it: "— Khalaf Elias, farmer, Sinjar"


QUOTE_ATTRIBUTION = re.compile(r"^[—–―-]\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}(?:,[^.!?]{1,80})?$")
QUOTED_LINE = re.compile(r"^[\"“](.{20,}?)[.!?…]?[\"”]$")
PULL_QUOTE_REACH = 6  # kept lines on either side of a quoted pull quote searched for the sentence it repeats


def _drop_lead_echo(lines: list[Line]) -> None:
    """A sentence over the story's first paragraph that says nearly the same in nearly the same
    words: the lead photo's caption ("... holds talks with ... on Thursday." over "... held official
    talks with ... on Thursday.") or the lead shown as a summary with its dateline ("BAGHDAD: Qatar
    will invest ..."). It goes as `lead_repeat`; the story keeps its own paragraph."""
    kept = list(islice((line for line in lines if line.kept), LEAD_ECHO_LINES))  # (the menu is still there)
    sentences = 0
    for position, line in enumerate(kept):
        cut_short = line.words >= BODY_WORDS and line.text.endswith(".")  # perhaps the lead cut short over it
        body = _is_body_line(line)
        if not (cut_short or body):
            continue
        lead = next((other for other in kept[position + 1 : position + 1 + LEAD_ECHO_REACH] if other.words > DATE_LINE_WORDS), None)
        if (cut_short and lead is not None and lead.text != line.text and _is_body_line(lead)
                and lead.text.startswith(line.text.rstrip(". "))):
            _drop(line, "lead_repeat")  # "BAGHDAD: Iraq ... since 1987." over "BAGHDAD: Iraq ... since 1987, with ..."
            return
        if not body:
            continue
        if (lead is not None and min(line.words, lead.words) >= LEAD_ECHO_SHARE * max(line.words, lead.words)  # cheap tests first:
                and _is_body_line(lead) and lead.text != line.text and _share_a_phrase(line.text, lead.text)):  # like lengths, a phrase
            echo, story = set(WORD.findall(line.text.casefold())), set(WORD.findall(lead.text.casefold()))
            if len(echo & story) >= LEAD_ECHO_SHARE * len(echo | story):
                _drop(line, "lead_repeat")
                return
        sentences += 1
        if sentences == LEAD_ECHO_SENTENCES:
            return  # only the page's first sentences: the standfirst, then the lead photo's caption under it ("Kosovo said it has
            # repatriated ..." / "The four men were flown ... said." / "The four men were flown ... said on Friday.")


def _share_a_phrase(text: str, other: str) -> bool:
    """Does `text` hold one of three stretches of `other` (at a quarter, half and three quarters)?"""
    length = len(other)
    return any(other[start : start + LEAD_ECHO_PHRASE] in text for start in (length // 4, length // 2, 3 * length // 4))


LEAD_ECHO_PHRASE = 16  # characters
LEAD_ECHO_REACH = 2  # kept lines from the echo to the lead: a date line may sit between
LEAD_ECHO_SENTENCES = 2
LEAD_ECHO_LINES = 30
LEAD_ECHO_SHARE = 0.7  # of the two sentences' words, this share in both


BREADCRUMB_PATH = re.compile(r"^(?:[^/>»›|]{1,40}[/>»›|]\s*){1,5}$")  # "Home / World News / ", "Business News/ News / World/ "


def _drop_breadcrumb_over_headline(kept: list[Line]) -> bool:
    """A breadcrumb that ends in the headline printed under it ("Home / World News / Iraq, US
    hold ..." over "Iraq, US hold ..."): the site's path, not the title. Returns whether one went."""
    for line, below in zip(kept, kept[1:]):
        if (line.text.endswith(below.text) and len(line.text) > len(below.text)
                and BREADCRUMB_PATH.match(line.text[: len(line.text) - len(below.text)])):
            _drop(line, "breadcrumb")
            return True
    return False


SUBHEAD_OVER_STORY_WORDS = 4


def _header_area(lines: list[Line]) -> list[Line]:
    """The first kept lines; when a menu and share counters fill them before any paragraph of
    the story, on to a byline or date that lies between (under the photo's caption)."""
    kept = list(islice((line for line in lines if line.kept), HEADER_AREA_MAX_LINES))
    first_body = next((index for index, line in enumerate(kept) if _opens_the_story(line)), len(kept))
    if first_body == HEADER_AREA_MAX_LINES:  # no story yet: a site's long menu and its tabs may fill the area
        wider = list(islice((line for line in lines if line.kept), HEADER_AREA_MENU_LINES))
        story = next((index for index, line in enumerate(wider) if _opens_the_story(line) or line.words >= BODY_LINE_WORDS), None)
        if (story is not None and story >= HEADER_AREA_MAX_LINES  # (not a hard-wrapped story's first line within the area)
                and not any(TERMINAL.search(line.text) for line in wider[:story])
                and 2 * sum(line.words <= MENU_ITEM_WORDS for line in wider[:story]) >= story):
            return wider[: story + 1]  # "Rotten Tomatoes" / "Movies" / ... / "Mosul" / "R, 2019, War/Drama, 1h 42m" / ... / the story
    if first_body < HEADER_AREA_LINES:
        return kept[: _metadata_under_standfirst(kept, first_body) + 1]
    if first_body < HEADER_AREA_MAX_LINES and all((line.words <= MENU_ITEM_WORDS and not TERMINAL.search(line.text))
                                                  or (HAS_DIGIT.search(line.text) and date_of_line(line.text))  # (the menu's date:
                                                  for line in kept[:HEADER_AREA_LINES]):  # "Monday 23 November 2026" over the headline)
        if (under := _metadata_under_lead(kept, first_body)) > first_body + 1:
            return kept[:under]  # the short headline over its standfirst, the writer and date under that: "Iraq's quiet recovery" /
            # "Two decades after the invasion, Baghdad is rebuilding ..." / "By Lyse Doucet"
        over_story = kept[first_body - 1]
        metadata_over_story = ((BYLINE.match(kept[first_body - 2].text) and _is_role_line(over_story.text))  # "By Paul Cunningham" /
                               # "Political Correspondent"; the writer over the story's age: "Eilish O'Regan" / "Today at 21:30"
                               or _is_writer_over_age(lines, over_story)
                               or (_is_place_line(over_story.text) and date_of_line(kept[first_body - 2].text))  # or the place
                               # under the date: "Wed, 25 Nov 2026 19:14:52 WAT" / "Abuja" / "Nigeria and Iraq have agreed to ..."
                               or date_of_line(over_story.text))  # or the date alone: "Lisa Wong" / "November 28, 2026" / the story
        subhead = (over_story.words <= SUBHEAD_OVER_STORY_WORDS and not TERMINAL.search(over_story.text)
                   and not metadata_over_story)
        return kept[: first_body - 1 if subhead else first_body + 1]  # a menu that fills the area's first lines: the headline under
        # it is the header's ("The British Museum" / "Visit" / ... / "Object" / "Cylinder seal with a hunting scene" / "Museum number
        # 89110"), the short head right over the text the story's ("Description", "What's special")
    last_metadata = max((index for index in range(HEADER_AREA_LINES, first_body)  # only as far as a byline or date: a subhead
                         if BYLINE.match(kept[index].text) or DATELINE.match(kept[index].text + " x") or date_of_line(kept[index].text)
                         or (kept[index].words <= 4 and UPDATE_LABEL.match(kept[index].text) and HAS_DIGIT.search(kept[index].text))  # "Last
                         # updated 10/2026"
                         or (HAS_DIGIT.search(kept[index].text) and (date_among_parts(kept[index].text)  # "Updated Sun, Aug 13,
                                                                     or _place_and_date(kept[index].text)))  # 2023, 1:31 AM
                         # UTC · 1 min read", "Paris-Geneva, November 22, 2025"
                         or (kept[index].words <= 4 and _is_writer_over_age(lines, kept[index]))  # or the writer over the
                         # story's age: "Ivan Martin" / "3 min read" / "Today, 17:58"; or with their desk: "Avia Collinder/Senior Business Writer"
                         or _is_name_slash_role(kept[index]) or _outlet_by_writer(kept[index]) or _writer_and_place(kept[index].text)
                         or (BY_LABEL.match(kept[index - 1].text) and _is_person_name(kept[index].text))  # "By" / "Tim Rivas"
                         or (BYLINE.match(kept[index - 1].text) and _is_role_line(kept[index].text))  # "By: Esmarie Iannucci" /
                         # "Creamer Media Senior Deputy Editor"
                         or _is_writer_over_outlet(lines, kept[index - 1], kept[index])  # "Jolene Toves" / "Pacific Daily News"
                         or (kept[index].words <= 4 and _is_person_name(kept[index].text) and date_of_line(kept[index - 1].text))  # or
                         # under the date: "November 27, 2026" / "Craig Taylor"
                         or _is_outlet_under_date(kept, index)),
                        default=HEADER_AREA_LINES - 1)  # under them stays the story's
    end = last_metadata + 2 if last_metadata + 1 == first_body else last_metadata + 1  # the story under a dateline
    if first_body <= end + 1:  # the standfirst right under the area, as in a short header: the writer and date under it
        under = _metadata_under_lead(kept, first_body)  # are the header's ("Iraqi Dolma" / "4.8 (212)" / "Stuffed onions, ..." /
        end = max(end, under) if under > first_body + 1 else end  # "Submitted by Huda Kareem")
    return kept[:end]


STANDFIRST_METADATA_LINES = 2


def _metadata_under_lead(kept: list[Line], first_body: int) -> int:
    """The index past the byline and date lines (at most STANDFIRST_METADATA_LINES) right under kept[first_body]."""
    under = first_body + 1
    while under < min(len(kept), first_body + 1 + STANDFIRST_METADATA_LINES) and _is_metadata_line(kept[under].text):
        under += 1
    return under


PLACE_LINE_WORDS = 3


def _metadata_under_standfirst(kept: list[Line], first_body: int) -> int:
    """The header area's last line: HEADER_AREA_LINES in all, or, when what opens the story at its
    very end is the standfirst, on to the writer and date right under it ("In Basra, the oil boom
    ..." / "Southern Iraq produces most of ..." / "Jean-Baptiste Laurent" / "November 21, 2025")."""
    last = HEADER_AREA_LINES - 1
    if first_body < HEADER_AREA_LINES - STANDFIRST_METADATA_LINES:
        return last
    for index in range(HEADER_AREA_LINES, min(len(kept), HEADER_AREA_LINES + STANDFIRST_METADATA_LINES)):
        text = kept[index].text
        if _is_metadata_line(text):
            last = index
        elif not (_is_person_name(text) and index + 1 < len(kept) and date_of_line(kept[index + 1].text)):
            break
    return last


def _drop_event_dates(lines: list[Line], kept: list[Line]) -> bool:
    """A date over an event's times is the event's, not the paper's: "Saturday 12 December 2026" / "Doors 18:30 | Start
    19:30" on a ticket (a rule took the times)."""
    dropped = False
    for line in kept:
        if line.words > DATE_LINE_WORDS or not HAS_DIGIT.search(line.text):
            continue  # (most header lines: no times looked for under them)
        below = _next_text_line(lines, line)
        if below is not None and below.removed_by == "meeting_field" and EVENT_TIMES.match(below.text) and date_of_line(line.text):
            _drop(line, "meeting_field")
            dropped = True
    return dropped


EVENT_TIMES = re.compile(r"^(?:doors|start|show starts|curtain up|kick[- ]off|last entry)\b", re.I)  # (not a meeting's "Venue:")


def _take_header_metadata(lines: list[Line], result: CleanedDocument, rules: RuleSet) -> set[int]:
    """Title, byline, date (and a dateline line) from the header area, the first kept lines;
    returns the line numbers moved to metadata. Short lines around the headline (menus,
    account and share links) are dropped as `header_navigation`."""
    moved: set[int] = set()
    kept = _header_area(lines)
    if len(kept) < 2:
        return moved
    if _drop_breadcrumb_over_headline(kept):
        kept = _header_area(lines)
    if _drop_masthead_date(lines, kept):
        kept = _header_area(lines)
    if _drop_event_dates(lines, kept):
        kept = _header_area(lines)
    _take_dates_and_bylines(lines, kept, result, moved)
    if result.byline and _is_addressee(kept, result.byline):
        result.byline = None  # "Ms Priya Nair" over the date, then "Dear Ms Nair,": whom the letter is to, not who wrote it
    elif result.byline and (addressee := _name_over_address(lines, kept, result.byline, moved)) is not None:
        result.byline = None  # "Mr T Akande" / "22 Orchard Rise" / "Hartley" / "WB4 7QX": whom the paper is sent to
        moved.discard(addressee.number)
        _drop(addressee, "postal_address")
    body_start = _story_start(lines, kept, moved)
    around = kept if body_start < len(kept) else kept + list(islice((line for line in lines[kept[-1].number :] if line.kept), 3))
    for caption in (body_start - 2, body_start):  # the lead photo's caption and credit, then the story (under the area's
        # last line, the date: "November 21, 2025" / "Basra, August 2025. Children swim in ..." / "Jean-Baptiste Laurent")
        if 0 < caption < len(around) and around[caption].number not in moved and _is_caption_over_credit(around, caption, moved):
            _drop(around[caption], "caption_credit")
            _drop(around[caption + 1], "caption_credit")
            body_start = max(body_start, caption + 2)
            break
    else:  # the credit already went ("© AFP" as a copyright line): the caption over it, right before the story
        beyond = kept + list(islice((line for line in lines[kept[-1].number :] if line.kept), 3))
        for caption in (body_start - 1, body_start):  # (or the caption, a sentence, was taken for the story's start)
            if (0 < caption < len(beyond) and beyond[caption].number not in moved
                    and (caption < body_start or TERMINAL.search(beyond[caption].text))  # (a sentence, not a lead cut short,
                    and not beyond[caption - 1].text.endswith(("-", "–", "—"))  # nor the lead under its dateline: "ERBIL, ... -")
                    and _is_caption_over_credit(beyond, caption, moved, _removed_line_after(lines, beyond[caption]))):
                _drop(beyond[caption], "caption_credit")
                body_start = max(body_start, caption + 1)
                break
    title_index = _title_index(lines, kept, body_start, moved, rules)
    if (title_index is not None and title_index + 1 < len(kept) and kept[title_index + 1].number == kept[title_index].number + 1
            and kept[title_index + 1].text.casefold() == kept[title_index].text.casefold()):
        title_index += 1  # the page's title right over the headline, in other capitals: the headline is the title, the copy goes
    if title_index is not None and result.title is None:  # (front matter may have named it)
        result.title = TITLE_LABEL.sub("", kept[title_index].text)  # a reader tool's "Title: ..." header
        moved.add(kept[title_index].number)
        if (rest := _rest_of_title(lines, kept, title_index, moved)) is not None:
            joint = ": " if REPORT_KIND_END.search(result.title) else " "  # "MULTI-SECTOR NEEDS ASSESSMENT: SINJAR AND ..."
            result.title = f"{result.title}{joint}{rest.text}"
            moved.add(rest.number)
            if (rest is kept[title_index + 1] and TITLE_PIECE_END.search(rest.text)
                    and (last := _rest_of_title(lines, kept, title_index + 1, moved)) is not None):
                result.title = f"{result.title} {last.text}"  # a cover's title set over three lines, the second ending on a little
                moved.add(last.number)  # word too: "A Service of Thanksgiving" / "for the life of" / "Margaret Ann Ellis"
    if body_start + 1 < len(kept) and _is_outlet_blurb(kept[body_start].text) and _is_body_line(kept[body_start + 1]):
        _drop(kept[body_start], "outlet_blurb")  # "Grist is a nonprofit, independent media organization dedicated to ..." over the story
    if (0 < body_start <= len(kept) and kept[body_start - 1].number in moved and (link := _next_text_line(lines, kept[body_start - 1]))
            and link.kept and link.text.casefold() in COMMENT_LINK_LABELS and (story := _next_text_line(lines, link)) is not None
            and story.kept and _is_body_line(story)):
        _drop(link, "comments")  # the link to the comments, under the date and over the story: "Published: 26
        # November 2026" / "Comments" / "States members will not debate ..."
    _take_dated_name(kept, title_index, result, moved)
    _take_place_line(kept, body_start, title_index, result, moved)
    if title_index is not None:
        _drop_header_navigation(lines, kept[:body_start], title_index, moved)
        _drop_menu_past_header_area(lines, kept, body_start, moved)
        _drop_taglines_between_menus(lines, kept[:title_index], moved)
    elif body_start < len(kept) and not any(TERMINAL.search(line.text) for line in kept[:body_start]):
        _drop_header_navigation(lines, kept[:body_start], -1, moved)  # a post with no headline (a channel's, a social network's):
        # short lines over it are its chrome; over a headline written as a sentence they may be its byline or place
    return moved


def _drop_menu_past_header_area(lines: list[Line], kept: list[Line], body_start: int, moved: set[int]) -> None:
    """A menu under the headline that runs past the header area (a health page's contents:
    "What is cholera?" / "Symptoms" / "Prevention" / "Takeaway") goes on to the story; a short
    question inside it is one of its links, not a subhead."""
    for index, line in enumerate(kept[1:-1], 1):  # "What is cholera?" over "Symptoms"
        if (line.kept and line.words <= MENU_QUESTION_WORDS and line.text.endswith("?")
                and kept[index + 1].removed_by == "header_navigation"
                and (kept[index - 1].number in moved or not kept[index - 1].kept)):  # under the byline, the date or the menu
            _drop(line, "header_navigation")
    if body_start < len(kept) or kept[-1].removed_by != "header_navigation" or LIVE_ENTRY_TIME.match(kept[-1].text):
        return  # (under a live page's entry time, the entry's headline)
    for line in lines[kept[-1].number :]:  # Line.number counts from 1: these are the lines after the area
        if not line.text:
            continue
        if (not line.kept or line.words > 3 or TERMINAL.search(line.text) or line.text.endswith(":")
                or _heads_listing_section(lines, line)):
            return  # the menu ends at another widget, a sentence or a label ("Played Saturday:" over a results table), or at
            # a listing's section head over its text ("Description")
        _drop(line, "header_navigation")


MENU_QUESTION_WORDS = 4


TAGLINE_WORDS = 8


def _drop_taglines_between_menus(lines: list[Line], above_title: list[Line], moved: set[int]) -> None:
    """A short line above the headline with removed lines right above and below it: the site's
    tagline among its menus ("Musings on Iraq" / "Iraq news, history and politics" / "Home")."""
    for line in above_title:
        if (line.kept and line.number not in moved and line.words <= TAGLINE_WORDS
                and (line.text[0].isupper() or _under_lowercase_masthead(lines, line))
                and not TERMINAL.search(line.text) and not line.text.endswith(":")  # not a wrapped sentence's piece
                and _removed_lines_above(lines, line) and _removed_line_after(lines, line)):
            _drop(line, "header_navigation")


def _under_lowercase_masthead(lines: list[Line], line: Line) -> bool:
    """A site that writes its name in lowercase writes its tagline so: "niqash" / "briefings from inside and across iraq"."""
    above = _previous_text_line(lines, line)
    return above is not None and above.number == 1 and above.words <= 2 and above.text.islower() and line.text.islower()


DIGITS_OUT = str.maketrans("", "", "0123456789")
UPDATE_LABEL = re.compile(r"^\[?\s*(?:last )?(?:updated?|modified|edited)\b", re.I)  # "Updated:", "[ Last Update:"
DATE_LABEL_WORDS = 6  # "This content was published on"
POSTED_IN_BY = re.compile(r"^On .{1,40}?In [A-Z].{0,80}?by ?(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})$")
DATE_LABEL_ALONE = re.compile(r"^(?:this (?:content|article|story|page) was )?(?:first |last |originally )?(?:published|posted|updated|released)(?: on| at)?:?$"
                              r"|^(?:date published|publication date|date posted)\s*:?$", re.I)
# "This content was published on" over the date
BY_LABEL = re.compile(r"^(?:(?:written|words|story|text|reporting|posted|published) )?by:?$", re.I)  # "Written by" over the writer's name


NUMERIC_DATE_BOTH_MONTHS = re.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])([/.-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d(?!\d)")


def _day_and_month_swapped(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{year}-{day}-{month}"


DESK_TOPICS = SECTION_NAMES | {"iraq", "gulf", "gcc", "mena", "defence", "defense", "security", "foreign", "energy", "digital", "web"}


def _without_desk_topic(outlet: str) -> str:
    """The outlet of a desk, without the desk's beat: "Amwaj.media Iraq" (Desk) -> "Amwaj.media", "TOI World" -> "TOI"."""
    words = outlet.split()
    while len(words) > 1 and words[-1].casefold() in DESK_TOPICS:
        words.pop()
    return " ".join(words)


NAME_IN_PLACE = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) in [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?$")  # one writer


def _is_date_next(lines: list[Line], kept: list[Line], position: int) -> bool:
    """Is the line under kept[position] a date, or a time the rules removed ("Published 2 hours ago")?"""
    following = _next_text_line(lines, kept[position])
    return following is not None and (following.removed_by == "timestamp" or date_of_line(following.text) is not None
                                      or RUBRICS_AND_DATE.match(following.text) is not None)


MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"  # in full
YEAR_AT_END = re.compile(rf"\b(?!(?i:{MONTH_NAMES})\b)[^\W\d]{{3,}} (?:19|20)\d\d$")  # "... Report 2025", not a date's "January 1955"
MONTH_YEAR_LABEL = re.compile(r"^(?:status|as of|as at|published|issued|(?:final|draft|revised|updated|interim|mid-?term)(?: (?:review|report|evaluation|"
                              r"version|draft|edition))?)\s*[:,]?\s+(?=\S+\s+(?:19|20)\d\d$)", re.I)  # "Status: November 2025", "Final review,
# October 2025", "Published November 2026"
MONTH_AND_YEAR = re.compile(rf"^(?:{MONTH_NAMES}|spring|summer|autumn|fall|winter)\s+(?:19|20)\d\d$", re.I)
PLACE_MONTH_AND_YEAR = re.compile(r"^(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2},|[A-Z]{1,4}\s?[\d./-]{3,12}\s*[–—-]|(?i:(?:no\.\s?|issue |vol\.\s?|volume )\d{1,4}(?:[ ,]+(?:comment|number|no\.|issue)\s?\d{1,4})?)\s*[,|–—-]?)\s+"
                                  rf"(?i:{MONTH_NAMES})\s+(?:19|20)\d\d$")  # a UN report's cover: where and when ("Baghdad, December 2025");
PLACE_AND_DATE = re.compile(r"^(?P<place>[A-Z][\w'’./-]*(?: [A-Z][\w'’./-]*){0,2})(?:,\s+|(?<=[a-z])\s+(?=\d{1,2}/\d{1,2}/))"
                            r"(?P<date>(?:(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"  # "BELIZE CITY, Thurs. Nov. 26, 2026"
                            r"(?:\d{1,2}\s+\w+\.?,?\s+(?:19|20)\d\d|\w+\.?\s+\d{1,2},\s+(?:19|20)\d\d"
                            r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d(?:\s+\d{1,2}:\d\d)?))$")  # or with no comma, in figures: "Palma 27/11/2026 12:45"
# (not an outlet's: "CNN 10/26/2024")
def _place_and_date(text: str) -> re.Match | None:
    """"Paris-Geneva, November 22, 2025": a place and a date, not a series' issue ("Iran Update, December 17, 2025")."""
    placed = PLACE_AND_DATE.match(AGENCY_SLUG_AT_END.sub("", text))  # "Ulaanbaatar, November 27, 2026 /MONTSAME/."
    return placed if placed and not ORGANISATION_WORD.search(placed.group("place")) else None


AGENCY_SLUG_AT_END = re.compile(r"\s+/[A-Z][A-Za-z-]{1,15}/\.?$")


SERIES_MONTH_AND_YEAR = re.compile(rf"^[\w'’&.]+(?: [\w'’&.]+){{0,4}} [–—|] (?i:{MONTH_NAMES}|spring|summer|autumn|fall|winter) (?:19|20)\d\d$")
COVER_PERIOD = re.compile(r"^(?:(?:Q[1-4]|(?i:(?:first|second|third|fourth) quarter(?: of)?))\s+(?:19|20)\d\d(?:\s*\([^()]{3,40}\))?"
                          r"|(?i:(?:for the )?(?:reporting|financial|fiscal) year:?\s+(?:19|20)\d\d(?:[/–-]\d\d)?))$")  # the quarter or year a
# report covers: "Q3 2025 (July – September)", "Reporting year 2025", "For the Fiscal Year 2024"
PLACE_AND_YEAR = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2},\s+(?:19|20)\d\d$")  # a UN publication's imprint: "New York, 2025"
# a briefing's number and month ("PE 762.345 – December 2025"), an issue's ("NO.52 DECEMBER 2025")


def _metadata_over_headline(kept: list[Line], position: int, moved: set[int]) -> Line | None:
    """The moved byline or date line that kept[position] repeats, when only moved lines and the headline come between."""
    headline = position - 1
    if kept[headline].number in moved or not is_title_like(kept[headline].text):
        return None
    for other in reversed(kept[:headline]):
        if other.number not in moved:
            return None
        if other.text == kept[position].text:
            return other
    return None


def _outlet_by_writer(line: Line) -> re.Match[str] | None:
    """The outlet, then its writer: "24.kg news agency, by Anna Kapushenko" (groups "outlet" and "byline")."""
    if line.words > OUTLET_BY_WRITER_WORDS or not (", by " in line.text or ", By " in line.text):
        return None
    outlet = OUTLET_BY_WRITER.match(line.text)
    return outlet if outlet and BYLINE.match(outlet.group("byline")) else None


OUTLET_BY_WRITER = re.compile(r"^(?P<outlet>[\w.&'’-]+(?: [\w.&'’-]+){0,4}),\s+(?P<byline>[Bb]y\s+[A-Z].*)$")
OUTLET_BY_WRITER_WORDS = 12


def _is_writer_over_outlet(lines: list[Line], line: Line, under: Line) -> bool:
    """A writer's name over their outlet: "Tom Vanden Brook" / "USA TODAY", "Kim Norvell" / "Des Moines Register" under the
    masthead "The Des Moines Register"."""
    return _is_person_name(line.text) and (_is_outlet_line(under.text) or (under.text != line.text and _repeats_site_name(lines, under)
                                                                           and under.text.casefold() not in SECTION_NAMES))  # (not
    # the menu's section again, the story's rubric: "Craig Taylor" / "News")


def _is_outlet_under_date(kept: list[Line], index: int) -> bool:
    """The outlet as the story's writer, under its date: "November 27, 2026" / "Observer Media Group", a firm named
    as the masthead is ("Antigua Observer Newspaper"), not the masthead again; no menu item sits under the date."""
    line = kept[index]
    if (index < 2 or line.words > OUTLET_UNDER_DATE_WORDS or HAS_DIGIT.search(line.text) or OUTLET_AND_PLACE.search(line.text)
            or not date_of_line(kept[index - 1].text)):
        return False  # (the outlet and its place is a dateline: "Shafaq News – Baghdad")
    masthead = {word for word in kept[0].text.split() if len(word) >= 4 and word[:1].isupper()} - OUTLET_COMMON_WORDS
    return line.text != kept[0].text and not masthead.isdisjoint(line.text.split()) and _is_organisation_name(line.text)


OUTLET_UNDER_DATE_WORDS = 5
POST_NOMINALS = re.compile(r"(?:\s+(?:[A-Z][A-Za-z]{0,3}[A-Z](?:\([A-Z][a-z]+\))?|[A-Z]{2,6}))+$")  # "BA(Hons) MRTPI", "MSc FRICS"
APPOINTED_ROLE = re.compile(r"^an? (?:inspector|person|officer|examiner|adjudicator|arbitrator) appointed by (?:the )?\w", re.I)
HEADLINE_OVER_WRITER_WORDS = 4
OUTLET_AND_PLACE = re.compile(r"\s[–—-]\s|/")
OUTLET_COMMON_WORDS = frozenset(["News", "Daily", "Times", "Media", "Group", "Online", "Today", "Post", "Weekly", "Network", "Press",
                                 "Agency", "Newspaper", "Magazine", "Home"])  # any paper's: "Iraq News" shares nothing with "Shafaq News"


PERIOD_PLAN = re.compile(r"\b(?:rota|roster|timetable|schedule|calendar|programme|program|menu|fixtures)\b", re.I)


def _take_dates_and_bylines(lines: list[Line], kept: list[Line], result: CleanedDocument, moved: set[int]) -> None:
    """Date and byline lines anywhere in the header area: a standfirst may come before them."""
    byline_is_desk = False
    published_either_way = False  # the published date was read from "01/12/2024" (either number could be the month)
    story_begun = False
    for position, line in enumerate(kept):
        story_begun = story_begun or (position > 0 and (_is_body_line(kept[position - 1])
                                                         or (kept[position - 1].words >= BODY_LINE_WORDS and line.text[:1].islower())))
        # (a long line going on in lowercase in the next is a paragraph, hard-wrapped: "... will end in March because of funding" / "cuts. ...")
        if (line.words > PARTS_LINE_WORDS and line.text[:3] != "On "
                and not (result.byline is None and line.words <= BYLINE_WITH_ROLE_WORDS and BYLINE_START.match(line.text))):
            continue  # a paragraph of the story: of the tests below, only a long byline with its role ("By Sarah Hamid, a senior
            # fellow at ...") or a blog's "On ... In ... by ..." line can take a line this long, so the rest are not tried
        staff = None
        if position > 1 and line.words <= DATE_LINE_WORDS and (first := _metadata_over_headline(kept, position, moved)) is not None:
            moved.add(line.number)  # the byline or date again, under the headline this time: "By Nazrin Abdul" / "27 November 2026
            moved.discard(first.number)  # 18:02" / headline / "By Nazrin Abdul"; the copy over it is the header's
            _drop(first, "header_navigation")
        elif position == 0 and AGENCY_BYLINE.match(line.text) and not line.text.lower().startswith("by"):
            _drop(line, "header_navigation")  # "Xinhua" over the menu: the agency's masthead, not a byline
        elif line.words <= 8 and not HAS_DIGIT.search(line.text) and _under_label(lines, line, PROVIDER_LABEL):
            result.site_hint = result.site_hint or line.text  # "News provided by" / "Gulf Energy Partners": who issued the release
            moved.add(line.number)
        elif result.byline is None and position > 0 and kept[position - 1].number in moved and _is_outlet_under_date(kept, position):
            result.byline = line.text  # "November 27, 2026" / "Observer Media Group": the outlet wrote it
            moved.add(line.number)
        elif result.byline is None and (outlet := _outlet_by_writer(line)):
            result.byline = outlet.group("byline")  # the outlet, then its writer: "24.kg news agency, by Anna Kapushenko"
            result.site_hint = result.site_hint or outlet.group("outlet")
            moved.add(line.number)
        elif (result.byline is not None and position > 0 and kept[position - 1].number in moved and kept[position - 1].text == result.byline
                and line.words <= 8 and not TERMINAL.search(line.text) and BYLINE_ROLE.search(line.text)
                and " by " not in line.text):  # not the rubric "Statements by the Spokesperson"
            result.byline = f"{result.byline}, {line.text}"  # "Senior Editor, Defense One" under the name
            moved.add(line.number)
        elif (result.byline is not None and position > 0 and kept[position - 1].number in moved and kept[position - 1].text == result.byline
              and line.words <= ROLE_LINE_WORDS and APPOINTED_ROLE.match(line.text)):
            result.byline = f"{result.byline}, {line.text}"  # an appeal decision's "by J Patel BA(Hons) MRTPI" / "an Inspector
            moved.add(line.number)  # appointed by the Secretary of State"
        elif result.published is None and line.words <= PARTS_LINE_WORDS and HAS_DIGIT.search(line.text) and (
                cited := RECORD_SOURCE.match(line.text)) and (
                iso := date_of_line(cited.group("date"))):
            result.published = iso  # a library database's record: its source and date, then the story
            result.site_hint = result.site_hint or cited.group("source").split(",")[0].split(";")[0].strip()
            moved.add(line.number)
            if (result.byline is None and position > 0 and (inverted := INVERTED_NAME.match(kept[position - 1].text))
                    and kept[position - 1].number not in moved):
                result.byline = f"{inverted.group('first')} {inverted.group('last')}"  # "Aboulenein, Ahmed." over it
                moved.add(kept[position - 1].number)
        elif (position + 1 < len(kept) and line.words <= 8 and line.text[-1:] == ")"
              and (publication := PUBLICATION_WITH_PLACE.match(line.text))
              and date_of_line(kept[position + 1].text)):
            result.site_hint = result.site_hint or publication.group("name")  # a press reader's paper: "The National (Abu Dhabi)"
            moved.add(line.number)
        elif result.byline is None and result.published is None and (signed := byline_and_date(line.text)):
            result.byline, result.published = signed  # "by Bill Law January 11, 2024", "Posted by Teburoro Tito | 27 November
            moved.add(line.number)  # 2026" (before the date readers, which would take the line whole)
        elif result.published is None and HAS_DIGIT.search(line.text) and (
                issue := (ISSUE_AND_DATE.match(line.text) or RUBRICS_AND_DATE.match(line.text) or _rubric_and_date(line.text))) and (
                iso := date_of_line(issue.group("date"))):
            result.published = iso  # a newsletter's "Issue #214 | 1 November 2024", "Q&A / Middle East & North Africa 4 November 2024",
            # a story's rubric and time: "Economy | 14:32 / 27.11.2026"
            moved.add(line.number)
        elif result.published is None and (iso := date_of_line(line.text)) and not _ends_wrapped_sentence(lines, line):
            result.published = iso
            moved.add(line.number)
            published_either_way = NUMERIC_DATE_BOTH_MONTHS.search(line.text) is not None
        elif (result.published is None and line.words <= 8 and HAS_DIGIT.search(line.text) and (placed := _place_and_date(line.text))
              and (iso := date_of_line(placed.group("date")))):
            result.published = iso  # a release's place and date on their own line: "Paris-Geneva, November 22, 2025"
            moved.add(line.number)
        elif (result.dateline is None and 0 < position < len(kept) - 1 and kept[position - 1].number in moved
              and kept[position - 1].text == result.byline and _is_place_name(line.text) and date_of_line(kept[position + 1].text)):
            result.dateline = line.text  # where the writer filed from, between their name and the date
            moved.add(line.number)
        elif (result.published is not None and result.dateline is None and position > 0 and kept[position - 1].number in moved
              and line.words <= 8 and HAS_DIGIT.search(line.text) and (placed := _place_and_date(line.text))
              and date_of_line(placed.group("date"))):
            result.dateline = placed.group("place")  # where and when the story was filed, under its posting's date and byline:
            moved.add(line.number)  # "Posted: Friday, November 27, 2026" / "By Marco Lopez" / "ORANGE WALK TOWN, Thurs. Nov. 26, 2026"
        elif result.published is None and ((line.words <= 5 and MONTH_AND_YEAR.match(MONTH_YEAR_LABEL.sub("", line.text, count=1)))
                                           or (line.words <= 8 and PLACE_MONTH_AND_YEAR.match(line.text))  # "Baghdad, December 2025"
                                           or (line.words <= 4 and PLACE_AND_YEAR.match(line.text))  # a UN cover's "Vienna, 2025"
                                           or (line.words <= 8 and COVER_PERIOD.match(line.text))  # "Q3 2025 (July – September)"
                                           or (line.words <= 8 and SERIES_MONTH_AND_YEAR.match(line.text)  # "4Mi Snapshot –
                                               and not PERIOD_PLAN.search(line.text)  # (not a plan for the month, its title:
                                               # "Volunteer Rota – December 2026")
                                               and all(other.words < BODY_LINE_WORDS for other in kept[:position])  # November 2025":
                                               and not any(other.text == line.text for other in lines[line.number :]))):  # a series'
            # issue on the cover (under the text, or repeated, it is the pages' running head: "IRAQ SECURITY BRIEF | JANUARY 2024")
            moved.add(line.number)  # a report's "June 2025": its date, though no day to give `published`, so on record as removed
            _drop(line, "timestamp")
        elif (result.published is not None and line.words <= 3 and position > 0 and kept[position - 1].number in moved and TIME_ONLY.match(line.text)
              and date_of_line(kept[position - 1].text) and not CLOCK.search(kept[position - 1].text)):
            moved.add(line.number)  # "04 March 2024 |" / "3:45 am": the time the story went up, under a date with no time
            # (under "January 10, 2024, 9:41 AM", "09:12" is a live blog's first entry)
        elif result.byline is None and line.text[:3] == "On " and (posted := POSTED_IN_BY.match(line.text)):
            result.byline = posted.group("name")  # "On 3:53 pmIn Business, Energyby Udeme Akpan": a blog theme's line, run together
            moved.add(line.number)
        elif line.words <= DATE_LABEL_WORDS and DATE_LABEL_ALONE.match(line.text) and position + 1 < len(kept) and date_of_line(kept[position + 1].text):
            _drop(line, "header_navigation")  # the label over the date ("Posted" / "17 Jan 2024"): furniture, but
            moved.add(line.number)  # metadata to the headline search
        elif (result.byline is None and BY_LABEL.match(line.text) and position + 1 < len(kept)
              and _is_person_name(kept[position + 1].text)):
            result.byline = kept[position + 1].text  # "Written by" / "Jason Ditz"
            moved.update((line.number, kept[position + 1].number))
        elif (result.published is not None and line.words <= 6 and published_either_way
              and (swapped := date_of_line(line.text)) == _day_and_month_swapped(result.published)):
            result.published = swapped  # "01/12/2024" over "January 12, 2024": the site writes the month first
            _drop(line, "header_navigation")
        elif result.published is not None and (
                (line.words <= 6 and date_of_line(line.text) == result.published)  # the same date shown twice ("Published
                or (line.words <= 10 and UPDATE_LABEL.match(line.text) and date_of_line(line.text))):  # On 12 Jan 2024" / "12 Jan
            _drop(line, "header_navigation")  # 2024"), or the time it was updated under the time it was published
        elif ((result.byline is None or (byline_is_desk and not EDITED_BY.match(line.text)))
              and line.words <= 12 and not _is_outlet_author(line.text) and (
                BYLINE.match(line.text) or BYLINE.match(POST_NOMINALS.sub("", line.text))  # (a planner's "by J Patel BA(Hons) MRTPI")
                or (result.byline is None and (AGENCY_BYLINE.match(line.text) or (staff := STAFF_BYLINE.match(line.text))
                                                                       or ROLE_BYLINE.match(line.text))))):
            if byline_is_desk:  # a writer's name under "India Today World Desk" wins; the desk line is furniture
                desk = next(other for other in kept[:position] if other.number in moved and other.text == result.byline)
                _drop(desk, "header_navigation")  # still metadata to the headline search: "Reuters" under it
            byline_is_desk = result.byline is None and (not (signed := BYLINE.match(line.text))  # a desk, or an agency:
                                                        or AGENCY_BYLINE.match(signed.group("author")) is not None)  # "Story by Reuters"
            result.byline = line.text.rstrip(" |•·")  # "by Mike Brest, Defense Reporter |"
            if HAS_DIGIT.search(line.text) and (signed := byline_and_date(line.text)):  # "By Firas Al-Khateeb | 19 January 2024"
                result.byline = signed[0]
                result.published = result.published or signed[1]
            moved.add(line.number)
            if staff and result.site_hint is None and staff.group("outlet").casefold() not in GENERIC_OUTLETS:  # "Al-Monitor Staff"
                result.site_hint = (_without_desk_topic(staff.group("outlet")) if "desk" in line.text.casefold()
                                    else staff.group("outlet"))
        elif result.byline is None and line.words <= BYLINE_WITH_ROLE_WORDS and BYLINE_START.match(line.text) and BYLINE_WITH_ROLE.match(line.text):
            result.byline = line.text
            moved.add(line.number)
        elif result.byline is None and position > 0 and _is_name_slash_role(line):
            result.byline = line.text  # "Avia Collinder/Senior Business Writer"
            moved.add(line.number)
        elif (result.byline is None and line.words <= 16 and (named := NAMES_IN_PLACES.match(line.text))
              and position > 0 and _is_person_name(named.group("first")) and _is_person_name(named.group("other"))):
            result.byline = line.text  # "Andrew England in London and Raya Jalabi in Baghdad"
            moved.add(line.number)
        elif (result.byline is None and line.words <= 6 and position >= 2 and (named := NAME_IN_PLACE.match(line.text))
              and _is_person_name(named.group("name")) and _is_date_next(lines, kept, position)):
            result.byline = line.text  # "Andrew England in London" under the standfirst, over the date
            moved.add(line.number)
        elif (result.byline is None and line.words <= 8 and " by " in line.text and (series := SERIES_BYLINE.match(line.text))
              and _is_person_name(series.group("name")) and _is_date_next(lines, kept, position)):
            result.byline = series.group("name")  # "Critical Questions by Natasha Hall" over the date: the series and its writer
            moved.add(line.number)
        elif (result.byline is None and position > 0 and line.words <= 6 and (placed := PLACE_DASH_NAME.match(line.text))  # (the
              # page's first line is its masthead: "COOPI – Cooperazione Internazionale")
              and _is_person_name(placed.group("name")) and not ORGANISATION_WORD.search(placed.group("place"))  # not "Shafaq News – Dhi Qar"
              and placed.group("name").casefold() != (_masthead(lines) or "").casefold()):  # nor "Baghdad - Asharq Al-Awsat" under that masthead
            result.byline = placed.group("name")  # "Baghdad - Fadhel al-Nashmi": where the writer filed from, and who
            moved.add(line.number)
        elif (result.dateline is None and line.words <= 6 and (outlet := _masthead_beside_place(lines, line.text))):
            result.dateline = line.text  # "Baghdad - Asharq Al-Awsat" under that masthead: where the paper's story was filed
            result.site_hint = result.site_hint or outlet  # ("Baghdad Today - Baghdad" the other way round)
            moved.add(line.number)
        elif (result.byline is None and (line.words <= 8 or (line.words <= 14 and _under_label(lines, line, AUTHOR_LABEL)))
              and (_is_name_and_outlet(line.text) or _is_name_and_role(line.text))):
            result.byline = line.text  # "QASSIM ABDUL-ZAHRA, Associated Press", "Richard Spencer, Middle East Correspondent"
            moved.add(line.number)
        elif (result.byline is None and position > 0 and line.words <= 4
              and (_is_person_name(line.text) or (line.text.isupper() and _is_person_name(line.text.title())
                                                  and (_named_again(lines, line)  # "DENVER ISAACS", with "Denver Isaacs" in the foot,
                                                       or _over_place_and_date(kept, position))))  # or over where and when
              and (_over_relative_time(lines, line)  # (the header area's last line, over the age a rule took)
                   or (position + 1 < len(kept)
                       and (date_of_line(kept[position + 1].text)
                            or (line.text.isupper() and loose_date_line(kept[position + 1].text))  # "28 November 2026 | Local News"
                            or (MONTH_AND_YEAR.match(kept[position + 1].text) and _is_sole_writer(kept, position))
                            or (HAS_DIGIT.search(kept[position + 1].text) and _is_place_and_date(kept[position + 1].text))
                            or _over_place_and_date(kept, position))))  # or over the place, then the date: "Ana Suárez" / "Las
              # Palmas de Gran Canaria" / "Viernes, ..."
              and kept[position - 1].number not in moved and line.text != _masthead(lines)  # not "Yeni Şafak" again
              and not (WRAPPED_LINE_END.search(kept[position - 1].text) and not BY_AT_END.search(kept[position - 1].text))  # (nor
              # the end of the line above: "A Celebration of the Life of" / "Sister Mariam Yousif Hanna" / "14 March 1939 – ...")
              and not _repeats_site_name(lines, line)):
            result.byline = line.text  # "Ken Klippenstein" over "January 11 2024, 3:00 p.m."
            moved.add(line.number)
        elif (result.byline is None and 0 < position < len(kept) - 2 and line.words <= 4 and _is_person_name(line.text)
              and kept[position + 1].words <= 3 and not TERMINAL.search(kept[position + 1].text)
              and not _is_person_name(kept[position + 1].text) and date_of_line(kept[position + 2].text)):
            result.byline = line.text  # "Jake Bittle" / "Climate Change" / "Aug 28, 2023": the writer over the rubric and the date
            moved.add(line.number)
        elif (result.byline is None and line.words <= 4 and _is_person_name(line.text)
              and (handle := _next_text_line(lines, line)) is not None
              and ((HANDLE.match(handle.text) and (handle.kept or handle.removed_by == "social_handle"))
                   or (handle.removed_by == "email_capture" and "@" in handle.text and position > 0))):
            result.byline = line.text  # "Joel Wing" / "@JoelWing2": a post's writer and their handle (or email, under the headline)
            moved.update((line.number, handle.number))
        elif (result.byline is None and 0 < position < len(kept) - 1 and line.words <= 16 and _names_writers(line.text)
              and (date_of_line(kept[position + 1].text) or loose_date_line(kept[position + 1].text)  # "January 16, 2024 - ISW Press"
                   or MONTH_AND_YEAR.match(kept[position + 1].text))):
            result.byline = line.text  # "Khalid Al-Ansary and Salma El Wardany", "Anna Rossi | Georgetown Law, US" over the date
            moved.add(line.number)
        elif (result.byline is None and 0 < position < len(kept) and line.words <= 4 and _is_person_name(line.text)
              and kept[position - 1].number in moved and date_of_line(kept[position - 1].text)
              and (position == len(kept) - 1  # (the header area ends on the name under the date)
                   or (_is_body_line(kept[position + 1]) and _removed_line_after(lines, line) is not None))):
            result.byline = line.text  # "1/20/2024" / "Maryam Sinaee" / "Share": the writer under the date, over the share buttons
            # or the story's rubric ("November 27, 2026" / "Craig Taylor" / "News")
            moved.add(line.number)
        elif (result.byline is None and 0 < position < len(kept) - 1 and line.words <= 16
              and (position <= COVER_WRITERS_POSITION or (position <= MARKED_WRITERS_POSITION and INNER_FOOTNOTE_MARKS.search(line.text)))
              and " | " not in (writers := _writers_row(line.text)) and _names_writers(writers)
              and (not (_is_sentence_line(kept[position + 1]) or _goes_on_below(kept, position + 1))
                   or (INNER_FOOTNOTE_MARKS.search(line.text)
                       and (_removed_line_after(lines, line) is not None or AFFILIATIONS.match(kept[position + 1].text))))
              and not _is_role_line(kept[position + 1].text)
              and all(is_title_like(above.text.removesuffix(",")) or (above.words == 1 and not TERMINAL.search(above.text))  # a type
                      # label: "RESEARCH"; a title's piece cut after its comma: "... karst aquifers of Sulaymaniyah," / "Iraqi Kurdistan"
                      for above in kept[:position] if above.kept and above.number not in moved)):
            result.byline = INNER_FOOTNOTE_MARKS.sub("", writers)  # a report's cover: "Security Sector Reform in Iraq ..." /
            moved.add(line.number)  # its subtitle / "Karen Lindqvist, Omar Haddad, Jeffrey Tull" / the rights page
            below = position + 1
            while (below < len(kept) and below <= position + AFFILIATION_LINES and AFFILIATIONS.match(kept[below].text)
                   and INNER_FOOTNOTE_MARKS.search(line.text)):
                moved.add(kept[below].number)  # "Zainab Al-Rubaie1∗, Mustafa Kareem2" / "1University of Stuttgart 2University ...", or
                below += 1  # one line each: "1Centre for Lebanese Studies, Beirut, Lebanon" / "2Department of Geography, ..."
        elif (result.byline is None and 0 < position < len(kept) - 1 and line.words <= 16
              and (_is_person_name(line.text) or _names_writers(line.text)) and _is_role_line(kept[position + 1].text)
              and not any(above.text[:1].islower() and above.words >= BODY_WORDS for above in kept[:position])
              and not any(above.words >= BODY_WORDS and below.words >= BODY_WORDS and not TERMINAL.search(above.text)
                          and not TERMINAL.search(below.text) and below.text[:1].isalnum()
                          for above, below in zip(kept[: position - 1], kept[1 : position - 1]))):  # (not a foreword's signature under its
            # hard-wrapped text: "... adapting to a sharp fall in humanitarian funding. ..." / "Giulia Rossi" / "COOPI Country Director")
            result.byline = f"{INNER_FOOTNOTE_MARKS.sub('', line.text)}, {kept[position + 1].text}"  # "Sarah Hamid" / "Senior Fellow, Middle East Program",
            # a paper's "Zahra Ali and Ahmed Tabaqchali" / "Department of Sociology, Rutgers University"
            moved.update((line.number, kept[position + 1].number))
            if position + 2 < len(kept) and REPORTING_FROM.match(kept[position + 2].text):
                moved.add(kept[position + 2].number)  # "BBC Middle East correspondent" / "Reporting from Chibayish, southern Iraq"
        elif (result.byline is not None and 0 < position < len(kept) - 1 and kept[position - 1].number in moved and line.words <= 4
              and _is_person_name(line.text) and _is_role_line(kept[position + 1].text)
              and line.text.casefold() not in result.byline.casefold()):  # (not the byline's writer again, over the role)
            result.byline = f"{result.byline}; {line.text}, {kept[position + 1].text}"  # the next writer and role under the first's:
            moved.update((line.number, kept[position + 1].number))  # "Zahra Ali" / "Associate Professor, Rutgers University"
        elif (result.byline is None and 0 < position < len(kept) - 1 and _is_writer_over_outlet(lines, line, kept[position + 1])
              and any(above.words >= HEADLINE_OVER_WRITER_WORDS for above in kept[:position])):  # (under the headline, not among
            # the menu's places: "Kitzingen" / "Bad Kissingen" / "Würzburg", a section named again)
            result.byline = f"{line.text}, {kept[position + 1].text}"  # "Tom Vanden Brook" / "USA TODAY", "Kim Norvell" /
            # "Des Moines Register" under the masthead "The Des Moines Register"
            moved.update((line.number, kept[position + 1].number))
            result.site_hint = result.site_hint or kept[position + 1].text
        elif line.words > PARTS_LINE_WORDS:
            continue  # a paragraph of the story: the costly tests below would refuse it anyway
        elif not story_begun and position > 0 and line.kept and HAS_DIGIT.search(line.text) and _is_bare_date_span(line.text):
            moved.add(line.number)  # a life's span in the header: its metadata, no day of publication ("Margaret Ann Ellis" /
            # "14 March 1938 – 2 November 2026")
        elif (result.published is None and (dated := date_among_parts(line.text))
              and not (line.text[-1:] in "-–—" and _dateline_alone(line.text))  # "Erbil, 22 November 2024 –" is a dateline
              and not _ends_wrapped_sentence(lines, line)):  # "... the day we returned from" / "Iran, on 4 April 1988." is text
            result.published, name, byline = dated  # "Updated on: January 11, 2024 / 9:42 AM EST / CBS News"
            moved.add(line.number)
            if name and result.site_hint is None and not VERSION_NAME.match(name):
                result.site_hint = name
            if byline and (result.byline is None or byline_is_desk):
                result.byline = byline
        elif (position > 0 and not story_begun and HAS_DIGIT.search(line.text) and not CREDIT_SLASH.search(line.text)
              and line.text[-1:] not in "-–—"  # a dateline over the story: "BAGHDAD, 10th January, 2024 (WAM) --"
              and not dated_name(line.text) and (loose := loose_date_line(line.text))):  # a name beside a date: see _take_dated_name
            iso, byline = loose  # "January 11, 2024 06:00 AM Eastern Standard Time", "Posted on March 4, 2025 by Tom Hughes"
            if result.published is None or (byline and result.byline is None):
                result.published = result.published or iso
                result.byline = result.byline or byline
                if not DATED_REPORT_TITLE.match(line.text):  # "Iran Update, January 16, 2024" is the headline, dated
                    moved.add(line.number)
            else:
                _drop(line, "header_navigation")  # a second date: when the page was updated
        elif not story_begun and DONE_ON_DATE.match(line.text) and (iso := parse_date(line.text)):
            if result.published is None and not line.text.lower().startswith("heard"):  # "Decision given on 19 November 2026",
                # not when the case was heard: "Heard by video on 3 November 2026"
                result.published = iso
                moved.add(line.number)
            else:
                _drop(line, "header_navigation")
        elif not story_begun and position > 0 and UPDATE_LABEL.match(line.text) and not has_alphanumeric(
                CLOCK.sub("", UPDATE_LABEL.sub("", line.text)).translate(DIGITS_OUT)):
            _drop(line, "header_navigation")  # "Last updated: 11/01 - 14:02": a time without a year
        elif not story_begun and position > 0 and line.kept and HAS_DIGIT.search(line.text) and _is_event_dates(line.text):
            moved.add(line.number)  # an event's days and place, no day the text gives for itself: "10–12 March 2027 · University
            # of Plymouth"

ORGANISATION_WORD = re.compile(  # a name with one of these is an outlet, a company or a newsletter, not a writer
    r"\b(news|times|arabia|partners|digest|morning|evening|weekly|daily|media|group|post|press|agency|network|institute|world|"
    r"report|journal|herald|tribune|gazette|independent|monitor|observer|review|today|online|radio|tv|channel|company|inc|ltd|"
    r"llc|foundation|council|ministry|office|department|center|centre|university|association|staff|desk|editors|team|briefing|"
    r"update|project|release|statement|commentary|feature|explainer|interview|survey|trial|committee|commission|directorate|"
    r"secretariat|presidency)\b", re.I)
# "Project Update": a content type; "Middle East Economic Survey": a publication; "Free Trial": a button
BENCH_MEMBER = re.compile(r"^(?:(?:upper |first-tier )?tribunal member|(?:district |deputy |circuit |immigration |high court )?judge|"
                          r"(?:lord |lady |mr |mrs |ms )?justice)\s", re.I)
VERSION_NAME = re.compile(r"^(?:version|ver\.|v|rev\.?|revision|draft|edition)\s?\d", re.I)  # a document's version beside its date
ISSUE_LINE = re.compile(r"^(?:issue|vol\.|volume|number|no\.)\s*(?:no\.?\s*)?\d+\b"  # "Issue No. 318 – 25 November 2026", or a
                        r"|^(?:case|file|claim|appeal|docket|dossier|reference|ref\.?|b/l|awb|permit|licen[cs]e|certificate|bulletin|report|"
                        r"registration|application|policy|warrant|decree)\s+(?:no\.?|number)\s*:?\s*[\w/.-]*\d[\w/.-]*$"  # paper's
                        r"|^(?:our |your |complaint |case |claim |customer |account |booking )?(?:ref\.?|reference)(?: no\.?| number)?\s*:\s*"
                        r"[\w/.-]*\d[\w/.-]*(?: \d+)*$"  # reference: "Case No. 1184/B/2026", "Complaint reference: 26 004 118",
                        r"|^(?:ofsted |cqc |company |charity |vat )?(?:urn|reg(?:istration)?\.? no\.?|registered number|registration number|"
                        r"(?:company|charity|vat) (?:no\.?|number))\s*:?\s*[A-Z]{0,3}[\d ]*\d$",  # "Ref: ES/2026/1187"; the issuer's
                        re.I)  # registration: "Ofsted URN: EY448812", "Company number: 04412345"
DONE_ON_DATE = re.compile(rf"^(?:[\w-]+ )?(?:\w+ed|heard|given|held|made|sent|done|written|taken|handed down)\b(?: [\w-]+){{0,3}} on "
                          rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTH_NAMES}),? \d{{4}}"
                          rf"(?:,? at \d{{1,2}}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?)?(?: (?:in|at) (?:the )?[\w'’ -]{{1,40}})?\.?$", re.I)  # when
# something was done, no headline: "Heard by video on 3 November 2026", "Decision given on 19 November 2026", a meeting's
# minutes: "Held on Tuesday 17 November 2026 at 7.30pm in the Clubhouse"
DATED_REPORT_TITLE = re.compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} (?:Update|Report|Brief|Briefing|Digest|Roundup|Bulletin|"
                                r"Assessment|Sitrep|Situation Report|Flash Update|Dispatch)\b")
GENERIC_OUTLETS = frozenset({"news", "web", "the", "our", "online", "digital", "editorial", "foreign", "city", "metro"})  # "News Desk"
HANDLE = re.compile(r"^@\w{2,30}$")
NAME_UPPER, NAME_LOWER = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩΆΈΉΊΌΎΏА-ЯЁ", "a-zß-öø-ÿā-žά-ώΐа-яё"  # Latin letters with their accents: "Hélène Sallon",
# "Ángeles Espinosa"; Greek and Cyrillic ones: "Γιώργος Κακούρης"
BARE_NAME = re.compile(rf"^(?:[{NAME_UPPER}][{NAME_LOWER}]{{2,4}}-[{NAME_UPPER}][{NAME_LOWER}]{{2,7}}|[{NAME_UPPER}][{NAME_LOWER}'’.-]+"
                       rf"|(?!U\.[SNK]\.|E\.U\.)(?:[A-Z]\.){{1,3}})"  # a given name of two short parts: "Jean-Baptiste Laurent",
                       rf"(?:\s+(?:[{NAME_UPPER}][\w'’.-]*|al-\w+|el-\w+|bin|van|von|de|der|da|di|le)){{1,3}}$")  # not "Al-Masry Al-Youm"


PLACE_NAME_PART = re.compile(r"^[A-Z][\w'’.]+(?: [A-Z][\w'’.]+)?$")


def _masthead_beside_place(lines: list[Line], text: str) -> str | None:
    """The page's masthead and a place on either side of a dash ("Baghdad - Asharq Al-Awsat",
    "Baghdad Today - Baghdad"): the paper's dateline. Returns the masthead."""
    parts = re.split(r"\s+[-–—]\s+", text)
    masthead = _masthead(lines) if len(parts) == 2 else None
    if not masthead:
        return None
    for name, place in (parts, parts[::-1]):
        if name.casefold() == masthead.casefold() and PLACE_NAME_PART.match(place):
            return name
    return None


CAPITALS_NAME = re.compile(r"^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3}$")  # "QASSIM ABDUL-ZAHRA"


COVER_WRITERS_POSITION = 4  # a report's cover: a series label, the title, its subtitle, a date, then the writers
MARKED_WRITERS_POSITION = 8  # a journal's first page: its type, access and DOI lines, the title over two lines, then the writers
# with their affiliations' marks


def _names_writers(text: str) -> bool:
    """Two writers' bare names ("Khalid Al-Ansary and Salma El Wardany"), or a writer beside where
    they work or study ("Anna Rossi | Georgetown Law, US")."""
    if " | " in text:
        return _is_person_name(text.split(" | ", 1)[0])
    parts = WRITER_LIST_SEPARATOR.split(text)
    names = [FOOTNOTE_MARKS.sub("", name) for name in parts]  # "Ashka Jhaveri, Amin Soltani, Andie
    # Parry, and Brian Carter"; a paper's "Zainab Al-Rubaie1∗, Mustafa Kareem2" with their affiliations' marks
    marked = len(names) >= 2 and all(name != part for name, part in zip(names, parts))  # "Zainab A. Khalaf 1, Mohammed J. Al-Asadi 2"
    starred = len(names) == 2 and parts[0][-1:] in "*∗"  # the corresponding writer's star alone: "Zahraa Kadhim*, Hayder A. Naji"
    return (len(names) >= 3 or (len(names) == 2 and (" and " in text or " · " in text or marked or starred))) and all(
        _is_person_name(name) or (marked and DOTLESS_INITIALS_NAME.match(name)) for name in names)
    # three names need no "and": a report's cover, "Karen Lindqvist, Omar Haddad, Jeffrey Tull"; marked names may give their
    # initials without stops: "A H Hassan1, S K Mahmood2 and R A Jasim1"


DOTLESS_INITIALS_NAME = re.compile(r"^(?:[A-Z] ){1,3}[A-Z][a-z][\w'’-]+$")


FOOTNOTE_MARKS = re.compile(r"(?<=[a-z])\s?[\d¹²³⁴⁵⁶⁷⁸⁹⁰∗*†‡]{1,4}(?:,[\d¹²³⁴⁵⁶⁷⁸⁹⁰∗*†‡]{1,3})*$")  # "Sara Jalal1,2": two
# affiliations; set as superscripts: "Huda Kareem¹"
INNER_FOOTNOTE_MARKS = re.compile(r"(?<=[a-z])\s?[\d¹²³⁴⁵⁶⁷⁸⁹⁰∗*†‡]{1,4}(?:,[\d¹²³⁴⁵⁶⁷⁸⁹⁰∗*†‡]{1,3})*(?=,|\s+and\b|\s+[·|]|$)"
                                  r"|(?<=[a-z],)[\d∗*†‡]{1,2}(?=\s)")  # "Omar Khalaf,1 Noor ..."
AFFILIATION_LINES = 6


def _writers_row(text: str) -> str:
    """A journal's writers between bars, each with the mark of their affiliation ("Layla Hassan1 | Martin
    Keller2"): the names as a list ("Layla Hassan and Martin Keller"); any other text as it is."""
    if " | " in text and INNER_FOOTNOTE_MARKS.search(text):
        names = [INNER_FOOTNOTE_MARKS.sub("", part).strip() for part in text.split(" | ")]
        if all(_is_person_name(name) for name in names):
            return f"{', '.join(names[:-1])} and {names[-1]}"
    return text


AFFILIATIONS = re.compile(r"^[\d¹²³⁴⁵⁶⁷⁸⁹⁰∗*†‡]{1,2}(?:\.? )?(?-i:[A-Z])[\w'’.&-]*(?:[,;]? (?:[\w'’.&-]+|[–—])){0,40}$")  # "1University of Stuttgart ...",
# "1Department of Community Medicine, University of Anbar, Ramadi, Iraq. 2Ministry of Health, Baghdad, Iraq.", "1. Family Medicine, ...",
# "¹ University of Basra, Department of Sociology"
WRITER_LIST_SEPARATOR = re.compile(r",[\d∗*†‡]{0,2}\s+and\s+|,[\d∗*†‡]{0,2}\s+|\s+and\s+|\s+·\s+")  # a journal's "Layla Hassan1 ·
# Peter Müller2", its mark after the comma: "Omar Khalaf,1 Noor Abdulrazzaq2 and Hassan Jaber1"


def _is_place_and_date(text: str) -> bool:
    """A date with no writer beside it: "HAMBURG, Germany 1996-08-22", not "By Barak Ravid · Jan 30, 2024"."""
    loose = loose_date_line(text)
    return loose is not None and loose[1] is None and not BYLINE_START.match(text)


def _is_name_and_outlet(text: str) -> bool:
    """"QASSIM ABDUL-ZAHRA, Associated Press", "Murray Brewster · CBC News"."""
    name, _, outlet = text.partition(", ")
    if outlet and (BARE_NAME.match(name) or CAPITALS_NAME.match(name)) and AGENCY_BYLINE.match(outlet):
        return True
    for separator in (" · ", " - ", " – "):
        name, _, outlet = text.partition(separator)
        if (outlet and 1 <= word_count(outlet) <= 4 and outlet[0].isupper() and not HAS_DIGIT.search(outlet)
                and not TERMINAL.search(outlet) and _is_person_name(name)  # not "By Barak Ravid · Jan 30, 2024"
                and (separator == " · " or outlet.startswith("The ") or AGENCY_BYLINE.match(outlet))):  # after a dash, a paper
            return True  # ("Pia Lee-Brago - The Philippine Star"), not a site's line about itself ("Hespress English - Moroccan news")
    return False


def _is_role_line(text: str) -> bool:
    """"Senior Fellow, Middle East Program", "Freelance journalist based in Duhok": a writer's role under the name;
    a longer one in title case ("Senior Research Fellow; Project Director, Iraq Initiative, Middle East and North
    Africa Programme"); a scholar's department (AFFILIATION)."""
    words = word_count(text)
    if words > ROLE_LINE_WORDS or TERMINAL.search(text):
        return False
    if AFFILIATION.match(text):
        return True
    if (role := BYLINE_ROLE.search(text) or STAFF_TITLE.search(text)) is None or REPORTED.search(text):
        return False  # (not a quote's speaker: "Sahar Hassan, IRC Iraq Country Director, said:")
    return words <= 8 or (role.start() < ROLE_AT_START and all(word[:1].isupper() or word in NAME_PARTICLES for word in _lettered_words(text)))


ROLE_LINE_WORDS = 16
STAFF_TITLE = re.compile(r"\b(?:coordinator|associate|director|chair(?:man|woman|person)?|president|advis[eo]r|manager|officer|specialist|"
                         r"consultant)\b", re.I)  # a think tank's staff under the writer's name: "ORSAM Coordinator for Iraq Studies"
REPORTING_FROM = re.compile(r"^Reporting from ?[A-Z][\w'’ ,-]{2,60}$")  # "Reporting fromSinjar": the BBC's, saved without its space
# a scholar's affiliation under the name: "Department of Political Science, University of Baghdad, Iraq"
AFFILIATION = re.compile(r"^(?:department|dept\.|faculty|school|institute|centre|center|college|division|programme|program) "
                         r"(?:of|for) [^,;]{3,80},.{0,80}\b(?:university|universit[éàäy]|college|institute|academy|polytechnic)\b"
                         r"|^(?:university|college|institute|academy|polytechnic) (?:of|for) [^,;]{3,60},\s*"  # or the other way round:
                         r"(?:department|faculty|school|college|institute|centre|center) (?:of|for) [^,;]{3,80}$", re.I)  # "University of
# Sulaimani, Department of Kurdish Language"
ROLE_AT_START = 30  # characters: the role word leads a long role line


def _is_outlet_author(text: str) -> bool:
    """"Author: Kurdistan24": the site's name in the author field, page furniture; not a team ("Authors: Tdh
    Iraq Child Protection Team") nor two writers ("Authors: Nadia Rahman and Omar Saleh")."""
    return (text[:6].lower() == "author" and (match := BYLINE.match(text)) is not None
            and not _is_person_name(AUTHOR_SEPARATOR.split(match.group("author"))[0].strip())
            and not match.group("author").endswith((" Team", " team")))


AUTHOR_SEPARATOR = re.compile(r",|\s+(?:and|&)\s+")


def _is_name_and_role(text: str) -> bool:
    """"Richard Spencer, Middle East Correspondent"."""
    name, _, role = text.partition(", ")
    return bool(role) and _is_person_name(name) and _is_role_line(role)


SITE_NAME_LINES = 8


def _repeats_site_name(lines: list[Line], line: Line) -> bool:
    """Does `line` repeat a name shown among the page's first lines, above it ("The Des
    Moines Register" over the menu, "Des Moines Register" under the writer's name)?"""
    name = line.text.removeprefix("The ")
    return any(other.text.removeprefix("The ") == name for other in lines[: min(line.number - 1, SITE_NAME_LINES)] if other.text)


def _headline_under_masthead(lines: list[Line], kept: list[Line], plain: list[int], body_start: int, moved: set[int]) -> int:
    """The page's first line, the site's menu under it ("Home"), then a longer headline with
    only menus between it and the story: the first line is the site's name ("UNESCO World
    Heritage Convention" / "Home" / "The List" / the property's name / "Description" / "Maps").
    Its motto may sit under the name, a deck and the header's lines under the headline."""
    def under_menu(index: int) -> bool:  # a menu a rule took, or one the rules left ("Direct" / "Actu" / "Polynésie" / ...)
        return (any(line.removed_by == "navigation" for line in lines if kept[0].number < line.number < kept[index].number)
                or sum(1 for line in kept[1:index] if line.kept and line.words <= 2) >= MENU_ITEMS)
    later = next((i for i in plain if i > 0 and under_menu(i)), None)
    if later is None or kept[later].words <= kept[0].words:
        return 0
    def short(line: Line) -> bool:
        return not line.kept or line.number in moved or (line.words <= 3 and not TERMINAL.search(line.text))
    if not (all(short(line) or (line is kept[1] and line.words <= MOTTO_WORDS and not TERMINAL.search(line.text))  # "El Faro de
                for line in kept[1:later])  # Ceuta" / "Diario decano de la prensa de Ceuta" / "Portada" / ...
            and all(short(line) or line is kept[later + 1] for line in kept[later + 1 : body_start])):  # (its deck)
        return 0
    _drop(kept[0], "header_navigation")
    return later


MENU_ITEMS = 4


def _domain_masthead(lines: list[Line]) -> str | None:
    """A site that heads its page with its address: "IraqiNews.com", "KSL.com", "www.baghdadpost.iq"."""
    for line in [line for line in lines if line.text][:MASTHEAD_LINES]:
        if (domain := DOMAIN_LINE.match(line.text)) and not line.kept:
            return domain.group("site")
    return None


MASTHEAD_LINES = 3
DOMAIN_LINE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<site>[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|news|info|co|tv|iq|krd|ae|sa|qa|kw|bh|om|"
                         r"eg|jo|lb|sy|tr|ir|il|pk|in|uk|ie|au|ca|de|fr|co\.uk))/?$", re.I)


def _masthead(lines: list[Line]) -> str | None:
    """The page's first line: the site's name, when it repeats under the headline."""
    return next((line.text for line in lines if line.text), None)


def _is_sole_writer(kept: list[Line], position: int) -> bool:
    """A paper's one writer over its month ("Dara Sulaiman" / "January 2026"): not the last of several
    writers, nor a cover's kind or a programme's name ("Policy Brief", "Humanitarian Disarmament Programme")."""
    text = kept[position].text
    return (not _is_person_name(kept[position - 1].text.rstrip("*†‡")) and not COVER_KIND.search(text)
            and not DATED_REPORT_TITLE.match(text) and not PROJECT_NAME.search(text) and not GERUND_START.match(text))


GERUND_START = re.compile(r"^[A-Z][a-z]+ing\b")  # a subtitle, not a name: "Navigating Lower Oil Prices"


def _is_person_name(text: str) -> bool:
    """"Simon Tisdall", not "Middle East", "Morocco World News" or the menu item "Where We Work"."""
    return (bool(BARE_NAME.match(text)) and text.casefold() not in SECTION_NAMES and not ORGANISATION_WORD.search(text)
            and not text.startswith("The ") and not NOT_A_NAME_WORD.search(text))  # "The New Region"


PLACE_UNIT_WORDS = "Region|Governorate|Province|District"  # "Kurdistan Region", "Nineveh Governorate": places, not names
NOT_A_NAME_WORD = re.compile(r"\b(?:We|Our|Us|You|Your|Where|What|Who|How|Why|When|About|Contact|More|All|Latest|Top|Home|Read|Watch|With|"
                             r"Together|Presented|Sponsored|Powered|Bulletin|Newsletter|Edition|Editions|Weekend|Supplement|Express|Gazette|Tribune|Chronicle|Telegraph|Courier|Times|"
                             r"Classifieds|Podcasts?|Gallery|Lifestyle|Life|Entertainment|"
                             r"Clerk|Treasurer|Chairman|Chairwoman|Chairperson|Headteacher|Headmaster|Headmistress|Vicar|Rector|Curate|"
                             r"Director|Executive|Manager|Officer|Summons|Invoice|Receipt|Certificate|Reminder|Confirmation|Agreement|Statement|"
                             r"Extract|Minutes|Agenda|Court|Schedule|Timetable|Programme|Report|Results|"
                             r"Listen|Subscribe|Sign|Log|Search|Menu|Get|Involved|Join|Donate|Give|Learn|Take|Action|Live|Chat|Mission|Election|Observation|"
                             r"Emergency|Food|Nutrition|Assistance|Health|Water|Sanitation|Education|Protection|Relief|Aid|Response|"
                             r"Recovery|Development|Support|Services|Shelter|Livelihoods?|Advisory|Advisories|Alert|Warning|Notice|"
                             r"Kingdom|States|Emirates|Republic|Zealand|Africa|Arabia|Korea|Lanka|Islands|Federation|"
                             r"Admissions|Enquiries|Office|Team|Control|Town|Village|Theatre|Theater|Arena|Stadium|Cathedral|Chapel|Pavilion|Auditorium|Gardens|"
                             r"Concert|Gala|Festival|Recital|Exhibition|Carnival|"
                             + PLACE_UNIT_WORDS + r")\b")  # "Get Involved", a programme's name ("Emergency Food and Nutrition
# Assistance" is no two writers), a country ("United Kingdom" under a letterhead's address), a paper's menu ("Digital Edition", "Sunday Express"),
# an office under a signature ("Town Clerk", "Managing Director"), a section ("Expat Life"), a venue under an event's name
# ("Northgate Town Hall"), an event ("Winter Brass Gala Concert"), a record's kind under its issuer ("Court Register Extract")


def _is_outlet_line(text: str) -> bool:
    """A news outlet or agency alone on its line, as under a writer's name: "USA TODAY", "Associated Press"."""
    return bool(AGENCY_BYLINE.match(text)) or (text.isupper() and len(text) > 2 and 1 <= word_count(text) <= 3  # not "EN"
                                               and not SENTENCE_END.search(text))


PHOTO_COPYRIGHT = re.compile(r"^©\s*[A-Z][^\W\d][\w.&'’ /-]{0,40}$")  # a picture's owner, with no year: "© Land Tirol" (not "© Tiroler
# Tageszeitung 2026")
CREDIT_LINE = re.compile(  # a photo credit alone on its line: "REUTERS", "Ahmad Al-Rubaye/AFP", "Photo: Getty Images", "Credit: PA"
    r"^(?:©\s*)?(?:(?:photo|image|picture|foto|credit)s?\s*:\s*)?(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s*[/—]\s*)?"  # "Asaad
    # Niazi—AFP/Getty Images"
    r"(?:getty images|afp|reuters|ap|ap photo|associated press|epa|anadolu|xinhua|shutterstock|alamy|efe|dpa|pool|handout|pa|"
    r"pa wire|pa images|wana|ina|yonhap|kyodo|bloomberg|file|supplied)"
    r"(?:\s*(?:/|via)\s*[\w .'’-]{1,40})?$"
    r"|^(?:photo|image|picture|foto|photograph|credit)s?\s*(?:credit)?\s*:\s*\S.{0,60}$"  # any credit after a photo label
    r"|^(?:photo |image |picture )?[Cc]ourtesy(?: of)?\s+\S.{0,60}$"  # "Courtesy of Cannes Film Festival"
    r"|^(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s*/\s*[A-Z][\w.&'’-]+(?: [A-Z][\w.&'’-]+){0,3})$", re.I)  # "Name/Agency"


def _over_relative_time(lines: list[Line], line: Line) -> bool:
    """Is the next line a relative time ("2 minutes ago") a rule took? ("Josh Salisbury" over it is the byline.)"""
    after = _removed_line_after(lines, line)
    if after is not None and READING_TIME.match(after.text):
        after = _removed_line_after(lines, after)  # (past the reading time between: "Ivan Martin" / "3 min read" / "Today, 17:58")
    return after is not None and after.removed_by in ("timestamp", "neighbourhood_time")  # "Layla Barzani" / "Dream City · 3 hr ago"


READING_TIME = re.compile(r"^\d{1,2}\s*(?:min|mins|minutes?)(?: read)?$", re.I)


def _is_writer_over_age(lines: list[Line], line: Line) -> bool:
    """A person's name over the story's age a rule took: "Eilish O'Regan" / "Today at 21:30"."""
    return _is_person_name(line.text) and _over_relative_time(lines, line)


def _over_wiki_furniture(lines: list[Line], line: Line) -> bool:
    """Among the removed lines between `line` and the next kept one of two words or more (a tab
    like "Discussion" is passed over), a wiki's own ("From Wikivoyage")."""
    for following in islice(lines, line.number, None):
        if following.kept and following.words > 1:
            return False
        if following.removed_by == "encyclopedia_furniture":
            return True
    return False


def _removed_line_after(lines: list[Line], line: Line) -> Line | None:
    """The next non-blank raw line after `line`, if a rule removed it."""
    following = _next_text_line(lines, line)
    return following if following is not None and not following.kept else None


CAPTION_OVER_NAME_WORDS = 12


def _is_caption_over_credit(kept: list[Line], index: int, moved: set[int], removed_credit: Line | None = None) -> bool:
    """Is kept[index], under the header's byline or date, a caption: a sentence or a bare name
    ("Iraqi Prime Minister Mohammed Shia al-Sudani") with a credit line under it, then the story?
    The credit is kept[index + 1], or `removed_credit` when a rule already took it ("© AFP")."""
    credit = removed_credit or (kept[index + 1] if index + 1 < len(kept) else None)
    story = index + (1 if removed_credit else 2)
    if not (story < len(kept) and credit is not None and _is_body_line(kept[story])
            and (CREDIT_LINE.match(credit.text)
                 or any(line.number in moved and line.text == credit.text and _is_person_name(line.text) for line in kept[:index])
                 # (the writer took the photo: "Jean-Baptiste Laurent" under the caption, as in the byline)
                 or (removed_credit is None and credit.words == 1 and credit.text[:1].isupper() and not credit.text.isupper()
                     and not TERMINAL.search(credit.text) and not DOCUMENT_SECTION.match(credit.text)
                     and 5 <= kept[index].words <= CAPTION_OVER_NAME_WORDS
                     and TERMINAL.search(kept[index].text)))  # or whose photo it is, named alone under a short
            # caption: "Le tram sera prolongé de 3,9 kilomètres." / "Luxtram"
            and any(line.number in moved for line in kept[:index])):  # under the byline or date: not the headline
        return False
    caption = kept[index]
    if 5 <= caption.words <= CAPTION_MAX_WORDS and TERMINAL.search(caption.text):
        return True
    return (2 <= caption.words <= ECHO_MAX_WORDS and is_headline_like(caption.text)
            and any(line.kept and line.number not in moved and line.words >= 4 and is_title_like(line.text)
                    for line in kept[:index]))  # with no headline above it, it is the headline (a paper's name and date over it)


def _opens_the_story(line: Line) -> bool:
    """A long line or a body sentence: the story's first paragraph (before it, the header)."""
    return line.words > STORY_LINE_WORDS or _is_body_line(line)


STORY_LINE_WORDS = 30


WRAPPED_LONG_WORDS = 12  # a line this long going on in lowercase is a wrapped sentence wherever it was cut, not a tagline


def _wraps_onto_next(kept: list[Line], index: int) -> bool:
    """A hard-wrapped sentence's first line: cut after a comma or a word like "in" or "the", or as long as
    the column, and going on in the next line (a PDF's text, wrapped at its column)."""
    line = kept[index]
    full_width = _full_width_pair(kept, index)
    if not full_width and (line.words < BODY_WORDS or index + 1 >= len(kept) or line.text[0].islower()  # (a piece from inside
            or not (line.text.endswith(",") or WRAP_WORD_END.search(line.text)  # the sentence)
                    or (line.words >= WRAPPED_LONG_WORDS and not SENTENCE_END.search(line.text)))):  # a column's full width
        return False
    following = kept[index + 1]
    return following.number == line.number + 1 and not following.text.startswith("by ") and (
        following.text[0].islower() or _wrapped_before_name(line, following)
        or (line.text.endswith(",") and line.words >= WRAPPED_LONG_WORDS)  # (a long clause's comma over a name: "..., the
        # defendant," / "KAREEM S. HADDAD, operated ...")
        or (full_width and _full_width_pair(kept, index + 1) and not _is_title_case(line.text))
    ) and not _title_end_alone(kept, index)  # (three lines of a column's width: "The Embassy ... presents its compliments to the
    # Federal Foreign" / "Office of the ... that His" / ...; not a long headline over them)


def _full_width_pair(kept: list[Line], index: int) -> bool:
    """Two long lines, the first ending on no sentence's end: a column's full width, however few its words ("Asiacell
    Communications PJSC, Iraq's largest mobile operator by subscribers, today" / "reported revenue of ..."); a headline
    wrapped over two lines is shorter."""
    line = kept[index]
    return (index + 1 < len(kept) and line.words >= BODY_WORDS and not line.text[0].islower() and not SENTENCE_END.search(line.text)
            and min(len(line.text), len(kept[index + 1].text)) >= WRAPPED_LONG_CHARS)


WRAPPED_LONG_CHARS = 75


def _title_end_alone(kept: list[Line], index: int) -> bool:
    """A long title's last word run onto a line of its own, a head or the text under it: "Decision on the complaint
    of a resident of Darbandikhan about the cutting of his water" / "supply" / "Summary"."""
    if index + 1 >= len(kept):
        return False
    title, rest = kept[index], kept[index + 1]
    return (rest.number == title.number + 1 and title.words >= WRAPPED_TITLE_WORDS and rest.words <= 2 and rest.text.islower()
            and rest.text.replace(" ", "").isalpha() and not rest.text.startswith(("by ", "via ")) and not TERMINAL.search(rest.text)
            and not SENTENCE_END.search(title.text) and not WRAP_WORD_END.search(title.text)  # (cut after a little word, the
            # other tests take it: "... 2017–24: a" / "household survey")
            and (index + 2 >= len(kept) or kept[index + 2].text[:1].isupper()))


def _wrapped_before_name(line: Line, following: Line) -> bool:
    """A long line cut on a little word, the sentence ending on the next line, which starts with a name: "... civil
    society groups in" / "Basra and Maysan to observe provincial council elections."."""
    return line.words >= WRAPPED_LONG_WORDS and WRAP_WORD_END.search(line.text) is not None and TERMINAL.search(following.text) is not None


def _story_start(lines: list[Line], kept: list[Line], moved: set[int]) -> int:
    """Index of the story's first paragraph: the first long line or body sentence after
    the last date or byline line (before them, it is a standfirst)."""
    def first_body(start: int) -> int:
        return next((i for i in range(start, len(kept)) if _opens_the_story(kept[i])
                     or (_wraps_onto_next(kept, i) and not _title_over_writers(lines, kept, i))  # (a paper's title wrapped over
                     # its writer: "Cholera outbreaks in Iraq, 2015–2025: a spatial and" / "temporal analysis" / "Mustafa Ali Hasan")
                     or (i == len(kept) - 1 and kept[i].words >= WRAPPED_LONG_WORDS  # the area's last line, wrapped onto
                         and _opens_wrapped_sentence(lines, kept[i].number - 1))), len(kept))  # the lines under it
    body_start = first_body(0)
    last_metadata = max((i for i, line in enumerate(kept) if line.number in moved), default=-1)
    if (last_metadata >= body_start and BYLINE.match(kept[last_metadata].text)
            and sum(_is_body_line(line) for line in kept[body_start:last_metadata]) >= SIGNED_ITEM_PARAGRAPHS):
        return body_start  # paragraphs over a writer's name are a story they sign, no standfirst: "Supply ship brings Christmas
        # cargo" / "The Silver Supporter arrived ..." / "Unloading took two full days ..." / "By Meralda Warren" / "Island news"
    return first_body(last_metadata + 1) if last_metadata >= body_start else body_start


SIGNED_ITEM_PARAGRAPHS = 2


# a rubric in capitals opening a headline, not a place opening a dateline: "MATCH REPORT: Iraq 2-1 Oman", "EXCLUSIVE: ..."
RUBRIC_OPENER = re.compile(r"^(MATCH REPORT|MATCH PREVIEW|EXCLUSIVE|WATCH|ANALYSIS|OPINION|EDITORIAL|COMMENTARY|INTERVIEW|"
                           r"EXPLAINER|FACTBOX|FACT CHECK|BREAKING( NEWS)?|LIVE|VIDEO|PHOTOS|IN PICTURES|REVIEW|PREVIEW|Q&A|"
                           r"UPDATE( \d+)?|SPECIAL REPORT|INSIGHT):\s+[A-Z0-9\"“‘']")


def _running_feet(lines: list[Line]) -> set[str]:
    """The running foot at the page's end without its bars and page number, casefolded: a report page's
    head repeats it ("Korek Telecom Annual Report 2025" over the foot "Korek Telecom | Annual Report 2025 | 13")."""
    return {" ".join(part.strip() for part in foot.text.split(" | ") if not part.strip().isdigit()).casefold()
            for foot in lines[-RUNNING_FOOT_LINES:] if " | " in foot.text}


RUNNING_FOOT_LINES = 3
PLACE_AND_REGION = re.compile(rf"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,2}}\s*[-–—,]\s+(?:[A-Z][\w'’.-]+ )?(?:{PLACE_UNIT_WORDS})"
                              r"(?: of [A-Z][\w'’.-]+)?$")
WRITERS_LABEL = re.compile(r"^(?:authors?(?:\(s\))?|written by|editors?(?:\(s\))?|reviewers?(?:\(s\))?|contributors?)\s*:", re.I)


def _caps_title_after_colon(text: str) -> bool:
    """A title in capitals goes on after its colon ("CONFLICT AND HOUSEHOLD INVESTMENT: EVIDENCE FROM IRAQ"); a
    dateline's place does not, nor a series' name over its dates ("ISHM: JANUARY 11 – 18, 2024")."""
    rest = text.split(":", 1)[1]
    return word_count(rest) >= 2 and not MONTH_AND_DAY.search(rest)


MONTH_AND_DAY = re.compile(MONTH + r"\.?\s+\d", re.I)


PROFILE_FIELD = re.compile(r"^[A-Z][\w'’/-]*(?: [a-z\d][\w'’/-]*){0,3}: \S+(?: \S+){0,3}$")  # "Current club: Al-Quwa Al-Jawiya",
# "Unit 4: Water resources of Iraq"
FIELD_RUN = 3


def _in_field_run(lines: list[Line], line: Line) -> bool:
    """A profile's field among others ("Citizenship: Iraq" / "Position: Centre-Forward" / "Current
    club: Al-Quwa Al-Jawiya"), not a headline with a colon: it sits in a run of FIELD_RUN such lines,
    counting those a rule removed ("Date of birth/Age: ...")."""
    if not PROFILE_FIELD.match(line.text):
        return False
    above, below, other = [], [], line
    while len(above) < FIELD_RUN - 1 and (other := _previous_text_line(lines, other)) is not None:
        above.insert(0, other)
    other = line
    while len(below) < FIELD_RUN - 1 and (other := _next_text_line(lines, other)) is not None:
        below.append(other)
    run = [PROFILE_FIELD.match(other.text) is not None for other in (*above, line, *below)]
    return any(all(run[start : start + FIELD_RUN]) for start in range(len(run) - FIELD_RUN + 1))


def _title_cased_after_colon(text: str) -> bool:
    """"IOM: Over 4,000 Families Return to Sinjar in 2024": a name and a headline in title case,
    not a place and a wrapped lead ("BAGHDAD: Iraq wants a swift and orderly"), nor a report's masthead
    in capitals ("ISHM: JANUARY 11 – 18, 2024")."""
    headline = text.partition(": ")[2]
    words = [word for word in headline.split() if word.casefold() not in NAME_PARTICLES and word not in ("a", "an", "at", "by", "with")]
    return len(words) >= 3 and not headline.isupper() and sum(word[:1].isupper() or word[:1].isdigit() for word in words) >= len(words) - 1


WRAPPED_TITLE_WORDS = 12  # a shorter headline may end on a little word: "Kansas City vet recalls Fallujah, 20 years on"


def _rest_of_title(lines: list[Line], kept: list[Line], title_index: int, moved: set[int]) -> Line | None:
    """The second line of a title set over two on a cover, when the first ends on a little word:
    "LEAD INSPECTOR GENERAL FOR" / "OPERATION INHERENT RESOLVE"."""
    title = kept[title_index]
    if (_title_over_colon(kept, title_index) or _title_over_comma(kept, title_index) or _title_over_writers(lines, kept, title_index)
            or _paper_title_wrapped(lines, kept, title_index, moved) or _title_end_alone(kept, title_index)):
        return kept[title_index + 1]
    if (title.text.startswith("(54)") and title.text.isupper() and title_index + 1 < len(kept)
            and (rest := kept[title_index + 1]).number == title.number + 1 and rest.kept and rest.text.isupper()
            and rest.words <= TITLE_PIECE_WORDS and not rest.text.startswith("(")):
        return rest  # a patent's title in capitals run over two lines: "(54) SOLAR-POWERED DESALINATION UNIT FOR BRACKISH" / "GROUNDWATER"
    if (title_index + 1 < len(kept) and (rest := kept[title_index + 1]).number == title.number + 1 and not title.text.isupper()
            and rest.text[:1].isupper() and title.words >= 4 and rest.words < title.words
            and all(word[:1].isupper() or not word[:1].isalpha() or word in NAME_PARTICLES for word in rest.text.split())
            and getattr(_removed_line_after(lines, rest), "removed_by", None) == "thesis_statement"):
        return rest  # a thesis's title set over two lines over its cover formula: "Seismic Performance of Masonry Minarets in Mosul" /
        # "After the 2017 Battle" / "A Thesis Submitted to the Council of ..."
    if (title_index + 1 >= len(kept) or (title.words > TITLE_PIECE_WORDS and not TITLE_PIECE_END.search(title.text))
            or BY_AT_END.search(title.text) or TERMINAL.search(title.text)):  # (a long title ending on a little word goes on:
        # "Guidance for Publishing IP Geolocation Feeds for Networks in" / "Conflict-Affected Regions")
        return None  # (not a byline's label: "Written and fact-checked by")
    rest = kept[title_index + 1]
    if (rest.words > TITLE_PIECE_WORDS or (TERMINAL.search(rest.text) and not INITIALS_END.search(rest.text))
            or rest.removed_by not in (None, "header_navigation") or rest.number in moved):
        return None
    if (title.text.isupper() and title.words <= 3 and REPORT_KIND_END.search(title.text) and rest.text.isupper()
            and rest.number == title.number + 1):
        return rest  # the place a cover's short title covers: "MULTI-SECTOR NEEDS ASSESSMENT" / "SINJAR AND AL-BA’AJ DISTRICTS, ..."
    ends_open = TITLE_PIECE_END.search(title.text) is not None
    if ends_open and rest.text.isupper() == title.text.isupper() and (rest.text[:1].isupper() or rest.text.startswith(("the ", "a ", "an "))):
        return rest  # "... in Lebanon After" / "the 2024 War"
    if (rest.text[:1].islower() and rest.number == title.number + 1 and not title.text.isupper() and not rest.text.startswith(("by ", "via "))
            and (ends_open or (rest.words >= 2 and _is_wrapped_text(lines))
                 or (rest.words >= 4 and _is_title_case(rest.text.split(" ", 1)[1])  # in title case after its first little word:
                     and not rest.text.startswith(("in association", "in partnership"))))):  # "for Returnees in Western Anbar",
        # "in Garmiyan, Kurdistan Region of Iraq" (on a web page, the rubric or the source
        return rest  # under the headline: "in Port News") a PDF cover's title going on in lowercase: "Returning to what? Housing, land
        # and property" / "challenges for returnees in Ninewa"
    return None


TITLE_PIECE_WORDS = 8
WRAPPED_TITLE_REST_WORDS = 4


def _paper_title_wrapped(lines: list[Line], kept: list[Line], index: int, moved: set[int]) -> bool:
    """A paper's long title in sentence case, wrapped at the page's width onto a short line in sentence case
    right over the publisher's furniture: "Assessment of groundwater quality for irrigation in the Diyala" /
    "River basin using GIS" / "To cite this article: ..." (a web page's rubric under its headline is in title
    case; a brief's kind is shorter: "Policy brief", "Key points")."""
    if index + 1 >= len(kept):
        return False
    title, rest = kept[index], kept[index + 1]
    below = _line_under(lines, rest)
    return (title.words >= TITLE_PIECE_WORDS and not title.text.isupper() and not _is_title_case(title.text)
            and not TERMINAL.search(title.text) and rest.number == title.number + 1 and rest.number not in moved
            and rest.removed_by in (None, "header_navigation") and WRAPPED_TITLE_REST_WORDS <= rest.words <= SHORT_CAPTION_WORDS
            and not TERMINAL.search(rest.text) and rest.text[:1].isupper() and not _is_organisation_name(rest.text)
            and any(word[:1].islower() and len(word) >= 4 for word in rest.text.split())
            and below is not None and not below.kept and below.text != "")
TITLE_AFTER_COLON_WORDS = 12


def _words_of_rest(lines: list[Line], kept: list[Line], index: int, moved: set[int]) -> int:
    """The words of the title's second line, when kept[index] is a cover title's first."""
    rest = _rest_of_title(lines, kept, index, moved)
    return rest.words if rest is not None else 0


LONG_CUT_TITLE_WORDS = 10  # in a PDF's wrapped text, a title this long may be cut before its last word: "... Using Electrical
# Resistivity" / "Tomography" (on a web page, a line under a title this short is its writer: "... investors" / "Sarah Whitfield")


INTRODUCED_NAME = re.compile(r"(?:is|are|was|adds|lets|helps|gives|brings|turns|makes|keeps|converts)\s+(?:a|an|the|you|your)\s")

INTRODUCING_LINES = 2


def _name_the_page_introduces(kept: list[Line], title_index: int | None, body_start: int, moved: set[int]) -> int | None:
    """A short name over the chosen headline that the story's first sentence introduces ("Lanterns of Ur is a slow puzzle
    game ...") or a heading over the story is about ("About BasraSpeedruns"): the page's name, the headline a tagline or a heading."""
    if body_start >= len(kept):
        return None
    opening = kept[body_start : body_start + INTRODUCING_LINES]  # (under a one-line summary: "Type Arabic, Kurdish and Persian
    # letters on any website ..." / "Arabic Keyboard Helper adds a small on-screen keyboard ...")
    story = opening[0].text
    for index in _short_names(kept, body_start if title_index is None else min(body_start, title_index), moved):
        line = kept[index]
        about = any(later.text == f"About {line.text}" for later in kept[index + 1 : body_start])
        if ((about and not story.startswith(line.text))  # (not a publisher's blurb: "About International Alert" / "International
                # Alert works with people ...")
                or any(first.text.startswith(line.text + " ") and INTRODUCED_NAME.match(first.text, len(line.text) + 1)
                       for first in opening)):
            return index
    return None


def _short_names(kept: list[Line], end: int, moved: set[int]) -> Iterator[int]:
    """The indices, before `end`, of short kept lines that end no sentence and name no section: a page's name, maybe."""
    return (i for i in range(min(end, len(kept))) if kept[i].kept and kept[i].number not in moved
            and kept[i].words <= TITLE_PIECE_WORDS and not TERMINAL.search(kept[i].text) and not _is_section_name(kept[i].text))


MASTHEAD_KIND_WORDS = 3  # a company's name in capitals over the paper's kind: "ZAGROS HOME APPLIANCES" / "WARRANTY CARD"


def _kind_under_issuers(lines: list[Line], line: Line) -> Line | None:
    """Under `line`, an issuer's name, and more of them, the paper's kind ("Erbil Governorate – Directorate of Health" /
    "Food Safety Section" / "FOOD PREMISES INSPECTION REPORT"), in capitals or taken by a rule: a form's letterhead. Lines
    a rule took on the way, a reference and the seat are passed over: "LEAGUE OF ARAB STATES" / "Ref: ES/2026/1187" / "FINAL
    COMMUNIQUÉ", "EMBASSY OF THE REPUBLIC OF IRAQ" / "BERLIN" / "NOTE VERBALE"."""
    following = _next_text_line(lines, line)
    while (following is not None and (not following.kept or _is_organisation_name(following.text) or ISSUE_LINE.match(following.text)
                                       or SEAT_LINE.match(following.text))
           and following.removed_by != "document_kind_label" and not FORM_KIND.match(following.text)):
        following = _next_text_line(lines, following)
    if following is not None and (following.removed_by == "document_kind_label" or FORM_KIND.match(following.text)
                                  or (following.kept and following.words <= TITLE_PIECE_WORDS and KIND_TITLE.match(following.text))):
        return following  # (or in mixed case: "Harwood & Sons Funeral Directors" / "Funeral Notice")
    return None


KIND_TITLE = re.compile(r"^(?:[A-Z][\w'’&-]* ){0,3}(?:[a-z\d][\w'’-]* ){0,2}(?:[Cc](?:ertificate|onfirmation)|[Gg]uarantee|[Ww]arranty|[Bb]anns|[Ss](?:tatement|chedule|ummons)|"
                        r"[Ii](?:nvoice|nstructions)|[Rr](?:eceipt|eport|ecord)|[Nn]otice|[Aa](?:greement|pplication)|[Ff]orm|[Dd]eclaration|[Dd]ecision(?: [Ss]ummary| [Nn]otice| [Ll]etter)?|[Pp]ass|[Tt]icket|[Gg]uide|[Mm]enu|[Dd]ates|[Vv]oucher|[Cc]ard|[Ee]ntry|[Ss]heet)(?: (?:of|for|and|the|[A-Z][\w'’-]*|(?:19|20)\d\d(?:/\d\d)?)){0,4}$")
# "Certificate of Insurance", "MOT test certificate", "Autumn Term Report 2026", "Landlord Gas Safety Record", "Your 5-year guarantee",
# "Visitor Guide", "Winter Menu", "Term Dates 2027/28", "Street party application", "Gift Aid declaration", "Decision summary",
# "Official list entry", "Participant Information Sheet"
SEAT_LINE = re.compile(r"^[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?$")  # the issuer's seat under its name: "BERLIN", "ABU DHABI"
FORM_KIND = re.compile(r"^(?:[A-Z][A-Z-]* ){0,4}(?:PERMIT|LICEN[CS]E|REPORT|CERTIFICATE|BULLETIN|RECEIPT|INVOICE|FORM|STATEMENT|SCHEDULE|EXAMINATION|CARD|FOLIO|VOUCHER|QUOTATION|PAYSLIP|PAY SLIP|PAY ADVICE|(?:PENALTY|CHARGE|ENFORCEMENT) NOTICE|(?:DELIVERY|CREDIT|DEBIT|DESPATCH|DISPATCH|ADVICE) NOTE)$")


def _over_kind_label(lines: list[Line], line: Line) -> bool:
    """Is the paper's kind, which a rule took, right under `line` or under the short line under it?"""
    below = [other for other in lines[line.number : line.number + KIND_LABEL_REACH + 2] if other.text][:KIND_LABEL_REACH]
    for other in below:
        if other.removed_by == "document_kind_label":
            return True
        if not other.kept or other.words > TITLE_PIECE_WORDS or TERMINAL.search(other.text):
            return False
    return False


KIND_LABEL_REACH = 2
QUANTITY_ITEM = re.compile(r"^\d{1,3}\s?[×x]\s\S"  # a packing list's item: "1 × probe with 3 m cable"; a recipe's ingredient:
                           r"|^(?:\d{1,4}(?:[./]\d{1,2})?|[½¼¾])\s?(?:g|kg|ml|l|litres?|tbsp|tsp|cups?|oz|lb|pinch|handful)\s[a-z]"
                           r"|^\d{1,2}\s[a-z]+(?:\s[a-z]+)?,\s[a-z]+ed\b"  # "2 tbsp olive oil", "250g red lentils", "1 onion, chopped"
                           r"|^[A-Z][^.!?|]{3,80}\s[–—-]\s[£€$]\d{1,3}(?:\.\d\d)?$")  # a menu's dish: "Potted shrimp, brown toast, lemon - £8.95"


def _runs_into_paragraph(lines: list[Line], line: Line, moved: set[int]) -> bool:
    """Is `line`, cut on a little word, a paragraph's first piece: the lines under it run on, each
    of some length, to the end of a long sentence ("The undersigned authority certifies that the goods
    described above originate in" / "Iraq, and that the particulars ..., according" / "to the documents ...")?"""
    rest = _next_text_line(lines, line)
    if not WRAPPED_LINE_END.search(line.text) or rest is None or len(line.text) < WRAP_SHARE * len(rest.text):
        return False  # (a paragraph's lines are about as long as each other; a headline is short over it: "..., six years on")
    words = line.words
    for following in lines[line.number : line.number + WRAPPED_SENTENCE_LINES]:
        if (not following.kept or following.number in moved or following.words < WRAPPED_LINE_WORDS
                or len(following.text) > WRAP_WIDTH_MAX):
            return False  # (a headline over its date, or over a web page's paragraph on one long line: "..., seven years on")
        words += following.words
        if TERMINAL.search(following.text):
            return words >= PARAGRAPH_RUN_WORDS
    return False


PARAGRAPH_RUN_WORDS = 25
WRAP_SHARE = 0.7


def _title_over_writers(lines: list[Line], kept: list[Line], index: int) -> bool:
    """A paper's long title wrapped after a little word, its short rest right over the writers' names: "Access to
    maternal health care in camps for internally displaced people in Iraq: a" / "cross-sectional survey" / "Hana Ali,1
    Jonathan Smith,2 Rasha Karim1" (the name over its email may have gone with it as a signature)."""
    if index + 1 >= len(kept):
        return False
    title, rest = kept[index], kept[index + 1]
    writers = _next_text_line(lines, rest)
    if (writers is None or not rest.kept or rest.number != title.number + 1 or rest.words > TITLE_PIECE_WORDS
            or TERMINAL.search(rest.text)):
        return False
    cut = (WRAPPED_LINE_END.search(title.text) is not None or title.text.endswith(",")  # "... aquifers of Sulaymaniyah," /
           # "Iraqi Kurdistan"
           or (rest.text[:1].islower() and not TERMINAL.search(title.text) and rest.words >= 2
               and not rest.text.startswith(("by ", "via "))))  # (or cut anywhere, going on in lowercase: "... in Sulaymaniyah" /
    # "governorate, Iraq: a cross-sectional study"; not over a byline: "by Bloomberg")
    title_case_cut = (not cut and title.words >= WRAPPED_TITLE_CASE_WORDS
                      and (rest.words >= WRAPPED_TITLE_CASE_REST_WORDS or (rest.words >= 2 and STARRED_WRITER.search(writers.text)))
                      and writers.number == rest.number + 1 and not TERMINAL.search(title.text)
                      and _is_title_case(title.text)
                      and (_is_title_case(rest.text) or (rest.words == 2 and all(word[:1].isupper() for word in rest.text.split())))
                      and any(line.removed_by in PAPER_RECORD_RULES for line in lines[: title.number - 1]))
    # a title in title case cut anywhere, right over its writer, under a paper's records: "A Load Forecasting Model for Baghdad's
    # Distribution" / "Network Using LSTM Networks" / "Ali H. Jaber" (a report's cover sets its subtitle so: "Security Sector
    # Reform in Iraq ..." / "Assessing Options for ..." / "Karen Lindqvist, ...")
    long_cut = (not cut and rest.words <= 2 and rest.text[:1].isupper() and writers.number == rest.number + 1
                and not _is_section_name(rest.text)
                and (title.words >= WRAPPED_TITLE_WORDS
                     or (title.words >= LONG_CUT_TITLE_WORDS and not _is_person_name(rest.text) and _is_wrapped_text(lines))))  # a long title's last word, right
    # over the writers: "Water Tankers and Trust: Informal Water Markets in Basra after the 2018" / "Crisis" / "Huda Kareem¹, ..."
    names = INNER_FOOTNOTE_MARKS.sub("", writers.text)
    return ((cut or title_case_cut or long_cut) and (writers.kept or writers.removed_by == "contact_line")  # (a widget's label is no writer:
            and (_names_writers(names) or _names_writers(writers.text) or _is_person_name(names)))  # "Author Notes")


WRAPPED_TITLE_CASE_WORDS = 5
CRUMB_RULES = frozenset({"breadcrumb", "topic_path"})
PRINT_HEADER_REACH = 3
HEADWORD_WORDS = 3
PRINT_HEADER_TITLE = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d\d(?: ?[AaPp][Mm])? (?P<title>.+?)(?: [|–—-] [^|–—-]+)?$")


def _print_header_title(lines: list[Line]) -> str | None:
    """The page's title a browser printed over it: "27/11/2026, 09:14 Iraq Travel Advice & Safety | Smartraveller"."""
    for line in lines[:PRINT_HEADER_REACH]:
        if line.removed_by == "print_header" and (match := PRINT_HEADER_TITLE.match(line.text)):
            return match.group("title")
    return None
PAPER_RECORD_RULES = frozenset({"article_record", "citation_line", "license_notice"})  # a journal's or a conference's stamps
WRAPPED_TITLE_CASE_REST_WORDS = 3  # longer than a rubric under the headline ("Middle East")
STARRED_WRITER = re.compile(r"[a-z][*∗],? ")  # a paper's corresponding writer over its affiliation: "Zahraa Kadhim*, Hayder A. Naji",
# under a title's two-word rest: "... Using Atomic" / "Absorption Spectroscopy"


def _title_over_comma(kept: list[Line], index: int) -> bool:
    """A cover's title broken after a comma: "Returnee villages in Hawija district," / "Kirkuk governorate"."""
    if index + 1 >= len(kept) or not kept[index].text.endswith(",") or not 3 <= kept[index].words <= TITLE_PIECE_WORDS:
        return False
    rest = kept[index + 1]
    return (rest.kept and rest.number == kept[index].number + 1 and rest.words <= TITLE_PIECE_WORDS and is_title_like(rest.text)
            and is_title_like(kept[index].text[:-1]))


def _title_over_colon(kept: list[Line], index: int) -> bool:
    """A cover's title broken at its colon, the subtitle going on in lowercase: "Community security
    in Ninewa:" / "lessons from five years of dialogue forums"."""
    if index + 1 >= len(kept) or not kept[index].text.endswith(":") or kept[index].words < 3 or kept[index].words > TITLE_PIECE_WORDS:
        return False
    rest = kept[index + 1]
    return (rest.kept and (rest.text[:1].islower() or _is_title_case(rest.text)) and 2 <= rest.words <= TITLE_AFTER_COLON_WORDS
            and is_title_like(rest.text) and is_title_like(kept[index].text[:-1]))  # (or in title case: "Livelihoods Recovery
    # in Ninewa:" / "Lessons from Three Years of Cash for Work")
BY_AT_END = re.compile(r"\bby$", re.I)


LITTLE_WORDS = "the|a|an|of|and|or|in|on|at|to|for|with|by|from|as|that|which|who|its|their|his|her"
WRAPPED_LINE_END = re.compile(rf"\s(?:{LITTLE_WORDS})$", re.I)
TITLE_PIECE_END = re.compile(rf"\s(?:{LITTLE_WORDS}|after|before|since|under|over|between|against|into|amid|beyond|through|across|"
                             r"without|during|among|amongst|within|towards?|about|versus)$", re.I)  # a cover title's first line also ends on a preposition: "Displaced Again:
# Iraqi Refugees in Lebanon After"


LATIN_LETTER = re.compile(r"[A-Za-z]")
JOURNAL_NAME = re.compile(r"^(?:The )?(?:[A-Z][\w-]* ){0,3}(?:Journal|JOURNAL) (?:of|OF|on|ON) [A-Z][\w,&'’-]*"
                          r"(?: (?:[A-Z][\w,&'’-]*|and|the|in|for|of|&|AND|THE|IN|FOR|OF)){0,8}$|^(?:[A-Z][\w&'’-]* ){1,5}(?:Journal|JOURNAL)$")


POST_HEADER_COPIES = 2
OFFICE_SEAT = re.compile(r"\s[–—-]\s(?:[\w'’ ]+ )?(?:head office|headquarters|head quarters|branch|regional office|country office|main office|"
                         r"field office|area office)(?:,? [\w'’ -]{2,30})?$", re.I)


SUBJECT_WORDS = 14


def _subject_under_salutation(kept: list[Line], body_start: int, moved: set[int]) -> int | None:
    """A letter's subject right under its salutation, over its text: "Dear Parents and Carers," / "Year 6 Residential Trip
    to York" / "We are pleased to tell you ...". What is over the salutation is its letterhead, not its title."""
    salutation = next((i for i in range(min(body_start, len(kept)) - 1) if kept[i].kept and kept[i].words <= SALUTATION_WORDS
                       and (LETTER_SALUTATION.match(kept[i].text) or GROUP_SALUTATION.match(kept[i].text))), None)
    if salutation is None or salutation + 1 >= body_start:
        return None
    subject = kept[salutation + 1]
    below = kept[salutation + 2] if salutation + 2 < len(kept) else None
    if not (subject.kept and subject.number not in moved and 2 <= subject.words <= SUBJECT_WORDS and is_title_like(subject.text)
            and not TERMINAL.search(subject.text) and not INNER_SENTENCE_END.search(subject.text) and not subject.text.endswith(",")
            and not (below is not None and below.text[:1].islower())):  # (not a paragraph's first line, wrapped: "The
        return None  # preliminary census results released this morning put Iraq's" / "population at ...")
    for line in kept[: salutation + 1]:
        if line.kept:
            _drop(line, "letterhead")
    return salutation + 1


def _letter_subject(kept: list[Line]) -> int | None:
    """A letter: over its salutation ("Dear Mr Hughes,") only its letterhead, the addressee, a
    reference and the date, which go. The line right over the salutation, when it reads as a
    subject, is the title (its index); else the letter has none (-1). Not a letter: None."""
    salutation = next((index for index, line in enumerate(kept) if line.kept and line.words <= SALUTATION_WORDS
                       and LETTER_SALUTATION.match(line.text)), None)
    if not salutation or any(line.kept and (line.words > LETTERHEAD_LINE_WORDS or TERMINAL.search(line.text))
                             for line in kept[:salutation]):
        return None
    over = kept[salutation - 1]
    subject = (salutation - 1 if over.kept and over.words >= 2 and is_title_like(over.text) and not LETTERHEAD_FIELD.match(over.text)
               and not _is_person_name(over.text) and not _is_organisation_name(over.text) and not date_of_line(over.text)
               and "," not in over.text else -1)  # (not an address: "Zakho Street, Duhok, Kurdistan Region – Iraq")
    for index, line in enumerate(kept[: salutation + 1]):
        if line.kept and index != subject:
            _drop(line, "letterhead")  # (and the salutation: "Dear Mr and Mrs Whitfield,")
    return subject


def _is_addressee(kept: list[Line], name: str) -> bool:
    """The name a letter's salutation greets by surname: "Ms Priya Nair" under "Dear Ms Nair,"."""
    surnames = {match.group(1) for line in kept if line.words <= SALUTATION_WORDS and LETTER_SALUTATION.match(line.text)
                and (match := SALUTED_SURNAME.search(line.text))}
    return any(surname in name.split() for surname in surnames)


def _name_over_address(lines: list[Line], kept: list[Line], name: str, moved: set[int]) -> Line | None:
    """The header line holding `name`, moved as the byline, when a rule took the line under it as a postal address."""
    line = next((line for line in kept if line.number in moved and line.text == name and ADDRESSEE_TITLE.match(name)), None)
    below = _next_text_line(lines, line) if line is not None else None
    return line if below is not None and below.removed_by == "postal_address" and not _is_organisation_name(below.text) else None


ADDRESSEE_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z]")  # "Mr T Akande", not the writers "Justin Sandefur and Mariam Hassan"


SALUTED_SURNAME = re.compile(r"^Dear (?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.? ([A-Z][\w'’-]+)\s*[,:]?$")


LETTER_SALUTATION = re.compile(  # a letter to one addressee: "Dear Mr Hughes,", "Dear Sir or Madam," (not "Dear readers,")
    r"^Dear (?!(?i:valued |loyal |our |all )?(?i:readers?|friends|subscribers|supporters|members|listeners|viewers|colleagues|parents|"
    r"residents|customers|students|team|all|everyone|shareholders|stakeholders|investors|partners|donors|clients|guests|citizens|"
    r"community|neighbou?rs|delegates|participants|applicants|employees|staff)\b)(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Madam|[A-Z][\w'’-]+)\.?"
    r"(?:,? (?:or |and |& )?[A-Z][\w.'’-]*){0,4}\s*[,:]?$|^(?i:to whom it may concern)\s*[,:]?$")  # (a reference's: "To whom it may concern")
SALUTATION_WORDS = 6
GROUP_SALUTATION = re.compile(r"^Dear (?:[A-Z]?[a-z]+ )?(?:friends|parents|families|members|parishioners|readers|colleagues|all|everyone|"
                              r"supporters|brothers and sisters|sisters and brothers|parents and carers|parents and guardians)\s*,?$", re.I)  # (a
# PDF's salutation may have lost its comma: "Dear Parents and Carers")
LETTERHEAD_LINE_WORDS = 16


SLOGAN_MENU_LINES = 3  # a menu's items between the masthead's slogan and the headline (not a case's number: "[2026] UKSC 41",
# nor a results table's rows: "Rangers 1 Dundee United 0")


def _presented_title(kept: list[Line], body_start: int, moved: set[int]) -> int | None:
    """A programme's or a poster's show, under its company and "presents": "Westbridge Little Theatre" / "presents" /
    "Cinderella". The company and the word go as the header's."""
    presents = next((i for i in range(min(body_start, len(kept)) - 1) if kept[i].kept and kept[i].number not in moved
                     and PRESENTS.match(kept[i].text)), None)
    if presents is None or presents == 0:
        return None
    show = kept[presents + 1]
    if not show.kept or show.number in moved or show.words > TITLE_PIECE_WORDS or TERMINAL.search(show.text):
        return None
    for line in kept[: presents + 1]:
        if line.kept and line.number not in moved:
            _drop(line, "header_navigation")
    return presents + 1


PRESENTS = re.compile(r"^(?:(?:proudly )?presents?|(?:is|are) proud to present|présente(?:nt)?|presenta(?:n)?|präsentier(?:t|en))\s*:?$", re.I)


def _title_index(lines: list[Line], kept: list[Line], body_start: int, moved: set[int], rules: RuleSet) -> int | None:
    """The headline: the first title-like line of four or more words before the story that
    is not a caption, a section label or a hard-wrapped piece of the story; else a short
    first line; else a headline written as sentences right over its byline or date. A line
    labelled as the headline ("HEADLINE: ...", "Title: ...") is it."""
    labelled = next((i for i, line in enumerate(kept[:body_start]) if line.kept and line.number not in moved
                     and TITLE_LABEL.match(line.text)), None)
    if labelled is not None:
        for line in kept[:labelled]:  # over it, a record's furniture: "Rudaw English - RSS", "SECTION: WORLD; Pg. 11"
            if line.kept and line.number not in moved and line.words <= TAGLINE_WORDS and not TERMINAL.search(line.text):
                _drop(line, "header_navigation")
        return labelled
    if (presented := _presented_title(kept, body_start, moved)) is not None:
        return presented
    if (subject := _subject_under_salutation(kept, body_start, moved)) is not None:
        return subject
    if (letter := _letter_subject(kept)) is not None:
        return letter if letter >= 0 else None
    if (printed := _print_header_title(lines)) is not None:
        named = next((i for i in range(min(body_start, len(kept))) if kept[i].kept and kept[i].number not in moved
                      and (printed == kept[i].text or printed.startswith(kept[i].text + " "))), None)
        if named is not None:
            return named  # the page's name its print header starts with: "27/11/2026, 09:14 Iraq Travel Advice & Safety |
            # Smartraveller" over "Australian Government" / "Smartraveller" / "Iraq"
    headword = next((i for i in range(min(body_start, len(kept) - 1)) if kept[i].kept and kept[i].number not in moved
                     and 1 <= kept[i].words <= HEADWORD_WORDS and len(kept[i].text) >= 4 and not TERMINAL.search(kept[i].text)
                     and kept[i + 1].number == kept[i].number + 1
                     and kept[i + 1].text.startswith((kept[i].text + " (", kept[i].text + ", ")) and TERMINAL.search(kept[i + 1].text)), None)
    if headword is not None:
        return headword  # an encyclopedia's entry: its headword over its first sentence, "AMĀDIYA" / "AMĀDIYA (ʿAmādīya), a town ..."
    running_feet = _running_feet(lines)
    latin = 2 * sum(1 for line in kept if LATIN_LETTER.search(line.text)) > len(kept)  # (over an English title, the
    # publisher's name in Arabic is no title: "المركز العربي للأبحاث ودراسة السياسات")
    candidates = [i for i, line in enumerate(kept[:body_start]) if line.number not in moved and line.kept
                  and (is_title_like(line.text) or _title_over_colon(kept, i) or _title_over_comma(kept, i)
                       or (line.text.endswith(",") and _title_over_writers(lines, kept, i)))
                  and (not latin or LATIN_LETTER.search(line.text))
                  and not WRITERS_LABEL.match(line.text)  # "Authors: NRC Iraq Advocacy Team"
                  and not JOURNAL_NAME.match(line.text)  # a journal's masthead over the paper's title: "Journal of Arid Environments"
                  and not DONE_ON_DATE.match(line.text)
                  and not ISSUE_LINE.match(line.text)  # a periodical's issue and date: "Issue No. 318 – 25 November 2026"
                  and not (line.text.isupper() and BENCH_MEMBER.match(line.text))  # a judgment's bench: "TRIBUNAL MEMBER DAVE SIVERS"
                  and not line.text[0].islower() and not LIST_BULLET.match(line.text)  # a box's point: "• Below-average rainfall ..."
                  and (not DATELINE.match(line.text + " x") or RUBRIC_OPENER.match(line.text)  # pieces of the story's hard-wrapped lines
                       or _title_cased_after_colon(line.text)
                       or (not TERMINAL.search(line.text) and i + 1 < len(kept) and kept[i + 1].number in moved)  # (a source's
                       # name and a headline over its byline: "DFA: 3 Filipino workers hurt in Erbil drone attack, all in ...")
                       or (line.text.isupper() and line.words >= 4  # "IRAQ — MASTER LIST REPORT 134", "CONFLICT AND
                           and (":" not in line.text or _caps_title_after_colon(line.text))))  # HOUSEHOLD INVESTMENT: EVIDENCE FROM IRAQ"
                  # and a dateline on its own line
                  and not _is_signed_date(line.text)  # "Matthew Petti | 1.16.2024 3:25 PM" is a byline
                  and not _in_field_run(lines, line)
                  and not PLACE_AND_REGION.match(line.text)  # the masthead's seat: "Duhok – Kurdistan Region"
                  and not OFFICE_SEAT.search(line.text)  # or its office: "ZAIN IRAQ – HEAD OFFICE, BAGHDAD"
                  and line.text.casefold() not in running_feet  # a report's running head: "Korek Telecom Annual Report 2025"
                  and not (line.text.isupper() and SERIES_NUMBER.search(line.text))  # a series' number: "ORSAM ANALYSIS NO: 412"
                  and not (line.words >= WRAPPED_TITLE_WORDS and WRAPPED_LINE_END.search(line.text)
                           and not _title_over_writers(lines, kept, i))  # a PDF's sentence, wrapped
                  and not _runs_into_paragraph(lines, line, moved)  # so is a shorter line on a little word that runs on into a
                  # paragraph: "Normalise Arabic ... deduplication or" / "tokenisation: unify alef and yeh variants, ..., and map" / ...
                  # (a title's rest is short: "Cholera outbreaks in Iraq, 2015–2025: a spatial and" / "temporal analysis")
                  and not (LIST_ITEM.match(line.text) and _goes_on_below(lines, line.number - 1))]  # nor a numbered clause
    # wrapped onto the next line: "1. Zagros Home Appliances guarantees this product against defects in materials" / "and ..."
    # after a little word: "The Government of Iraq closed two more camps ... in Duhok governorate in"
    headlines = [i for i in candidates if (kept[i].words >= 4 or kept[i].words + _words_of_rest(lines, kept, i, moved) >= 4  # "Iraq’s
                                           or FOREWORD_HEAD.match(kept[i].text)  # a report page's head: "Chief Executive's Review"
                                           or NUMBERED_ACT.match(kept[i].text))  # an act's kind and number: "Resolution 2732 (2024)"
                 # Elections and" / "Türkiye’s Iraq Policy"
                 and not rules.first_match_of_line("drop_paragraph", kept[i].text, kept[i].words)  # a caption is no headline,
                 and not QUANTITY_ITEM.match(kept[i].text)  # an item of a list: "Potted shrimp, brown toast, lemon - £8.95"
                 and not (i > 0 and NUMBERED_PART_HEAD.match(kept[i].text))]  # nor a contract's first part under its title:
    # "Residential Lease Agreement" / "This agreement is made ..." / "Article 1 – The property"
    plain = [i for i in headlines if not _is_section_label(kept[i].text)  # "Section | Rubric" only if nothing else
             and not _is_section_list(kept[i].text)]  # nor "Middle East & Africa"
    if (len(plain) > 1 and plain[0] == 0 and _is_organisation_name(kept[0].text)
            and ((kept[0].text.isupper() and not kept[plain[1]].text.isupper())
                 or any(line.removed_by == "document_kind_label" for line in lines[kept[0].number : kept[plain[1]].number - 1]))):
        plain = plain[1:]  # the issuer's name in capitals over the document's own title: "RIVERTON MUNICIPAL WATER DEPARTMENT" /
        # "PWS ID: OH1234567" / "2025 Annual Drinking Water Quality Report"; or over the paper's kind, then its title: "Medicines and
        # Healthcare products Regulatory Agency" / "National Patient Safety Alert" / ... / "Risk of incorrect dose from ..."
    title_index = next(iter(plain or headlines), None)
    over_kind = next((i for i in candidates if (title_index is None or i < title_index) and not _is_organisation_name(kept[i].text)
                      and kept[i].words <= TITLE_PIECE_WORDS and _over_kind_label(lines, kept[i])), None)
    if over_kind is not None:  # a product's or a project's name over the paper's kind: "AquaSense W200" / "Water Quality Monitor" /
        title_index = over_kind  # "Quick Start Guide" (not the list under it: "1 × W200 monitor")
    under_kind = next((i for i in candidates if i + 1 < len(kept)
                       and (kept[i + 1].number in moved or getattr(_next_text_line(lines, kept[i]), "removed_by", None) in RECORD_FIELD_RULES)
                       and not _is_organisation_name(kept[i].text)
                       and (above := _previous_text_line(lines, kept[i])) is not None and above.removed_by == "document_kind_label"), None)
    if under_kind is not None:  # the subject under the paper's kind, over its date: "TROPICAL CYCLONE BULLETIN NR. 7" /
        title_index = under_kind  # "Typhoon "Pepito" (Man-yi)" / "Issued at 11:00 AM, 27 November 2026", or over its record:
        # "Written question" / "HL4417" / "Rural bus services" / "Asked by Baroness Harding of Winscombe"
    if (introduced := _name_the_page_introduces(kept, title_index, body_start, moved)) is not None:
        title_index = introduced  # a game's, a channel's name among its page's buttons, which its text then introduces: "Lanterns of
        # Ur" / "A downloadable game for Windows" / ... / "Lanterns of Ur is a slow puzzle game ..."; "BasraSpeedruns" / ... /
        # "About BasraSpeedruns"
    for later in plain:  # a slogan above the menu ("Exclusive news, data and analytics..." / "Middle East" / headline)
        between = [line for line in kept[title_index + 1 : later] if line.kept and line.number not in moved]  # (a byline and date over the
        # headline, given again under it: "Oil&Gas" / "By Nazrin Abdul" / "27 November 2026 18:02" / headline / "By Nazrin Abdul")
        slogan = (bool(between) and all((line.words <= 3 and not TERMINAL.search(line.text) and not _is_person_name(line.text))
                                        or (line is kept[title_index + 1] and _is_masthead_motto(line))  # the masthead's motto: "The
                                        # Sierra Leone Telegraph"
                                        # / "Celebrating the Sierra Leone Union." / the menu / the headline
                                        or (_is_menu_line(line) and not HEADLINE_WORD.search(line.text))  # "Home About Archive Contact"
                                        or (SECTION_SEPARATOR.search(line.text)  # "Log in | Become a member"
                                            and any(rules.first_match_of_line(kind, line.text, line.words)
                                                    for kind in ("drop_line", "drop_paragraph")))
                                        for line in between)  # a writer's name under the headline is no menu
                  and (not _has_metadata_under(kept, title_index, moved)  # (not a headline over its date,
                       or (NEWSPAPER_MOTTO.match(kept[title_index].text) is not None  # but a paper's motto over the day's date:
                           and kept[title_index].words <= MOTTO_WORDS)))  # "Gambia's leading daily newspaper" / "Friday, November 27, 2026")
        menu = (later == title_index + 1 and _is_menu_line(kept[title_index])  # "Home World Middle East Business Opinion",
                and not HEADLINE_WORD.search(kept[title_index].text)  # not "Dust Storms Are Choking Iraq"
                and not YEAR_AT_END.search(kept[title_index].text))  # nor "Annual Drinking Water Quality Report 2025"
        cover_motto = ((title_index == 0 or (title_index == 1 and kept[0].words <= MASTHEAD_WORDS))  # (under the masthead: "ZOA")
                       and later == title_index + 1 and MOTTO.match(kept[title_index].text) is not None
                       and kept[title_index].words <= MOTTO_WORDS and not TERMINAL.search(kept[title_index].text)
                       and _has_metadata_under(kept, later, moved, COVER_METADATA_REACH))
        # a report cover's motto over its title, the date further down: "Investing in rural people" / "Iraq: Smallholder ..." /
        # "Project Completion Report" / "Main report and appendices" / "Document Date: 14/11/2025"
        motto = (later == title_index + 1 and later + 1 < len(kept) and _is_dated_field(kept[later + 1], moved)  # "Sorting fact from
                 and kept[title_index].words <= MOTTO_WORDS and (MOTTO.match(kept[title_index].text)  # fiction" over the headline,
                                                                 or (((title_index == 1 and kept[0].words <= MASTHEAD_WORDS)  # under
                                                                      or kept[title_index].words <= RUBRIC_MOTTO_WORDS)  # the masthead
                                                                     and MOTTO_NOUN.search(kept[title_index].text))))  # or a rubric
        # ("Stories from the field") over the headline:
        # "Sudan Tribune" / "Plural news and views on Sudan"
        # the headline over its byline (a headline over an unpunctuated standfirst is not a motto: "Cholera Spreads in Drought-Hit Iraq")
        crumbs = (later == title_index + 1 and (after := _removed_line_after(lines, kept[title_index])) is not None
                  and after.removed_by == "breadcrumb" and after.text.endswith(kept[later].text))  # "Home » Tanker Market » Iraq's
        # Basra crude exports dip ..." over that headline: the line over the breadcrumbs is the site's name
        if later > title_index and (((slogan or menu or motto) and (_has_metadata_under(kept, later, moved) or _dateline_under(kept, later)
                                                                     or (later + 1 < len(kept) and dated_name(kept[later + 1].text))
                                                                     or (motto and _is_dated_field(kept[later + 1], moved))
                                                                     or (slogan and later + 1 == body_start  # right over the story
                                                                         and later - title_index > SLOGAN_MENU_LINES
                                                                         and not any(HAS_DIGIT.search(line.text) for line in between))))
                                    # under a whole menu (its standfirst, the writer and date under that: "Belgium's leading
                                    # English-language news" / "Belgium" / ... / "Belgium repatriates three women ..." / "Three ...")
                                    or crumbs or cover_motto):
            _drop(kept[title_index], "header_navigation")
            title_index = later
            break
    posted = next((i for i in plain if title_index is not None and i > title_index + 1 and kept[i - 1].number in moved
                   and _over_relative_time(lines, kept[i - 1])), None)
    if posted is not None:  # a post's headline under its writer and its age: "For Sale & Free" / ... / "Layla Barzani" /
        title_index = posted  # "Dream City · 3 hr ago" / "Water cut on our street tomorrow"
    if (title_index is not None and plain and plain[-1] > title_index  # the site's owner over the headline:
            and (_is_organisation_name(kept[title_index].text) or _is_masthead_beside_initials(kept, title_index))):
        later = next((i for i in plain if i > title_index and (not _is_organisation_name(kept[i].text) or PROJECT_NAME.search(kept[i].text))  # "International Committee
                      and (_has_metadata_under(kept, i, moved, 3) or _writers_under(kept, i)
                           or (i + 1 < len(kept) and _is_person_name(kept[i + 1].text))  # a paper's author under its title
                           or (getattr(_removed_line_after(lines, kept[i]), "removed_by", None) in COVER_FIELD_RULES  # a project's
                               and not _is_moved_or_dated(kept[i], moved))
                           or (getattr(_previous_text_line(lines, kept[i]), "removed_by", None) in COVER_FIELD_RULES  # or right
                               and not _is_moved_or_dated(kept[i], moved))  # over it: "Reporting period: 1-31 January 2026" /
                           # "Checkpoints Delay Aid Convoys in Nineveh ..."
                           # field under its title: "Child-Friendly Spaces in Domiz Camp" / "Reporting period: March 2025 – ..."
                           or (i == title_index + 1 and _goes_by_its_initials(kept[title_index].text, lines[kept[i].number :]))  # "Economic
                           # and Social Commission for Western Asia" over the title, "ESCWA" in the text: the publisher
                           or (any(_is_moved_or_dated(line, moved) for line in kept[title_index + 1 : i])  # a cover's date over the title
                               and not (i + 1 < len(kept) and kept[i + 1].text[:1].islower()  # (not a wrapped sentence's first
                                        and (kept[i + 1].words > 2 or TERMINAL.search(kept[i + 1].text)))))  # piece; a title's may
                           # end on a word: "Decision on the complaint ... about the cutting of his water" / "supply")
                      and all(not line.kept or _is_moved_or_dated(line, moved) or _is_organisation_name(line.text)  # of the Red
                              or (line.words <= SALUTATION_WORDS and GROUP_SALUTATION.match(line.text))  # ("Dear Parents and Carers,"
                              # over a letter's subject)
                              or (line is kept[title_index + 1] and line.words <= TAGLINE_WORDS and not TERMINAL.search(line.text)
                                  and not line.text.endswith(":"))  # its tagline: "Global union federation of journalists' trade unions"
                              or not LATIN_LETTER.search(line.text)  # (its name in Arabic: "مجلس الشرق الأوسط للشؤون الدولية")
                              or _in_field_run(lines, line)  # a form's fields: "Grade: 8" / "Unit 4: Water resources of Iraq"
                              or (line.words <= 3 and (not TERMINAL.search(line.text)
                                                                          or INITIALS_END.search(line.text)))  # Cross", over its
                              for line in kept[title_index + 1 : i])), None)  # centre's name, its city ("Washington, D.C.") and a menu
        if later is not None:
            if (later - 1 > title_index and later - 1 in candidates and kept[later - 1].words >= 3  # (not a rubric: "Data Insight")
                    and kept[later - 1].number not in moved and _writers_under(kept, later)
                    and not _is_organisation_name(kept[later - 1].text)  # (nor a programme's name: "Middle East Program")
                    and not SERIES_NUMBER.search(kept[later - 1].text)):  # (nor a series' number: "Policy Brief #12/2025")
                later -= 1  # a report's short title over its subtitle and authors: "Iraq’s electricity crisis" / "Why power cuts persist ..."
            title_index = _headline_below(kept, title_index, later)
    if (title_index is not None and _is_organisation_name(kept[title_index].text)
            and (owned := _headline_under_owner(lines, kept, title_index, plain, candidates, body_start, moved)) is not None):
        title_index = _headline_below(kept, title_index, owned)
    if (title_index is not None and title_index + 1 in plain  # the masthead's line on itself over the headline: what it is
            and ((ORGANISATION_DESCRIPTION.match(kept[title_index].text) and not TERMINAL.search(kept[title_index].text))  # ("The
                 # operational unit of the Austrian Development Cooperation"), or its motto under it
                 or (title_index >= 1 and not kept[title_index - 1].kept and _is_motto_over_headline(kept, title_index, moved)))):
        title_index = _headline_below(kept, title_index, title_index + 1)
    if title_index is not None and _is_organisation_name(kept[title_index].text) and not _has_metadata_under(kept, title_index, moved):
        later = next((i for i in candidates if i > title_index and i + 1 < len(kept) and kept[i].words >= 2  # a short headline right
                      and (_is_moved_or_dated(kept[i + 1], moved) or _writers_under(kept, i))
                      and kept[i].text.casefold() not in SECTION_NAMES  # over its byline or date ("Baghdad, 12 November 2025 –"), under the
                      and not _is_organisation_name(kept[i].text) and not SECTION_SEPARATOR.search(kept[i].text)  # institute's
                      and all((line.words <= 3 and not TERMINAL.search(line.text)) or not line.kept or line.number in moved  # name,
                              or _is_organisation_name(line.text) for line in kept[title_index + 1 : i])), None)  # a menu, a paper's name:
        if later is not None:  # "European Council on Foreign Relations" / "ECFR" / "Commentary" / "Iraq’s deal-making parliament" / "Hamzeh Hadad"
            title_index = _headline_below(kept, title_index, later)
    if (title_index is not None and title_index - 1 in candidates and kept[title_index - 1].words >= 3
            and kept[title_index - 1].number not in moved and kept[title_index - 1].text.casefold() not in SECTION_NAMES
            and not SECTION_SEPARATOR.search(kept[title_index - 1].text)  # "| Printer-friendly version | Email this page"
            and not _is_organisation_name(kept[title_index - 1].text) and not SERIES_NUMBER.search(kept[title_index - 1].text)
            and _writers_under(kept, title_index)
            and (_is_wrapped_text(lines) or _names_two_writers(kept[title_index + 1]))):  # (a web page's rubric over its
        # headline and byline is no title)
        title_index -= 1  # a report's short title over its subtitle and authors: "Iraq’s electricity crisis" / "Why power cuts
        # persist ..." / "Renad Mansour and Hayder al-Shakeri"
    if (title_index is not None and (after := _removed_line_after(lines, kept[title_index]))  # a line among the menus ("Agree & Join
            and after.removed_by not in ("timestamp", "document_kind_label")  # (over "5 days ago", a headline; over its kind,
            # a report's title: "Khor Al Zubair Gas Processing Expansion" / "Environmental and Social Impact Assessment")
            and after.removed_by not in COVER_FIELD_RULES  # (over its course's code, a syllabus's title)
            and not (after.removed_by == "postal_address" and REPORT_ON_TITLE.match(kept[title_index].text))):  # (over the address
        # of what it reports on, a report's title: "Inspection of Hillside Primary School" / "Hillside Road, Northvale NV4 6PQ")
        later = next((i for i in plain if i > title_index  # LinkedIn" / a consent notice), a headline under it: over its
                      and (any(line.number in moved for line in kept[i + 1 : i + 4])  # byline or date, or over the story
                           or (i == body_start - 1 and all(line.number in moved for line in kept[title_index + 1 : i])))), None)
        if later is not None:
            _drop(kept[title_index], "header_navigation")
            title_index = later
    if (title_index is not None and title_index >= 1 and kept[title_index].text.isupper()
            and (above := kept[title_index - 1]).kept and above.number == kept[title_index].number - 1 and above.text.isupper()
            and 2 <= above.words <= 3 and REPORT_KIND_END.search(above.text) and not _is_organisation_name(above.text)):
        title_index -= 1  # a cover's short title in capitals over the place it covers: "MULTI-SECTOR NEEDS ASSESSMENT" /
        # "SINJAR AND AL-BA’AJ DISTRICTS, NINEWA GOVERNORATE"
    if (title_index is not None and title_index - 1 in candidates and SERIES_NUMBER.search(kept[title_index].text)
            and (above := kept[title_index - 1]).number == kept[title_index].number - 1 and above.number not in moved
            and 2 <= above.words <= 3 and YEAR.search(above.text) and not above.text.isupper() and not _is_organisation_name(above.text)):
        title_index -= 1  # a report's short title over its issue's number: "Winterization Response 2025–2026" / "Situation Report No. 4"
    if (title_index is not None and _is_cover_kind(kept[title_index].text) and title_index + 1 < len(kept)
            and _is_moved_or_dated(kept[title_index + 1], moved)):  # the cover's kind over its date, the headline under them:
        later = next((i for i in plain if i > title_index + 1  # "IRAQ COUNTRY FACT SHEET" / "January 2026" / "Water and ..."
                      and all(_is_moved_or_dated(line, moved) for line in kept[title_index + 1 : i])), None)
        if later is not None:
            title_index = _headline_below(kept, title_index, later)
    if title_index == 0 and not _has_metadata_under(kept, 0, moved):
        if (place := _cover_place(kept, body_start, moved)) is not None:
            return _headline_below(kept, 0, place)
        title_index = _headline_under_masthead(lines, kept, plain, body_start, moved)
    if title_index is not None and not _has_metadata_under(kept, title_index, moved):
        # a slogan ("Democracy Dies in Darkness") over a headline written as sentences that sits over its byline or date
        sentence = next((i for i in range(title_index + 1, min(body_start, len(kept) - 1)) if kept[i + 1].number in moved
                         and kept[i].number not in moved and kept[i].kept and _is_sentence_headline(kept[i], rules)
                         and INNER_SENTENCE_END.search(kept[i].text)), None)  # one sentence under a headline is its standfirst
        if sentence is not None:
            _drop(kept[title_index], "header_navigation")
            title_index = sentence
    if title_index is None:  # among the first lines, one written as sentences in title case, over its byline or date:
        # "Iran Hits Iraq. America's Troops Are Still There." / a standfirst / "Matthew Petti | 1.16.2024 3:25 PM"
        title_index = next((i for i in range(min(body_start, len(kept), TITLE_CASE_LINES)) if kept[i].number not in moved
                            and _is_sentence_headline(kept[i], rules)
                            and (_is_title_case(kept[i].text) or (i == 0 and kept[i].words <= SENTENCE_TITLE_WORDS))  # "Iraq's marshes
                            # are drying up. So is a way of life." first on the page
                            and any(line.number in moved or dated_name(line.text) for line in kept[i + 1 : i + 3])), None)
    if title_index is None:  # a short headline right over its byline or date ("Election Date Set" / "By Kurdistan Chronicle")
        title_index = next((i for i in candidates if 0 < i < len(kept) - 1
                            and (kept[i + 1].number in moved  # (or over its standfirst, the byline under that: "Iraq's quiet
                                 or (i + 2 < len(kept) and kept[i + 2].number in moved and kept[i + 1].number not in moved  # recovery" /
                                     and kept[i + 1].words >= BODY_WORDS and TERMINAL.search(kept[i + 1].text)))  # "Two decades ..."
                            and len(_lettered_words(kept[i].text)) >= 2  # not "Duration: 32:14"
                            and kept[i].text.casefold() not in SECTION_NAMES  # not the rubric "Climate Change"
                            and not rules.first_match("drop_paragraph", kept[i].text)), None)
    if title_index is None:  # a place's short name right over its rating, under the site's name: "Google Maps" / ... /
        title_index = next((i for i in candidates if kept[i].words <= TITLE_PIECE_WORDS  # "Al-Shahbandar Café" / "4.6" / "(2,341)"
                            and (_over_rating(lines, kept[i])
                                 or (i + 1 < len(kept) and kept[i + 1].number == kept[i].number + 1  # (over its kinds:
                                     and CUISINE_LIST.match(kept[i + 1].text) and _over_rating(lines, kept[i + 1]))  # "Grills,
                                 # Iraqi, Fish"), or over its maker and the stats a rule took, then the rating: "Zagros Amber Ale" /
                                 or (i + 1 < len(kept) and kept[i + 1].number == kept[i].number + 1  # "Zagros Craft Brewing" /
                                     and kept[i + 1].words <= TITLE_PIECE_WORDS and not TERMINAL.search(kept[i + 1].text)  # "5.2% ABV" /
                                     and _rating_under_stats(lines, kept[i + 1])))  # ... / "(3.71)"
                            and not _is_section_name(kept[i].text)), None)
    if title_index is None and candidates and candidates[0] == 0 and not rules.first_match("drop_paragraph", kept[0].text):
        if ((not _has_metadata_under(kept, 0, moved) or _is_cover_kind(kept[0].text))
                and (place := _cover_place(kept, body_start, moved)) is not None):
            return _headline_below(kept, 0, place)
        title_index = 0
        fielded = next((i for i in candidates[1:] if _is_organisation_name(kept[0].text)
                        and getattr(_removed_line_after(lines, kept[i]), "removed_by", None) in COVER_FIELD_RULES
                        and all(line.words <= 3 and not TERMINAL.search(line.text) for line in kept[1:i] if line.kept)), None)
        if fielded is not None:  # the page's owner over its menu, then a short title over its field: "UK Parliament" / "Statements" /
            title_index = _headline_below(kept, 0, fielded)  # "Iraq: Humanitarian Aid" / "Asked by: Jane Morton ..."
        addressed = next((i for i in candidates[1:] if kept[i].words >= 2 and not _is_organisation_name(kept[i].text)
                          and not _is_section_name(kept[i].text)
                          and all(_is_moved_or_dated(line, moved) for line in kept[1:i])), None)
        if (fielded is None and addressed is not None
                and getattr(_removed_line_after(lines, kept[0]), "removed_by", None) == "postal_address"):
            title_index = addressed  # the sender's name over its address, then under the date the letter's own title: "Northline
            # Energy" / "PO Box 212, Leeds LS1 4AP" / ... / "Bill date: 24 November 2026" / "Your electricity bill"
        kind = body_start - 1
        if fielded is None and title_index == 0 and 0 < kind < len(kept) and kind in candidates:  # a line right over the text
            between = [line for line in kept[1:kind] if line.kept]
            if (KIND_TITLE.match(kept[kind].text)
                    and all(line.words <= TITLE_PIECE_WORDS and not TERMINAL.search(line.text) for line in between)):
                title_index = kind  # the issuer and its line of business over the paper's own kind, right over its text: "Oakleaf
                # Insurance" / "Home Insurance" / "Certificate of Insurance" / "This certificate confirms ..."
            elif (kept[kind].words >= 2 and _is_organisation_name(kept[0].text) and not _is_organisation_name(kept[kind].text)
                  and not _is_section_name(kept[kind].text)
                  and all(line.text.isupper() and line.words <= TITLE_PIECE_WORDS for line in between)):
                title_index = kind  # the issuer over a poster's short headline, right over its text, its motto and kind gone
                # between: "Northshire Police" / "Working together for a safer Northshire" / "WITNESS APPEAL" / "Can you help?"
    if (title_index is None and body_start > 0 and kept[0].number not in moved and kept[0].words <= TITLE_PIECE_WORDS
            and not TERMINAL.search(kept[0].text) and _over_wiki_furniture(lines, kept[0])):
        title_index = 0  # a wiki page's one-word name over "From Wikivoyage": "Amadiya"; over its tabs too: "masgouf" / "Entry" /
        # "Read" / "Edit" / "From Wiktionary, the free dictionary"
    if title_index is None:  # a page's short name right under its breadcrumb trail: "Asia > Iraq > ... > Things to Do in Erbil" /
        title_index = next((i for i in candidates  # "Erbil Citadel" / "4.5 · 1,024 reviews"
                            if getattr(_previous_text_line(lines, kept[i]), "removed_by", None) in CRUMB_RULES
                            and not _is_section_name(kept[i].text)), None)
    if (title_index is None and len(named := [i for i in candidates if not TAIL_FIELD.match(kept[i].text)]) == 1
            and kept[(only := named[0])].words <= TITLE_PIECE_WORDS
            and all(line.words == 1 or TAIL_FIELD.match(line.text) for line in kept[:body_start] if line is not kept[only] and line.kept)
            # (its fields may follow it: "ALBASRAH STAR" / "Flag: Iraq"; no writer or date: a post's header is its own, "Post" /
            # "See new posts" / "Conversation" / "Joel Wing" / "@JoelWing2")
            and not _is_section_name(kept[only].text)):
        title_index = only  # among one-word links and fields, the one name: "README" / "Kurdish NER" / "A named-entity ...", "IMDb" / "All" /
        # "The Journey" / "Drama" / "A young woman walks into ..."
    if title_index is None:  # a profile's name right over its fields: "Aymen Hussein" / "Date of birth/Age: ..." / "Citizenship: Iraq"
        title_index = next((i for i in candidates if i + 1 < len(kept) and kept[i].words <= TITLE_PIECE_WORDS
                            and _in_field_run(lines, kept[i + 1]) and not _is_section_name(kept[i].text)), None)
    if title_index is None:  # "... Out. Here's What That Means." right over its byline or date
        above_metadata = next((i - 1 for i, line in enumerate(kept) if i > 0 and line.number in moved), None)
        if above_metadata is not None and above_metadata < body_start:
            line = kept[above_metadata]
            if line.number not in moved and _may_be_headline(line, rules):
                title_index = above_metadata
    if title_index is None:  # a package's name over its tabs, then again as its readme's heading: "arabic-normalize" / "Readme" /
        title_index = next((i for i in _short_names(kept, body_start, moved)  # ... / "arabic-normalize"
                            if any(kept[later].kept and kept[later].text == kept[i].text  # (not the site's name over the date:
                                   and not _has_metadata_under(kept, later, moved, 1)  # "Rudaw" / "10-12-2024")
                                   for later in range(i + 1, min(body_start, len(kept))))), None)
    if title_index is None:  # a channel's name over its posts, each post headed with it again: "Basra Water Watch" / "8 412
        title_index = next((i for i in _short_names(kept, body_start, moved) if kept[i].words >= 2  # subscribers" / ... / "Basra Water
                            and sum(line.text == kept[i].text for line in lines[kept[i].number :]) >= POST_HEADER_COPIES), None)
        # Watch" / "Salinity at the ..." / "Basra Water Watch" / ...
    if (title_index is not None and _is_organisation_name(kept[title_index].text) and title_index < body_start - 1
            and (above := _previous_text_line(lines, kept[title_index])) is not None and above.removed_by == "state_masthead"
            and (kind := kept[body_start - 1]).number not in moved and kind.words <= TITLE_PIECE_WORDS and kind.text[:1].isupper()
            and not TERMINAL.search(kind.text) and not _is_organisation_name(kind.text) and not DOCUMENT_SECTION.match(kind.text)
            and not YEAR.search(kept[title_index].text)  # (a report's title names its year: "National Report on the State of ... 2025")
            and all(line.number in moved or _is_organisation_name(line.text) for line in kept[title_index + 1 : body_start - 1])):
        title_index = _headline_below(kept, title_index, body_start - 1)  # under the state and the issuer, the paper's kind over
        # its text: "Republic of Iraq" / "Federal Supreme Court" / "No.: 105/Federal/2025" / "Date: 14/5/2025" / "Decision"
    if (title_index is not None and _is_organisation_name(kept[title_index].text)
            and (above := _previous_text_line(lines, kept[title_index])) is not None and above.removed_by == "state_masthead"
            and all(line.number in moved or _is_organisation_name(line.text) for line in kept[title_index + 1 : body_start])):
        _drop_letterhead(kept[:body_start], moved)  # a letterhead's issuers under the state, no headline under them: "REPUBLIC
        return None  # OF IRAQ" / "Ministry of Finance" / "RASHEED BANK" / "General Management – Credit Department" / "Date: 15 March 2026"
    if (title_index is not None and (after := _removed_line_after(lines, kept[title_index])) is not None
            and after.removed_by == "press_release" and _is_organisation_name(kept[title_index].text)):
        for line in kept[: title_index + 1]:  # "Republic of Iraq" / "Ministry of Water Resources" over "Media Office" /
            if (line.words <= MASTHEAD_WORDS or _is_organisation_name(line.text)) and not TERMINAL.search(line.text):  # "Statement
                _drop(line, "header_navigation")  # No. 114": who issued the statement, which has no headline
        return None
    if (title_index is not None and (_is_organisation_name(kept[title_index].text) or kept[title_index].text.isupper())
            and (heading := _heading_under_letterhead(kept, title_index, body_start)) is not None):
        _drop_letterhead(kept[:heading], moved)  # a company's name, its legal form and its registration over the notice's heading,
        return heading  # the notice under that: "KURDISTAN INTERNATIONAL BANK ..." / "(Private Joint Stock Company)" / "Registration
        # No. 11562 – Erbil" / "NOTICE OF ANNUAL GENERAL MEETING" / "NOTICE IS HEREBY GIVEN that ..."
    if (title_index == 0 and body_start > 1 and _is_organisation_name(kept[0].text) and (named := kept[1]).kept
            and named.number not in moved and named.words <= TITLE_PIECE_WORDS and not TERMINAL.search(named.text)
            and YEAR.search(named.text) and not HAS_DIGIT.search(YEAR.sub("", named.text)) and not _is_organisation_name(named.text)
            and (record := _next_text_line(lines, named)) is not None and not record.kept):
        _drop_letterhead(kept[:1], moved)  # the issuer over the paper's title with its year, its record under that: "St Mary's
        return 1  # C of E Primary School" / "School Photographs 2026" / "Order form" / "Child's name: ______"
    if (title_index is not None and (_is_organisation_name(kept[title_index].text) or kept[title_index].text.isupper()
                                     or (title_index > 0 and _is_issuer_line(kept[title_index])  # (or the issuer's desk under it,
                                         and _is_organisation_name(kept[title_index - 1].text)  # over a kind in capitals:
                                         and (below := _next_text_line(lines, kept[title_index])) is not None  # "Building Control" /
                                         and FORM_KIND.match(below.text)))  # "BUILDING REGULATIONS COMPLETION CERTIFICATE")
            and (kind := _kind_under_issuers(lines, kept[title_index])) is not None):
        under_kind = [i for i in plain if kept[i].number > kind.number and not _heads_a_section(lines, kept[i], False)]
        if under_kind and _next_text_line(lines, kind) is kept[under_kind[0]]:  # the issuers over the paper's kind, its headline
            return _headline_below(kept, title_index, under_kind[0])  # right under it: "AMERICAN UNIVERSITY OF IRAQ – SULAIMANI" /
            # "CALL FOR APPLICATIONS" / "IRIS Research Fellowship 2027"
        if not under_kind and kind.kept and not FORM_KIND.match(kind.text):  # a kind in mixed case, no headline under it, is
            _drop_letterhead(kept[: title_index + 1], moved)  # the title: "St Andrew's Parish Church, Westfield" / "Banns of Marriage"
            return next(i for i, line in enumerate(kept) if line is kind)
        if (not under_kind and (_is_organisation_name(kept[title_index].text)
                                or (kept[title_index].text.isupper() and kept[title_index].words >= MASTHEAD_KIND_WORDS)
                                or (title_index > 0 and _is_organisation_name(kept[title_index - 1].text)))):
            _drop_letterhead(kept[: title_index + 1], moved)  # a form's issuers over its kind, no headline under them: "MUNICIPALITY
            return None  # OF DUHOK" / "Directorate of Urban Planning" / "BUILDING PERMIT" / "Permit No.: DHK-BP-2026-1187"
    if title_index is not None and (kind := _kind_over_record(lines, kept, title_index, body_start, moved)) is not None:
        return kind
    if (title_index == 0 and body_start >= 2 and kept[0].words <= MASTHEAD_KIND_WORDS and not TERMINAL.search(kept[0].text)
            and all(not line.kept or line.number in moved for line in kept[1 : body_start - 1])
            and (head := kept[body_start - 1]).kept and head.number not in moved and is_title_like(head.text)
            and any(line.removed_by in NEWSLETTER_FURNITURE_RULES for line in lines[kept[0].number : head.number - 1])):
        _drop_letterhead(kept[:1], moved)  # a newsletter's sender over its kind, its issue and its contents: the first item's head
        return body_start - 1  # is its title, as the sender's name is no headline ("Riverside Medical Practice" / "Patient
        # Newsletter" / "Winter 2026" / "In this issue" / ... / "Flu vaccinations" / "We still have flu vaccines ...")
    if (title_index is not None and FORM_KIND.match(kept[title_index].text)
            and (_is_issuer_line(kept[0]) if title_index > 0 else _under_removed_issuer(lines, kept[0]))
            and all(_is_issuer_line(line) for line in kept[1:title_index] if line.kept and line.number not in moved)):  # (its desk:
        # "Parking Services"; or its name and desk in a few words each: "Westbridge Transport" / "Lost Property Office")
        for line in kept[: title_index + 1]:  # a form's kind in capitals under its issuers, no headline under it: "Westbridge
            if line.kept and line.number not in moved:  # City Council" / "Parking Services" / "PENALTY CHARGE NOTICE" / its
                _drop(line, "header_navigation")  # fields: the kind names the paper, as a payslip's "PAYSLIP" does
        return None
    if (body_start > 0 and kept[0].kept and kept[0].number not in moved and WIKI_PAGE_NAME.match(kept[0].text)
            and _over_wiki_furniture(lines, kept[0])):
        return 0  # a wiki's talk or user page, over its tabs and "From Wikipedia, the free encyclopedia": "Talk:Mosul Dam"
    return title_index


NEWSLETTER_FURNITURE_RULES = frozenset({"newsletter_widget", "contents_entry"})
RECORD_FIELD_RULES = frozenset({"parliament_record", "form_furniture", "document_record"})  # a paper's record under its subject


def _is_issuer_line(line: Line) -> bool:
    """An organisation's name, or a few capitalised words: a letterhead's issuer or desk ("Parking Services")."""
    return _is_organisation_name(line.text) or (line.words <= MASTHEAD_KIND_WORDS and all(word[:1].isupper() for word in line.text.split()))


def _under_removed_issuer(lines: list[Line], line: Line) -> bool:
    """Is `line` under the page's first line, an issuer's name, with only lines rules took between (its address and numbers)?"""
    above = [other for other in lines[: line.number - 1] if other.text]
    return bool(above) and not any(other.kept for other in above) and _is_organisation_name(above[0].text)


def _drop_letterhead(issuer_lines: list[Line], moved: set[int]) -> None:
    """An issuer's lines over a paper's kind or heading (its names, seat, registration; no sentence) are header navigation;
    the header's metadata among them stays where it went."""
    for line in issuer_lines:
        if line.number not in moved and not TERMINAL.search(line.text):
            _drop(line, "header_navigation")


def _kind_over_record(lines: list[Line], kept: list[Line], title_index: int, body_start: int, moved: set[int]) -> int | None:
    """The paper's kind in mixed case under its issuer's short lines, over its record (FIELD_RUN fields or more, a table,
    short heads) and then its text: "Driver & Vehicle Standards Agency" / "MOT test certificate" / "Registration number:
    AB12 CDE" / ... Neither the issuer's name nor a field or an item of the record is the title (a headline taken under
    them has dropped the kind as header navigation: it comes back)."""
    end = kept[body_start].number if body_start < len(kept) else len(lines) + 1
    head = [line for line in lines[: end - 1] if line.text]
    kind = next((i for i, line in enumerate(head) if (line.kept or line.removed_by == "header_navigation") and line.number not in moved
                 and KIND_TITLE.match(line.text)), None)
    if kind is None or head[kind] is kept[title_index] or not any(line is head[kind] for line in kept):
        return None
    record = head[kind + 1 :]
    if kept[title_index].number > head[kind].number and not any(
            HEADER_FIELD.match(line.text) for line in head[kind + 1 :] if line.number <= kept[title_index].number):
        return None  # (a report's kind over its own title, the fields under that: "Final Evaluation Report" / "Between ...")
    if NAMING_FIELD.match(kept[title_index].text):
        return None  # (nor over the field naming what it reports on: "Project Completion Report" / "Project: Psychosocial ...")
    if not (all(not line.kept or line.number in moved or (line.words <= TITLE_PIECE_WORDS and not TERMINAL.search(line.text))
                for line in head[:kind])
            and all(not line.kept or line.number in moved or not TERMINAL.search(line.text) for line in record)
            and sum(bool(HEADER_FIELD.match(line.text)) for line in record) >= FIELD_RUN):
        return None
    head[kind].removed_by, head[kind].kept = None, True
    for line in head[:kind]:
        if line.kept and line.number not in moved:
            _drop(line, "header_navigation")  # the issuer, and its motto: "Hillcrest Academy" / "Learning together, achieving together"
    return next(i for i, line in enumerate(kept) if line is head[kind])


NAMING_FIELD = re.compile(r"^(?:project|programme|program|activity|subject|re)\s*:\s", re.I)


def _heading_under_letterhead(kept: list[Line], title_index: int, body_start: int) -> int | None:
    """The heading in capitals right over the story, under the issuer's name and its details only (legal form, registration);
    or a notice's kind in capitals right over it, under the issuer and the matter in capitals ("BOROUGH OF CASTLEFORD" /
    "ELECTION OF A BOROUGH COUNCILLOR FOR" / "RIVERSIDE WARD" / "STATEMENT OF PERSONS NOMINATED")."""
    kind = body_start - 1
    if (title_index < kind < len(kept) and kept[kind].kept and kept[kind].text.isupper() and NOTICE_KIND.match(kept[kind].text)
            and kept[kind].words <= TITLE_PIECE_WORDS and not TERMINAL.search(kept[kind].text)
            and all(line.text.isupper() or not line.kept for line in kept[title_index:kind])):
        return kind
    heading = next((i for i in range(title_index + 1, body_start) if kept[i].kept and not LETTERHEAD_DETAIL.match(kept[i].text)), None)
    return (heading if heading is not None and heading + 1 == body_start and kept[heading].text.isupper() and kept[heading].words >= 3
            and any(LETTERHEAD_DETAIL.match(line.text) for line in kept[title_index + 1 : heading]) else None)


NOTICE_KIND = re.compile(r"^(?:NOTICE|STATEMENT|DECLARATION|CERTIFICATE|NOTIFICATION|RESULT|ORDER) OF [A-Z]")
LETTERHEAD_DETAIL = re.compile(r"^\((?:private|public|closed|open)?[\w ]{0,30}(?:company|corporation|partnership|limited|ltd\.?|plc|llc|jsc|psc)\)$|"
                               r"^(?:company |commercial )?(?:registration|registered|licen[cs]e|CR) (?:no\.?|number)\s*:?\s*\w", re.I)


WIKI_PAGE_NAME = re.compile(r"^(?:Talk|User|User talk|Wikipedia|Wikipedia talk|Template|Category|Help|Portal|Draft):\S")


ORGANISATION_DESCRIPTION = re.compile(r"^(?:The|An?) (?:[\w-]+ ){0,3}(?:unit|arm|agency|body|branch|wing|member|part|affiliate|"
                                      r"organi[sz]ation) of (?:the )?[A-Z]")


def _is_motto_over_headline(kept: list[Line], index: int, moved: set[int]) -> bool:
    """Under the masthead, a short motto in sentence case over a headline in title case that sits over
    its date: "SOS CHILDREN'S VILLAGES IRAQ" / "Every child deserves a loving home" / "Family
    Strengthening in Baghdad and Erbil" / "Programme Update, November 2025"."""
    motto, headline = kept[index], kept[index + 1]
    return (index + 2 < len(kept) and kept[index + 2].number in moved and headline.number not in moved
            and motto.words <= MOTTO_WORDS and not TERMINAL.search(motto.text) and not _is_title_case(motto.text)
            and _is_title_case(headline.text) and headline.words >= 3)


def _cover_place(kept: list[Line], body_start: int, moved: set[int]) -> int | None:
    """A factsheet's cover titled by the place it covers, a word or two over its dated kind or under
    its kind: "PREMIÈRE URGENCE INTERNATIONALE" / "Humanitarian Aid Organization" / "Iraq" / "Country
    factsheet – October 2025"; "HUMANITY & INCLUSION" / "FACTSHEET" / "IRAQ" / "November 2025"; "GIEWS
    Country Brief" / "Iraq" / "Reference Date: 10-February-2026"."""
    return next((i for i in range(1, min(body_start, len(kept) - 1, COVER_PLACE_REACH)) if kept[i].number not in moved
                 and kept[i].words <= 2 and kept[i].text[:1].isupper() and not TERMINAL.search(kept[i].text)
                 and kept[i].text.casefold() not in SECTION_NAMES and kept[i + 1].number in moved
                 and (COVER_KIND.search(kept[i + 1].text) or _is_cover_kind(kept[i - 1].text))), None)


def _is_cover_kind(text: str) -> bool:
    """A cover's kind alone, or after the place it covers: "FACT SHEET", "IRAQ COUNTRY FACT SHEET"."""
    kind = COVER_KIND.search(text)
    return kind is not None and kind.end() == len(text) and len(text[: kind.start()].split()) <= 2


COVER_KIND = re.compile(r"\b(?:fact ?sheet|country (?:report|profile|brief|update)|snapshot|situation report|sitrep|visitors?['’]? guide)\b",
                        re.I)
COVER_PLACE_REACH = 6
REPORT_KIND_END = re.compile(r"\b(?:ASSESSMENT|ANALYSIS|SURVEY|EVALUATION|STUDY|PROFILE|OVERVIEW|REVIEW|MAPPING|MONITORING)$")


def _names_two_writers(line: Line) -> bool:
    """A cover's two authors, unlabelled: "Renad Mansour and Hayder al-Shakeri"."""
    names = line.text.split(" and ")
    return line.kept and len(names) == 2 and not BYLINE.match(line.text) and all(_is_person_name(name) and len(name.split()) >= 2 for name in names)


def _writers_under(kept: list[Line], index: int) -> bool:
    """A report's cover: its authors' names right under the title, or under its subtitle
    ("Iraq’s electricity crisis" / "Why power cuts persist ..." / "Renad Mansour and Hayder al-Shakeri")."""
    for position in range(index + 1, min(index + 3, len(kept))):
        below = kept[position]
        if below.kept and (_names_writers(below.text) or (
                _is_person_name(below.text) and below.words >= 2 and position + 1 < len(kept)  # not a section head over its text
                and not _is_sentence_line(kept[position + 1]) and not _goes_on_below(kept, position + 1))):
            return True
        if TERMINAL.search(below.text):
            return False
    return False


COVER_FIELD_RULES = frozenset({"project_field", "imprint_line", "issue_number", "course_field", "meeting_field", "job_field",
                               "parliament_record", "call_for_papers_furniture", "form_blank_field"})


def _is_moved_or_dated(line: Line, moved: set[int]) -> bool:
    """Taken for the header's fields, or a cover's date the header walk leaves: a week's span, "(2 – 8 February 2026)"."""
    return line.number in moved or (HAS_DIGIT.search(line.text) is not None and loose_date_line(line.text) is not None)


def _goes_by_its_initials(name: str, below: list[Line]) -> bool:
    """Is the organisation named by its initials in the text under its name ("ESCWA" under "Economic
    and Social Commission for Western Asia")? Then the name is its masthead, not a headline."""
    initials = _name_initials(name)
    if not 3 <= len(initials) <= 7:
        return False
    used = re.compile(r"\b" + initials + r"\b")
    return any(used.search(line.text) for line in below if line.text)


def _name_initials(name: str) -> str:
    """An organisation's initials, in capitals: "Kurdistan Save the Children" -> "KSC"."""
    return "".join(word[0] for word in name.split() if word[0].isalpha() and word.casefold() not in NAME_PARTICLES).upper()


def _is_masthead_beside_initials(kept: list[Line], index: int) -> bool:
    """A masthead's name beside its initials alone on a line, its logo: under it, "Kurdistan Save the Children" / "KSC";
    over it, in the logo's own case, "iMMAP" / "Information Management and Mine Action Programs"."""
    name = kept[index].text
    if not (3 <= len(initials := _name_initials(name)) <= 7 and all(word[:1].isupper() or word in NAME_PARTICLES for word in name.split())):
        return False
    return ((index + 1 < len(kept) and kept[index + 1].text == initials)
            or (index >= 1 and kept[index - 1].text.casefold() == initials.casefold()))


def _headline_under_owner(lines: list[Line], kept: list[Line], owner: int, plain: list[int], candidates: list[int],
                          body_start: int, moved: set[int]) -> int | None:
    """Under the name of the organisation that issued it (kept[owner]), the document's own title, when
    what sits under it says so: a guide's kind ("Babylon World Heritage Site" / "Visitor Guide" under a
    ministry and its board), whom a report is addressed to ("INDEPENDENT AUDITOR'S REPORT" / "To the
    Shareholders of ..." under the company's name and its accounts' running head), or the text right
    under a notice's title with only the letterhead's fields and legal form between ("BAGHDAD SOFT DRINKS
    COMPANY" / "(Private Joint Stock Company)" / "Paid-up capital: IQD 177,333,333,333" / "Notice of the
    Annual General Meeting" / "The Board of Directors ... is pleased to invite ...")."""
    guided = next((i for i in plain if i > owner and i + 1 < len(kept) and _is_cover_kind(kept[i + 1].text)), None)
    if guided is not None:
        return guided
    kinded = next((i for i in plain if i > owner and getattr(_previous_text_line(lines, kept[i]), "removed_by", None) == "document_kind_label"), None)
    if kinded is not None:
        return kinded  # under the document's kind: "Iraqi Society for Digital Humanities" / "CALL FOR PAPERS" / "Digital Heritage in Crisis: ..."
    addressed = next((i for i in candidates if i > owner and kept[i].number not in moved
                      and getattr(_removed_line_after(lines, kept[i]), "removed_by", None) == "report_addressee"), None)
    if addressed is not None:
        return addressed
    notice = body_start - 1
    between = kept[owner + 1 : notice]
    if (owner + 1 < notice and notice in plain and kept[notice].words >= 4 and not _is_organisation_name(kept[notice].text)
            and any(LETTERHEAD_FIELD.match(line.text) for line in between)
            and all(LETTERHEAD_FIELD.match(line.text) or PARENTHESISED.match(line.text) or not line.kept or line.number in moved
                    for line in between)):
        return notice
    return None


LETTERHEAD_FIELD = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,3}\s*:\s+\S")  # "Paid-up capital: IQD 177,333,333,333"
CUISINE_LIST = re.compile(r"^[A-Z][\w'’&-]*(?: [\w'’&-]+)?(?:, [A-Z][\w'’&-]*(?: [\w'’&-]+)?){2,}$")  # a listing's kinds
# under its name: "Grills, Iraqi, Fish"
RATING_ONLY = re.compile(r"^[1-5]\.\d$")  # a listing's stars, their count on the next line: "4.6" / "(2,341)"


def _over_rating(lines: list[Line], line: Line) -> bool:
    """Is the line right under `line` a listing's rating a rule took: "4.6 (318 reviews)", "4.6"?"""
    after = _removed_line_after(lines, line)
    return after is not None and (after.removed_by == "listing_furniture" or RATING_ONLY.match(after.text) is not None)


def _rating_under_stats(lines: list[Line], line: Line) -> bool:
    """Are the lines under `line` stats a rule took ("Amber / Red Ale - American", "5.2% ABV"),
    then a bare rating ("(3.71)", "4.6")?"""
    below = [other for other in lines[line.number : line.number + RATING_REACH] if other.text]
    rating = next((position for position, other in enumerate(below) if BARE_RATING.match(other.text)), None)
    return rating is not None and rating > 0 and all(not other.kept for other in below[:rating])


RATING_REACH = 6
BARE_RATING = re.compile(r"^\(?[0-5][.,]\d{1,2}\)?$")  # "(3.71)", "4.6"
PARENTHESISED = re.compile(r"^\([^()]{2,80}\)$")  # a masthead's legal form on its own line: "(Private Joint Stock Company)"


def _headline_below(kept: list[Line], owner: int, headline: int) -> int:
    """The site's owner and the menu between it and the headline are header navigation; returns the headline's index."""
    for line in kept[owner:headline]:
        _drop(line, "header_navigation")
    return headline


ORGANISATION_NAME_WORD = re.compile(r"\b(committee|cross|crescent|borders|frontières|nations|commission|programme|program|fund|bank|"
                                    r"board of|for(?: [\w-]+){0,4} studies|"  # "Federal Board of Supreme Audit", "Omran for Strategic Studies"
                                    r"health,? safety,?(?: security)? and environment|human resources|quality (?:assurance|control) "
                                    r"department|internal audit|"  # a company's department: "Health, Safety and Environment"
                                    r"authority|government|releases|coverage|organi[sz]ation|state|section|division|branch|unit|secretariat|bureau|directorate|federation|confederation|"
                                    r"observatory|syndicate|society|societies|guild|airways|airlines|endowment|delegation|embassy|consulate|"
    r"archives?|library|libraries|museum|stiftung|institut|instituto|gesellschaft|fondation|fundaci[óo]n|fondazione|"
    r"sons|funeral directors|solicitors|estate agents|opticians|merchants|suppliers|contractors|hardware|stores|supermarkets?|pharmacy|chemists?|bakery|butchers?|shops|(?:day )?nurser(?:y|ies)|pre-school|playgroup|parish|inn|restaurant|bistro|brasserie|tavern|"
    r"(?:primary|secondary|high|grammar|infant|junior|community) school|(?:school|faculty) of|academy|motors|garage|spa|salon)\b|\([A-Z0-9]{2,8}(, [\w .'’-]{2,40})?\)$", re.I)
# "(MSF)", an airline's code and base: "Iraqi Airways (IA, Baghdad International)"
INITIALS_END = re.compile(r"\b(?:[A-Z]\.){2,}\)?$")  # "Washington, D.C.", "Babylon Cement Company (P.S.C.)": initials, no sentence's end
LEGAL_FORM_END = re.compile(r"\s(?:e\.\s?V\.|Inc\.|Ltd\.|Co\.|Corp\.)$")  # a masthead's legal form ends no sentence: "humedica e.V."
NAME_PARTICLES = frozenset({"of", "the", "and", "for", "on", "to", "in", "de", "du", "des", "la", "le", "sans", "&", "und", "für", "et", "y"})  # "Delegation of the
# European Union to Iraq"


def _lettered_words(text: str) -> list[str]:
    """The words holding a letter: not ":", "32:14"."""
    return [word for word in text.split() if any(character.isalpha() for character in word)]


HEADLINE_COLON = re.compile(r"\w: ")


@lru_cache(maxsize=65536)  # pure, and asked of the same header lines by several title steps
def _is_organisation_name(text: str) -> bool:
    """Every word capitalised (or a particle) and an organisation's word: "International Committee
    of the Red Cross", "Médecins Sans Frontières (MSF)", "U.S. Department of State"; a ministry and
    its board: "Ministry of Culture, Tourism and Antiquities – State Board of Antiquities and Heritage"."""
    if " – " in text and all(_is_organisation_name(part) for part in text.split(" – ")):
        return True
    words = _lettered_words(text)  # "NPR : National Public Radio", not the headline "Iraq: Floods - DREF Operation (MDRIQ017)"
    return ((2 <= len(words) <= 8 or (len(words) <= LONG_ORGANISATION_NAME_WORDS and LONG_ORGANISATION_NAME.match(text) is not None)) and not HEADLINE_COLON.search(text) and all(word[:1].isupper() or word[:1] == "(" or word in NAME_PARTICLES for word in words)
            and bool(ORGANISATION_WORD.search(text) or ORGANISATION_NAME_WORD.search(text) or ISSUING_BODY_NAME.match(text))
            and not FULL_DATE_INSIDE.search(text) and not YEAR_AT_END.search(text))  # ("Annual Water Quality Report 2025")


ISSUING_BODY_NAME = re.compile(r"^(?:The )?(?:[A-Z][\w'’-]+ ){0,3}(?:Supreme|Federal|Constitutional|High|Appeals?|Cassation) Court"
                               r"(?: of [A-Z][\w'’ -]{2,40})?$|^(?:[A-Z][\w'’-]+ ){0,3}Judicial Council$|^Court of (?:Cassation|Appeals?|First Instance)\b"
                               r"|^(?:The )?(?:[A-Z][\w'’-]+ ){0,3}(?:Parliament|Senate|National Assembly|Congress)$"
                               r"|^(?!.* By )(?:[A-Z][\w'’-]+ ){1,3}(?:Police(?: Service| Department| Force)?|Constabulary|Ombudsman)$")
# a court or a parliament as the issuer of a decision or the owner of a page: "Federal Supreme Court", "Supreme Judicial Council",
# "UK Parliament"; a police force or an ombudsman over its appeal or decision: "Northshire Police", "Local Government Ombudsman";
# not a headline that names one ("Man Shot By Police")


PROJECT_NAME = re.compile(r"\w \w+ (?:Project|Programme|Program)$|^(?:The )?(?:Project|Programme|Program) (?:for|to|on) [A-Z]")  # a project's
# name is a report's title: "Basrah Water Supply Improvement Project", "The Project for Improving Maternal and Child Health"
SERIES_NUMBER = re.compile(r"#\s?\d|\bno[.:]\s?\d|\b\d{1,3}/(?:19|20)\d\d\b", re.I)
LONG_ORGANISATION_NAME = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,3}(?:Institute|Center|Centre|Foundation|Council|Commission|Programme|Association|"
                                    r"Academy|Observatory|Forum)\s(?:for|of|on)\s(?!.*\s(?:Is|Are|Was|Were|Has|Have|Had|Will|Says|Say|To)\s)")
LONG_ORGANISATION_NAME_WORDS = 12  # "Issam Fares Institute for Public Policy and International Affairs"
FULL_DATE_INSIDE = re.compile(r",\s+(?:\d{1,2}\s+)?" + MONTH + r"\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b", re.I)  # a series'
# issue, not its publisher: "Iran Update, December 17, 2025" (a newspaper's page is: "Birmingham Daily Post - Saturday 15 January 1955")


def _is_signed_date(text: str) -> bool:
    """A writer's name beside a date: "Matthew Petti | 1.16.2024 3:25 PM"."""
    named = dated_name(text)
    return named is not None and _is_person_name(named[0])


WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word that starts with a letter
MOTTO_WORDS = 7  # a site's motto over the headline is short
RUBRIC_MOTTO_WORDS = 4
COVER_METADATA_REACH = 4  # a report's date may sit under its type and part ("Project Completion Report" / "Main report and appendices")
def _is_masthead_motto(line: Line) -> bool:
    """What a paper says of itself under its name, in a few words: "Gambia's leading daily newspaper",
    "Celebrating the Sierra Leone Union." (not a field: "LEAD MGR - Nomura Securities Co Ltd")."""
    return (line.words <= MOTTO_WORDS and not HAS_DIGIT.search(line.text) and not PART_DASH.search(line.text)
            and (NEWSPAPER_MOTTO.match(line.text) is not None or MOTTO.match(line.text) is not None))


PART_DASH = re.compile(r"\s[-–—|]\s")
NEWSPAPER_MOTTO = re.compile(r"^(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?['’]s )?(?:the )?(?:(?:leading|largest|biggest|oldest|first|only|premier|"
                             r"national|independent|most (?:trusted|read|popular|widely read))\s+)+(?:[\w-]+\s+){0,2}?"
                             r"(?:newspaper|daily|weekly|news(?:paper)?|paper|news (?:source|site|portal|website|network|service))"
                             r"(?: (?:from|in|of|on|for) [A-Z][\w'’ -]{1,30})?$", re.I)  # what a paper says it is under its name:
# "Gambia's leading daily newspaper", "Bhutan's National Newspaper", "Independent News from Myanmar"
MOTTO_NOUN = re.compile(r"\b(?:news|newspaper|views|voice|perspectives|daily|stories|journalism|journalistic|rigou?r)\b", re.I)  # what a
# newspaper's motto says it brings: "Citizen media stories from around the world", "Academic rigour, journalistic flair"
MOTTO = re.compile(r"^[A-Z][a-z]+ing\b|^[A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*){0,3} [-–—|] |^(?:Your|Our) "  # "Sorting fact from fiction",
                   r"|^[A-Z][a-z]+, [A-Z][a-z]+,? (?:&|and) [A-Z][a-z]+$")  # three nouns: "Relief, Hope & Recovery"
# "Covering Education, Research and Culture", "Hespress English - Moroccan news", "Your Right To Know"
SENTENCE_TITLE_WORDS = 15  # the page's first line, written as sentences but short, over its byline or date is the headline
TITLE_CASE_LINES = 3  # a sentence headline in title case is looked for among the page's first kept lines
SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "are", "vs"})


def _is_title_case(text: str) -> bool:
    """Most words capitalised, as headlines are written: "Iran Hits Iraq. America's Troops Are Still There."."""
    words = [word for word in WORD.findall(text) if word.lower() not in SMALL_WORDS]
    return (len(words) >= 3 and not text.isupper()  # a wire's capitalised slug line ("SOCCER - JAPANESE LEAGUE RESULTS.") is no headline here
            and sum(word[0].isupper() for word in words) >= 0.9 * len(words))


def _may_be_headline(line: Line, rules: RuleSet) -> bool:
    """A headline's length and capital, and no caption."""
    return 4 <= line.words <= 30 and line.text[0].isupper() and not rules.first_match("drop_paragraph", line.text)


def _is_sentence_headline(line: Line, rules: RuleSet) -> bool:
    """A headline written as sentences ("... should go. Behind the scenes, he wants them to stay."), not a caption."""
    return bool(TERMINAL.search(line.text)) and _may_be_headline(line, rules)


def _dateline_under(kept: list[Line], index: int) -> bool:
    """A release's dated dateline on its own line under kept[index], not yet taken: "LOS ANGELES, Calif., November 24, 2025 —"."""
    return index + 1 < len(kept) and HAS_DIGIT.search(kept[index + 1].text) is not None and DATELINE.match(kept[index + 1].text + " x") is not None


def _is_dated_field(line: Line, moved: set[int]) -> bool:
    """Taken for the header's fields, or a name beside a date that will be: "Awene English | 19 Feb 2026"."""
    return line.number in moved or dated_name(line.text) is not None


def _has_metadata_under(kept: list[Line], index: int, moved: set[int], reach: int = 2) -> bool:
    """Is a byline or date line among the two (or `reach`) lines under kept[index]?"""
    return any(line.number in moved for line in kept[index + 1 : index + 1 + reach])


def _beside_page_marker(kept: list[Line], position: int) -> bool:
    """A page's running head sits beside its number: "HUMAN RIGHTS WATCH | DECEMBER 2025" / "2" is no dated byline."""
    return any(0 <= other < len(kept) and kept[other].removed_by == "page_marker" for other in (position - 1, position + 1))


def _take_dated_name(kept: list[Line], title_index: int | None, result: CleanedDocument, moved: set[int]) -> None:
    """A name or place beside a date: the date is `published`; a headline keeps its name."""
    for position, line in enumerate(kept):
        if result.published is not None:
            return
        if (line.number not in moved or position == title_index) and (named := dated_name(line.text)) and not _beside_page_marker(kept, position):
            name, result.published = named
            if position == title_index:
                result.title = name
            else:
                moved.add(line.number)
                if name.isupper() and DATE_BEFORE_PLACE.match(line.text):
                    result.dateline = result.dateline or name  # "Jan 11th 2024 | BAGHDAD": the place it was filed from
                elif _is_person_name(name) and result.byline is None:
                    result.byline = name  # "Matthew Petti | 1.16.2024 3:25 PM"
                elif not DATE_LABELS.match(name) and name.casefold() not in SECTION_NAMES and not VERSION_NAME.match(name):
                    result.site_hint = name  # (not a document's version: "Version 1.2 – updated 20 November 2026")


def _take_place_line(kept: list[Line], body_start: int, title_index: int | None, result: CleanedDocument, moved: set[int]) -> None:
    """"Baghdad-INA", "Shafaq News – Baghdad" on the line over the story: its dateline."""
    if not 0 < body_start < len(kept) or body_start - 1 == title_index:
        return
    above = kept[(title_index or 0) + 1 : body_start]
    under_standfirst = [line for line in kept[body_start + 1 : body_start + 2]  # a standfirst read as the story's first
                        if line.text.split(",")[0].rstrip(" -–—").isupper()]  # line: "BAGHDAD –" under it
    for line in under_standfirst + above[::-1]:  # nearest the story first: "TEHRAN, Jan. 20 (MNA) –"
        alone = (_dateline_alone(line.text) if line.kept and line.number not in moved  # may sit over the date line
                 and (line.text[-1:] in "-–—:." or line.text.endswith("/"))
                 and not SPEAKER_LABEL.match(line.text) else None)  # "STEVE INSKEEP, HOST:" opens a transcript
        if alone:  # "QAMISHLI, Syria (North Press) –" on its own line: the dateline; the line is recorded as
            _record_dateline_alone(line.text, result)  # removed, under its own rule
            _drop(line, "dateline_line")
            result.site_hint = result.site_hint or _agency_of(alone)
            return
        if line.kept and line.number not in moved and (CAPITAL_PLACE_LINE.match(line.text) or (  # "ERBIL, Kurdistan Region of Iraq -"
                TITLE_CASE_PLACE_LINE.match(line.text) and not _is_person_name(line.text.split(",")[0].rstrip(" -–—")))):
            result.dateline = result.dateline or line.text
            _drop(line, "dateline_line")
            return
    line = kept[body_start - 1]
    if (line.kept and line.number not in moved and result.byline is None
            and (writer := _writer_and_place(line.text)) and not ORGANISATION_WORD.search(writer.group("place"))):
        result.byline, result.dateline = writer.group("name"), result.dateline or writer.group("place")  # the writer and where
        moved.add(line.number)  # they filed from, over the story: "Alessandro Di Bussolo - Città del Vaticano"
    elif line.kept and line.number not in moved and (place := PLACE_AND_AGENCY.match(line.text)):
        result.dateline = result.dateline or line.text
        moved.add(line.number)
        agency = next((part for part in place.group("first", "second") if part.isupper() and len(part) > 1), None)
        result.site_hint = result.site_hint or agency
    elif (line.kept and line.number not in moved and body_start >= 2 and kept[body_start - 2].number in moved
          and date_of_line(kept[body_start - 2].text) and (LOCALITY.match(line.text) or _is_place_line(line.text))
          and not _is_person_name(town := line.text.split(",")[0]) and not ORGANISATION_WORD.search(line.text)
          and re.search(r"\b" + re.escape(town) + r"\b", " ".join(other.text for other in kept[body_start : body_start + 2]))):
        result.dateline = result.dateline or line.text  # a town and country under the date, over the story that names the town:
        moved.add(line.number)  # "03 March 2026" / "Ramadi, Iraq" / "A new emergency wing at Ramadi Teaching Hospital ..."; not
        # a post's tags there ("Treaties, Iraq")


WRITER_AND_PLACE = re.compile(r"^(?P<name>[^-–—|.]{4,40}?)\s[-–—]\s(?P<place>[A-ZÀ-Ý][\w'’.]*(?: (?:[A-ZÀ-Ý][\w'’.]*|del|della|di|de|da|do|la|le|du|des|el)){0,4})$")


# a verb or a preposition written in title case: a headline ("Dust Storms Are Choking Iraq"), not a menu
HEADLINE_WORD = re.compile(r" (?:Is|Are|Was|Were|Has|Have|Had|Will|Says|Say|To|Of|For|On|At|After|Over|With|As|From|Into|Amid|Against) ")
MENU_LINE = re.compile(r"^[A-Z0-9&][\w&'’.-]*(?:\s+[A-Z0-9&][\w&'’.-]*){3,}$")  # four or more capitalised items, nothing else
GAPPED_MENU = re.compile(r"^[A-Z][\w&'’-]*(?: [\w&'’-]+){0,3}(?:(?: {2,}|\t+)[A-Z][\w&'’-]*(?: [\w&'’-]+){0,3}){3,}$")  # the raw line:
# items of a few words, some in lowercase, apart by wide gaps ("Where we work  What we do  Research and learning  Blog  Donate")


GAPPED_MENU_WORDS = 20
CATEGORIES_LINE = re.compile(rf"^{CATEGORY_LIST}$")


def _is_menu_line(line: Line) -> bool:
    return MENU_LINE.match(line.text) is not None or GAPPED_MENU.match(line.raw.strip()) is not None


ISSUE_TEMPLATE_HEAD = re.compile(r"^(?:describe the (?:bug|problem|issue|feature)|(?:steps )?to reproduce|expected (?:behaviou?r|result)|"
                                 r"actual (?:behaviou?r|result)|is your feature request related to a problem\?)$", re.I)  # a bug
# report's heads ("Environment" also a news site's rubric: only a list's head at the end, BUG_REPORT_LIST_HEAD)
BUG_REPORT_LIST_HEAD = re.compile(r"^(?:environment|system information|versions|additional context)$", re.I)


def _drop_header_navigation(lines: list[Line], header: list[Line], title_index: int, moved: set[int]) -> None:
    """Short lines around the headline that end no sentence are menus, account, share and app links."""
    for position, line in enumerate(header):
        limit = 3 if position < title_index else 4  # menus above the headline, share/app links below it
        if position < title_index and MENU_LINE.match(line.text):
            limit = 10  # "Home World Middle East Business Opinion"
        elif position < title_index and GAPPED_MENU.match(line.raw.strip()):
            limit = GAPPED_MENU_WORDS  # "Where we work  What we do  Research and learning  Blog  Donate"
        ends_sentence = (bool(TERMINAL.search(line.text)) and not (position < title_index and line.words <= 3 and line.text.endswith("!"))
                         and not INITIALS_END.match(line.text)  # the menu item "U.S." ends no sentence
                         and not (position < title_index and LEGAL_FORM_END.search(line.text))
                         and not (position < title_index and line.words <= MOTTO_WORDS and line.text.endswith(".")
                                  and MOTTO.match(line.text)))  # nor the masthead's motto: "Helping children worldwide."
        # a masthead over the headline may shout: "EJIL: Talk!", "Yahoo!"
        if position < title_index and SECTION_SEPARATOR.search(line.text):
            limit = 12  # "Middle East & Africa | Withdrawal symptoms", "Home » World News » Iraq's prime minister calls…"
            ends_sentence = ends_sentence and not line.text.endswith(("…", "..."))  # a breadcrumb's truncated headline
        if position < title_index and " - " not in line.text and (_is_organisation_name(line.text) or _is_section_list(line.text)
                                                                  or LEGAL_FORM_END.search(line.text)) and line.number not in moved:
            limit = max(limit, 8)  # the site's owner over the headline: "NPR : National Public Radio", "Hilfe zur Selbsthilfe e.V."; its desks:
            # "North Africa, West Asia"
        elif position < title_index and not LATIN_LETTER.search(line.text) and LATIN_LETTER.search(header[title_index].text):
            limit = max(limit, 8)  # the masthead's name in its own script over an English headline: "زانکۆی سەڵاحەددین - هەولێر"
        elif position > title_index and line.text.isupper() and _is_organisation_name(line.text) and line.number not in moved:
            limit = 8  # a report cover's issuers under the title: "OFFICE OF THE HIGH COMMISSIONER"
        elif position > title_index and UNIT_END.search(line.text) and _is_organisation_name(line.text) and line.number not in moved:
            limit = 8  # the issuing unit under a report's title: "Near East, North Africa and Europe Division"
        elif position > title_index and _is_section_list(line.text) and line.number not in moved:
            limit = 8  # the story's region rubric under its date: "Middle East and North Africa"
        elif (0 < position < title_index and line.text.startswith("for ") and header[position - 1].number not in moved
              and _is_organisation_name(f"{header[position - 1].text} {line.text}")):
            limit = 8  # a masthead's name run over two lines: "THE JUSTICE CENTER" / "for Human Rights Litigation – Iraq"
        elif 0 < position <= 2 and position < title_index and _is_masthead_motto(line):
            limit = MOTTO_WORDS  # the masthead's motto under its name: "The Sierra Leone Telegraph" / "Celebrating the Sierra Leone Union."
        elif position > title_index and header[position - 1].number in moved and CATEGORIES_LINE.match(line.text):
            limit = 8  # a blog's categories under the date: "in Analysis, Kurdistan Region of Iraq"
        if (position == 0 < title_index and line.words <= MASTHEAD_OVER_MENU_WORDS
                and (menu := _removed_line_after(lines, line)) is not None and menu.removed_by == "navigation"):
            limit = MASTHEAD_OVER_MENU_WORDS  # the page's first line, over "Menu": the site's name ("FSD – Fondation suisse de déminage")
        over_date = position + 1 < len(header) and header[position + 1].number in moved  # a live blog's first time is under it
        if line.words <= limit and not over_date and _opens_wrapped_sentence(lines, line.number - 1):
            continue  # a hard-wrapped sentence's first piece: "The Kurdistan Regional Government" / "on Monday opened a ..." (not a
            # label over the date line that reads on from it: "Dataset" / "posted on 2025-09-18, 11:42 authored by ...")
        if (position > title_index >= 0 and LIVE_ENTRY_TIME.match(header[position - 1].text)
                and (story := _next_text_line(lines, line)) is not None and story.kept and story.words >= BODY_WORDS):
            continue  # a live page's first entry: "Posted at 17:05" / "Polls close in Iraq" / its text
        if (line.number not in moved and line.words <= limit and not ends_sentence
                and not SPEAKER_LABEL.match(line.text) and not _goes_on_after_comma(lines, line)
                and not (position > 0 > title_index and _heads_form_section(lines, line, moved))  # with no title, a form's first
                # section under its fields: "Inspector: Dr. Hozan Mahmood" / "Summary of findings"
                and not (position > title_index >= 0 and _heads_a_section(  # a report's first section, a deck only right under the title
                    lines, line, position == title_index + 1 and _previous_text_line(lines, line) is header[title_index]))  # (not under
                # its removed field: "Consumer Price Index for January 2026" / "Issue No. 1 / 2026" / "Summary of results")
                and not _lists_in_contents(lines, line)
                and not _names_who_invite(lines, line)
                and not (position == title_index + 1 and title_index > 0 and PRESENTS.match(header[title_index - 1].text))  # the
                # show's subtitle: "presents" / "Cinderella" / "The Family Pantomime"
                and not ISSUE_TEMPLATE_HEAD.match(line.text)  # an issue's first head: "Describe the bug"
                and not (position > title_index >= 0 and line.text == f"About {header[title_index].text}")  # the page's about
                # section: "BasraSpeedruns" / ... / "About BasraSpeedruns"
                and not (STORY_HEADING.match(line.text) and not (over_date and TIME_ONLY.match(line.text)))  # "12:44 PM" / "18 February 2024"
                and not (line.text.endswith(":") and _is_person_name(line.text[:-1]))  # "Amna Nawaz:" opens a transcript
                and not _is_speaker_turn(lines, line)  # a call's speaker over each turn: "Operator" / "Good afternoon, and ..."
                and not (TRANSCRIPT_SECTION.match(line.text) and (turn := _next_text_line(lines, line)) is not None
                         and _is_speaker_turn(lines, turn))  # "PRESENTATION" / "Operator"
                and not (line.text.endswith(":") and position + 1 < len(header) and LIST_ITEM.match(header[position + 1].text))
                and not (position > title_index >= 0 and _opens_subheaded_story(lines, line))
                and not (position > title_index >= 0 and NUMBERED_PART_HEAD.match(line.text))  # "ARTICLE 8 – BAGGAGE" under the running head
                and not (position > title_index >= 0 and (QUANTITY_ITEM.match(line.text) or (
                    (under := _next_text_line(lines, line)) is not None and under.kept and QUANTITY_ITEM.match(under.text))))):
            # (nor a packing list under the title, or its head: "In the box" / "1 × W200 monitor" / "1 × probe with 3 m cable")
            _drop(line, "header_navigation")


MASTHEAD_OVER_MENU_WORDS = 8
INVITATION_VERB = re.compile(r"^(?:request|requests|invite|invites|cordially invite|would like to invite|have the (?:pleasure|honou?r)|"
                             r"are delighted to invite|joyfully invite)\b")  # under the names that invite: "request the pleasure ..."
INVITING_NAME_WORDS = 4


def _names_who_invite(lines: list[Line], line: Line) -> bool:
    """Is `line` one of an invitation's short lines that run on into its inviting verb ("Together with their families" /
    "Sarah Jane Miller" / "and" / "Thomas Edward Grant" / "request the pleasure of your company ...")? Its own text."""
    below = _next_text_line(lines, line)
    while below is not None and below.kept and below.words <= INVITING_NAME_WORDS and not TERMINAL.search(below.text):
        below = _next_text_line(lines, below)
    return below is not None and below.kept and INVITATION_VERB.match(below.text) is not None
COMMENT_LINK_LABELS = frozenset(["comments", "comment", "add comment", "view comments", "leave a comment", "join the discussion"])
NUMBERED_PART_HEAD = re.compile(r"^(?:ARTICLE|Article|SECTION|Section|CHAPTER|Chapter|PART|Part)\s+(?:\d{1,3}|[IVXLC]{1,6})\s*[–—:.-]\s*[A-Z]")
# a numbered and named part of a contract, a policy or an act heading its text: "ARTICLE 8 – BAGGAGE", "Section 4 – Medical and
# emergency expenses" (not a book's bare "CHAPTER IX")
UNIT_END = re.compile(r"\b(?:Division|Department|Unit|Section|Branch|Directorate|Bureau)$")
SECTION_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[-–—•*▪●])\s+\S")  # a summary box's points: "— Iraq generates ..."


INFORMATION_HEAD = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2} (?:information|instructions|guidance|arrangements|requirements)$"
                              r"|^[A-Z][\w-]*(?: [\w-]+){0,2}['’]s comments?$", re.I)  # (a report's "Tutor's comment", "Head of Year's comment")
INFORMATION_HEAD_WORDS = 4


def _text_under_head(lines: list[Line], line: Line) -> Line | None:
    """The first line of the text a head heads, past a letter's salutation ("From the Vicar" / "Dear friends," / its text)
    or past a foreword's removed credit ("Tribute" / "Read by David Ellis (son)" / its text), or past its deadline ("Actions
    required" / "Actions to be completed by 9 December 2026" / "1. Identify all ...")."""
    story = _next_text_line(lines, line)
    if story is not None and ((story.words <= SALUTATION_WORDS and GROUP_SALUTATION.match(story.text))
                              or (not story.kept and (FOREWORD_HEAD.match(line.text) or story.removed_by == "project_field"))):
        story = _next_text_line(lines, story)
    return story


def _is_numbered_sentence(line: Line) -> bool:
    return (line.kept and line.words >= BODY_WORDS and line.text[:1].isdigit() and LIST_ITEM.match(line.text) is not None
            and TERMINAL.search(line.text) is not None)  # "1. Identify all ...", not a box's bullet


def _heads_a_section(lines: list[Line], line: Line, under_title: bool) -> bool:
    """A report's section head over its first paragraph: "Introduction:", or a short capitalised
    head over a paragraph hard-wrapped as a PDF's is ("Recent Economic Developments" / "Iraq’s
    economy ... under" / "the OPEC+ agreement ..."), which a web page's menu item never sits over.
    Not a box's label ("Summary", "Key findings") nor a list's, nor a deck right under the title."""
    story = _text_under_head(lines, line)
    if (story is not None and story.kept and not under_title and line.words <= SUBHEAD_WORDS and line.text[:1].isupper()
            and not TERMINAL.search(line.text) and NUMBERED_NOTE.match(story.text) and story.words >= WRAPPED_LONG_WORDS
            and not TERMINAL.search(story.text)):
        return True  # a head over a numbered paragraph that runs over lines: "General Allegations" / "1. From at least in or about
        # January 2024 ..., the defendant," (a box's points are short)
    if (story is not None and line.words <= SUBHEAD_WORDS and not TERMINAL.search(line.text)
            and not SUMMARY_LABEL.match(line.text.casefold().rstrip(":")) and _is_numbered_sentence(story)
            and (then := _next_text_line(lines, story)) is not None and _is_numbered_sentence(then)):
        return True  # a head over numbered sentences: "Actions required" / "1. Identify all VitaPump 2 syringe drivers ..." / "2. ..."
    if story is None or not story.kept or SECTION_LIST_ITEM.match(story.raw.lstrip()):
        return False
    folded = line.text.casefold().rstrip(":")
    if _heads_audit_opinion(line, story):
        return True  # an auditor's report's first section, no newspaper's desk: "Opinion" / "We have audited the financial statements ..."
    if folded == "introduction" or (not SUMMARY_LABEL.match(folded) and _opens_a_section(lines, line)):
        return True  # "Introduction", a report's "CONTEXT" or "Background" over its first paragraph
    if FOREWORD_HEAD.match(line.text) and story.words >= BODY_WORDS and (
            not TERMINAL.search(story.text) or (not folded.startswith("welcome") and (
                story.words >= BODY_LINE_WORDS or ((then := _next_text_line(lines, story)) is not None and then.kept and _is_body_line(then))))):
        return True  # the foreword over its hard-wrapped text: "A word of thanks" / "In 2025 our team in Iraq supported ...", or over
    # a paragraph on one line ("Foreword" / "We are proud to present our new strategy, which ..."), or over a short sentence and more
    # ("Chair's foreword" / "This has been the busiest year in our history." / "Between April 2025 and March 2026 we gave out ...");
    # not a site's "Welcome" over its pitch
    if (folded == "summary" and (above := _previous_text_line(lines, line)) is not None and above.removed_by in FRONT_NOTICE_RULES
            and _goes_on_below(lines, story.number - 1)):
        return True  # the text's first section, under the cover's notices: "... not responsible for any use ..." / "Summary" /
        # "The government of Iraq closed 16 displacement camps ..."
    if (folded == "summary" and (above := _previous_text_line(lines, line)) is not None and _under_fields(lines, above)
            and story.words >= BODY_WORDS and TERMINAL.search(story.text)):
        return True  # a record's first section under its fields, no box: "Decision date: 19 November 2026" / "Summary" / "Mrs X
        # complained that the Council took too long ..."
    if folded.startswith("welcome to ") and line.words <= FOREWORD_HEAD_WORDS and _is_body_line(story) and _signed_below(lines, line):
        return True  # a welcome its writer signs: "Welcome to Plymouth" / "On behalf of the organising committee, ..." / ... /
        # "Professor Sarah Quinn" / "Chair, Organising Committee" (not a site's "Welcome to AliExpress")
    if line.text.casefold() in LISTING_HEADS and _is_body_line(story):
        return True  # a listing's section over its text: "Description" / "One owner from new, bought from the Toyota dealer ..."
    if (line.words <= INFORMATION_HEAD_WORDS and INFORMATION_HEAD.search(line.text) and folded not in SECTION_NAMES
            and _is_body_line(story)):
        return True  # a notice's first section, even right under its title: "Year 11 Summer Examinations 2027" / "Candidate
        # Information" / "All GCSE examinations take place ..."
    return (not under_title and line.words <= SUBHEAD_WORDS and line.text[:1].isupper() and folded not in SECTION_NAMES
            and folded not in CONTENT_TYPE_LABELS
            and not SUMMARY_LABEL.match(folded) and (_goes_on_below(lines, story.number - 1) or _cut_after_little_word(lines, story)
                                                     or (story.words >= BODY_WORDS and TERMINAL.search(story.text)
                                                         and (above := _previous_text_line(lines, line)) is not None
                                                         and not above.kept  # (under removed fields, not under the date)
                                                         and (((after := _line_under(lines, story)) is not None
                                                               and after.kept and _goes_on_below(lines, after.number - 1))
                                                              or (line.words >= 2 and ":" not in line.text and line.text[-1].isalnum()
                                                                  and _is_body_line(story) and not ABOUT_HEADING.match(line.text)
                                                                  and _under_fields(lines, above))))))
    # (or over a paragraph whose first sentence fills a line: "Class teacher's comments" / "Yusuf has settled well ..." /
    # "His English writing has improved a great deal this term. In mathematics he" / "understands new topics ...")


def _under_fields(lines: list[Line], above: Line) -> bool:
    """Are `above` and the line over it fields ("Label: value"): a form's record over its first section head?"""
    over = _previous_text_line(lines, above)
    return over is not None and all(HEADER_FIELD.match(field.text) or TITLE_CASE_FIELD.match(field.text) for field in (above, over))


def _heads_audit_opinion(line: Line, story: Line) -> bool:
    """An auditor's report's first section, no newspaper's desk: "Opinion" / "We have audited the financial statements ..."."""
    return line.text.casefold().rstrip(":") in AUDIT_OPINION_HEADS and AUDIT_OPENING.match(story.text) is not None


AUDIT_OPINION_HEADS = frozenset(["opinion", "qualified opinion", "adverse opinion", "disclaimer of opinion", "unqualified opinion"])
AUDIT_OPENING = re.compile(r"^(?:We have audited|We were engaged to audit|In our opinion)\b")


def _heads_listing_section(lines: list[Line], line: Line) -> bool:
    """A listing's section head over its text: "Description" / "One owner from new, ..." (not a menu item nor a widget)."""
    return line.text.casefold() in LISTING_HEADS and _heads_a_section(lines, line, False)


LISTING_HEADS = frozenset(["description", "item description", "product description", "vehicle description", "about this item",
                           "full job description", "course description", "seller's description",
                           "notices", "parish notices", "church notices",  # (and a bulletin's notices: "Notices" / "The food bank ...",
                           "applications", "typical applications", "key features", "features and benefits"])  # a data sheet's sections)
CONTENT_TYPE_LABELS = frozenset([  # what the page is, over its text: "Brief Analysis" under a post's date, no section of it
    "analysis", "brief analysis", "policy analysis", "expert analysis", "news analysis", "commentary", "op-ed", "explainer",
    "interview", "blog post", "press release", "news release", "long read", "q&a", "essay", "feature", "perspective",
    "perspectives", "insight", "insights"])


def _cut_after_little_word(lines: list[Line], line: Line) -> bool:
    """A long line cut after "with" or "the", its sentence ending on the next line: "The annual inflation
    rate ... in January 2026 compared with" / "January 2025, driven mainly by housing and food prices."""
    following = _line_under(lines, line)
    return (line.words >= BODY_LINE_WORDS and WRAP_WORD_END.search(line.text) is not None and following is not None
            and following.kept and bool(TERMINAL.search(following.text)))


FRONT_NOTICE_RULES = frozenset({"disclaimer", "contributor_note", "disclosure", "funding_note", "license_notice", "legal_notice"})
SUMMARY_LABEL = re.compile(r"(?:key )?(?:summary|abstract|findings|highlights|points|takeaways)$|dear\b")
# a box's label over its text, or a letter's greeting: not a section of the text ("Executive summary" is a report's chapter)


def _goes_on_after_comma(lines: list[Line], line: Line) -> bool:
    """A sentence's opening clause: "The European Parliament," / "– having regard to ...", "The Security Council," / "Recalling
    all its previous relevant resolutions on Iraq,". A menu item ends no clause."""
    following = _next_text_line(lines, line) if line.text.endswith(",") else None
    return following is not None and following.kept and (following.text[:1].islower() or following.raw.lstrip()[:1] in "–—-"
                                                          or PREAMBLE_CLAUSE.match(following.text) is not None)


PREAMBLE_CLAUSE = re.compile(r"^[A-Z][a-z]+ing\b.*,$")  # a resolution's preamble under "The Security Council,": "Recalling all ...,"


def _lists_in_contents(lines: list[Line], line: Line) -> bool:
    """Is `line` an entry of the page's removed table of contents ("Monetary Developments ..... 2"):
    the section's own head, under the contents list?"""
    folded = line.text.casefold()
    return any(other.removed_by in CONTENTS_ENTRY_RULES and CONTENTS_PAGE.sub("", other.text).casefold() == folded
               for other in lines[: line.number - 1])


SUBHEAD_WORDS = 6
SECTION_TEXT_WORDS = 20  # a report's section opens on a paragraph; a fact-check box's "Context" on a line of summary
SUBHEADS_BELOW = 2


def _opens_subheaded_story(lines: list[Line], line: Line) -> bool:
    """Is `line` the first subhead of a story told under subheads ("The News" / its paragraph /
    "Know More" / ...): right over a body paragraph, with at least SUBHEADS_BELOW more short
    unpunctuated lines below, each over a body paragraph? A menu item over the story
    ("Top Stories") has no such followers."""
    if line.text.casefold() in SECTION_NAMES or (story := _next_text_line(lines, line)) is None or not story.kept or story.words < BODY_WORDS:
        return False
    subheads = 0
    for index in range(story.number, len(lines) - 1):
        candidate = lines[index]
        if (candidate.kept and 1 <= candidate.words <= SUBHEAD_WORDS and not TERMINAL.search(candidate.text)
                and candidate.text[:1].isupper() and lines[index - 1].text == ""
                and (below := lines[index + 1]).kept and below.words >= BODY_WORDS):
            subheads += 1
            if subheads >= SUBHEADS_BELOW:
                return True
    return False


WRAPPED_SENTENCE_LINES = 6
WRAPPED_LINE_WORDS = 3


def _opens_wrapped_sentence(lines: list[Line], index: int) -> bool:
    """Does lines[index] start a sentence hard-wrapped over the raw lines right under it: the
    next one goes on in lower case, and a full sentence of body length ends within a few lines?
    (A masthead's tagline goes on in lower case too, but ends no long sentence: "Science News" /
    "from research organizations".)"""
    line = lines[index]
    if index + 1 >= len(lines) or SENTENCE_END.search(line.text) or not lines[index + 1].text[:1].islower():
        return False
    words = line.words
    for previous, following in zip(lines[index : index + WRAPPED_SENTENCE_LINES], lines[index + 1 : index + 1 + WRAPPED_SENTENCE_LINES]):
        if following.number != previous.number + 1 or not following.kept or following.words < WRAPPED_LINE_WORDS:
            return False  # (a list of tags goes on in lower case too, a word a line: "Iraq" / "cholera" / "WHO")
        words += following.words
        if TERMINAL.search(following.text):
            return words >= BODY_WORDS
    return False


LIVE_ENTRY_TIME = re.compile(r"^(?:posted at\s+|\d{1,2} [a-z]{3,9} \d{4} [-–] )?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?(?:\s+(?:gmt|bst|utc|cet|et|\d{1,2}[:.]\d{2}))?$", re.I)
# "Posted at 17:05 17:05", "14.10 GMT", "18 Dec 2025 - 14:20 GMT": an entry's time, not a date with its time ("04.04.2024 10:55")


def _is_section_name(text: str) -> bool:
    """A site's section, alone ("Middle East") or with others ("Middle East & Africa | Withdrawal symptoms"): no page's title."""
    return text.casefold() in SECTION_NAMES or _is_section_label(text)


def _is_section_label(text: str) -> bool:
    """"Middle East & Africa | Withdrawal symptoms": sections joined by a separator (a headline
    with its date after a bar is not one)."""
    return bool(SECTION_SEPARATOR.search(text)) and dated_name(text) is None


def _wrap_width(block: list[Line]) -> int:
    return max(len(line.text) for line in block)


MIN_WRAP_WIDTH = 40  # narrower lines are a list of labels ("Sort by:" / "Rudaw Media Network · 1d") unless one goes on lowercase


def _is_hard_wrapped(block: list[Line], width: int) -> bool:
    """Lines cut at a fixed width: several lines, most of them near the widest and
    most of them breaking mid-sentence (one short paragraph per line is not wrapped)."""
    if len(block) < 3 or width > 140:
        return False
    if width < MIN_WRAP_WIDTH and not any(line.text[0].islower() for line in block[1:]):
        return False  # narrow lines none of which goes on with a lowercase word: a list of labels
    inner = block[:-1]
    near = 0.75 if len(block) <= 4 else 0.6  # three or four header lines of varied length are not a wrapped paragraph
    near_width = sum(len(line.text) >= near * width for line in inner)
    mid_sentence = sum(not TERMINAL.search(line.text) for line in inner)
    return near_width >= 0.6 * len(inner) and mid_sentence > 0.5 * len(inner)


def _joins(previous: Line, following: Line, width: int, wrapped: bool) -> bool:
    """Does `following` continue the paragraph that `previous` is part of?"""
    first = following.text[0]
    if first in BULLET_GLYPHS and following.text[1:2] == " ":
        return False  # a list's next point: "• 120 farms irrigate with solar power instead of diesel" / "• 40 technicians trained"
    if first in SUPERSCRIPT_NUMBERS or (previous.text[0] in SUPERSCRIPT_NUMBERS and TERMINAL.search(previous.text)):
        return False  # a footnote starts, or ends: "¹ Accelerated learning programme approved by ..."
    if (first.islower() or first in ",;)]%") and not (
            TERMINAL.search(previous.text) and (following.words == 1 or following.text.startswith(("www.", "http")))) and not (
            previous.words <= CREDIT_LABEL_WORDS and CREDIT_LABEL_LINE.match(previous.text)):
        return True  # (one lowercase word after a full sentence is a desk's initials, "ak.mb", not the sentence going on;
        # a web address there starts a page's footer: "www.mees.com © MEES, 2023. All rights reserved."; a credit
        # is whole on its line: "Photograph: Shutterstock" / "flydubai will launch ..." starts the story)
    if NUMBER_ABBREVIATION_END.search(previous.text) and following.text[0].isdigit():
        return True  # a sentence cut between an abbreviation and its number: "... registered in Sulaimani under No." / "7731, has ..."
    if ("\t" in previous.indent and following.indent.replace(" ", "") == previous.indent.replace(" ", "")
            and (previous.text.endswith(",") or (not SENTENCE_END.search(previous.text) and CREDIT_TAIL.search(following.text)))):
        return True  # a table cell's wrapped line: "... in Baghdad, Iraq," / "January 11, 2024. REUTERS/..", "... mosque in" / "Mosul, ..."
    if ("\t" not in previous.indent and "\t" in following.indent and previous.words >= BODY_WORDS
            and not SENTENCE_END.search(previous.text)):
        return True  # a table dump's paragraph: its first line opens with a space, the lines it wraps onto with tabs
    if previous.words >= BODY_WORDS and WRAP_WORD_END.search(previous.text) and following.text[0].isalnum():
        return True  # a sentence cut after "in", "the" or "and" goes on, however its paragraph is shaped
    if previous.text[0] in BULLET_GLYPHS and not first.islower() and previous.words <= BODY_LINE_WORDS:
        return False  # a short list point over the text under the list: "• Wheat imports forecast to rise ..." / "Below-average ..."
    if QUANTITY_ITEM.match(previous.text) and not first.islower():
        return False  # a list's item, whole on its line: "Potted shrimp, brown toast, lemon - £8.95" / "Mains"
    if not wrapped or CREDIT_AT_END.search(previous.text) or (previous.text.endswith(")") and CAPTION_LABEL_START.match(previous.text)):
        return False  # a caption ends with its credit, not mid-sentence: "... (SAFIN HAMID/AFP)", "Map: ... January 2026 (MapAction)"
    if following.words <= 3 and not TERMINAL.search(following.text) and CAPTION_LABEL_START.match(previous.text):
        return False  # a section's head under a labelled caption: "Photo: The Al-Hartha water treatment plant, ... (JICA)" / "Results"
    if TERMINAL.search(previous.text) or previous.text.endswith(":"):
        if following.words <= 3 and not TERMINAL.search(following.text):
            return False  # a name or a label after a full sentence ("Areeba Shah"), not the sentence going on
        if NUMBERED_NOTE.match(following.text) or LIST_BULLET.match(following.text):
            return False  # a numbered paragraph or a list's point (a dash's too) starts after a full sentence: "... shared rivers." /
            # "2. The ministers ..."
        return previous.indent == following.indent and len(previous.text) >= 0.85 * width
    return len(previous.text) >= 0.6 * width


BULLET_GLYPHS = "•▪●◦"  # a list point's mark (a dash may also open a clause run over from the line above)
NUMBER_ABBREVIATION_END = re.compile(r"\s(?:No|Nos|no|nos|Art|art|para|paras|p|pp|Vol|vol|Fig|fig|Ref|ref)\.$")
CREDIT_LABEL_LINE = re.compile(r"^(?i:photo|photograph|picture|image|credit|foto|bild)s?(?i: credit)?\s*:\s*[A-Z][^.!?:]{1,50}$")
CREDIT_LABEL_WORDS = 6
CAPTION_LABEL_START = re.compile(r"^(?i:photo|photograph|picture|image|caption|map)s?\s*:")
CREDIT_TAIL = re.compile(r"[.!?]\s+(?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|Xinhua|Anadolu)\b.{0,60}$")  # "... 2024. REUTERS/Khalid Al-Mousily"
CREDIT_AT_END = re.compile(  # a caption's credit closes it: "... (SAFIN HAMID/AFP via Getty Images)", "... 2024. Photo: The New Region"
    r"\([^()]*(?:/|\b(?:getty images|afp|reuters|ap photo|epa|photo|credit|courtesy)\b)[^()]*\)$"
    r"|[.!?]\s+(?:photo|picture|image|photograph|credit|foto|bild)s?\s*:\s*[A-Z][^.!?]{1,60}$"  # (Dutch, German: "... Foto: Staatsolie")
    r"|[.!?]\s+©\s*[A-Z][^.!?]{1,60}$"  # "... rubble in the Old City. ©FSD"
    r"|\[[^\[\]]*\b(?:getty|afp|reuters|ap|epa|anadolu|xinhua|photo|credit|courtesy|file|archive|handout|supplied)\b[^\[\]]*\]$",
    re.I)  # "... without a speaker since November. [Getty]"


PAGE_BREAK_RULES = frozenset({"page_marker", "footnote"})
WRAP_WORD_END = re.compile(r"\s(?i:a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|that|as|than|into|its|their|his|her|"
                           r"since|until|during|between)$")  # "... the Kurdistan Regional Government since" / "2003."


def _line_runs(lines: list[Line], skip: frozenset[int] | set[int] = frozenset()) -> list[list[Line]]:
    """The kept lines grouped into paragraphs: hard-wrapped lines rejoined; blank and removed lines end one."""
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.kept and line.number not in skip:
            blocks[-1].append(line)
        elif blocks[-1] and line.removed_by not in PAGE_BREAK_RULES:  # a sentence runs on over a page's number and head
            blocks.append([])
    blocks = [block for block in blocks if block]
    shapes = [(width := _wrap_width(block), _is_hard_wrapped(block, width)) for block in blocks]
    wrapped_widths = [width for width, wrapped in shapes if wrapped]
    if not wrapped_widths:  # short paragraphs only (a PDF's two-line ones): lines that go on in lowercase show the width
        cut = [len(previous.text) for block in blocks for previous, following in zip(block, block[1:])
               if (following.text[0].islower() or (following.text[0].isdigit() and not date_of_line(following.text)))
               and previous.words >= BODY_WORDS and not TERMINAL.search(previous.text)]  # (or a number: "... and supported" / "22 small businesses ...")
        wrapped_widths = cut if len(cut) >= 2 else []
    runs = []
    for block, (width, wrapped) in zip(blocks, shapes):
        if (not wrapped and len(block) == 2 and wrapped_widths and 0.8 * max(wrapped_widths) <= len(block[0].text) <= 1.15 * max(wrapped_widths)
                and not TERMINAL.search(block[0].text)):  # a two-line paragraph of a text wrapped elsewhere at this width
            wrapped = True  # (a PDF's lines, set in a proportional font, vary)
        current = [block[0]]
        for previous, following in zip(block, block[1:]):
            if _joins(previous, following, width, wrapped) or (
                    not wrapped and wrapped_widths and 0.8 * max(wrapped_widths) <= len(previous.text) <= 1.15 * max(wrapped_widths)
                    and following.text[0].isalnum()
                    and ((not SENTENCE_END.search(previous.text) and following.words > 3)
                         or (previous.text.endswith(",") and TERMINAL.search(following.text)))  # (a clause's comma over the
                    # sentence's short end: "... from 8:00 to 15:00," / "Sunday to Thursday.")
                    and not CREDIT_AT_END.search(previous.text)):  # (not a caption over a section's head: "... (photographer: Peter Biro)" / "Introduction")
                current.append(following)  # a line cut at the text's wrap width in a block too short to show it: "... First Lady
                # Rosalynn" / "Carter, in partnership with Emory University, ..."
            else:
                runs.append(current)
                current = [following]
        runs.append(current)
    return runs


def _reflow(lines: list[Line], skip: set[int]) -> list[Paragraph]:
    return [Paragraph(run, " ".join(line.text for line in run)) for run in _line_runs(lines, skip)]


def _drop_captions_inside(paragraph: Paragraph, rules: RuleSet) -> None:
    """A photo's caption the reflow joined to the paragraph over or under it (a PDF sets no blank
    line between, nor does a page break removed between them): a line that is whole sentences a
    caption rule matches ("... in Anbar province. Photo by Spc. Derek Mills / US Army.")."""
    dropped = False
    for position, line in enumerate(paragraph.lines):
        if line.text[-1:] in ".)" and (position == 0 or TERMINAL.search(paragraph.lines[position - 1].text)):
            found = rules.first_match_of_line("drop_paragraph", line.text, line.words)
            if found and found[0].name in CAPTION_RULES:
                _drop(line, found[0].name)
                dropped = True
    if dropped:
        paragraph.lines = [line for line in paragraph.lines if line.kept]
        paragraph.text = " ".join(line.text for line in paragraph.lines)


def _apply_paragraph_rules(paragraphs: list[Paragraph], rules: RuleSet, result: CleanedDocument) -> list[Paragraph]:
    prefix_rules, prefix_starts = rules.of_kind("strip_prefix"), rules.prefix_starts
    kept = []
    for paragraph in paragraphs:
        found = rules.first_match_of_line("drop_paragraph", paragraph.text, word_count(paragraph.text))  # repeated furniture: one lookup
        if found:
            for line in paragraph.lines:
                _drop(line, found[0].name)
            continue
        if len(paragraph.lines) > 1:
            _drop_captions_inside(paragraph, rules)
            if not paragraph.lines:
                continue  # (captions only, one under another)
        if prefix_starts is not None and paragraph.text[:1] not in prefix_starts:
            kept.append(paragraph)  # "STORY: ..." starts with "S": one set lookup spares most paragraphs the prefix rules
            continue
        for rule in prefix_rules:
            match = rule.search(paragraph.text)
            if match and match.start() == 0 and match.end() < len(paragraph.text):
                result.removed.append((paragraph.lines[0].line_no, paragraph.text[: match.end()].strip(), rule.name))
                paragraph.text = paragraph.text[match.end() :].lstrip()
        kept.append(paragraph)
    return kept


def _take_dateline(paragraphs: list[Paragraph], result: CleanedDocument) -> None:
    """"BAGHDAD (Reuters) -" opening the story: in its first paragraph, or in the second
    when the first is a standfirst."""
    for position, first in enumerate(paragraphs[:2]):
        if first.text[-1:] in "-–—" and len(paragraphs) > position + 1 and _take_dateline_alone(first, result):
            del paragraphs[position]  # "CNN —" on its own line over the story
            return
        match = (DATELINE.match(first.text) or (AGENCY_FIRST_DATELINE.match(first.text) if first.text[:1] == "(" else None)
                 or (OUTLET_SLASH_DATELINE.match(first.text) if "/" in first.text[:40] else None))
        place = match.group("place").strip() if match else ""
        if match and word_count(first.text) >= 12 and (_agency_of(match) or place.isupper()):
            break
    else:
        return
    result.dateline = match.group("dateline").strip()
    result.published = result.published or parse_date(result.dateline)  # "ABU DHABI, 18th January, 2024 (WAM) --"
    agency = (_agency_of(match) or "").strip()
    if agency and result.source_site is None:
        result.source_site = agency
    first.text = first.text[match.end() :]


DATELINE_ALONE_WORDS = 8


def _take_dateline_alone(paragraph: Paragraph, result: CleanedDocument) -> bool:
    """A paragraph that is only a dateline, the story under it ("CNN —", "MOSUL, Iraq (AP) —"):
    past the header area, where _take_place_line looks."""
    if word_count(paragraph.text) > DATELINE_ALONE_WORDS or not (alone := _dateline_alone(paragraph.text)):
        return False
    if not (_agency_of(alone) or alone.group("place").strip().isupper()):
        return False
    _record_dateline_alone(paragraph.text, result)
    for line in paragraph.lines:
        _drop(line, "dateline_line")
    return True


def _dateline_alone(text: str) -> re.Match[str] | None:
    """A DATELINE match that is the whole text: "CNN —", "QAMISHLI, Syria (North Press) –"."""
    match = DATELINE.match(text + " x")  # DATELINE wants the story after it
    if match is None and text.endswith(").") and "(" in text:  # old wire copy closes it with a full stop:
        match = DATELINE.match(text[:-1] + " - x")  # "BEIRUT, July 14 (A.A.P.)."; not a score: "Hansa Rostock 0 Hamburg 1
        return (match if match and match.end() == len(text) + 2 and not HAS_DIGIT.search(match.group("place"))  # (Baeron 64th min)."
                and not HAS_DIGIT.search(match.group("agency") or "0") else None)
    if match is None and text.endswith(".") and not text.endswith(")."):
        return OLD_WIRE_DATELINE.match(text)  # "BAGHDAD, Jan. 14.": old wire copy's capital place and date
    return match if match and match.end() == len(text) + 1 else None


OLD_WIRE_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'’ -]{2,30}),\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\."
                               r"(?P<agency>(?!))?$")  # no agency named


def _record_dateline_alone(text: str, result: CleanedDocument) -> None:
    result.dateline = result.dateline or text
    result.published = result.published or (parse_date(text) if HAS_DIGIT.search(text) else None)


FRONT_MATTER_FENCES = ("---", "+++")
FRONT_MATTER_MAX_LINES = 60
FRONT_MATTER_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=]\s*(?P<value>.*)$")  # "title: ...", TOML's "title = ..."
FRONT_MATTER_ITEM = re.compile(r"^-\s+(?P<value>.+)$")  # a YAML list's item under its key: "- \"[[Timour Azhari]]\""
FRONT_MATTER_QUOTES = " \"'[]"  # quotes and a note-taking app's [[link]] brackets around a value
FRONT_MATTER_TITLE_KEYS = frozenset({"title", "headline"})
FRONT_MATTER_AUTHOR_KEYS = frozenset({"author", "authors", "byline", "creator"})
FRONT_MATTER_DATE_KEYS = frozenset({"date", "published", "pubdate", "published_at", "publish_date", "date_published"})


def _take_front_matter(lines: list[Line], result: CleanedDocument) -> None:
    """A Markdown clipper's or a static site's front matter ("---" / "title: ..." / "author:" /
    "- [[Timour Azhari]]" / "published: 2024-06-03" / "---") opening the page: its title, author
    and date are the metadata; the whole block goes as `front_matter`."""
    first = next((index for index, line in enumerate(lines) if line.text), None)
    if first is None or lines[first].text not in FRONT_MATTER_FENCES:
        return
    fence = lines[first].text
    close = next((index for index in range(first + 1, min(len(lines), first + FRONT_MATTER_MAX_LINES)) if lines[index].text == fence), None)
    if close is None:
        return
    block = [line for line in lines[first + 1 : close] if line.text]
    fields = [FRONT_MATTER_FIELD.match(line.text) for line in block]
    if not block or not fields[0] or sum(1 for field in fields if field) * 2 < len(block):
        return  # a rule of dashes over prose, not front matter
    key = None
    for line, field in zip(block, fields):
        if field:
            key, value = field.group("key").casefold(), field.group("value")
        elif (item := FRONT_MATTER_ITEM.match(line.text)) and key is not None:
            value = item.group("value")
        else:
            continue
        value = value.strip(FRONT_MATTER_QUOTES)
        if not value:
            continue
        if key in FRONT_MATTER_TITLE_KEYS:
            result.title = result.title or value
        elif key in FRONT_MATTER_AUTHOR_KEYS:
            result.byline = result.byline or value
        elif key in FRONT_MATTER_DATE_KEYS:
            result.published = result.published or date_of_line(value) or parse_date(value)
    for line in lines[first : close + 1]:
        _drop(line, "front_matter")


def read_lines(raw_text: str) -> list[Line]:
    """The raw lines with their normalised text (`normalise_line`, done on the whole text at
    once: the same result, one regex pass per document instead of several per line)."""
    text, raw_lines, line_numbers = raw_text, None, None
    if "</" in text:
        text = strip_html(text)
        if BLOCK_BREAK in text:
            raw_lines, line_numbers, text = _split_blocks(raw_text, text)
    if "&" in text:
        text = HTML_ENTITY.sub(_decoded_entity, text)
    if not text.isascii():
        text = SPACE_LIKE.sub(" ", ZERO_WIDTH.sub("", text))
    elif "\t" in text:
        text = text.replace("\t", " ")
    text = strip_markup(CONTROL.sub(" ", text))
    if "  " in text:
        text = MULTI_SPACE.sub(" ", text)
    # the hint needs one of "ÃÂâ": three scans for one character beat one scan for the class
    mojibake = ("Ã" in raw_text or "Â" in raw_text or "â" in raw_text) and MOJIBAKE_HINT.search(raw_text) is not None
    lines = []
    for number, (raw, normalised) in enumerate(zip(raw_lines or raw_text.split("\n"), text.split("\n")), 1):
        if mojibake and MOJIBAKE_HINT.search(raw):
            normalised = normalise_line(raw)  # ftfy works on the raw line
        lines.append(Line(number, raw, normalised.strip(), raw[: len(raw) - len(raw.lstrip(" \t\u00a0"))]))
    if line_numbers:
        for line, line_no in zip(lines, line_numbers):
            line.line_no = line_no
    return lines


def _split_blocks(raw_text: str, stripped: str) -> tuple[list[str], list[int], str]:
    """A raw line holding several blocks of the page becomes one line per block, each with the
    raw line's number (its `line_no`) and its tag-stripped text as its raw text; other lines stay."""
    raw_lines, line_numbers, texts = [], [], []
    for number, (raw, text) in enumerate(zip(raw_text.split("\n"), stripped.split("\n")), 1):
        pieces = [piece.strip() for piece in text.split(BLOCK_BREAK) if piece.strip()] if BLOCK_BREAK in text else None
        if pieces is None or len(pieces) <= 1:
            raw_lines.append(raw)
            texts.append(text.replace(BLOCK_BREAK, " "))
            line_numbers.append(number)
            continue
        raw_lines.extend(pieces)
        texts.extend(pieces)
        line_numbers.extend([number] * len(pieces))
    return raw_lines, line_numbers, "\n".join(texts)


@lru_cache(maxsize=65536)  # asked of the same header lines by several passes, and of a site's lines in every document
def _is_metadata_line(text: str) -> bool:
    return bool(BYLINE.match(text) or AGENCY_BYLINE.match(text) or STAFF_BYLINE.match(text) or ROLE_BYLINE.match(text) or date_of_line(text)
                or byline_and_date(text) or date_among_parts(text) or _writer_and_place(text))


def _writer_and_place(text: str) -> re.Match | None:
    """"Alessandro Di Bussolo - Città del Vaticano": the writer and where they filed from (groups "name" and "place")."""
    writer = WRITER_AND_PLACE.match(text)
    return (writer if writer is not None and _is_person_name(writer.group("name"))
            and not writer.group("place").isupper() and not AGENCY_BYLINE.match(writer.group("place"))  # (not a credit: "... - AFP")
            else None)


def _is_headline_over_metadata(lines: list[Line], header: list[int], index: int) -> bool:
    """A title-like line with a date or byline line among the next three header lines."""
    if lines[index].words < 4 or not is_title_like(lines[index].text):
        return False
    position = header.index(index)
    following = header[position + 1 : position + 4]
    return any(_is_metadata_line(lines[other].text) for other in following)


def is_reporting_sentence(text: str) -> bool:
    """A sentence that reads as a story's ("The coalition was formed in 2014 to help Iraq fight
    the Islamic State group."): no reader, no "we", nothing a site asks for. The learner checks
    such lines for near-copies of one story before learning them (tasks/repeated.py)."""
    return (word_count(text) >= BODY_WORDS and bool(TERMINAL.search(text)) and not READER_ADDRESS.search(text)
            and not FIRST_PLURAL.search(text) and not SITE_ASK_OUTRIGHT.search(text) and "@" not in text
            and not READER_ACTION.match(text))


# SITE_ASK without the nouns a story uses too ("The session was boycotted by Arab and Turkmen members.")
SITE_ASK_OUTRIGHT = re.compile(r"\b(subscri\w*|journalism|letters section|submit a response|newsletters?|podcasts?|donat\w*|memberships?|"
                               r"advertis\w*|contact us|support us|commenting|sign up|log in|help us|your (?:help|support|generosity)|"
                               r"(?:read|reach|find|join|ask|tell) us)\b", re.I)


LEAD_WORDS = 15


def _drop_repeated_lines(lines: list[Line], repeated: frozenset[int]) -> None:
    """Learned boilerplate (tasks/repeated.py). Kept anyway: a byline or date line (the
    metadata pass takes it); a sentence between the first and last body lines, where a
    formulaic line ("Reuters could not independently verify the report.") is article text;
    a long sentence that goes on from the story's sentence right above it, and a headline
    with its date or byline under it: the story itself, carried by several sites (a wire
    copy whose sites add little else)."""
    learned = {index for index, line in enumerate(lines) if line.kept and line.key in repeated}
    header = [index for index, line in enumerate(lines) if line.kept][:HEADER_AREA_LINES]
    body = [index for index, line in enumerate(lines) if line.kept and index not in learned and _is_body_line(line)]
    previous_text = None  # the last kept line above: not learned, or learned and spared
    shared_story = bool(body) and any(index > body[0] and _is_body_line(lines[index]) for index in learned)  # sentences other
    # pages carry among this one's own: a copy of one story, not a site's blurb over its articles
    for index, line in enumerate(lines):
        if index not in learned:
            if line.kept:
                previous_text = line
            continue
        if _is_metadata_line(line.text) or (index in header and _is_headline_over_metadata(lines, header, index)):
            continue
        if body and body[0] < index < body[-1] and line.words >= 5 and TERMINAL.search(line.text):
            continue
        if (line.words >= LEAD_WORDS and _is_body_line(line) and not _addresses_the_reader(line.text) and shared_story
                and (below := _next_text_line(lines, line)) is not None and below.kept and below.number - 1 not in learned
                and _is_body_line(below)):
            previous_text = line
            continue  # the story's lead, carried by the other copies too, over the story's next paragraph
            # (a blurb's sentences stand together over each article, none among its paragraphs)
        if (_is_body_line(line) and previous_text is not None and previous_text.words >= BODY_WORDS
                and TERMINAL.search(previous_text.text) and not _addresses_the_reader(line.text)):
            previous_text = line
            continue
        _drop(line, REPEATED_LINE_RULE)


def clean_document(raw_text: str, rules: RuleSet | None = None, repeated: frozenset[int] = frozenset(),
                   lines: list[Line] | None = None) -> CleanedDocument:
    """Clean one raw body; see the module docstring for the passes. `repeated` holds the keys
    of lines learned as boilerplate across the shard; `lines`, when given, are read_lines(raw_text)."""
    rules = rules or load_rules()
    lines = lines if lines is not None else read_lines(raw_text)
    result = CleanedDocument(text="", raw_lines=raw_text.count("\n") + 1 if raw_text else 0)

    _take_front_matter(lines, result)
    line_site = _apply_line_rules(lines, rules)
    _drop_wrapped_rest(lines)
    result.source_site = _apply_tail_rules(lines, rules) or line_site
    if repeated:  # after the named rules, so a line they name is recorded under their name
        _drop_repeated_lines(lines, repeated)
    _drop_echoes(lines)
    if ">" in raw_text:
        _drop_quoted_reply(lines)
    if "[1]" in raw_text:
        _drop_endnotes(lines)
    if "*\n" in raw_text:
        _drop_starred_notes(lines)
    _drop_video_blocks(lines)
    if "\t" in raw_text:
        _drop_table_rows(lines)
    if SCORE_HINT.search(raw_text):
        _drop_score_boxes(lines)
    texts = [line for line in lines if line.text]
    if " | " in raw_text:
        _drop_pipe_tables(texts)
    if " | " in raw_text or "\t" in raw_text:
        _drop_table_titles(texts)
    _drop_contents_copies(texts)
    if "0:00" in raw_text:
        _drop_chapter_list(texts)
    if "end of list" in raw_text:
        _drop_listed_teasers(texts)
    _drop_key_figures(texts)
    if "bbreviation" in raw_text or "cronym" in raw_text:
        _drop_abbreviations(texts)
    if any(hint in raw_text for hint in PARTICIPANTS_HINTS):
        _drop_participant_lists(texts)
    if any(hint in raw_text for hint in DIARY_HINTS):
        _drop_diary_dates(texts)
    if "ymn" in raw_text or "usic" in raw_text:
        _drop_service_pieces(texts)
    if any(hint in raw_text for hint in SPEC_HINTS):
        _drop_spec_tables(texts)
    if "andidate" in raw_text or "urname" in raw_text:
        _drop_candidate_lists(texts)
    if any(hint in raw_text for hint in PARTY_HINTS):
        _drop_party_joiners(texts)
    if "ertif" in raw_text:
        _drop_certified_names(texts)
    if "____" in raw_text:
        _drop_heads_over_blank_fields(texts)
    _drop_header_field_runs(texts)
    _drop_figure_field_lists(texts)
    if "£" in raw_text or "€" in raw_text or "$" in raw_text:
        _drop_worked_sums(texts)
    _drop_date_cell_tables(texts)
    if any(hint in raw_text for hint in OPENING_HINTS):
        _drop_visiting_fields(texts)
    _drop_table_text(texts)
    if any(hint in raw_text for hint in TABLE_HEAD_HINTS):
        _drop_results_tables(texts)
    _drop_tags_and_handles_between_widgets(texts)
    _drop_widget_companions(lines)
    _drop_captions_over_credits(lines, rules)
    _drop_link_list_tail(lines)
    if _drop_footer_tail(lines, result.source_site):  # a footer read as the last article lines hid a link list above it
        _drop_link_list_tail(lines)
        _drop_letter_to_readers(lines)
    _drop_repeated_paragraphs(lines)
    _drop_quoted_pull_quotes(lines)
    _drop_lead_echo(lines)
    head_date = _drop_column_heads(lines) if "        " in raw_text else None
    moved = _take_header_metadata(lines, result, rules)
    if "About" in raw_text or "\nAuthor" in raw_text or "\nThe author" in raw_text:
        _drop_blurbs_under_removed_about_headings(lines)
    _drop_publisher_blurb_in_front_matter(lines)
    result.published = result.published or head_date
    _drop_date_lines(lines, moved, result)
    _drop_repeated_title(lines, result.title, moved)
    _drop_copies_of_removed_lines(lines, moved, rules.names | {"reader_address_tail"})
    _drop_running_heads(lines, result.title, result.source_site)
    _drop_publisher_feet(lines)
    _drop_signature_under_closing(lines)
    if _drop_author_bio(lines, result.byline):  # the bio read as the last article line: the footer above it is found now
        _drop_link_list_tail(lines)
        _drop_footer_tail(lines)
    result.metadata_lines = moved
    if rules.use_line_model:
        _drop_model_lines(lines, moved, result.title)
    reflowed = _reflow(lines, moved)
    paragraphs = _apply_paragraph_rules(reflowed, rules, result)
    if len(paragraphs) < len(reflowed):  # a paragraph rule removed something: what shielded the footer may be gone
        paragraphs = _drop_tail_again(lines, paragraphs)
    _take_dateline(paragraphs, result)
    if result.source_site and result.byline and result.source_site in result.byline and _is_person_name(result.source_site):
        result.source_site = None  # "More from Karwan Faidhi" names the writer, not the site
    if result.source_site is None:
        result.source_site = _copyright_holder(lines) or result.site_hint or _domain_masthead(lines)
    if (result.title is None and len(paragraphs) > 1 and is_title_like(paragraphs[0].text) and word_count(paragraphs[1].text) >= BODY_WORDS
            and not _heads_form_section(lines, paragraphs[0].lines[0], moved)):
        result.title = paragraphs.pop(0).text

    result.text = "\n\n".join(paragraph.text for paragraph in paragraphs if paragraph.text)
    for line in lines:
        if not line.text and line.removed_by is None and has_alphanumeric(line.raw):
            line.removed_by = "markup"  # a line that was only markup ("[edit]", "<div class=...>"): gone, and on record
    result.removed.extend((line.line_no, line.raw, line.removed_by) for line in lines if line.removed_by)
    result.removed.sort(key=lambda row: row[0])
    return result


def _heads_form_section(lines: list[Line], line: Line, moved: set[int]) -> bool:
    """A section head right under a form's removed fields ("Inspector: Dr. Hozan Mahmood" / "Summary of findings" / its
    hard-wrapped text, or "Warranty terms" / its numbered clauses): a form with no headline, not its title."""
    above = _previous_text_line(lines, line)
    if above is None or above.kept or above.number in moved:
        return False
    if _heads_a_section(lines, line, False) or NUMBERED_PART_HEAD.match(line.text):  # "Section 1 – Loss of ..."
        return True
    clause = _next_text_line(lines, line)
    return (clause is not None and clause.kept and line.words <= SUBHEAD_WORDS and not TERMINAL.search(line.text)
            and LIST_ITEM.match(clause.text) is not None and _goes_on_below(lines, clause.number - 1))


SENTENCE_CASE_HEAD = re.compile(r"^[A-Z][a-z'’-]*(?: [a-z][\w'’-]*){2,9}$")
SHARED_HEAD_WORDS = 2
LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def _long_words(text: str) -> set[str]:
    return {word.casefold() for word in LONG_WORD.findall(text)}


def _names_a_listed_event(lines: list[Line], line: Line) -> bool:
    """A leaflet's event under the day and time a rule took, with more of its text below: "Thursday 24 December, 11.30pm" /
    "Midnight Communion" / ... / "Bring a present to show everyone." (not a widget's events at the page's foot)."""
    above = _previous_text_line(lines, line)
    return (above is not None and above.removed_by == "event_widget" and HAS_DIGIT.search(above.text) is not None
            and line.words <= SUBHEAD_WORDS and not TERMINAL.search(line.text)
            and any(other.kept and other.words >= BODY_WORDS and TERMINAL.search(other.text)
                    for other in lines[line.number : line.number + LISTED_EVENT_REACH]))


LISTED_EVENT_REACH = 6


def _drop_model_lines(lines: list[Line], moved: set[int], title: str | None = None) -> None:
    """What no rule names but both line models call boilerplate (tasks/line_model.py): the
    widgets of sites the rules have never seen. Runs last among the line passes, so the
    models read the rules' verdicts."""
    taken = []
    for index in line_model().boilerplate(lines, moved):
        line = lines[index]
        story = _text_under_head(lines, line)
        over_story = story is not None and story.kept
        if (_heads_listing_section(lines, line)
                or (over_story and (line.text == f"About {title}" or ISSUE_TEMPLATE_HEAD.match(line.text) or FOREWORD_HEAD.match(line.text)
                                    or (line.words <= INFORMATION_HEAD_WORDS and INFORMATION_HEAD.search(line.text)))
                    and _is_body_line(story))
                or (over_story and _heads_audit_opinion(line, story))
                or _names_a_listed_event(lines, line)
                or (over_story and SENTENCE_CASE_HEAD.match(line.text) and story.words >= BODY_WORDS and TERMINAL.search(story.text)
                    and len(_long_words(line.text) & _long_words(story.text)) >= SHARED_HEAD_WORDS)):
            continue  # a listing's section head over its text, which the models never saw: "Description"; a notice's
            # "Candidate Information"; the page's
            # about section under its name: "About BasraSpeedruns"; a bug report's "Describe the bug"; a newsletter's
            # "Headteacher's Message" over the head's letter; an auditor's "Opinion"; a head in sentence case the text under it
            # takes up: "Energy efficiency rating for this property" / "This property's current energy rating is D. ..."
        _drop(line, LINE_MODEL_RULE)
        taken.append(line)
    for signature in taken:  # a letter's close goes with the signature the models took: "With every blessing," / "Helen"
        if signature.words <= 3 and not TERMINAL.search(signature.text) and (
                close := _previous_text_line(lines, signature)) is not None and close.kept and VALEDICTION.match(close.text):
            _drop(close, "signature")


# ---------------------------------------------------------------- shard level


def clean_frame(documents: pl.DataFrame, rules: RuleSet | None = None,
                repeated_lines: RepeatedLineSettings = RepeatedLineSettings()) -> tuple[list[dict], list[dict], list[dict]]:
    """Clean a documents shard -> (clean rows, removed_lines rows, reject rows).

    Two passes: the first reads every document's lines and learns the shard's repeated
    lines (tasks/repeated.py), the second cleans each document with them."""
    rules = rules or load_rules()
    with _no_cycle_collection():
        return _clean_shard(documents, rules, repeated_lines)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """A shard's lines are hundreds of thousands of small objects that form no reference cycles:
    the cycle collector's passes over them cost a tenth of the cleaning time and free nothing
    (reference counting frees them). It is off while a shard is cleaned."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def learn_shard_repeats(shard: list[list[Line]], settings: RepeatedLineSettings = RepeatedLineSettings()) -> frozenset[int]:
    """The keys of the lines repeated across a shard's documents (each given as read_lines), as the
    clean stage learns them; `explain` and the line models' training learn them the same way."""
    return learn_repeated_lines(shard, settings, story_like=is_reporting_sentence)


def _clean_shard(documents: pl.DataFrame, rules: RuleSet,
                 repeated_lines: RepeatedLineSettings) -> tuple[list[dict], list[dict], list[dict]]:
    clean_rows, removed_rows, reject_rows = [], [], []
    shard = [(doc_id, text, read_lines(text)) for doc_id, text in documents.select("doc_id", "text").iter_rows()]
    repeated = learn_shard_repeats([lines for _, _, lines in shard], repeated_lines)
    cleaned_texts: dict[str, CleanedDocument] = {}  # an exact copy in the shard cleans the same way: once
    for doc_id, text, lines in shard:
        if not text.strip():
            reject_rows.append({"doc_id": doc_id, "stage": "clean", "reason": "empty", "detail": "the raw body is blank", "source": None})
            continue
        cleaned = cleaned_texts.get(text)
        if cleaned is None:
            cleaned = cleaned_texts[text] = clean_document(text, rules, repeated, lines)
        removed_rows.extend({"doc_id": doc_id, "line_no": n, "text": t, "rule": r} for n, t, r in cleaned.removed)
        if not cleaned.text.strip():
            reject_rows.append(
                {"doc_id": doc_id, "stage": "clean", "reason": "empty", "detail": "nothing left after boilerplate removal", "source": None}
            )
            continue
        clean_rows.append(
            {
                "doc_id": doc_id,
                "title": cleaned.title,
                "text": cleaned.text,
                "byline": cleaned.byline,
                "dateline": cleaned.dateline,
                "published": cleaned.published,
                "source_site": cleaned.source_site,
                "raw_lines": cleaned.raw_lines,
                "removed_line_count": len(cleaned.removed),
            }
        )
    return clean_rows, removed_rows, reject_rows


def explain(raw_text: str, rules: RuleSet | None = None, repeated: frozenset[int] = frozenset(),
            lines: list[Line] | None = None) -> str:
    """A document with each raw line marked kept (' ') or removed ('-') and the rule that removed it.
    `repeated` and `lines` as for clean_document (learned lines need the shard: see flows/explain.py)."""
    rules = rules or load_rules()
    lines = lines if lines is not None else read_lines(raw_text)
    cleaned = clean_document(raw_text, rules, repeated, lines)
    prefixes = {rule.name for rule in rules.of_kind("strip_prefix")}
    stripped = {number: rule for number, _, rule in cleaned.removed if rule in prefixes}  # cut from a paragraph's first line
    out = [f"title: {cleaned.title}", f"byline: {cleaned.byline}", f"dateline: {cleaned.dateline}",
           f"published: {cleaned.published}", f"source_site: {cleaned.source_site}", ""]
    width = max([4, *(len(line.removed_by or "") for line in lines), *(len(rule) for rule in stripped.values())])
    for line in lines:  # a raw line each, or each block of a page saved on one line
        rule = line.removed_by or stripped.get(line.line_no)
        out.append(f"{line.line_no:5d} {'-' if rule else ' '} {(rule or ''):<{width}} | {line.raw}")
    return "\n".join(out)
