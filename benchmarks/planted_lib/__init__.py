"""The planter of benchmarks/planted.py: articles from the corpora and the defects planted
into them. See benchmarks/README.md ("planted.py") for what each class does.

Nothing here imports lint_news: the planter is independent of the checks it measures.
"""

from .arith import count_natural, natural_relations, pd_articles, typo_variants
from .classes import CLASSES, PlantClass, class_names, plant_samples, select_classes
from .corpora import (
    build_articles,
    group_lines,
    headline_like,
    paragraphs_of,
    pd_sentences,
    thucnews_split,
)
from .figures import (
    SLIPS,
    UNITS,
    Figure,
    _fullwidth,
    can_stand_alone,
    figure_clauses,
    figures,
    magnitude_variants,
    perturb,
    slip_variants,
    to_value,
    transpose_variants,
)
from .model import CLOSERS, END, Article, Region, Sample, sentence_spans, split_sentences
from .plants import break_positions, cut_kind

__all__ = [
    "CLASSES",
    "count_natural",
    "natural_relations",
    "pd_articles",
    "typo_variants",
    "CLOSERS",
    "END",
    "PD_FILES",
    "SLIPS",
    "UNITS",
    "Article",
    "Figure",
    "PlantClass",
    "Region",
    "Sample",
    "_fullwidth",
    "break_positions",
    "build_articles",
    "can_stand_alone",
    "class_names",
    "cut_kind",
    "figure_clauses",
    "figures",
    "group_lines",
    "headline_like",
    "magnitude_variants",
    "paragraphs_of",
    "pd_sentences",
    "perturb",
    "plant_samples",
    "select_classes",
    "sentence_spans",
    "slip_variants",
    "split_sentences",
    "thucnews_split",
    "to_value",
    "transpose_variants",
]
