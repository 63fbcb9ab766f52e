"""Named building blocks for rule patterns, so pack authors need not write number regexes.

A pattern may say ``{quantity}``, ``{number}``, ``{unit}`` … and the engine expands them.
Chinese is matched by substring: no ``\\b`` (it never matches between two CJK characters),
and alternatives are ordered longest first so that 千万元 wins over 万元.
"""

from __future__ import annotations

import re
from typing import Any

_UNITS = """
元 万元 亿元 美元 欧元 英镑 日元 港元 港币 澳元 韩元 卢布 人民币
个 套 人 名 位 家 项 件 户 人次 次 所 座 台 辆 架 艘 批 批次 宗 起 株 头 只 匹 册 部 篇 本 条 处 栋 幢 间
张 份 场 届 天 年 个月 月 周 小时 分钟 秒 岁 倍 成 个百分点 百分点 % ％ ‰ 公里 千米 米 厘米 毫米 平方米 平方公里
平方千米 公顷 亩 吨 公斤 千克 克 斤 升 毫升 立方米 方 千瓦 兆瓦 千瓦时 度 摄氏度 ℃ 海里 层 级 元/平方米 吨/年
家次 单 笔 支 期 轮 道 种 类 款 所 块 棵 颗 只 根 枚 盏 辆次 架次 标箱 箱 桶 袋 包 瓶 盒 吨次 车次 趟 班 班次 节 千瓦时
英里 英尺 英寸 平方英里 磅 盎司 加仑 字 朵 页 例 亿元 万人 万吨
""".split()

UNIT = "(?:" + "|".join(re.escape(u) for u in sorted(set(_UNITS), key=lambda u: (-len(u), u))) + ")"
ARABIC = r"(?:\d+(?:,\d{3})*(?:[.．]\d+)?|[０-９]+(?:[．.][０-９]+)?)"
CN_NUMBER = r"(?:[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?|[数几上]?[十百千])"
NUMBER = rf"(?:{ARABIC}|{CN_NUMBER}(?:[百千]{CN_NUMBER}?)*)"
MAGNITUDE = "(?:万亿|千万|百万|亿|万|千|百)"
# a figure with what makes it a figure: 15万余套, 90%, 三成, 近千万元 (hedge words are not part)
QUANTITY = rf"(?:{NUMBER}(?:多|余|来)?{MAGNITUDE}?(?:多|余)?{UNIT})"
# fractions and shares written in words: 三分之一, 百分之六十, 半数
FRACTION = (
    r"(?:[一二三四五六七八九十百]+分之[一二三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?"
    r"|百分之[零〇一二两三四五六七八九十百点]+|半数|一半)"
)
# a time of day: 7点, 19点30分, 8时
CLOCK = rf"(?:{NUMBER}[点时](?:{NUMBER}分)?)"
# any figure, its unit optional (only for use between two words that anchor it: 约…左右):
# also a time of day, a round figure with no digits (万次, 千人) and a half (半小时, 半个月)
FIGURE = (
    rf"(?:{FRACTION}|{CLOCK}|{NUMBER}(?:多|余|来)?{MAGNITUDE}?(?:多|余)?{UNIT}?"
    rf"|{MAGNITUDE}{UNIT}|半个?{UNIT})"
)

BLOCKS: dict[str, str] = {
    "number": NUMBER,
    "arabic": ARABIC,
    "cn_number": CN_NUMBER,
    "magnitude": MAGNITUDE,
    "unit": UNIT,
    "quantity": QUANTITY,
    "fraction": FRACTION,
    "figure": FIGURE,
    "hedge_over": "(?:超过|超出|多于|高于|大于|逾|超|至少|起码|多达|高达)",
    "hedge_under": "(?:不到|不足|最多|至多|不超过|低于|少于)",
    "hedge_approx": "(?:大约|大概|约为|约有|约|将近|接近|近)",
    # 约, 大约, 大概 as a hedge that may stand before the words leading to the figure: not 约
    # of a word (约定, 预约, 制约, 约翰, 约了), nor 大概率
    "approx_word": (
        "(?:大约|约莫|约摸|大概(?!率|念|貌|况)"
        "|(?<![预相邀制节公条合签违履简婉隐特誓盟立毁赴践应租草新旧密规负契协口缔])"
        "约(?![定见请束谈会稿法翰旦瑟克分略好了过着他她我你]))"
    ),
    # 左右 or 上下 after a figure as "about": not "left and right" or "up and down" (左右两侧,
    # 左右为难, 上下班, 上下浮动)
    "about": (
        "(?:左右(?!为难|开弓|逢源|互搏|手|两|侧|边|翼|腿|脚|眼|耳|摇|晃|岸|右)"
        "|上下(?!班|学|车|楼|游|级|文|午|层|铺|功夫|来|去|打|起|两|一心|下|浮|波|其手))"
    ),
    "clause": "[^，。；！？,;!?\\n]",
}

