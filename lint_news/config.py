"""Configuration: ``.lint-news.yaml`` or ``[tool.lint-news]`` in ``pyproject.toml``.

Found by walking up from the linted file (or the working directory for stdin). Keys:

    select:   [rule ids or categories]   only these (default: all)
    ignore:   [rule ids or categories]   never these
    severity: {rule id or category: error|warning|info}
    rules:    [directories of extra YAML packs, relative to the config file]
    exclude:  [glob patterns of paths not to lint]
    allow:    [exact texts never reported: a name or a quotation the rules misread]
    fail-on:  error|warning|info
    per-file-ignores: {glob: [rule ids or categories]}  not reported in the matching files
                      (globs relative to the configuration file; ``**`` crosses directories)
    facts:    [fact files or directories, relative to the config file] (see facts.py)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from .findings import Severity
from .records import Frozen

CONFIG_NAMES = (".lint-news.yaml", ".lint-news.yml")
KEYS = {
    "select",
    "ignore",
    "severity",
    "rules",
    "exclude",
    "allow",
    "fail-on",
    "facts",
    "per-file-ignores",
}


class ConfigError(Exception):
    pass


class Config(Frozen):
    _fields = (
        "path",
        "select",
        "ignore",
        "severity",
        "rules",
        "exclude",
        "allow",
        "fail_on",
        "per_file_ignores",
        "facts",
        "date",
    )
    path: str | None
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    severity: tuple[tuple[str, Severity], ...]
    rules: tuple[str, ...]
    exclude: tuple[str, ...]
    allow: tuple[str, ...]
    fail_on: Severity | None
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...]
    facts: tuple[str, ...]  # fact files or directories (absolute paths)
    date: str | None  # the articles' date (YYYY-MM-DD) when --date gives one

    def __init__(
        self,
        path: str | None = None,
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        severity: tuple[tuple[str, Severity], ...] = (),
        rules: tuple[str, ...] = (),
        exclude: tuple[str, ...] = (),
        allow: tuple[str, ...] = (),
        fail_on: Severity | None = None,
        per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = (),
        facts: tuple[str, ...] = (),
        date: str | None = None,
    ) -> None:
        _set = object.__setattr__  # frozen: each field is set once, here
        _set(self, "path", path)
        _set(self, "select", select)
        _set(self, "ignore", ignore)
        _set(self, "severity", severity)
        _set(self, "rules", rules)
        _set(self, "exclude", exclude)
        _set(self, "allow", allow)
        _set(self, "fail_on", fail_on)
        _set(self, "per_file_ignores", per_file_ignores)
        _set(self, "facts", facts)
        _set(self, "date", date)

    def ignored_in(self, path: str) -> tuple[str, ...]:
        """Rule ids or categories that ``per-file-ignores`` silences in ``path``."""
        if not self.per_file_ignores or path == "-":
            return ()
        import fnmatch

        p = Path(path)
        given = p.as_posix()
        rel = given
        if self.path:
            try:
                rel = p.resolve().relative_to(Path(self.path).resolve().parent).as_posix()
            except ValueError:
                pass
        out: list[str] = []
        for pat, names in self.per_file_ignores:
            if any(fnmatch.fnmatch(c, pat) for c in (rel, given, p.name)):
                out.extend(names)
        return tuple(out)

    def merged(self, **cli: Any) -> Config:
        """Command-line options override (select, ignore) or extend (rules, exclude) the file."""
        return Config(
            path=self.path,
            select=tuple(cli.get("select") or ()) or self.select,
            ignore=self.ignore + tuple(cli.get("ignore") or ()),
            severity=self.severity,
            rules=self.rules + tuple(cli.get("rules") or ()),
            exclude=self.exclude + tuple(cli.get("exclude") or ()),
            allow=self.allow,
            fail_on=cli.get("fail_on") or self.fail_on,
            per_file_ignores=self.per_file_ignores,
            facts=self.facts + tuple(cli.get("facts") or ()),
            date=cli.get("date") or self.date,
        )


def _str_list(value: Any, key: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _allow_list(value: Any, where: str) -> tuple[str, ...]:
    """Exact texts: a single string is one text (it may hold commas)."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where}: 'allow' must be a list of non-empty strings (exact texts)")
    return tuple(value)


