"""Small made-up news articles for the split and archive tests (written for these tests).

Each article has a headline, a dateline and a few body paragraphs about its own town and
subject, with its own figures, and some carry one or two planted defects of the kinds the
checks report (a redundant hedge, half-width commas, a doubled paragraph, a rate that does
not compute, a paragraph broken mid-sentence, a figure restated without its 万).
"""

from __future__ import annotations

import random

TOWNS = [
    "青石镇", "柳河县", "南岭区", "白沙乡", "东湖街道", "松桥镇", "梅溪县", "北坪区",
    "金滩镇", "云台乡", "石门县", "桃源街道", "龙井镇", "清水县", "凤鸣区", "杏林乡",
]  # fmt: skip
SUBJECTS = [
    ("老旧小区改造", "户居民", "栋楼"),
    ("乡村公路建设", "个行政村", "公里道路"),
    ("中小学食堂提质", "所学校", "个食堂"),
    ("农田水利修缮", "亩农田", "处渠道"),
    ("社区养老服务", "位老人", "个服务点"),
    ("夜间集市开放", "个摊位", "场活动"),
    ("河道清淤治理", "公里河道", "个排污口"),
    ("图书馆分馆建设", "个分馆", "册图书"),
]
NAMES = ["李文涛", "陈雪梅", "赵建国", "孙丽华", "周海峰", "吴晓燕", "郑国平", "王春生"]
# sentences that fill the body, drawn without repeats so no two articles read alike
FILLER = [
    "工作组每周通报进度，遇到问题当场协调",
    "施工单位错峰作业，尽量减少对居民出行的影响",
    "街道干部挨家挨户征求意见，把群众的建议写进方案",
    "资金使用情况每月公示，接受群众监督",
    "项目验收引入第三方评估，验收结果向社会公开",
    "当地还培训了一批本土技术员，负责日后的维护",
    "不少在外务工的年轻人回乡参与了项目建设",
    "夜间施工一律提前三天张贴告示",
    "群众代表全程参与材料选购和质量抽检",
    "新建设施开放后，周末前来的市民明显增多",
    "有关部门把群众反映最多的停车难题单独列出来解决",
    "附近学校的学生利用课余时间当起了讲解员",
    "老党员组成巡查队，每天义务查看工程质量",
    "项目建成后交由村集体经济组织统一管护",
    "一些商户主动延长营业时间，方便下班的居民",
    "技术人员把施工图纸做成通俗的展板摆在现场",
]


def article(i: int, rng: random.Random) -> str:
    town = TOWNS[i % len(TOWNS)] + ("" if i < len(TOWNS) else f"第{i // len(TOWNS) + 1}片区")
    subject, unit_a, unit_b = SUBJECTS[i % len(SUBJECTS)]
    name = NAMES[i % len(NAMES)]
    a = rng.randint(120, 980) + i * 1000
    b = rng.randint(11, 95) + i
    month = 1 + i % 12
    fill = rng.sample(FILLER, 4)
    paras = [
        f"{town}推进{subject}见成效",
        f"本报讯（记者 {name}）",
        f"今年{month}月以来，{town}把{subject}列为重点民生实事，累计惠及{a}{unit_a}，"
        f"完成{b}{unit_b}，相关做法得到群众普遍认可。",
        f"{town}负责人{name[0]}先生介绍，{fill[0]}，{fill[1]}，确保第{i + 1}批任务按期完工。",
        f"据了解，{fill[2]}。{town}下一步还将{fill[3]}。",
    ]
    kind = i % 7
    if kind == 0:  # a redundant hedge
        paras.insert(3, f"目前{town}参与{subject}的志愿者超过{b + 300}人以上，覆盖全部片区。")
    elif kind == 1:  # half-width commas
        paras.insert(3, f"{town}还组织了{b}场现场会,邀请居民代表提意见,效果明显。")
    elif kind == 2:  # a paragraph pasted twice
        paras.insert(4, paras[3])
    elif kind == 3:  # a rate that does not compute
        part, whole = 3 * (b + 20), 4 * (b + 20)
        paras.insert(3, f"全{town}{whole}户申报家庭中已有{part}户通过验收，验收通过率达90%。")
    elif kind == 4:  # a paragraph broken mid-sentence by the layout
        paras[3:4] = [
            f"{town}负责人{name[0]}先生介绍，{fill[0]}，{fill[1]}，确保第{i + 1}批任务按期",
            "完工。",
        ]
    elif kind == 5:  # a figure restated without its 万
        paras.insert(3, f"活动期间共吸引游客{b}万人次，带动周边消费明显增长。")
        paras.insert(5, f"据统计，这次活动吸引游客{b}人次，不少人专程从外地赶来。")
    if rng.random() < 0.3:  # a second, independent defect: half-width punctuation
        paras.append(f"{town}群众说:这样的好事,希望多办一些!")
    return "\n\n".join(paras) + "\n"


def articles(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(i, rng) for i in range(n)]
