"""Which words the tagger calls adverbs are adverbs: jieba's dictionary gives each word one
part of speech, and a few hundred nouns, adjectives and verbs carry ``d`` there (互动, 难点,
正常, 真相, 进度, 首都...). A paragraph that ends on one of those has not stopped on an
adverb, so ``tail_evidence`` asks this list before it reads a ``d`` as a word that waits for
its verb (…都 | 已经 | 进一步 | …).

Written from general knowledge of Chinese (not from any corpus): adverbs of time, frequency,
degree, scope, manner, mood and negation that stand before their verb and do not close a
clause, and a few verbs of comparison and direction the dictionary tags ``d`` that owe what
follows (仅次于, 通往, 大于). Words that end a clause as well (发展很快, 实力相当, 坚持到底,
风靡一时, 考虑再三, 直到永远, 这是必然) are left out on purpose. One character words are not
looked up here (也, 都, 就, 才 ...: nearly all are the adverbs they are tagged as).
"""

from __future__ import annotations

TRUE_ADVERBS = frozenset(
    (
        # time and order
        "已经 一直 曾经 早已 早就 终于 随后 随即 刚刚 立即 立刻 马上 赶快 赶紧 赶忙 急忙"
        " 连忙 顿时 登时 当即 立时 即刻 即将 就要 将要 快要 尚未 从未 从不 从来 从没 不曾"
        " 未曾 已然 业已 现已 首先 先是 起初 原先 原来 事先 预先 迄今 至今 仍然 仍旧 依然"
        " 依旧 始终 一向 向来 素来 历来 自古 自幼 从小 逐渐 逐步 逐年 逐一 日趋 日渐 日益 渐渐 慢慢 陆续"
        " 相继 依次 一再 再次 再度 屡次 屡屡 频频 连连 时常 经常 常常 通常 往往 偶尔 不时"
        " 时而 一经 一旦 届时 尽快 尽早 及早 早些 暂时 暂且 一时间 迟迟 久久 连夜 一早"
        # degree and scope
        " 非常 特别 十分 极其 极为 尤其 尤为 格外 更加 更为 最为 较为 比较 越来越 愈来愈"
        " 越发 愈发 愈加 大为 甚为 稍微 稍稍 略微 几乎 近乎 简直 仅仅 不仅 不仅仅 甚至"
        " 一律 一概 一并 一同 一齐 共同 分别 互相 相互 互不 大致 大约 大概 至少 至多 统统"
        " 全都 都是 一共 总共 大幅 大幅度 大举 大肆 稳步 一举"
        # manner
        " 亲自 亲眼 亲手 独自 擅自 特意 故意 专门 尽量 竭力 奋力 极力 尽可能 尽情 默默"
        " 悄悄 悄然 偷偷 暗暗 暗自 暗中 轻轻 缓缓 微微 紧紧 牢牢 远远 狠狠 猛地 猛然 骤然"
        " 陡然 毅然 断然 贸然 径直 径自 率先 带头 随手 顺手 连声 肆意 一心 被迫 从严 按时"
        " 如实 轮番 及时"
        # mood, modality and negation
        " 必须 一定 必将 必定 定然 势必 务必 难以 不得不 不能不 不禁 不由得 只好 只得 不必"
        " 何必 何不 未必 不再 不敢 不许 并未 并不 毫不 绝不 决不 永不 绝非 无不 无须 不须"
        " 非得 宁愿 恨不得 难免 未免 难怪 其实 当然 的确 确实 果然 果真 居然 竟然 竟是"
        " 竟敢 毕竟 终究 难道 也许 或许 恐怕 想必 似乎 仿佛 好像 反正 干脆 偏偏"
        " 恰恰 恰好 正好 刚好 幸亏 幸而 硬是 就是 正是 更是 却是 真是 还是 同样 照样"
        " 实际上 原则上 凡是 越是 一边 就此 据此 对此 从中 再也 险些 几经 未经 未尝 何尝"
        " 急于 只顾 趁机 着实"
        # verbs of comparison and direction the dictionary tags d: they owe what follows
        " 仅次于 通往 大于 多于 始于 难于 长于"
    ).split()
)


def waiting_adverb(word: str) -> bool:
    """Is a word the tagger calls an adverb one that waits for its verb (or its object)?
    One character: as tagged; longer: only when this list knows it as one."""
    return len(word) == 1 or word in TRUE_ADVERBS
