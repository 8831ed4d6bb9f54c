#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes data/sample/sample-zh_CN.json and sample-en.json, the sample plan.

The outline (titles, bodies, departments) is seed 003 as parsed by the program:
  workplan import tests/fixtures/seed-003.txt --db /tmp/s.db --year 2025
  workplan export --db /tmp/s.db --year 2025 --format json --output /tmp/s.json
  build-aux/make-sample.py /tmp/s.json data/sample
The year of work (dates, statuses, progress entries, indicators, narratives) and the
English text are kept here, so that both files stay the same plan."""

import json
import re
import sys

# Per task, in outline order: status, progress, key task, start, due, completed date and
# progress entries (date, progress, index of the reporting department among the task's
# departments). Their notes are in the classes Zh and En below, one per entry.
D = "2025-12-31"
TASKS = [
    # 一、
    ("done", 100, False, "2025-01-01", "2025-06-30", "2025-06-20",
     [("2025-02-28", 20, 0), ("2025-04-15", 55, 0), ("2025-05-30", 85, 0), ("2025-06-20", 100, 0)]),
    ("done", 100, False, "2025-01-01", D, "2025-12-10",
     [("2025-02-20", 10, 0), ("2025-04-30", 40, 0), ("2025-07-15", 60, 0), ("2025-10-20", 85, 0),
      ("2025-12-10", 100, 0)]),
    ("done", 100, False, "2025-01-01", D, "2025-12-05",
     [("2025-03-10", 20, 0), ("2025-05-31", 50, 0), ("2025-09-10", 75, 0), ("2025-12-05", 100, 0)]),
    ("done", 100, False, "2025-01-01", D, "2025-12-18",
     [("2025-03-20", 25, 0), ("2025-06-30", 50, 0), ("2025-09-30", 75, 0), ("2025-12-18", 100, 0)]),
    ("done", 100, False, "2025-01-01", D, "2025-11-28",
     [("2025-02-25", 15, 0), ("2025-06-10", 50, 0), ("2025-09-05", 75, 0), ("2025-11-28", 100, 0)]),
    # 二、
    ("done", 100, False, "2025-01-01", D, "2025-12-12",
     [("2025-03-05", 15, 0), ("2025-04-30", 40, 0), ("2025-06-30", 60, 2), ("2025-10-31", 80, 1),
      ("2025-12-12", 100, 0)]),
    ("done", 100, True, "2025-01-01", D, "2025-12-20",
     [("2025-03-15", 15, 0), ("2025-04-30", 30, 0), ("2025-06-30", 55, 0), ("2025-10-25", 75, 0),
      ("2025-11-30", 90, 1), ("2025-12-20", 100, 0)]),
    ("in_progress", 65, False, "2025-01-01", D, None,
     [("2025-03-31", 15, 0), ("2025-06-30", 35, 2), ("2025-09-30", 50, 0), ("2025-12-20", 65, 0)]),
    ("done", 100, False, "2025-02-01", D, "2025-11-20",
     [("2025-03-31", 30, 0), ("2025-06-30", 65, 0), ("2025-11-20", 100, 0)]),
    ("done", 100, False, "2025-01-01", D, "2025-12-15",
     [("2025-03-20", 25, 0), ("2025-06-30", 50, 0), ("2025-09-30", 75, 3), ("2025-12-15", 100, 0)]),
    ("done", 100, False, "2025-01-01", D, "2025-11-30",
     [("2025-04-10", 30, 0), ("2025-06-30", 60, 0), ("2025-11-30", 100, 0)]),
    # 三、
    ("done", 100, True, "2025-01-01", D, "2025-12-22",
     [("2025-02-28", 10, 0), ("2025-04-30", 30, 0), ("2025-06-30", 55, 0), ("2025-09-30", 85, 0),
      ("2025-12-22", 100, 0)]),
    ("in_progress", 80, True, "2025-01-01", D, None,
     [("2025-02-28", 10, 0), ("2025-04-30", 30, 0), ("2025-06-30", 45, 2), ("2025-09-30", 70, 0),
      ("2025-12-25", 80, 0)]),
    ("delayed", 60, True, "2025-01-01", "2025-08-31", None,
     [("2025-03-31", 15, 0), ("2025-06-30", 35, 0), ("2025-09-15", 55, 0), ("2025-12-20", 60, 1)]),
    ("done", 100, False, "2025-01-01", D, "2025-12-08",
     [("2025-03-31", 25, 0), ("2025-06-30", 50, 0), ("2025-09-30", 75, 1), ("2025-12-08", 100, 0)]),
    ("done", 100, False, "2025-03-01", "2025-11-30", "2025-11-25",
     [("2025-04-30", 30, 0), ("2025-06-20", 70, 0), ("2025-11-25", 100, 1)]),
    # 四、
    ("done", 100, False, "2025-01-01", D, "2025-12-16",
     [("2025-03-31", 25, 0), ("2025-06-30", 50, 0), ("2025-09-30", 75, 0), ("2025-12-16", 100, 2)]),
    ("in_progress", 85, False, "2025-01-01", D, None,
     [("2025-03-31", 25, 0), ("2025-06-30", 50, 0), ("2025-09-30", 70, 0), ("2025-12-20", 85, 1)]),
    ("done", 100, False, "2025-01-01", D, "2025-12-18",
     [("2025-03-31", 25, 0), ("2025-06-30", 55, 0), ("2025-09-30", 80, 0), ("2025-12-18", 100, 0)]),
    ("done", 100, False, "2025-01-01", "2025-06-30", "2025-06-25",
     [("2025-03-15", 30, 0), ("2025-05-20", 75, 0), ("2025-06-25", 100, 1)]),
    ("delayed", 70, False, "2025-01-01", D, None,
     [("2025-03-31", 20, 0), ("2025-06-30", 45, 0), ("2025-09-30", 55, 0), ("2025-12-20", 70, 0)]),
    ("cancelled", 10, False, "2025-01-01", D, None,
     [("2025-03-15", 10, 0)]),
    # 五、
    ("delayed", 55, False, "2025-01-01", "2025-09-30", None,
     [("2025-03-31", 20, 1), ("2025-06-30", 45, 1), ("2025-09-30", 50, 3), ("2025-12-15", 55, 1)]),
    ("done", 100, True, "2025-01-01", D, "2025-12-26",
     [("2025-02-28", 20, 0), ("2025-05-31", 45, 0), ("2025-09-30", 75, 0), ("2025-12-26", 100, 0)]),
    ("delayed", 50, False, "2025-01-01", "2025-10-31", None,
     [("2025-03-31", 20, 0), ("2025-06-30", 35, 0), ("2025-10-31", 45, 0), ("2025-12-20", 50, 0)]),
    ("done", 100, False, "2025-01-01", D, "2025-12-19",
     [("2025-04-15", 30, 0), ("2025-06-30", 50, 0), ("2025-10-31", 80, 0), ("2025-12-19", 100, 0)]),
    # 六、
    ("done", 100, False, "2025-01-01", D, "2025-11-15",
     [("2025-03-31", 30, 0), ("2025-06-30", 60, 0), ("2025-11-15", 100, 0)]),
    ("done", 100, True, "2025-01-01", D, "2025-12-23",
     [("2025-03-31", 20, 0), ("2025-06-30", 45, 1), ("2025-09-30", 70, 1), ("2025-11-30", 90, 1),
      ("2025-12-23", 100, 0)]),
    ("done", 100, False, "2025-01-01", "2025-09-30", "2025-09-12",
     [("2025-03-31", 30, 0), ("2025-06-30", 65, 0), ("2025-09-12", 100, 0)]),
    # 七、
    ("done", 100, False, "2025-01-01", D, "2025-12-30",
     [("2025-03-31", 30, 0), ("2025-07-31", 60, 0), ("2025-12-30", 100, 0)]),
    ("in_progress", 70, False, "2025-01-01", D, None,
     [("2025-03-31", 20, 0), ("2025-06-30", 40, 0), ("2025-09-30", 55, 0), ("2025-12-20", 70, 0)]),
    ("done", 100, False, "2025-01-01", D, "2025-12-26",
     [("2025-02-28", 20, 0), ("2025-06-30", 55, 0), ("2025-12-26", 100, 2)]),
    ("done", 100, True, "2025-01-01", D, "2025-12-29",
     [("2025-03-28", 20, 0), ("2025-06-30", 45, 0), ("2025-09-26", 70, 0), ("2025-11-20", 85, 0),
      ("2025-12-29", 100, 0)]),
    ("in_progress", 60, False, "2025-01-01", D, None,
     [("2025-03-31", 25, 0), ("2025-06-30", 45, 0), ("2025-11-30", 60, 0)]),
]

# Indicators per task index: (key into the name tables, comparator, baseline, target, actual).
INDICATORS = {
    6: [("pe_games", "milestone", None, None, 1), ("fitness", "at_least", 91.8, 92, 93.5)],
    9: [("after_school", "at_least", 85, 95, 100)],
    11: [("kindergartens", "at_least", None, 12, 13),
         ("preschool_places", "at_least", None, 3500, 3900)],
    12: [("compulsory_schools", "at_least", None, 10, 8),
         ("retention", "at_least", 98.9, 99, 99.2)],
    13: [("new_high_school", "at_least", None, 1, 0),
         ("expanded_high_schools", "at_least", None, 8, 6)],
    17: [("modernisation_2035", "milestone", None, None, 0)],
    22: [("exam_sites", "at_least", None, 15, 9)],
    23: [("dropout", "at_most", 0.35, 0.5, 0.21)],
    24: [("disabled_enrolment", "at_least", 95.1, 95, 96.8),
         ("resource_rooms", "at_least", None, 10, 6)],
    25: [("aid_coverage", "at_least", None, 100, 100)],
    27: [("rural_teachers", "at_least", None, 1000, 1150)],
    30: [("smart_campus", "at_least", None, 20, 14)],
    32: [("accidents", "zero", None, 0, 0), ("safety_meetings", "equal", None, 4, 4)],
}


class Zh:
    """The Chinese text: a note per progress entry, narratives, reasons."""

    PREAMBLE = (
        "2025年是“十四五”规划收官之年，是谋划“十五五”教育发展的关键之年，"
        "也是深入实施教育强国建设规划纲要的开局之年。\n"
        "全市教育工作的总体思路是：高举中国特色社会主义伟大旗帜，以习近平新时代中国特色社会主义"
        "思想为指导，深入学习贯彻全国教育大会精神，坚持稳中求进工作总基调，坚持高质量发展根本要求，"
        "坚持和加强党对教育工作的全面领导，全面贯彻党的教育方针，坚持发展抓公平、改革抓体制、"
        "安全抓责任、整体抓质量、保证抓党建，加快推进教育现代化，办好人民满意的教育，"
        "全面落实强首府战略，以优异成绩为“十四五”教育发展画上圆满句号。"
    )

    # Body edits for a 2025 plan: (task index, old, new).
    BODY_FIXES = [
        (6, "举办中小学艺术节暨庆祝新中国成立70周年合唱比赛", "举办中小学艺术节暨合唱比赛"),
        (15, "承办2019年广西首届全民终身学习活动周开幕式,举办2019年xx市",
         "承办2025年广西全民终身学习活动周开幕式,举办2025年xx市"),
        (22, "牵头做好2019年四市同城", "牵头做好2025年四市同城"),
        (24, "(201*—2020年)", "(2021—2025年)"),
        (26, "持续开展2019年xx市", "持续开展2025年xx市"),
        (28, "做好庆祝第35个教师节", "做好庆祝第41个教师节"),
        (31, "围绕建国70周年开展主题宣传活动", "围绕教育强国建设开展主题宣传活动"),
        (33, "科学编制2019年度机关绩效考评", "科学编制2025年度机关绩效考评"),
    ]

    TASKS = [
      # 0 一1
      dict(notes=[
        "召开党组理论学习中心组学习会3次，制定全系统全国教育大会精神宣讲方案。",
        "组建宣讲团12个，深入直属学校开展宣讲46场，覆盖师生1.8万人次。",
        "直属学校党组织书记互上党课38节，思政课“大练兵”活动完成听评课210节。",
        "上半年宣讲活动全部完成，累计宣讲92场，形成专题报告报局党组。",
      ], summary="全年开展理论中心组学习12次，组织宣讲92场、覆盖师生3.6万人次；直属学校党组织书记互上党课38节，"
                 "思想政治理论课建设经验在全区交流。"),
      # 1 一2
      dict(notes=[
        "印发“支部建设年”实施方案，明确标准化建设6个方面24项任务。",
        "完成全系统386个党支部标准化建设自查，整改问题73个。",
        "举办党支部书记、党务干部培训班2期，培训420人。",
        "新培育党建示范点15个，“一校一品”党建品牌宣传作品32件。",
        "完成年度党建工作督查和考核评价，标准化达标率98.4%。",
      ], summary="全系统386个党支部全部完成标准化建设，达标率98.4%；新培育党建示范点15个，培训党支部书记和党务干部420人，"
                 "民办学校党组织覆盖率达到100%。"),
      # 2 一3
      dict(notes=[
        "制定2025年意识形态工作责任清单，与直属学校签订责任书53份。",
        "开展社会主义核心价值观进校园活动，组织主题班会1200余场。",
        "开展“四有”好老师主题师德活动，评选典型案例40个。",
        "完成意识形态工作专项检查，覆盖直属学校53所。",
      ], summary="落实意识形态工作责任制，与53所直属学校签订责任书并全部完成专项检查；核心价值观进校园活动覆盖全部中小学。"),
      # 3 一4
      dict(notes=[
        "启动卓越校长培养工程（第二期）三年规划，遴选培养对象60名。",
        "完成直属学校领导班子调整配备，选拔任用干部27名。",
        "“扬帆计划”选派中青年干部32名到一线挂职锻炼。",
        "卓越校长培养对象完成集中研修3期，年度考核全部合格。",
      ], summary="卓越校长培养工程（第二期）遴选培养对象60名，完成集中研修3期；选拔任用干部27名，其中一线骨干教师14名。"),
      # 4 一5
      dict(notes=[
        "召开全面从严治党工作会议，签订党风廉政建设责任书58份。",
        "完成“三重一大”决策制度执行情况大检查，覆盖单位58个，整改问题41个。",
        "梳理招投标、招生入学、职称评审等重点岗位廉政风险点126个，制定防控措施。",
        "廉政风险防控机制建成运行，开展廉政谈话212人次。",
      ], summary="完成“三重一大”决策制度大检查，整改问题41个；梳理重点岗位廉政风险点126个并逐一制定防控措施，"
                 "全年开展廉政谈话212人次。"),
      # 5 二1
      dict(notes=[
        "印发“我和我的祖国”系列主题教育活动方案，各学校全面启动。",
        "开展“开学第一课”“少年传承中华传统美德”活动，参与学生32万人次。",
        "表扬优秀班主任100名、优秀德育工作者50名。",
        "中职学校开展“践行鲁班誓言、弘扬工匠精神”活动48场。",
        "新创建市级文明校园18所，德育课程化试点学校扩大到40所。",
      ], summary="全年组织主题教育活动覆盖学生32万人次，表扬优秀班主任100名、优秀德育工作者50名，新创建市级文明校园18所。"),
      # 6 二2
      dict(notes=[
        "完成体育中考方案修订，全市5.6万名考生报名。",
        "第十二届学生运动会筹备完成，设竞赛项目16个。",
        "体育中考顺利完成，平均成绩比上年提高1.2分；“5·25”心理健康教育月活动覆盖全部中小学。",
        "第十二届学生运动会举办，参赛运动员3200名。",
        "完成学生体质健康测试，合格率93.5%；近视率比上年下降0.8个百分点。",
        "心理危机干预转介机制建立，配备专职心理健康教师126名。",
      ], summary="成功举办第十二届学生运动会，参赛运动员3200名；学生体质健康测试合格率93.5%，儿童青少年近视率下降0.8个百分点；"
                 "配齐专职心理健康教师126名，建立校园心理危机干预转介机制。"),
      # 7 二3
      dict(notes=[
        "制定劳动教育校本课程指南，首批60所学校开设劳动教育课程。",
        "开展研学实践活动85批次，参与学生4.2万人次。",
        "市中小学综合实践中心项目用地审批未通过，主体工程未能按期开工。",
        "县区校外教育场所建成4个（计划7个），劳动教育课程覆盖学校扩大到210所。",
      ], summary="劳动教育课程覆盖学校210所，开展研学实践活动85批次、4.2万人次；县区校外教育场所建成4个。",
         reason="市中小学综合实践中心用地审批延迟，主体工程未开工；3个县区校外教育场所因资金未到位顺延至2026年。"),
      # 8 二4
      dict(notes=[
        "印发家庭教育月活动方案，全市家长学校开课率达到95%。",
        "开展家庭教育月主题活动，举办家长讲座620场。",
        "认定家庭教育示范校20所、示范区2个。",
      ], summary="举办家庭教育讲座620场，覆盖家长15万人次；认定家庭教育示范校20所、示范区2个，家长学校开课率达到100%。"),
      # 9 二5
      dict(notes=[
        "出台《xx市中小学生减负工作实施方案》。",
        "义务教育学校课后服务覆盖率达到92%，参与学生28万人。",
        "开展校外培训机构专项治理，检查机构460家，整改不规范机构37家。",
        "秋季学期课后服务实现义务教育学校全覆盖，长效治理机制建立。",
      ], summary="出台中小学生减负工作实施方案，课后服务实现义务教育学校全覆盖；检查校外培训机构460家，整改37家。"),
      # 10 二6
      dict(notes=[
        "完成县域普通话调查方案，抽样调查5个县区。",
        "开展中华经典诵写讲活动，参与学生12万人次。",
        "完成县区语言文字工作督导评估3个，语言文字规范化示范校新增15所。",
      ], summary="完成3个县区语言文字工作督导评估，新增规范化示范校15所；“推普脱贫乡村行”送培下乡12场，培训乡村教师860人次。"),
      # 11 三1
      dict(notes=[
        "出台学前教育深化改革规范发展实施意见，下达幼儿园建设计划12所。",
        "开工建设幼儿园13所，完成小区配套幼儿园专项整治排查48个。",
        "6所幼儿园主体完工，新认定多元普惠幼儿园35所。",
        "11所幼儿园竣工验收，开展幼儿园“小学化”专项治理检查320所。",
        "13所幼儿园全部建成，新增学位3900个，秋季学期投入使用。",
      ], summary="全年新建、改扩建幼儿园13所，新增学位3900个；新认定多元普惠幼儿园35所，普惠性幼儿园覆盖率提高到82.6%；"
                 "建设课程游戏化基地8个。"),
      # 12 三2
      dict(notes=[
        "下达10所公办义务教育学校建设计划，其中新建6所、改扩建4所。",
        "开工建设10所，学区制管理改革扩大到12个学区。",
        "控辍保学专项核查完成，义务教育巩固率99.2%。",
        "6所学校竣工，秋季学期新增学位8100个，大班额比例降至1.2%。",
        "8所学校建成投入使用，2所因征地拆迁影响尚在主体施工。",
      ], summary="建成公办义务教育学校8所，新增学位10800个，大班额比例降至1.2%；义务教育巩固率99.2%，学区制管理改革覆盖12个学区。",
         reason="2所新建学校因征地拆迁延迟，主体工程未完工，预计2026年春季学期投入使用。"),
      # 13 三3
      dict(notes=[
        "新建普通高中项目完成立项，8所改扩建学校完成设计。",
        "新建高中项目用地审批延迟，8所改扩建项目开工6所。",
        "6所改扩建学校完工，秋季学期新增学位2400个。",
        "2所改扩建项目因资金未到位停工，新建高中仍在办理用地手续。",
      ], summary="完成普通高中改扩建6所，新增学位2400个；普通高中大班额比例由9.6%降至4.1%。",
         reason="新建普通高中项目用地审批延迟，至年底主体工程未开工；2所改扩建项目因专项资金未到位停工。"),
      # 14 三4
      dict(notes=[
        "制定出台《xx市产教融合实施方案》。",
        "完成中职学校专业结构调整，新增专业8个，撤并专业5个。",
        "举办全市中职学生技能比赛，设赛项32个，参赛学生1500名。",
        "“文明风采”竞赛获全国奖项9个；第二批自治区示范性职教集团申报完成。",
      ], summary="出台产教融合实施方案，新增对接区域产业的专业8个；全市中职学生技能比赛参赛1500人，全国“文明风采”竞赛获奖9项。"),
      # 15 三5
      dict(notes=[
        "完成全民终身学习活动周筹备方案。",
        "承办全区全民终身学习活动周开幕式，各县区举办活动210场。",
        "终身学习公共服务平台新增课程资源1200门，社区教育师资库入库420人。",
      ], summary="承办全区全民终身学习活动周开幕式，举办活动210场；终身学习公共服务平台新增课程1200门，2个城区通过全国社区教育示范区申报初审。"),
      # 16 四1
      dict(notes=[
        "印发普通高中学业水平考试和综合素质评价实施细则。",
        "开展新课标新教材全员培训，参训教师5600人次。",
        "高考备考数据分析平台上线，覆盖高中学校28所。",
        "完成国家义务教育质量监测，直属学校质量提升督导调研全部完成。",
      ], summary="高考备考数据分析平台覆盖全部28所普通高中，新课标新教材培训5600人次；顺利完成国家义务教育质量监测。"),
      # 17 四2
      dict(notes=[
        "启动《xx市教育现代化2035》编制工作，完成调研报告。",
        "清理进学校督查检查考核事项，精简42%。",
        "完成《加快推进教育现代化实施方案》征求意见稿。",
        "“一事通办”教育服务事项上线38项，“最多跑一次”办理率达到96%。",
      ], summary="进学校督查检查考核事项精简42%，38项教育政务服务事项实现“一事通办”。",
         reason="《xx市教育现代化2035》及实施方案已完成征求意见，待市政府常务会议审议后印发。"),
      # 18 四3
      dict(notes=[
        "制定深化新时代教育督导体制机制改革实施方案。",
        "完成市级政府履行教育职责自评，县级政府履行教育职责考核完成。",
        "委托第三方机构完成幼儿园办园行为督导评估，评估幼儿园280所。",
        "责任督学挂牌督导实现中小学全覆盖，聘任责任督学310名。",
      ], summary="出台教育督导体制机制改革实施方案，聘任责任督学310名，挂牌督导覆盖全部中小学；第三方评估幼儿园280所。"),
      # 19 四4
      dict(notes=[
        "启动民办学校和培训机构年度检查，应检机构380家。",
        "完成年度检查380家，其中合格352家，限期整改28家。",
        "完成民办学校分类登记56所。",
      ], summary="完成民办学校和培训机构年检380家，合格352家，整改28家；56所民办学校完成营利性、非营利性分类登记。"),
      # 20 四5
      dict(notes=[
        "启动民办教育管理立法调研，走访民办学校24所。",
        "与市检察院、中级人民法院联合开展“法治进校园”活动46场。",
        "立法文本起草因未列入年度立法计划暂缓。",
        "“学宪法讲宪法”活动覆盖学生26万人，评选法治教育优秀教案60篇。",
      ], summary="开展“法治进校园”活动46场，“学宪法讲宪法”活动覆盖学生26万人；重大决策合法性审查37件。",
         reason="民办教育管理条例未列入市人大常委会年度立法计划，文本起草暂缓；县区教育执法机构配备尚有3个县未到位。"),
      # 21 四6
      dict(notes=[
        "完成友好学校结对需求摸底，拟组织师生互访团组4个。",
      ], summary="",
         reason="根据上级关于因公出国（境）管理的调整要求，年度师生出访计划取消，改为线上交流。"),
      # 22 五1
      dict(notes=[
        "完成初中学业水平考试改革方案，考试后勤保障方案报市政府。",
        "四市同城初中学业水平考试顺利完成，考生6.1万人，零差错。",
        "标准化考点建设设备采购两次流标，新建改建考点完成9个。",
        "剩余6个考点设备采购重新招标，预计2026年3月完成。",
      ], summary="圆满完成初中学业水平考试组织工作，考生6.1万人，实现零差错；新建和改建国家教育考试标准化考点9个。",
         reason="标准化考点设备采购两次流标，6个考点未能按期建成。"),
      # 23 五2
      dict(notes=[
        "印发教育帮扶“七大帮扶计划”年度任务清单。",
        "完成控辍保学春季核查，劝返复学学生23人。",
        "秋季学期开学核查，建档立卡家庭适龄儿童全部入学。",
        "完成年度控辍保学动态清零，义务教育阶段辍学率0.21%。",
      ], summary="落实控辍保学责任，劝返复学学生23人，脱贫家庭义务教育适龄儿童少年全部入学，辍学率控制在0.21%。"),
      # 24 五3
      dict(notes=[
        "完成适龄残疾儿童少年入学排查，制定“一人一案”1450份。",
        "送教上门服务重度残疾儿童少年310人。",
        "特殊教育资源教室建成6间，4间因场地改造未完成。",
        "特殊教育指导中心建设延至2026年，适龄残疾儿童少年入学率96.8%。",
      ], summary="适龄残疾儿童少年入学率达到96.8%，送教上门310人；建成特殊教育资源教室6间，培训特教教师520人次。",
         reason="特殊教育指导（资源）中心选址调整，场地改造未完成；4间资源教室延至2026年建成。"),
      # 25 五4
      dict(notes=[
        "春季学期资助资金下达，资助学生5.8万人次。",
        "资助数据与民政、残联部门实现对接共享。",
        "秋季学期资助资金发放完成，全年资助学生12.6万人次、资金2.1亿元。",
        "完成资助工作专项审计，营养改善计划覆盖学生9.3万人。",
      ], summary="全年资助学生12.6万人次、发放资金2.1亿元，家庭经济困难学生应助尽助；营养改善计划惠及农村学生9.3万人。"),
      # 26 六1
      dict(notes=[
        "印发“师德建设年”活动方案，开展师德巡回宣讲20场。",
        "组织师德师风知识考试，参考教师4.2万人，合格率99.6%。",
        "评选表彰“我最喜爱的老师”100名。",
      ], summary="开展师德巡回宣讲20场，4.2万名教师参加师德师风知识考试；表彰“我最喜爱的老师”100名。"),
      # 27 六2
      dict(notes=[
        "确定“县管校聘”改革试点县区2个，完成公办幼儿园编制核定。",
        "培训贫困地区农村教师420人次，名师送教下乡28场。",
        "培训农村教师累计860人次，教师网络研修社区注册教师2.3万人。",
        "完成农村教师培训1150人次，超额完成年度任务。",
        "完成教师与当地公务员平均工资收入比较核定，中小学教师平均工资不低于公务员。",
      ], summary="全年培训贫困地区农村教师1150人次，完成目标的115%；“县管校聘”改革在2个县区试点，核定公办幼儿园编制1260名，"
                 "落实中小学教师平均工资收入不低于当地公务员。"),
      # 28 六3
      dict(notes=[
        "启动教坛精英领航工程，遴选培养对象120名。",
        "新建名师工作室15个，推荐自治区特级教师候选人8名。",
        "第41个教师节庆祝活动完成，表彰优秀教师300名、优秀教育工作者100名。",
      ], summary="遴选教坛精英、学科带头人、教学骨干培养对象120名，新建名师工作室15个；教师节表彰优秀教师300名。"),
      # 29 七1
      dict(notes=[
        "完成2025年生均拨款标准测算并报市政府审定。",
        "落实市县教育事权和支出责任划分，下达教育转移支付资金。",
        "全年教育经费预算执行率达到97.3%。",
      ], summary="全市一般公共预算教育支出同比增长6.2%，生均公用经费按标准足额拨付，预算执行率97.3%。"),
      # 30 七2
      dict(notes=[
        "制定“三通两平台”深化建设方案，教育云平台注册用户达到52万。",
        "教育城域网区域汇聚项目立项，智慧校园示范校建设启动20所。",
        "城域网汇聚项目资金未到位，仅完成2个县区接入。",
        "智慧校园示范校验收14所，学校平均出口带宽提升到1000M。",
      ], summary="教育云平台注册用户52万，建成智慧校园示范校14所，学校平均出口带宽提升到1000M。",
         reason="教育城域网区域汇聚项目资金未到位，仅2个县区完成接入；6所智慧校园示范校延至2026年验收。"),
      # 31 七3
      dict(notes=[
        "制定年度教育宣传工作要点，围绕教育强国建设策划主题宣传。",
        "门户网站、“xx教育”公众号发布稿件860篇，阅读量1200万。",
        "协办《xx日报·教育周刊》48期、《校园大视界》栏目52期。",
      ], summary="全年发布教育宣传稿件1620篇，被中央和自治区主流媒体采用135篇；协办教育周刊48期、电视栏目52期。"),
      # 32 七4
      dict(notes=[
        "召开一季度安全稳定研判会，部署校园安全隐患排查。",
        "排查整治校园安全隐患1260处，完成硬质防冲撞设施建设420所。",
        "召开二、三季度研判会，开展防溺水专题教育，覆盖学生全部。",
        "组织应急演练观摩活动，培训安全管理人员1800人次。",
        "召开四季度研判会，全年未发生校园安全责任事故。",
      ], summary="全年排查整治校园安全隐患1260处，完成硬质防冲撞设施建设420所，每季度召开安全稳定研判会；全年校园安全责任事故为零。"),
      # 33 七5
      dict(notes=[
        "编制2025年度机关绩效考评职能性指标和教育绩效考评指标。",
        "开展绩效考评业务培训2期，培训180人。",
        "教育绩效综合管理信息云平台框架需求论证完成，招标未启动。",
      ], summary="编制年度教育绩效考评指标86项，开展绩效考评培训180人次。",
         reason="绩效综合管理信息云平台建设资金未列入年度预算，平台框架搭建顺延至2026年。"),
    ]

    INDICATORS = {
      "pe_games": ("举办第十二届学生运动会", ""),
      "fitness": ("学生体质健康测试合格率", "%"),
      "after_school": ("义务教育学校课后服务覆盖率", "%"),
      "kindergartens": ("建成幼儿园", "所"),
      "preschool_places": ("新增学前教育学位", "个"),
      "compulsory_schools": ("建成公办义务教育学校", "所"),
      "retention": ("义务教育巩固率", "%"),
      "new_high_school": ("新建普通高中", "所"),
      "expanded_high_schools": ("改扩建普通高中", "所"),
      "modernisation_2035": ("印发《xx市教育现代化2035》", ""),
      "exam_sites": ("新建和改建国家教育考试标准化考点", "个"),
      "dropout": ("义务教育阶段辍学率", "%"),
      "disabled_enrolment": ("适龄残疾儿童少年入学率", "%"),
      "resource_rooms": ("建成特殊教育资源教室", "间"),
      "aid_coverage": ("家庭经济困难学生资助覆盖率", "%"),
      "rural_teachers": ("培训贫困地区农村教师", "人次"),
      "smart_campus": ("建成智慧校园示范校", "所"),
      "accidents": ("校园安全责任事故", "起"),
      "safety_meetings": ("召开安全稳定工作研判会", "次"),
    }


class En:
    """The same plan in English, the seed's text included."""

    TITLE = "Municipal Education Bureau 2025 Work Plan"
    ORGANIZATION = "Municipal Education Bureau"
    PREAMBLE = (
        "2025 is the final year of the 14th Five-Year Plan, a key year for planning education "
        "under the 15th Five-Year Plan, and the first year of implementing the outline plan for "
        "building China into a leading country in education.\nThe overall approach of the city’s "
        "education work is to follow Xi Jinping Thought on Socialism with Chinese Characteristics "
        "for a New Era, study and apply the guiding principles of the National Education "
        "Conference, pursue progress while ensuring stability, and make high-quality development "
        "the fundamental requirement. We will uphold and strengthen the Party’s overall leadership "
        "over education, fully implement the Party’s education policy, and focus on equity in "
        "development, structural reform, responsibility for safety, overall quality and Party "
        "building as the guarantee. We will speed up the modernisation of education, provide "
        "education that the people are satisfied with, carry out the strategy of a strong regional "
        "capital, and bring the 14th Five-Year Plan for education to a successful close."
    )

    SECTIONS = [
        ("Strengthen the Party’s overall leadership over education", ""),
        ("Educate students for all-round moral, intellectual, physical, aesthetic and work "
         "development",
         ""),
        ("Develop education of every level and type in a balanced way", ""),
        ("Remove institutional obstacles to the development of education", ""),
        ("Give the public a greater sense of benefit from education", ""),
        ("Build a strong teaching force and restore respect for teachers", ""),
        ("Consolidate the foundations of education", ""),
    ]

    DEPARTMENTS = {
        "党办": "Party Office",
        "基教科": "Basic Education Division",
        "职成科": "Vocational and Adult Education Division",
        "人事科": "Personnel Division",
        "教科所": "Institute of Education Research",
        "体卫艺科": "PE, Health and Arts Division",
        "保健中心": "School Health Centre",
        "校外中心": "Out-of-School Education Centre",
        "督导办": "Education Inspection Office",
        "督导室": "Inspection Unit",
        "法规科": "Policy and Legal Affairs Division",
        "语工科": "Language and Script Division",
        "计财科": "Planning and Finance Division",
        "师培中心": "Teacher Training Centre",
        "职教中心": "Vocational Education Centre",
        "局办": "Bureau General Office",
        "招考科": "Examinations and Admissions Division",
        "市现教中心": "Municipal Educational Technology Centre",
        "招考院": "Examinations Authority",
        "资助办": "Student Financial Aid Office",
        "安稳科": "Safety and Stability Division",
        "绩效办": "Performance Evaluation Office",
    }

    INDICATORS = {
        "pe_games": ("12th Municipal Student Games held", ""),
        "fitness": ("Pass rate of the student fitness test", "%"),
        "after_school": ("Compulsory schools offering after-school services", "%"),
        "kindergartens": ("Kindergartens completed", "kindergartens"),
        "preschool_places": ("New pre-school places", "places"),
        "compulsory_schools": ("Public compulsory-education schools completed", "schools"),
        "retention": ("Retention rate of compulsory education", "%"),
        "new_high_school": ("New general high schools built", ""),
        "expanded_high_schools": ("General high schools rebuilt or extended", "schools"),
        "modernisation_2035": ("City Education Modernisation 2035 issued", ""),
        "exam_sites": ("Standardised national examination sites built or upgraded", "sites"),
        "dropout": ("Drop-out rate in compulsory education", "%"),
        "disabled_enrolment": ("Enrolment rate of school-age children with disabilities", "%"),
        "resource_rooms": ("Special-education resource rooms completed", "rooms"),
        "aid_coverage": ("Coverage of financial aid for students in need", "%"),
        "rural_teachers": ("Rural teachers from poor areas trained", "teachers"),
        "smart_campus": ("Model smart campuses completed", "schools"),
        "accidents": ("School safety accidents with liability", "accidents"),
        "safety_meetings": ("Safety and stability review meetings held", "meetings"),
    }

    TASKS = [
      # 0 I.1
      dict(title="Implement the guiding principles of the 19th Party Congress and of the national "
                 "and regional education conferences",
           body="Strengthen theoretical study and treat the study of Xi Jinping Thought as a major "
                "political task. Hold study sessions of the theory study group and have Party "
                "secretaries of directly affiliated schools give Party lectures in each other’s "
                "schools. Organise talks on the education conferences across the system. Run "
                "ideological and political theory courses well, so that the Thought enters "
                "textbooks, classrooms and minds.",
           notes=[
        "Held 3 theory study group sessions; issued the plan for talks on the National Education "
        "Conference across the system.",
        "Formed 12 speaker teams and gave 46 talks in directly affiliated schools, reaching 18,000 "
        "teachers and students.",
        "Party secretaries gave 38 lectures in each other’s schools; 210 political theory lessons "
        "observed and assessed.",
        "All talks of the first half-year completed: 92 in total; report submitted to the Bureau’s "
        "Party group.",
      ], summary="Held 12 theory study group sessions and 92 talks reaching 36,000 teachers and "
                 "students; Party secretaries of directly affiliated schools gave 38 lectures in "
                 "each other’s schools, and the city’s political theory courses were presented as "
                 "a model in the region."),
      # 1 I.2
      dict(title="Raise Party building in schools to a new level",
           body="Run the “Year of Branch Building” across the education system and standardise "
                "Party branches; straighten out the management of Party building in primary and "
                "secondary schools and raise it in private schools. Train branch secretaries and "
                "Party affairs staff, promote the “one school, one brand” Party culture, build "
                "model sites, and improve the assessment and inspection of Party building.",
           notes=[
        "Issued the “Year of Branch Building” plan: 24 tasks in 6 areas of standardisation.",
        "All 386 Party branches completed their self-checks; 73 problems corrected.",
        "Held 2 training courses for branch secretaries and Party affairs staff, 420 trainees.",
        "15 new model sites for Party building; 32 “one school, one brand” features published.",
        "Annual inspection and assessment completed; 98.4% of branches meet the standard.",
      ], summary="All 386 Party branches were standardised, 98.4% meeting the standard; 15 new "
                 "model sites were set up and 420 branch secretaries and Party affairs staff "
                 "trained, and every private school now has a Party organisation."),
      # 2 I.3
      dict(title="Hold firm to the main front of ideological work",
           body="Continue the study of Xi Jinping Thought in the education system. Make education "
                "in core socialist values, ideals and convictions, and Party theory the main theme "
                "of political work. Bring core socialist values into schools; run teacher ethics "
                "activities on being a good teacher with “four qualities”; lead the ideological "
                "work of primary and secondary schools and build it into teaching.",
           notes=[
        "Issued the 2025 list of responsibilities for ideological work; 53 directly affiliated "
        "schools signed responsibility letters.",
        "Core socialist values brought into schools through more than 1,200 themed class meetings.",
        "Ran the “good teacher with four qualities” ethics campaign; 40 model cases selected.",
        "Special inspection of ideological work completed in all 53 directly affiliated schools.",
      ], summary="Responsibility for ideological work was fixed in letters signed by all 53 "
                 "directly affiliated schools, each of which was inspected; the core-values "
                 "campaign reached every primary and secondary school."),
      # 3 I.4
      dict(title="Build a highly qualified and professional corps of education leaders",
           body="Strengthen school leadership teams, select and appoint leaders strictly, and "
                "apply the revised regulations on the appointment of cadres. Start the three-year "
                "plan of the second phase of the Outstanding Principals Programme. Continue the “"
                "Set Sail” programme for young and middle-aged leaders and appoint more front-line "
                "teachers.",
           notes=[
        "Started the three-year plan of the Outstanding Principals Programme (phase 2); 60 "
        "principals selected.",
        "Leadership teams of directly affiliated schools adjusted; 27 leaders appointed.",
        "“Set Sail” programme: 32 young leaders placed in front-line schools.",
        "Participants completed 3 residential training blocks; all passed the annual review.",
      ], summary="The Outstanding Principals Programme (phase 2) selected 60 participants who "
                 "completed 3 training blocks; 27 leaders were appointed, 14 of them front-line "
                 "teachers."),
      # 4 I.5
      dict(title="Fulfil the responsibility for strict Party self-governance",
           body="Improve conduct and consolidate the results of the central eight-point rules. "
                "Inspect how major decisions, appointments, projects and large sums are decided. "
                "Enforce discipline, fight formalism and bureaucratism, and keep up the pressure "
                "against corruption. Identify integrity risks in key posts — tendering, "
                "admissions, title evaluation and appointments — and build a mechanism to prevent "
                "them.",
           notes=[
        "Held the conference on strict Party self-governance; 58 units signed integrity "
        "responsibility letters.",
        "Inspection of decision-making on major matters completed in 58 units; 41 problems "
        "corrected.",
        "126 integrity risks identified in key posts such as tendering, admissions and title "
        "evaluation; control measures set.",
        "Risk-prevention mechanism in operation; 212 integrity talks held.",
      ], summary="The inspection of decision-making on major matters corrected 41 problems; 126 "
                 "integrity risks in key posts were identified, each with its control measures, "
                 "and 212 integrity talks were held."),
      # 5 II.1
      dict(title="Make moral education more focused and effective",
           body="Strengthen moral education in primary and secondary schools with the “My "
                "Motherland and I” series, patriotic and revolutionary-tradition education, and "
                "education in the history of the Party, the country and reform. Build moral "
                "education into the curriculum and every subject, create civilised campuses, "
                "commend outstanding class teachers, and use the new national textbooks in all "
                "schools. Bring industrial and corporate culture into vocational schools and "
                "continue the “Craftsman Spirit” activities.",
           notes=[
        "Issued the “My Motherland and I” programme; all schools started their activities.",
        "“First Lesson of the School Year” and traditional-virtues activities reached 320,000 "
        "students.",
        "Commended 100 outstanding class teachers and 50 moral education workers.",
        "Vocational schools held 48 “Craftsman Spirit” events.",
        "18 new municipal civilised campuses; curriculum pilot extended to 40 schools.",
      ], summary="Themed activities reached 320,000 students over the year; 100 class teachers and "
                 "50 moral education workers were commended, and 18 schools became municipal "
                 "civilised campuses."),
      # 6 II.2
      dict(title="Promote students’ physical and mental health",
           body="Run the PE examination for the senior secondary entrance exam and hold the 12th "
                "Municipal Student Games. Improve music and art teaching, take part in the "
                "national arts festival and hold the school arts festival and choir contest. "
                "Strengthen food, water and disease safety in schools, and prevent myopia among "
                "children and adolescents. Strengthen mental health education, hold the “5·25” "
                "mental health month and build a crisis intervention and referral system.",
           notes=[
        "Revised the PE examination scheme; 56,000 candidates registered.",
        "Preparations for the 12th Municipal Student Games completed, 16 events.",
        "PE examination completed, average score up 1.2 points; “5·25” mental health month held in "
        "every school.",
        "12th Municipal Student Games held with 3,200 athletes.",
        "Fitness test completed: 93.5% pass; myopia down 0.8 percentage points on last year.",
        "Crisis intervention and referral system set up; 126 full-time mental health teachers in "
        "post.",
      ], summary="The 12th Municipal Student Games were held with 3,200 athletes; 93.5% of "
                 "students passed the fitness test and myopia fell by 0.8 percentage points; 126 "
                 "full-time mental health teachers are in post and a crisis intervention and "
                 "referral system is in place."),
      # 7 II.3
      dict(title="Strengthen labour education and out-of-school education",
           body="Develop school-based labour education courses and practice on campus, in "
                "volunteering, at home and at outside bases. Speed up the construction of the "
                "municipal practice centre for primary and secondary schools and of out-of-school "
                "venues in the counties, and run study tours and out-of-school activities. Improve "
                "the out-of-school education system and its staff.",
           notes=[
        "Issued guidelines for school-based labour courses; 60 schools started them.",
        "85 study tours held with 42,000 student participations.",
        "Land-use approval for the municipal practice centre not granted; construction could not "
        "start on time.",
        "4 of 7 county out-of-school venues completed; labour courses now in 210 schools.",
      ], summary="Labour education courses run in 210 schools, and 85 study tours involved 42,000 "
                 "students; 4 county out-of-school venues were completed.",
         reason="Land-use approval for the municipal practice centre was delayed, so construction "
                "has not started; 3 county venues were postponed to 2026 because funds were not "
                "allocated."),
      # 8 II.4
      dict(title="Strengthen family education",
           body="Make full use of parent schools, parent committees and parent meetings for closer "
                "cooperation between home and school. Hold the family education month, create "
                "model districts and schools for family education, and bring social organisations "
                "and volunteers into schools, communities and families to build a network of "
                "school, society and family.",
           notes=[
        "Issued the family education month programme; 95% of parent schools running classes.",
        "Family education month held with 620 talks for parents.",
        "20 model schools and 2 model districts for family education recognised.",
      ], summary="620 family education talks reached 150,000 parents; 20 model schools and 2 model "
                 "districts were recognised and every parent school is now running classes."),
      # 9 II.5
      dict(title="Reduce the excessive workload of primary and secondary students",
           body="Provide after-school services in primary and secondary schools to meet the needs "
                "of students and parents. Strengthen parent schools and committees, issue the city’"
                "s implementation plan for reducing student workload, and guide parents towards a "
                "sound view of education. Regulate private tutoring institutions and build a "
                "lasting mechanism for it.",
           notes=[
        "Issued the city’s plan for reducing the workload of primary and secondary students.",
        "After-school services in 92% of compulsory schools, 280,000 students taking part.",
        "Special campaign on tutoring institutions: 460 inspected, 37 ordered to correct.",
        "After-school services in every compulsory school from the autumn term; lasting oversight "
        "mechanism in place.",
      ], summary="The plan for reducing student workload was issued and every compulsory school "
                 "offers after-school services; 460 tutoring institutions were inspected and 37 "
                 "corrected."),
      # 10 II.6
      dict(title="Strengthen work on the standard spoken and written language",
           body="Inspect and evaluate the language work of the counties and survey the use of "
                "Putonghua. Hold recitation, writing and speaking activities on Chinese classics "
                "and standardise language use in schools. Promote Putonghua to help poor areas, "
                "including the “learn Putonghua before school” campaign and training visits to "
                "villages.",
           notes=[
        "Putonghua survey planned; 5 counties sampled.",
        "Chinese classics recitation, writing and speaking activities: 120,000 student "
        "participations.",
        "Language work of 3 counties inspected; 15 new model schools for standard language.",
      ], summary="The language work of 3 counties was inspected and 15 new model schools "
                 "recognised; 12 training visits to villages trained 860 rural teachers."),
      # 11 III.1
      dict(title="Make pre-school education inclusive and affordable",
           body="Issue the city’s implementation opinions on deepening pre-school reform. Carry "
                "out the third pre-school action plan and expand affordable provision: complete 12 "
                "kindergartens, recognise more affordable private kindergartens, and sort out "
                "kindergartens in new housing estates. Regulate kindergartens, review the "
                "municipal model kindergartens, correct “primary-school style” teaching, and "
                "develop play-based curricula.",
           notes=[
        "Issued the implementation opinions on pre-school reform; building plan for 12 "
        "kindergartens handed down.",
        "Construction of 13 kindergartens started; 48 housing-estate kindergartens checked.",
        "Main structure of 6 kindergartens completed; 35 affordable private kindergartens "
        "recognised.",
        "11 kindergartens passed acceptance; 320 kindergartens checked for primary-school style "
        "teaching.",
        "All 13 kindergartens completed, 3,900 new places in use from the autumn term.",
      ], summary="13 kindergartens were built or extended in the year, adding 3,900 places; 35 "
                 "affordable private kindergartens were recognised, affordable provision rose to "
                 "82.6%, and 8 play-based curriculum bases were set up."),
      # 12 III.2
      dict(title="Integrate urban and rural compulsory education",
           body="Improve the distribution of schools, with priority for small rural schools and "
                "boarding schools in townships, tackle oversubscribed schools and oversized "
                "classes, and complete 10 public compulsory-education schools. Extend school "
                "districts and school partnerships, prevent drop-outs student by student, and "
                "start the move from basic to high-quality balanced development. Offer the full "
                "national curriculum and care for left-behind children.",
           notes=[
        "Building plan for 10 public compulsory schools handed down: 6 new, 4 extended.",
        "All 10 under construction; school-district management extended to 12 districts.",
        "Drop-out check completed; retention rate of compulsory education 99.2%.",
        "6 schools completed, 8,100 new places from the autumn term; oversized classes down to "
        "1.2%.",
        "8 schools in use; 2 still under construction after delays in land acquisition.",
      ], summary="8 public compulsory schools were completed, adding 10,800 places, and oversized "
                 "classes fell to 1.2%; the retention rate reached 99.2% and school-district "
                 "management covers 12 districts.",
         reason="Land acquisition and demolition delayed 2 new schools; their main structures are "
                "not finished and they are expected to open in the spring term of 2026."),
      # 13 III.3
      dict(title="Achieve universal senior secondary education",
           body="Continue the general high school development programme: build 1 new general high "
                "school and extend 8, improve school conditions and equip weaker schools. "
                "Eliminate oversized classes in general high schools, prepare for the regional "
                "inspection, guide the creation of distinctive high schools, and train teachers in "
                "the new curriculum and textbooks.",
           notes=[
        "New high school approved as a project; designs for the 8 extensions completed.",
        "Land-use approval for the new high school delayed; 6 of the 8 extensions started.",
        "6 extensions completed, 2,400 new places from the autumn term.",
        "2 extensions halted because funds were not allocated; land procedures for the new school "
        "still under way.",
      ], summary="6 general high schools were extended, adding 2,400 places; oversized classes in "
                 "general high schools fell from 9.6% to 4.1%.",
         reason="Land-use approval for the new general high school was delayed and construction "
                "has not started; 2 extensions were halted because the earmarked funds were not "
                "allocated."),
      # 14 III.4
      dict(title="Develop modern vocational education",
           body="Issue the city’s plan for integrating industry and education and its plan for "
                "reforming vocational education. Bring secondary vocational schools up to "
                "standard, adjust their distribution and programmes to the region’s industries, "
                "and improve their internal quality assurance. Promote work-study, order-based "
                "training and apprenticeships, build bases for “dual-qualified” teachers, and hold "
                "the city’s skills competition.",
           notes=[
        "Issued the city’s plan for integrating industry and education.",
        "Programmes of secondary vocational schools adjusted: 8 added, 5 merged or closed.",
        "City skills competition for vocational students held: 32 events, 1,500 competitors.",
        "9 national awards in the “Civilisation and Style” contest; application for the regional "
        "model vocational education group submitted.",
      ], summary="The plan for integrating industry and education was issued and 8 programmes "
                 "matching regional industries were added; 1,500 students took part in the city "
                 "skills competition and students won 9 national awards."),
      # 15 III.5
      dict(title="Provide good continuing education",
           body="Host the opening of the regional Lifelong Learning Week 2025 and hold the city’s "
                "own week, promote community education across the city, and extend its reach. "
                "Continue building the city’s public lifelong learning platform and its pools of "
                "community teachers and courses, and help two districts apply as national model "
                "districts for community education.",
           notes=[
        "Plan for Lifelong Learning Week completed.",
        "Hosted the opening of the regional Lifelong Learning Week; the counties held 210 events.",
        "1,200 courses added to the lifelong learning platform; 420 community teachers registered.",
      ], summary="The Bureau hosted the opening of the regional Lifelong Learning Week and 210 "
                 "events were held; 1,200 courses were added to the learning platform, and 2 "
                 "districts passed the first review as national model districts for community "
                 "education."),
      # 16 IV.1
      dict(title="Reform the evaluation of education",
           body="Carry out the reform of the high school curriculum and of the college entrance "
                "examination. Improve the high school academic proficiency tests and the "
                "comprehensive evaluation of students, apply the new curriculum standards, and "
                "guide students in career planning. Build a system to monitor the quality of "
                "education, set up a data platform for examination preparation, and inspect the "
                "quality of directly affiliated schools.",
           notes=[
        "Issued the rules for high school proficiency tests and comprehensive evaluation.",
        "Training on the new curriculum standards and textbooks: 5,600 teacher participations.",
        "Data platform for examination preparation online in 28 high schools.",
        "National monitoring of compulsory education quality completed; quality inspections of "
        "directly affiliated schools finished.",
      ], summary="The examination data platform covers all 28 general high schools and 5,600 "
                 "teachers were trained in the new curriculum; the national quality monitoring of "
                 "compulsory education was completed."),
      # 17 IV.2
      dict(title="Reform the management of education",
           body="Draft the city’s Education Modernisation 2035 and its plan for speeding up "
                "modernisation. List and cut back the inspections and assessments imposed on "
                "schools, manage the lists of powers and responsibilities at three levels, and "
                "extend one-stop online services so that the public needs to visit at most once.",
           notes=[
        "Started drafting the city’s Education Modernisation 2035; research report completed.",
        "Inspections and assessments imposed on schools cut by 42%.",
        "Consultation draft of the plan for speeding up modernisation completed.",
        "38 services available one-stop; 96% handled with at most one visit.",
      ], summary="Inspections and assessments imposed on schools were cut by 42%, and 38 public "
                 "services are now handled one-stop.",
         reason="Education Modernisation 2035 and its implementation plan have been through "
                "consultation and await review by the executive meeting of the city government."),
      # 18 IV.3
      dict(title="Reform the system of education inspection",
           body="Draw up the city’s plan for reforming education inspection. Inspect governments, "
                "schools and the quality of education. Evaluate how the city government meets its "
                "education duties and assess the county governments. Assign a responsible "
                "inspector to every school, and have a third party evaluate the conduct of "
                "kindergartens.",
           notes=[
        "Drew up the plan for reforming education inspection.",
        "Self-evaluation of the city government and assessment of the county governments "
        "completed.",
        "A third party evaluated the conduct of 280 kindergartens.",
        "A responsible inspector for every primary and secondary school; 310 inspectors appointed.",
      ], summary="The plan for reforming education inspection was issued; 310 responsible "
                 "inspectors cover every primary and secondary school, and a third party evaluated "
                 "280 kindergartens."),
      # 19 IV.4
      dict(title="Regulate and promote private education",
           body="Regulate private schools, carry out the annual inspection of private schools and "
                "training institutions, and register private schools as for-profit or non-profit. "
                "Guide the member units of the training services sector in their areas.",
           notes=[
        "Annual inspection of private schools and training institutions started: 380 to inspect.",
        "All 380 inspected: 352 passed, 28 given a deadline to correct.",
        "56 private schools registered as for-profit or non-profit.",
      ], summary="380 private schools and training institutions were inspected, 352 passing and 28 "
                 "corrected; 56 private schools were registered as for-profit or non-profit."),
      # 20 IV.5
      dict(title="Govern education by law",
           body="Research and draft local legislation on private education. Reform administrative "
                "enforcement in education, staff the legal units of the city and county bureaus, "
                "and use random inspections and big data for supervision. Review major decisions "
                "for legality. Bring the law into schools with the procuratorate and the courts, "
                "hold constitution study activities, and make full use of vice-principals for "
                "legal affairs.",
           notes=[
        "Started research for legislation on private education; 24 private schools visited.",
        "46 “Law in Schools” events held with the procuratorate and the intermediate court.",
        "Drafting of the regulation suspended: not in this year’s legislative plan.",
        "Constitution study activities reached 260,000 students; 60 model lesson plans on law "
        "selected.",
      ], summary="46 “Law in Schools” events were held and constitution study activities reached "
                 "260,000 students; 37 major decisions were reviewed for legality.",
         reason="The regulation on private education was not included in the legislative plan of "
                "the city’s people’s congress, so drafting is suspended; 3 counties have not yet "
                "staffed their education enforcement units."),
      # 21 IV.6
      dict(title="Widen international exchange and cooperation in education",
           body="Take part in the Belt and Road education action, pair schools with partner "
                "schools abroad and exchange teachers and students. Regulate foreign curricula in "
                "high schools, manage the admission and training of international students, and "
                "continue exchanges with Hong Kong, Macao and Taiwan.",
           notes=[
        "Surveyed the partnership needs of schools; 4 exchange delegations proposed.",
      ], summary="",
         reason="Cancelled after the rules on official travel abroad were changed; exchanges moved "
                "online."),
      # 22 V.1
      dict(title="Run examinations and admissions steadily",
           body="Lead the logistics of the joint junior secondary academic proficiency examination "
                "of four cities in 2025. Reform the examination so that schools teach the full "
                "curriculum, and improve the registration system for new junior secondary "
                "students. Secure setting, transport, custody and marking of papers, and build or "
                "upgrade standardised national examination sites.",
           notes=[
        "Reform plan for the junior secondary examination completed; logistics plan sent to the "
        "city government.",
        "Joint examination of four cities completed: 61,000 candidates, no errors.",
        "Equipment tender for the standardised sites failed twice; 9 sites built or upgraded.",
        "Equipment for the other 6 sites re-tendered; completion expected in March 2026.",
      ], summary="The junior secondary proficiency examination for 61,000 candidates ran without a "
                 "single error; 9 standardised national examination sites were built or upgraded.",
         reason="The equipment tender failed twice, so 6 standardised sites could not be finished "
                "on time."),
      # 23 V.2
      dict(title="Win the fight against poverty through education",
           body="Continue the seven support plans of education assistance to guarantee compulsory "
                "education, speed up education in poor areas, strengthen their teachers, hold "
                "those responsible for preventing drop-outs to account, and apply student aid "
                "strictly, so that every child of school age from a poor family is in school and "
                "every student in need receives aid.",
           notes=[
        "Issued the task list of the seven support plans for the year.",
        "Spring drop-out check completed; 23 students brought back to school.",
        "Autumn check: every school-age child from registered poor families enrolled.",
        "Drop-outs cleared for the year; drop-out rate in compulsory education 0.21%.",
      ], summary="23 students were brought back to school, every school-age child from families "
                 "lifted out of poverty is enrolled, and the drop-out rate was held at 0.21%."),
      # 24 V.3
      dict(title="Provide good special education and education for ethnic minorities",
           body="Carry out the city’s special education improvement plan (2021–2025). Identify "
                "every school-age child with disabilities with an individual plan, build special "
                "education guidance centres and resource rooms, teach children with severe "
                "disabilities at home, and train special education teachers. Strengthen ethnic "
                "culture in schools and Zhuang-Chinese bilingual teaching.",
           notes=[
        "All school-age children with disabilities identified; 1,450 individual plans drawn up.",
        "Home teaching for 310 children with severe disabilities.",
        "6 resource rooms completed; 4 unfinished because the rooms are still being converted.",
        "Guidance centre postponed to 2026; enrolment of children with disabilities 96.8%.",
      ], summary="96.8% of school-age children with disabilities are enrolled and 310 are taught "
                 "at home; 6 resource rooms were completed and 520 special education teachers "
                 "trained.",
         reason="The special education guidance centre had to move to another site whose "
                "conversion is unfinished; 4 resource rooms were postponed to 2026."),
      # 25 V.4
      dict(title="Carry out and improve student financial aid",
           body="Apply the aid policies at every stage from pre-school to higher education, with "
                "priority for registered poor families, families on minimum allowances and "
                "students with disabilities. Publicise the policies, audit the aid work, "
                "streamline the procedures, and share data with the poverty relief, civil affairs "
                "and disability bodies. Continue the nutrition programme for rural compulsory "
                "students in five counties and one district.",
           notes=[
        "Spring aid funds released: 58,000 students supported.",
        "Aid data shared with civil affairs and the disabled persons’ federation.",
        "Autumn aid paid: 126,000 students and 210 million yuan for the year.",
        "Special audit of aid completed; nutrition programme covers 93,000 students.",
      ], summary="126,000 students received 210 million yuan of aid in the year, every student in "
                 "need included; the nutrition programme reached 93,000 rural students."),
      # 26 VI.1
      dict(title="Strengthen teachers’ ethics and conduct",
           body="Hold the “Year of Teachers’ Ethics” with touring talks and role models, the "
                "integrity activities and a test on teachers’ ethics, and the 2025 award for “My "
                "Favourite Teacher”.",
           notes=[
        "Issued the “Year of Teachers’ Ethics” programme; 20 touring talks held.",
        "Ethics test sat by 42,000 teachers, 99.6% passed.",
        "100 teachers honoured as “My Favourite Teacher”.",
      ], summary="20 touring talks on teachers’ ethics were held and 42,000 teachers took the "
                 "ethics test; 100 teachers were honoured as “My Favourite Teacher”."),
      # 27 VI.2
      dict(title="Reform teacher management and teacher education",
           body="Pilot county management of teachers with school-based hiring. Set the staffing of "
                "public kindergartens. Delegate the evaluation of first-grade teacher titles. Keep "
                "teachers’ average pay no lower than that of local civil servants and improve "
                "performance pay. Carry out the rural teacher support plan, strengthen teacher "
                "training, send teams of good teachers to rural schools, and train at least 1,000 "
                "rural teachers from poor areas in the year.",
           notes=[
        "2 pilot counties chosen for county management of teachers; staffing of public "
        "kindergartens set.",
        "420 rural teachers from poor areas trained; 28 teaching visits to rural schools.",
        "860 rural teachers trained so far; 23,000 teachers registered in the online research "
        "community.",
        "1,150 rural teachers trained: the annual target exceeded.",
        "Confirmed that teachers’ average pay is no lower than that of local civil servants.",
      ], summary="1,150 rural teachers from poor areas were trained, 115% of the target; county "
                 "management of teachers was piloted in 2 counties, 1,260 posts were set for "
                 "public kindergartens, and teachers’ average pay is no lower than that of local "
                 "civil servants."),
      # 28 VI.3
      dict(title="Develop education talent and honour outstanding staff",
           body="Run the programmes for elite teachers, subject leaders and teaching backbones, "
                "exchanges across regions, and studios of master teachers, in a tiered system for "
                "developing talent. Recommend candidates for the region’s master and outstanding "
                "teachers, and celebrate the 41st Teachers’ Day.",
           notes=[
        "Elite teacher programme started; 120 participants selected.",
        "15 new master teacher studios; 8 candidates recommended as regional master teachers.",
        "41st Teachers’ Day celebrated; 300 outstanding teachers and 100 outstanding staff "
        "honoured.",
      ], summary="120 elite teachers, subject leaders and teaching backbones were selected and 15 "
                 "master teacher studios set up; 300 outstanding teachers were honoured on Teachers"
                 "’ Day."),
      # 29 VII.1
      dict(title="Secure the funding of education",
           body="Improve per-student funding. Apply the division of education responsibilities and "
                "spending between the city and the counties set by the region. Improve the "
                "structure and management of education spending.",
           notes=[
        "Per-student funding standards for 2025 calculated and sent to the city government.",
        "Division of responsibilities between city and counties applied; transfer funds released.",
        "Education budget 97.3% spent for the year.",
      ], summary="Public education spending grew 6.2% year on year, per-student funds were paid in "
                 "full, and 97.3% of the budget was spent."),
      # 30 VII.2
      dict(title="Integrate information technology with teaching",
           body="Continue building connected schools and the two platforms. Use the city’s "
                "education cloud to spread online learning spaces, share quality resources across "
                "the city and build one data service for education. Connect the education "
                "metropolitan network, raise school bandwidth, use campus cards and build model "
                "smart campuses. Improve teachers’ IT skills and the cyber security of education.",
           notes=[
        "Plan for connected schools and platforms issued; 520,000 users registered on the "
        "education cloud.",
        "Metropolitan network project approved; 20 model smart campuses started.",
        "Network funds not allocated: only 2 counties connected.",
        "14 model smart campuses accepted; average school bandwidth raised to 1,000 Mbit/s.",
      ], summary="The education cloud has 520,000 users, 14 model smart campuses were completed "
                 "and average school bandwidth rose to 1,000 Mbit/s.",
         reason="Funds for the metropolitan education network were not allocated, so only 2 "
                "counties are connected; acceptance of 6 model smart campuses moved to 2026."),
      # 31 VII.3
      dict(title="Strengthen publicity on education",
           body="Run themed publicity on building a strong education system. Use the Bureau’s "
                "website and its WeChat account to report on reform and on outstanding people, "
                "plan themed campaigns, and co-produce the education supplement of the city daily "
                "and the TV programme on schools.",
           notes=[
        "Publicity plan for the year issued, with themed campaigns on building a strong education "
        "system.",
        "860 articles on the website and WeChat account, read 12 million times.",
        "Co-produced 48 issues of the education supplement and 52 TV programmes.",
      ], summary="1,620 articles were published, 135 of them taken up by national and regional "
                 "media; 48 issues of the education supplement and 52 TV programmes were "
                 "co-produced."),
      # 32 VII.4
      dict(title="Keep the education system safe and stable",
           body="Manage campus safety: find and remove hazards, hold a safety and stability review "
                "every quarter, train safety staff and run emergency drills, and build smart "
                "security, vehicle barriers and emergency plans. Teach students about drowning, "
                "traffic, abuse, national security, cults, mental health and the law, and work "
                "with other departments on school buses and the area around schools.",
           notes=[
        "First-quarter review meeting held; hazard checks on campuses ordered.",
        "1,260 hazards removed; vehicle barriers installed at 420 schools.",
        "Second- and third-quarter reviews held; drowning prevention taught to every student.",
        "Emergency drill demonstrations held; 1,800 safety staff trained.",
        "Fourth-quarter review held; no school safety accident with liability in the year.",
      ], summary="1,260 campus hazards were removed and vehicle barriers installed at 420 schools, "
                 "with a safety review every quarter; there was no school safety accident with "
                 "liability in the year."),
      # 33 VII.5
      dict(title="Advance the performance evaluation of education",
           body="Study IT-based performance evaluation and build the basic framework of the city’s "
                "cloud platform for managing education performance. Set the 2025 performance "
                "indicators of the Bureau and of education, follow them up and inspect them, train "
                "staff, and show the strengths of the city’s education to raise public "
                "satisfaction.",
           notes=[
        "2025 performance indicators of the Bureau and of education drawn up.",
        "2 training courses on performance evaluation, 180 participants.",
        "Requirements of the cloud platform agreed; tender not started.",
      ], summary="86 performance indicators of education were set for the year and 180 staff "
                 "trained in performance evaluation.",
         reason="The cloud platform for performance management was not funded in this year’s "
                "budget; its framework moves to 2026."),
    ]


