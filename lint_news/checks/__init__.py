"""Check kinds: one module per kind, each a pure ``check(document, rule) -> findings``.

A kind module defines ``PARAMS`` (kind -> allowed rule keys), ``prepare(rule)`` (validate
the rule's keys, return whatever the check needs, raise ``ValueError`` with a clear
message) and ``check(doc, rule)``.
"""