def _per_file_ignores(value: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise ConfigError(
            f"{where}: 'per-file-ignores' must map path globs to lists of rule ids or categories"
        )
    return tuple((str(k), _str_list(v, f"per-file-ignores: {k}", where)) for k, v in value.items())


def parse_config(data: Any, where: str, base: Path) -> Config:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: the configuration must be a mapping of keys to values")
    unknown = set(data) - KEYS
    if unknown:
        raise ConfigError(
            f"{where}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(KEYS))})"
        )
    sev = data.get("severity") or {}
    if not isinstance(sev, dict):
        raise ConfigError(
            f"{where}: 'severity' must map rule ids or categories to error, warning or info"
        )
    severities = []
    for k, v in sev.items():
        try:
            severities.append((str(k), Severity.parse(str(v))))
        except ValueError as exc:
            raise ConfigError(f"{where}: severity of {k}: {exc}") from None
    fail_on = None
    if data.get("fail-on") is not None:
        try:
            fail_on = Severity.parse(str(data["fail-on"]))
        except ValueError as exc:
            raise ConfigError(f"{where}: fail-on: {exc}") from None
    rules = tuple(str((base / r).resolve()) for r in _str_list(data.get("rules"), "rules", where))
    facts = tuple(str((base / r).resolve()) for r in _str_list(data.get("facts"), "facts", where))
    return Config(
        path=where,
        select=_str_list(data.get("select"), "select", where),
        ignore=_str_list(data.get("ignore"), "ignore", where),
        severity=tuple(severities),
        rules=rules,
        exclude=_str_list(data.get("exclude"), "exclude", where),
        allow=_allow_list(data.get("allow"), where),
        fail_on=fail_on,
        per_file_ignores=_per_file_ignores(data.get("per-file-ignores"), where),
        facts=facts,
    )


def load_config_file(path: str | Path) -> Config:
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: configuration file not found")
    base = p.resolve().parent
    if p.name == "pyproject.toml":
        import tomllib

        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{p}: invalid TOML: {exc}") from None
        return parse_config(data.get("tool", {}).get("lint-news"), str(p), base)
    from .rules import MAX_PACK_BYTES, YamlFileError, read_yaml

    try:
        data = read_yaml(p, MAX_PACK_BYTES, "configuration file", lines=False)
    except YamlFileError as exc:
        raise ConfigError(
            f"{p}:{exc.line}: {exc.problem}" if exc.line else f"{p}: {exc.problem}"
        ) from None
    return parse_config(data, str(p), base)


@lru_cache(maxsize=256)
def find_config(start: str) -> Config:
    """The nearest configuration above ``start`` (a directory), or the defaults."""
    d = Path(start).resolve()
    for directory in (d, *d.parents):
        for name in CONFIG_NAMES:
            if (directory / name).is_file():
                return load_config_file(directory / name)
        pp = directory / "pyproject.toml"
        if pp.is_file():
            stamp = _stamp(pp)
            if stamp is not None and stamp in _without_section():
                continue  # read before, unchanged since, and no [tool.lint-news] in it
            import tomllib  # only when there is a pyproject.toml to read

            try:
                data = tomllib.loads(pp.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{pp}: invalid TOML: {exc}") from None
            if "lint-news" in data.get("tool", {}):
                return parse_config(data["tool"]["lint-news"], str(pp), directory)
            if stamp is not None:
                _remember_without_section(stamp)
    return Config()


# pyproject.toml files read before that have no [tool.lint-news] table, each as its path,
# size, modification time (ns), inode and device (as Python checks its bytecode against
# the source): a project's pyproject.toml is read by tomllib (a module that costs about 5%
# of Python's start to import) once, not on every run. A file in the temporary directory,
# one stamp a line, the newest last.
_MAX_STAMPS = 64
_stamps: list[str] | None = None


def _stamp(path: Path) -> str | None:
    import os

    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"{st.st_size} {st.st_mtime_ns} {st.st_ino} {st.st_dev} {path}"


def _stamps_path() -> str:
    import os

    from .patterns import cache_dir

    uid = os.getuid() if hasattr(os, "getuid") else 0
    return os.path.join(cache_dir(), f"lint-news-pyproject-{uid}-1.txt")


def _without_section() -> list[str]:
    import os

    global _stamps
    if _stamps is None:
        _stamps = []
        try:
            with open(_stamps_path(), encoding="utf-8") as f:
                if not hasattr(os, "getuid") or os.fstat(f.fileno()).st_uid == os.getuid():
                    _stamps = f.read().split("\n")
        except (OSError, UnicodeDecodeError):
            pass
    return _stamps


def _remember_without_section(stamp: str) -> None:
    from .patterns import write_private

    if "\n" in stamp:
        return  # a path with a line break is not kept
    stamps = [s for s in _without_section() if s] + [stamp]
    del stamps[:-_MAX_STAMPS]
    _stamps[:] = stamps
    write_private(_stamps_path(), "\n".join(stamps).encode("utf-8"))