ZH_PUNCT = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）"})


def zh_text(text):
    """The seed uses ASCII punctuation between Chinese characters; print it full-width."""
    return re.sub(r"(?<=[^\x00-\x7f])[,;:()]|[,;:()](?=[^\x00-\x7f])",
                  lambda m: m.group(0).translate(ZH_PUNCT), text)


def task_nodes(plan):
    for section in plan["nodes"]:
        for task in section["children"]:
            yield task


def fill_task(node, index, text, names, departments_of):
    status, progress, key, start, due, completed, log = TASKS[index]
    notes = text.TASKS[index]["notes"]
    assert len(notes) == len(log), index
    node.update(status=status, progress=progress, key=key, start=start, due=due,
                completed=completed, summary=text.TASKS[index].get("summary", ""),
                reason=text.TASKS[index].get("reason", ""))
    departments = departments_of(node)
    node["progress_log"] = [
        {"date": date, "progress": value, "note": note, "department": departments[who]["name"]}
        for (date, value, who), note in zip(log, notes)]
    node["indicators"] = [
        {"name": names[name][0], "unit": names[name][1], "comparator": comparator,
         "baseline": baseline, "target": target, "actual": actual}
        for name, comparator, baseline, target, actual in INDICATORS.get(index, [])]


def strip(node):
    for member in ("id", "number"):
        node.pop(member, None)
    for child in node.get("children", []):
        strip(child)