_REF = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class PatternError(ValueError):
    pass


def expand(pattern: str) -> str:
    """Replace ``{name}`` building blocks; leave regex repetition counts such as ``{2,4}``."""

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in BLOCKS:
            raise PatternError(
                f"unknown building block {{{name}}} (known: {', '.join('{' + k + '}' for k in BLOCKS)})"
            )
        return BLOCKS[name]

    return _REF.sub(sub, pattern)


# the time a pack's expression may run on one document: a base plus a share per character
# (the shipped patterns scan a 2 MB line in well under a second); a pattern that backtracks
# catastrophically, such as (a+)+$ on a run of a's, stops there and becomes a rule error
TIME_BUDGET = 2.0
TIME_PER_MILLION_CHARS = 2.0


def time_budget(text: str) -> float:
    """Seconds a pack pattern may spend matching ``text``."""
    return TIME_BUDGET + TIME_PER_MILLION_CHARS * len(text) / 1e6


# The text of every pattern of the shipped packs (registered as they load, see
# ``rules.load_pack``). Such a pattern is part of lint-news like its own code: unless its
# structure allows catastrophic backtracking (:func:`backtracking_risks`, read once when it
# is compiled and kept in the start-up cache), it is compiled with ``re`` through the cache
# (:func:`rx`) instead of the ``regex`` module, whose import and compilation are not cached
# (about 40 ms for the shipped packs); a test checks that ``re`` and ``regex`` find the same
# matches for every shipped pattern. Every other pattern (a newsroom's packs, and the shipped
# ones with a risk, such as those built on ``{number}``) gets ``regex`` and its timeouts.
_SHIPPED: set[str] = set()


def trust_shipped(texts: Any) -> None:
    """Register the strings of a shipped pack's rule (its patterns among them)."""
    if isinstance(texts, str):
        _SHIPPED.add(texts)
    elif isinstance(texts, list | tuple):
        for t in texts:
            trust_shipped(t)
    elif isinstance(texts, dict):
        for t in texts.values():
            trust_shipped(t)


