"""Contact details cut off with a paragraph's tail (issue 9, break-lost).

A web or mail address and a telephone number have shapes of their own, so a paragraph
that stops inside one shows where it was cut, whatever its words:

- a web or mail address whose host has no domain ending (…官方网站：www.xinwen, …登陆网址
  wap.3g-ab, …客服邮箱：kf@abc-news, http://shibao): a host name ends with a top-level
  domain (.com, .cn, .net…) or is an IP address;
- a telephone number shorter than any of its kind beyond ``break_trailers.cut_number``:
  Beijing, Shanghai and Guangzhou (010, 021, 020) have had local numbers of eight digits
  since 1997 (…商家电话：010-6512345), a number after a contact label that it does not
  name (联系方式, 联系人电话), and the last of several numbers that stops shorter than the
  whole one before it (…[联系电话] 010-65123456 651234).

``contact_cut`` gives the reason, or None; the caller decides where a line may be read so.
"""

from __future__ import annotations

import re

from ..patterns import lazy

# top-level domains a Chinese page of the corpora's years names: generic ones and the
# country codes of the region and of the large economies (not every two letters: 3g-ab)
_TLDS = frozenset(
    (
        "com cn net org gov edu int mil info biz name mobi asia pro tel travel aero coop"
        " tv cc hk mo tw jp kr sg my th vn ph in au nz us ca uk de fr it es nl ru eu ch se"
        " io me co la ws fm"
    ).split()
)
# a web address at the end of a text: a scheme, a host name that opens with a service
# name (www., wap.…) or a mail address, and what follows up to the end (no spaces)
_ADDRESS_END = lazy(
    r"(?:(?:https?|ftp)://|(?<![A-Za-z0-9.\-])(?:www|wap|bbs|3g)\.|"
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@)[A-Za-z0-9.\-]*$",
    re.IGNORECASE,
)
# a label that announces an address and the host name after it (…官方网站：o, 网址：shibao)
_LABELLED_HOST = lazy(
    r"(?:网址|网站|登录|登陆|访问|邮箱|信箱|E-?mail|Email)[\]】］]?[:：]?\s*"
    r"([A-Za-z0-9][A-Za-z0-9.\-]*)$",
    re.IGNORECASE,
)


def _host_cut(host: str) -> bool:
    """Is a host name (no path after it) incomplete: no dot, a dot or hyphen at its end,
    or a last label that is no top-level domain and no part of an IP address?"""
    if not host or host[-1] == "-" or "." not in host:
        return True
    labels = host.split(".")
    if len(labels) == 4 and all(x.isdigit() for x in labels):
        return False  # an IP address
    return labels[-1].lower() not in _TLDS


def address_cut(text: str) -> bool:
    """Does the text end inside a web or mail address whose host name is incomplete?"""
    t = text.rstrip()
    if not t[-1:].isascii() or not (t[-1:].isalnum() or t[-1:] == "-"):
        return False  # (most paragraphs: no search from every position of a long one; a
        # dot at the end may be a full stop after a whole address)
    m = _ADDRESS_END.search(t)
    if m is not None:
        addr = m.group()
        if "@" in addr:
            return _host_cut(addr.rsplit("@", 1)[1])
        if "://" in addr:
            return _host_cut(addr.split("://", 1)[1])
        return _host_cut(addr)
    m = _LABELLED_HOST.search(t)
    return m is not None and not m.group(1).isdigit() and _host_cut(m.group(1))


# a telephone number after its label at a text's end: the label, a few characters and a
# colon or closing bracket (or the label right before the number), then the number(s),
# apart by spaces, commas or slashes
_CONTACT_NUMBER = lazy(
    r"(?:电话|热线|座机|手机|传真|客服|联系方式|联系)(?:[^，。,：:\d０-９]{0,6}[:：\]】］])?\s*"
    r"([0-9０-９][0-9０-９\-－—\s，,、/／]*)$"
)
_APART = lazy(r"[\s，,、/／]+")
_FULLWIDTH = str.maketrans("０１２３４５６７８９－—", "0123456789--")
# area codes of two digits after the 0 whose local numbers have eight digits (Beijing,
# Guangzhou, Shanghai: since 1995-97); other cities had seven for longer
_EIGHT_DIGIT_AREAS = ("010", "020", "021")
LOCAL_DIGITS = 8
WHOLE_LOCAL = 7  # the fewest digits of a whole local number of a Chinese city
MOBILE_DIGITS = 11
AREA_DIGITS = 10  # 0, an area code of two or three digits and seven: 0755-1234567
SERVICE_DIGITS = 10  # 400-xxx-xxxx, 800-xxx-xxxx


def _short(digits: str) -> bool | None:
    """Is a number written in full (an area code, a mobile or a service number) shorter than
    any of its kind? None when its first digits say no kind."""
    if digits[:3] in _EIGHT_DIGIT_AREAS:
        return len(digits) < 3 + LOCAL_DIGITS
    if digits.startswith("0"):
        return len(digits) < AREA_DIGITS
    if re.match(r"1[3-9]", digits):
        return len(digits) < MOBILE_DIGITS
    if digits.startswith(("400", "800")):
        return len(digits) < SERVICE_DIGITS
    return None


def phone_cut(text: str) -> bool:
    """Does the text end in a telephone number after its label that is shorter than any
    number of its kind (…010-6512345, …021-5432, …[联系方式] 40088, …010-65432100，010-6),
    or in a last number that stops shorter than the whole local one before it
    (…010-65123456 651234)?"""
    t = text.rstrip()
    if not t[-1:].isdigit():
        return False
    m = _CONTACT_NUMBER.search(t)
    if m is None:
        return False
    groups = [g for g in _APART.split(m.group(1).translate(_FULLWIDTH)) if g]
    if not groups:
        return False
    short = _short(re.sub(r"\D", "", groups[-1]))
    if short is not None:
        return short
    if len(groups) == 1:
        return False  # (a local number without its area code, a short service number)
    last = groups[-1].split("-")[-1]
    before = groups[-2].split("-")[-1]
    return (
        before.isdigit()
        and WHOLE_LOCAL <= len(before) <= LOCAL_DIGITS
        and len(last) < WHOLE_LOCAL
        and not groups[-2].startswith(("400", "800"))
    )


ADDRESS_CUT = "句末的网址或邮箱不完整"
PHONE_CUT = "句末的电话号码不完整"


def contact_cut(text: str) -> str | None:
    """Why the text ends inside a cut address or telephone number, or None."""
    if address_cut(text):
        return ADDRESS_CUT
    if phone_cut(text):
        return PHONE_CUT
    return None