def make_zh(seed, text):
    plan = json.loads(json.dumps(seed["plans"][0]))
    plan["title"] = plan["title"].replace("2019", "2025")
    plan["preamble"] = text.PREAMBLE
    for index, node in enumerate(task_nodes(plan)):
        for fix_index, old, new in text.BODY_FIXES:
            if fix_index == index:
                assert old in node["body"], (index, old)
                node["body"] = node["body"].replace(old, new)
        node["body"] = zh_text(node["body"])
        node["title"] = zh_text(node["title"])
        fill_task(node, index, text, text.INDICATORS, lambda n: n["departments"])
    return plan


def make_en(zh_plan, text):
    plan = json.loads(json.dumps(zh_plan))
    plan.update(title=text.TITLE, organization=text.ORGANIZATION, preamble=text.PREAMBLE,
                numbering="en")
    for section, (title, body) in zip(plan["nodes"], text.SECTIONS):
        section.update(title=title, body=body)
    for index, node in enumerate(task_nodes(plan)):
        node["title"], node["body"] = text.TASKS[index]["title"], text.TASKS[index]["body"]
        for department in node["departments"]:
            department["name"] = text.DEPARTMENTS[department["name"]]
        fill_task(node, index, text, text.INDICATORS, lambda n: n["departments"])
    return plan


def write(plan, path):
    strip_plan = dict(plan)
    strip_plan.pop("id", None)
    for node in strip_plan["nodes"]:
        strip(node)
    with open(path, "w", encoding="utf-8") as out:
        json.dump({"format": "workplan", "version": 1, "plans": [strip_plan]}, out,
                  ensure_ascii=False, indent=1)
        out.write("\n")


def main():
    seed = json.load(open(sys.argv[1], encoding="utf-8"))
    outdir = sys.argv[2]
    zh_plan = make_zh(seed, Zh)
    write(zh_plan, outdir + "/sample-zh_CN.json")
    write(make_en(zh_plan, En), outdir + "/sample-en.json")


if __name__ == "__main__":
    main()