class ShippedPattern:
    """A shipped pattern compiled with ``re``: the methods of a ``regex`` pattern that the
    checks call, taking (and ignoring) ``timeout=``."""

    __slots__ = ("_p", "pattern", "groups", "groupindex", "flags")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self._p = compiled
        self.pattern = compiled.pattern
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        self.flags = compiled.flags

    def search(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        return self._p.search(string, *args)

    def match(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        return self._p.match(string, *args)

    def fullmatch(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        return self._p.fullmatch(string, *args)

    def finditer(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        return self._p.finditer(string, *args)

    def findall(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        return self._p.findall(string, *args)

    def sub(self, repl: Any, string: str, *args: Any, timeout: float | None = None) -> Any:
        return self._p.sub(repl, string, *args)

    def split(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        return self._p.split(string, *args)


# The characters of Chinese figures (一百二十, 三千五百, 几十, 十点五): the only ones the risky
# repetition of the {number} building block reads. Its backtracking is exponential in the
# length of a run of them, so a text without a run of NUMERAL_RUN of them is matched in
# linear time by ``re`` too.
NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百千万亿数几上点")
NUMERAL_RUN = 6
_numeral_run: re.Pattern[str] | None = None
_numeral_seen: tuple[str, bool] = ("", False)  # the last text asked about, and the answer


class GuardedPattern(ShippedPattern):
    """A shipped pattern whose only risk of catastrophic backtracking lies in runs of
    numeral characters: ``re`` where the text has no run of ``NUMERAL_RUN`` of them (nearly
    every text), else the ``regex`` module with its timeout. The same matches either way
    (tests/test_pack_safety.py)."""

    __slots__ = ("_source", "_timed")

    def __init__(self, compiled: re.Pattern[str], source: str) -> None:
        super().__init__(compiled)
        self._source = source
        self._timed: Any = None

    def _for(self, string: str) -> Any:
        global _numeral_run, _numeral_seen
        seen = _numeral_seen  # the rules of one document ask about the same text in turn
        if seen[0] is string:
            has_run = seen[1]
        else:
            if _numeral_run is None:
                # (``lead``: the search scans for a numeral in C and tries the run only
                # there; a repeat first gives ``re`` no class of first characters of its own)
                _numeral_run = rx(f"[{''.join(sorted(NUMERAL_CHARS))}]{{{NUMERAL_RUN}}}", lead=True)
            has_run = _numeral_run.search(string) is not None
            _numeral_seen = (string, has_run)
        if not has_run:
            return None
        if self._timed is None:
            import regex

            self._timed = regex.compile(self._source)
        return self._timed

    def search(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        t = self._for(string)
        return (
            self._p.search(string, *args) if t is None else t.search(string, *args, timeout=timeout)
        )

    def match(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        t = self._for(string)
        return (
            self._p.match(string, *args) if t is None else t.match(string, *args, timeout=timeout)
        )

    def fullmatch(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        t = self._for(string)
        if t is None:
            return self._p.fullmatch(string, *args)
        return t.fullmatch(string, *args, timeout=timeout)

    def finditer(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        t = self._for(string)
        if t is None:
            return self._p.finditer(string, *args)
        return t.finditer(string, *args, timeout=timeout)

    def findall(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        t = self._for(string)
        return (
            self._p.findall(string, *args)
            if t is None
            else t.findall(string, *args, timeout=timeout)
        )

    def sub(self, repl: Any, string: str, *args: Any, timeout: float | None = None) -> Any:
        t = self._for(string)
        if t is None:
            return self._p.sub(repl, string, *args)
        return t.sub(repl, string, *args, timeout=timeout)

    def split(self, string: str, *args: Any, timeout: float | None = None) -> Any:
        t = self._for(string)
        return (
            self._p.split(string, *args) if t is None else t.split(string, *args, timeout=timeout)
        )


def compile_pattern(pattern: str) -> Any:
    """A pack's pattern: a shipped one with ``re`` (see ``_SHIPPED``), any other with the
    ``regex`` module (same matches as ``re`` for every shipped pattern) so that every
    match can run with ``timeout=``: packs come from others."""
    if re.search(r"(?<!\\)\\[bB]", pattern):
        raise PatternError(
            "\\b never matches inside Chinese text (no word boundary between CJK characters); match by substring"
        )
    if pattern in _SHIPPED:
        try:
            source = expand(pattern)
            compiled = rx(source, lead=True)
            entry = (_rx_cache or {}).get((source, _LEAD))
            if entry is not None and not entry[0] & _RISK:
                return ShippedPattern(compiled)
            if entry is not None and entry[0] & _GUARDED:
                return GuardedPattern(compiled, source)
        except (re.error, OverflowError, RecursionError, MemoryError):
            pass  # reported as regex reports it, below
    import regex  # only when a pack pattern of others is compiled (about 15 ms)

    try:
        return regex.compile(expand(pattern))
    except (regex.error, re.error) as exc:
        raise PatternError(f"bad regular expression: {exc}") from None
    except (OverflowError, RecursionError, MemoryError) as exc:
        raise PatternError(f"regular expression too large ({type(exc).__name__})") from None


# Compiled expressions kept between runs: (pattern, flags) -> the arguments that
# ``re._compiler.compile`` hands to ``_sre.compile``, so that a later process skips parsing and
# optimising (most of it the character classes of CJK text). See :func:`rx`.
_RX_CACHE_VERSION = 7  # 5-7: a lead class in the optimisation block, not a look-ahead
# in an entry's flags: the expression may backtrack catastrophically (_RISK), and every
# repetition that may do so reads only characters of NUMERAL_CHARS (_GUARDED)
_RISK = 0x8000
_GUARDED = 0x4000
# in a key's flags: the code searches only where ``lead_class(pattern)`` says a match can
# start, as ``with_lead(pattern)`` does (see :func:`rx`)
_LEAD = 0x4000
# An entry not used by any of the last _RX_KEEP processes that wrote the file is dropped, so
# that expressions a run no longer needs (an edited pattern, another checkout's) do not
# make every later start read them.
_RX_KEEP = 64
_rx_cache: dict[tuple[str, int], _RxEntry] | None = None
_rx_added = 0
_rx_used: dict[tuple[str, int], _RxEntry] = {}  # the entries this process compiled or read
_rx_generation = 0  # of the file read: how many processes have written it
_rx_file: tuple[int, int, int] | None = None  # (inode, size, mtime) of the file read last


class _RxEntry:
    """One compiled expression as stored: its flags (<< 16; _RISK and _GUARDED among them)
    and group count, its code (uint32) and group names (``name\0number\0…``) as bytes,
    and the generation of the file in which it was last used. The code and names are only
    decoded for an expression this process compiles."""

    __slots__ = ("flags", "groups", "code", "names", "used")

    def __init__(self, flags: int, groups: int, code: Any, names: Any, used: int) -> None:
        self.flags, self.groups, self.code, self.names = flags, groups, code, names
        self.used = used

    def __getitem__(self, i: int) -> int:  # entry[0]: the compiled flags with the risk bits
        if i != 0:
            raise IndexError(i)
        return self.flags >> 16

    def pattern(self, source: str) -> re.Pattern[str]:
        import _sre
        from array import array

        code = array("I")
        code.frombytes(self.code)
        groupindex: dict[str, int] = {}
        if self.names:
            parts = bytes(self.names).decode("utf-8").split("\0")
            for k, i in zip(parts[::2], parts[1::2], strict=True):
                groupindex[k] = int(i)
        indexgroup: list[str | None] = [None] * (self.groups + 1)
        for k, i in groupindex.items():
            indexgroup[i] = k
        fl = (self.flags >> 16) & ~(_RISK | _GUARDED)
        return _sre.compile(source, fl, code.tolist(), self.groups, groupindex, tuple(indexgroup))


def cache_dir() -> str:
    """The temporary directory, as ``tempfile.gettempdir()`` finds it in the usual cases,
    without importing tempfile (and random) on every start: caches are read from it."""
    import os
    import sys

    if "tempfile" in sys.modules:
        return sys.modules["tempfile"].gettempdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        d = os.environ.get(name)
        if d and os.path.isdir(d):
            return os.path.abspath(d)
    if os.name == "posix" and os.path.isdir("/tmp"):
        return "/tmp"
    import tempfile

    return tempfile.gettempdir()


def _rx_path() -> str | None:
    import os
    import sys

    try:
        import _sre

        uid = os.getuid() if hasattr(os, "getuid") else 0
        tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{_RX_CACHE_VERSION}"
    except (ImportError, AttributeError):
        return None
    return os.path.join(cache_dir(), f"lint-news-regex-{uid}-{tag}.bin")


_RX_MAGIC = b"lint-news regex cache 2\n"
_RX_GEN = "<I"  # after the magic: the file's generation
_RX_HEAD = "<IIiIII"  # pattern bytes, flags, groups, code bytes, group-name bytes, used


def _rx_load() -> tuple[int, dict[tuple[str, int], _RxEntry]]:
    """The cache file's generation and entries, read as plain checked bytes (never as
    Python objects): per entry a header, the pattern, its code and its group names."""
    import os
    import struct

    global _rx_file
    _rx_file = None
    path = _rx_path()
    if path is None:
        return 0, {}
    out: dict[tuple[str, int], _RxEntry] = {}
    try:
        with open(path, "rb") as f:
            if hasattr(os, "getuid") and os.fstat(f.fileno()).st_uid != os.getuid():
                return 0, {}  # only a file this user wrote
            data = f.read()
            st = os.fstat(f.fileno())
        if not data.startswith(_RX_MAGIC):
            return 0, {}
        _rx_file = (st.st_ino, st.st_size, st.st_mtime_ns)
        view = memoryview(data)
        pos = len(_RX_MAGIC)
        (generation,) = struct.unpack_from(_RX_GEN, data, pos)
        pos += struct.calcsize(_RX_GEN)
        size, unpack = struct.calcsize(_RX_HEAD), struct.Struct(_RX_HEAD).unpack_from
        while pos < len(data):
            np, flags, groups, nc, nn, used = unpack(data, pos)
            pos += size
            end = pos + np + nc + nn
            if end > len(data) or nc % 4:
                return 0, {}
            pattern = data[pos : pos + np].decode("utf-8")
            out[(pattern, flags & 0xFFFF)] = _RxEntry(
                flags & ~0xFFFF,
                groups,
                view[pos + np : pos + np + nc],
                view[pos + np + nc : end],
                used,
            )
            pos = end
    except (OSError, ValueError, IndexError, struct.error):
        return 0, {}
    return generation, out


def _rx_dump(generation: int, entries: dict[tuple[str, int], _RxEntry]) -> bytes:
    import struct

    head = struct.Struct(_RX_HEAD).pack
    chunks: list[Any] = [_RX_MAGIC, struct.pack(_RX_GEN, generation)]
    for (pattern, flags), e in entries.items():
        p = pattern.encode("utf-8")
        chunks.append(head(len(p), flags | e.flags, e.groups, len(e.code), len(e.names), e.used))
        chunks += [p, e.code, e.names]
    return b"".join(chunks)


def _private_file(directory: str, prefix: str) -> tuple[int, str]:
    """A new file of a random name in ``directory``, opened for writing by this user only:
    what ``tempfile.mkstemp`` does, without importing tempfile (with shutil, random, bz2
    and lzma) on a start that only has a cache to write."""
    import os

    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        name = os.path.join(directory, prefix + os.urandom(6).hex())
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {directory}")


def write_private(path: str, data: bytes) -> None:
    """Write a start-up cache file: to a private temporary file (mode 0600) beside ``path``,
    then moved in place, so that no reader sees half a file; nothing is written (and no
    temporary file left) when the folder is not writable."""
    import os

    tmp = None
    try:
        fd, tmp = _private_file(os.path.dirname(path), ".lint-news-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


def _rx_save() -> None:
    """Write the file again when this process compiled an expression: what another process
    wrote meanwhile, with this one's entries marked used now and the entries no process used
    in the last _RX_KEEP writes left out."""
    path = _rx_path()
    if path is None or not _rx_added or _rx_cache is None:
        return
    seen = _rx_file
    try:
        import os

        st = os.stat(path)
        unchanged = seen == (st.st_ino, st.st_size, st.st_mtime_ns)
    except OSError:
        unchanged = False
    if unchanged:  # as this process read it: nothing to read again
        generation, merged = _rx_generation, dict(_rx_cache)
    else:
        generation, merged = _rx_load()  # what other processes added meanwhile
    generation = max(generation, _rx_generation) + 1
    for e in _rx_used.values():
        e.used = generation
    merged.update(_rx_used)
    merged = {k: e for k, e in merged.items() if e.used > generation - _RX_KEEP}
    if len(merged) > 1000:  # bounded: keep what this run used
        merged = dict(_rx_used)
    try:
        blob = _rx_dump(generation, merged)
    except (ValueError, OverflowError):
        return
    write_private(path, blob)


def rx(pattern: str, flags: int = 0, lead: bool = False) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, the compiled form kept on disk between runs.

    With ``lead``, a search tries the expression only where :func:`lead_class` says a match
    can start (the same matches and groups), the class named in the code's optimisation
    block as ``re`` names a class the expression opens with (see ``_code``); where that
    cannot be done, the code of ``with_lead(pattern)`` under ``pattern``'s own text.

    The same expression as ``re.compile`` gives (patterns compare equal: same source,
    flags and code); only parsing and optimising are skipped when the cache has it. The
    cache is a file in the temporary directory per user and Python version (as jieba keeps
    its dictionary); anything unusual (another Python, an unreadable file) compiles as usual.
    """
    global _rx_cache, _rx_added, _rx_generation
    flags = int(flags)
    if _rx_cache is None:
        _rx_generation, _rx_cache = _rx_load()
    key = (pattern, flags | _LEAD if lead else flags)
    try:
        from re import _parser

        got = _rx_cache.get(key)
        if got is not None:
            _rx_used[key] = got
            return got.pattern(pattern)
        import _sre
        from array import array

        p = _parser.parse(pattern, flags)
        starts = lead_class(pattern, flags, slow_only=False) if lead else None
        code = [int(c) for c in _code(p, flags, starts)]  # opcodes are int subclasses
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        fl, groups = flags | p.state.flags, p.state.groups - 1
        compiled = _sre.compile(pattern, fl, code, groups, groupindex, tuple(indexgroup))
        risks = backtracking_risks(p)
        risk = 0
        if risks:
            risk = _RISK
            if all(_within(b, NUMERAL_CHARS) for b in risks):
                risk |= _GUARDED
        names = "\0".join(f"{k}\0{i}" for k, i in groupindex.items()).encode("utf-8")
        entry = _RxEntry((fl | risk) << 16, groups, array("I", code).tobytes(), names, 0)
    except (ImportError, AttributeError, TypeError, ValueError, OverflowError, RuntimeError):
        return re.compile(with_lead(pattern, flags) if lead else pattern, flags)
    _rx_cache[key] = _rx_used[key] = entry
    if not _rx_added:
        import atexit

        atexit.register(_rx_save)
    _rx_added += 1
    return compiled


def _code(p: Any, flags: int, starts: str | None) -> list[Any]:
    """``re``'s code for the parsed expression ``p``; with ``starts`` (a class from
    :func:`lead_class`), its optimisation block names that class as the characters a match
    starts with, as ``re`` itself does for an expression that opens with a class: a search
    then scans for them in C and tries the expression only there (the same matches as
    ``with_lead``'s look-ahead, which is tried at every position; tests/test_speed13.py)."""
    from re import _compiler, _parser
    from re import _constants as C

    if starts is None:
        return _compiler._code(p, flags)
    flags = p.state.flags | flags
    lo, hi = p.getwidth()
    if lo == 0 or flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE):
        raise ValueError("no class of first characters for this expression")
    items = list(_parser.parse(starts, flags))
    if len(items) != 1 or items[0][0] not in (C.IN, C.LITERAL):
        raise ValueError("the first characters are not one class")
    op, av = items[0]
    charset, hascased = _compiler._optimize_charset(av if op is C.IN else [(op, av)])
    if hascased:
        raise ValueError("a class that depends on case")
    # the block as _compiler._compile_info writes it for a class: INFO, skip, flags,
    # min and max width, the class
    body: list[Any] = []
    _compiler._compile(body, p.data, flags)
    if body[0] == C.AT and body[1] in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        # (^ or \A first: re's search gives up after the start, which a scan for the
        # class would not)
        return _compiler._code(p, flags)
    most = _compiler.MAXCODE
    code: list[Any] = [C.INFO, 0, C.SRE_INFO_CHARSET, min(lo, most), min(hi, most)]
    _compiler._compile_charset(charset, flags, code)
    code[1] = len(code) - 1
    code += body
    code.append(C.SUCCESS)
    return code


class LazyPattern:
    """A regular expression compiled on first use, for module-level patterns.

    Compiling is most of lint-news' start-up (a class of CJK characters alone costs about
    1 ms), and many patterns serve only documents that have a candidate for them. After the
    first use the pattern's methods are plain attributes: no indirection on the hot path.
    """

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0, lead: bool = False) -> None:
        self._source = (pattern, flags, lead)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = rx(*self._source)
        for m in self._METHODS:
            setattr(self, m, getattr(compiled, m))
        for a in ("pattern", "flags", "groups", "groupindex"):
            setattr(self, a, getattr(compiled, a))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0, lead: bool = False) -> re.Pattern[str]:
    """``re.compile`` deferred to the first use (see :class:`LazyPattern`); ``lead`` as
    for :func:`rx`."""
    return LazyPattern(pattern, flags, lead)  # type: ignore[return-value]


# one Chinese character (the basic block), the test the checks share: one compiled pattern
HAN = lazy(r"[\u4e00-\u9fff]")
# the ASCII and full-width digits, for a test of one character (``c in DIGITS``)
DIGITS = frozenset("0123456789０１２３４５６７８９")


# -- catastrophic backtracking, read off the parsed expression ----------------------------

_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def backtracking_risks(tree: Any) -> list[Any]:
    """The unbounded repetitions of a parsed expression (``re._parser.parse``) whose body
    holds a repetition of variable length and could be split into iterations more than one
    way: (a+)+, (\\d+,?)*, NUMBER's (?:[百千](?:…|[十百千])?)* — the exponential kind of
    backtracking. Allowed: an inner repetition that can match none of the characters that
    every iteration must start with, so the iterations are split one way only
    ((?:[百千][一二三]+)*). Empty when the expression is safe; an unreadable part counts
    as a risk."""
    from re import _constants as C  # type: ignore[attr-defined]

    return _risks(list(tree), C, [])


def _char_test(items: list[Any], C: Any) -> Any:
    """A test ``c -> bool`` true for every character a match of ``items`` can contain,
    or None when that cannot be read off (any character, a back-reference …)."""
    tests: list[Any] = []
    for op, av in items:
        if op is C.LITERAL:
            tests.append(lambda c, v=av: ord(c) == v)
        elif op is C.IN:
            inner: list[Any] = []
            negate = False
            for iop, iav in av:
                if iop is C.NEGATE:
                    negate = True
                elif iop is C.LITERAL:
                    inner.append(lambda c, v=iav: ord(c) == v)
                elif iop is C.RANGE:
                    inner.append(lambda c, r=iav: r[0] <= ord(c) <= r[1])
                elif iop is C.CATEGORY and iav is C.CATEGORY_DIGIT:
                    inner.append(str.isdecimal)
                else:
                    return None
            if negate:
                tests.append(lambda c, t=inner: not any(f(c) for f in t))
            else:
                tests.extend(inner)
        elif op.name in _REPEATS or op is C.SUBPATTERN:
            t = _char_test(list(av[2] if op.name in _REPEATS else av[3]), C)
            if t is None:
                return None
            tests.append(t)
        elif op is C.BRANCH:
            for b in av[1]:
                t = _char_test(list(b), C)
                if t is None:
                    return None
                tests.append(t)
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # matches no character
        else:
            return None
    return lambda c: any(t(c) for t in tests)


def _first_chars(items: list[Any], C: Any) -> set[str] | None:
    """The characters a match of ``items`` must start with (a finite set), or None."""
    if not items:
        return None
    op, av = items[0]
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN and all(iop in (C.LITERAL, C.RANGE) for iop, _ in av):
        out: set[str] = set()
        for iop, iav in av:
            out.update({chr(iav)} if iop is C.LITERAL else map(chr, range(iav[0], iav[1] + 1)))
        return out
    if op is C.SUBPATTERN:
        return _first_chars(list(av[3]), C)
    return None


def _children(op: Any, av: Any, C: Any) -> list[list[Any]]:
    if op.name in _REPEATS:
        return [list(av[2])]
    if op is C.SUBPATTERN:
        return [list(av[3])]
    if op is C.BRANCH:
        return [list(b) for b in av[1]]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [list(av[1])]
    if op.name == "ATOMIC_GROUP":
        return [list(av)]
    return []


def _inner_repeats(items: list[Any], C: Any, out: list[Any]) -> list[Any]:
    """The body of every repetition of variable length inside ``items``."""
    for op, av in items:
        if op.name in _REPEATS and av[0] != av[1]:
            out.append(list(av[2]))
        for child in _children(op, av, C):
            _inner_repeats(child, C, out)
    return out


def _risks(items: list[Any], C: Any, risks: list[Any]) -> list[Any]:
    for op, av in items:
        if op.name in _REPEATS and av[1] == C.MAXREPEAT:
            body = list(av[2])
            inner = _inner_repeats(body, C, [])
            if inner:
                first = _first_chars(body, C)
                tests = [_char_test(b, C) for b in inner]
                if first is None or any(t is None for t in tests):
                    risks.append(body)
                elif any(t(c) for t in tests for c in first):
                    risks.append(body)
        for child in _children(op, av, C):
            _risks(child, C, risks)
    return risks


def _within(items: list[Any], chars: frozenset[str]) -> bool:
    """Whether every character a match of ``items`` can contain is one of ``chars``."""
    from re import _constants as C  # type: ignore[attr-defined]

    for op, av in items:
        if op is C.LITERAL:
            if chr(av) not in chars:
                return False
        elif op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    if chr(iav) not in chars:
                        return False
                elif iop is C.RANGE and iav[1] - iav[0] < 256:
                    if any(chr(c) not in chars for c in range(iav[0], iav[1] + 1)):
                        return False
                else:
                    return False
        elif op.name in _REPEATS or op is C.SUBPATTERN or op is C.BRANCH:
            if not all(_within(child, chars) for child in _children(op, av, C)):
                return False
        elif op not in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return False
    return True


def lead_class(pattern: str, flags: int = 0, slow_only: bool = True) -> str | None:
    """A character class (``[…]``) holding every character a match of ``pattern`` can
    start with, when ``re`` cannot find one itself (the expression opens with a
    look-behind, an anchor or an alternation of classes): a look-ahead ``(?=[…])`` before
    such an expression makes ``re`` test the rest only where a match can start, with the
    same matches. None when no such class can be read off (a match may be empty or open
    with any character, the expression ignores case) or when ``re`` already has one.

    ``slow_only=False``: the class also for an expression that opens with a look-ahead or
    an anchor (which fail as fast as the look-ahead would, but are still tried at every
    position, where a class in the code's optimisation block is scanned for in C)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
        from re import _constants as C  # type: ignore[attr-defined]

        tree = _parser.parse(pattern, flags)
        flags = tree.state.flags
        if flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE | C.SRE_FLAG_VERBOSE):
            return None
        if tree.getwidth()[0] == 0:
            return None
        if _compiler._get_literal_prefix(tree, flags)[0] or _compiler._get_charset_prefix(
            tree, flags
        ):
            return None
        if slow_only and not _opens_slowly(list(tree), C):
            return None
        items, nullable = _lead(list(tree), C)
    except Exception:  # an unexpected parse tree: no look-ahead, never a wrong one
        return None
    if items is None or nullable or not items:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


def _opens_slowly(items: list[Any], C: Any) -> bool:
    """Whether ``re`` tries more than a test of one character at a position where no
    match starts: the expression opens with a look-behind, or with an alternation one of
    whose branches does (an anchor or a look-ahead is as quick to fail as a class)."""
    while items and items[0][0] is C.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    if op is C.ASSERT_NOT or (op is C.ASSERT and av[0] == -1):
        return True
    if op is C.BRANCH:
        return any(_opens_slowly(list(b), C) for b in av[1])
    return op.name in _REPEATS or op is C.SUBPATTERN


def _class_char(c: int) -> str:
    ch = chr(c)
    return "\\" + ch if ch in "\\]^-[" else ch if ch.isprintable() and ch != " " else f"\\U{c:08x}"


def _lead(items: list[Any], C: Any) -> tuple[list[str] | None, bool]:
    """(class items a match of ``items`` can start with or None, whether it can be empty)."""
    out: list[str] = []
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # matches no character
        if op is C.LITERAL:
            return out + [_class_char(av)], False
        if op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.append(_class_char(iav))
                elif iop is C.RANGE:
                    out.append(_class_char(iav[0]) + "-" + _class_char(iav[1]))
                elif iop is C.CATEGORY and iav is C.CATEGORY_DIGIT:
                    out.append("\\d")
                else:
                    return None, False
            return out, False
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None, False
            got, nullable = _lead(list(sub), C)
        elif op is C.BRANCH:
            got, nullable = [], False
            for b in av[1]:
                g, n = _lead(list(b), C)
                if g is None:
                    return None, False
                got += g
                nullable = nullable or n
        elif op.name in _REPEATS:
            lo, hi, sub = av
            if hi == 0:
                continue
            got, nullable = _lead(list(sub), C)
            nullable = nullable or lo == 0
        else:
            return None, False
        if got is None:
            return None, False
        out += got
        if not nullable:
            return out, False
    return out, True


_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")


def with_lead(pattern: str, flags: int = 0) -> str:
    """``pattern`` with the look-ahead of :func:`lead_class` before it (global flags such
    as ``(?m)`` stay first), or ``pattern`` itself when there is none to add."""
    lead = lead_class(pattern, flags)
    if lead is None:
        return pattern
    flags = _GLOBAL_FLAGS.match(pattern).group()  # type: ignore[union-attr]
    return f"{flags}(?={lead})(?:{pattern[len(flags) :]})"
