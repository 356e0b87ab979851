// The measured commitments of one sentence: a number with its unit and bound word
// (毛入学率达到95%以上, 新增约3万个学位, 每年至少补充20名) — and not the numbers that
// only look like them (dates, document numbers, 56人及以上大班额, “1+8”, 每百名).
import type { Comparator } from '../../schema/record.ts';
import { parseNumber } from '../numbers/parse-number.ts';
import { CHINESE_NUMERAL_CHARS } from '../numbers/chinese-numeral.ts';
import { clauseBounds } from '../text/sentences.ts';
import { insideBrackets } from '../text/brackets.ts';
import { numberingAt } from '../structure/numbering.ts';
import { isDuration } from '../dates/recurrence.ts';

export interface Quantity {
  /** Offsets of the number and its unit in the sentence. */
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: Comparator;
  change: 'increase' | 'decrease' | null;
  /** The clause the figure stands in. */
  clause: [number, number];
}

const UNITS = [
  '个百分点',
  '百分点',
  '微克/立方米',
  '毫克/升',
  '吨/日',
  '吨/天',
  '平方公里',
  '平方千米',
  '平方米',
  '㎡',
  '立方米',
  '厘米',
  '毫米',
  '公顷',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '公里',
  '千米',
  '米',
  '标准箱',
  'Mbps',
  'Gbps',
  'mbps',
  'gbps',
  '人次',
  '场次',
  '户次',
  '车次',
  '批次',
  '学时',
  '课时',
  '学分',
  '小时',
  '个学时',
  '个课时',
  '个学分',
  '个小时',
  '分钟',
  '个工作日',
  '工作日',
  '个月',
  '学期',
  '周岁',
  '万美元',
  '亿美元',
  '美元',
  '万元',
  '亿元',
  '元',
  '吨',
  '亩',
  '斤',
  '担',
  '人',
  '名',
  '位',
  '所',
  '个',
  '次',
  '项',
  '家',
  '座',
  '栋',
  '间',
  '张',
  '台',
  '套',
  '辆',
  '批',
  '类',
  '门',
  '场',
  '期',
  '届',
  '支',
  '条',
  '件',
  '篇',
  '本',
  '册',
  '种',
  '班',
  '天',
  '日',
  '周',
  '月',
  '年',
  '倍',
  '户',
  '床',
  '岁',
  '分',
  '处',
  '片',
  '块',
  '棵',
  '株',
  '头',
  '只',
  '根',
  '节',
  '份',
  '例',
  '口',
  '对',
  '组',
  '部',
  '艘',
  '架',
  '列',
];
const UNIT_RE = UNITS.slice()
  .sort((a, b) => b.length - a.length)
  .join('|');

const ARABIC = `[±]?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(万亿|万|亿)?\\s*(?:余|多)?\\s*(%|‰|/\\s*\\d*\\s*[十百千万]+|(?<=[万亿]\\s*)方|${UNIT_RE})`;
const PERCENT_WORD = `百分之([${CHINESE_NUMERAL_CHARS}点]+|\\d+(?:\\.\\d+)?)`;
const CHINESE = `([${CHINESE_NUMERAL_CHARS}]+)\\s*(${UNIT_RE})`;
const NUMBER_RE = new RegExp(`${ARABIC}|${PERCENT_WORD}|${CHINESE}`, 'g');

/** 资产过500亿元, 在保余额超10亿元: 过 and 超 alone, after what they measure. */
const STRICT_GE_BEFORE = /(不低于|不少于|不小于|至少|最少|(?<!不|不得)超过|突破|(?<!不)高于|(?<!不)多于|(?<=[\p{Script=Han}])(?<![经通度越跨不超])[过超])\s*$/u;
/** 最高3000万元: a subsidy's cap. */
const STRICT_LE_BEFORE = /(不超过|不得超过|不高于|不多于|(?<!不)低于|(?<!不)少于|最多|最高|只享受|只能|仅限|仅)\s*$/;
/** 不超过项目投资额30%的比例: the cap, then what it is a share of. */
const LE_OF_BEFORE = /(不超过|不得超过|不高于)[\p{Script=Han}]{1,8}$/u;
const LE_BEFORE = /(控制在|压减到|压减至|压缩至|压缩到|缩短至|缩短到|降低到|降至|下降到|减少到|以内)\s*[±]?\s*$/;
const ABOUT_BEFORE = /(约|大约|近|左右)\s*$/;
const GE_AFTER = /^\s*(以上|及以上|之上|多)/;
/** 以内, 以下; 60分钟可达, 1小时通达: reached within the time. */
const LE_AFTER = /^\s*(以内|以下|及以下|之内|内(?![容涵部外])|可达(?![标到成])|通达)/;
/** 60%—70%, 16～18课时, 3—12个月: a range; its lower bound is a floor, its upper a ceiling. */
const RANGE_DASH = /^\s*[-—–~～至到]{1,2}\s*\d/;
const RANGE_LOWER = /(\d+(?:\.\d+)?)\s*[-—–~～]{1,2}\s*$/;
const ABOUT_AFTER = /^\s*(左右|上下)/;
/** A bound written after a figure (6%左右, 95%以上). */
const TRAILING_BOUND = /^\s*(左右|上下|以上|以下|以内|及以上|及以下)/;
/** 至少每半年专题研究一次, 每年至少提请…听取1次: a bound word that governs its clause. */
const GE_IN_CLAUSE_ALL = /(至少|不少于|不低于)/g;

/** Words that make a figure a commitment when they stand before it in its clause. */
const CUE =
  /(达到|达|保持|控制|提高|提升|增加|增长|降低|下降|减少|新增|新建|改扩建|扩建|建设|建成|创建|打造|培养|培训|补充|招聘|招录|引进|选派|下派|派出|投资|投入|安排|确定|开展|召开|举办|办好|设立|配备|配齐|实现|完成|覆盖|扩大|资助|奖励|发放|拨付|提供|输送|招收|招生|研究|遍访|听取|帮扶|托管|服务|占|比例|不低于|不少于|至少|不超过|超过|突破|约|等|每|按|有|用|培育|认定|评选|遴选|建立|组建|改造|新改建|种植|造林|治理|整治|消除|接种|救治|筛查|免费|补助|补贴|给予|稳定在|改善|创成|申报|推广|(?<![党社会济体层团治织])组织(?!部|机构|体系|建设|生活|关系))/;
/** Verbs that take a Chinese numeral right after them: 新建一所, 办好一所, 有一个. */
const NUMERAL_CUE =
  /(有|办好|新建|建设|建成|增加|新增|培养|补充|配备|选派|开展|召开|研究|举办|安排|达到|达|至少|不少于|不低于|不超过|约|每[年月天日周]|用|设立|创建|建|培训|遴选|进行|组织|享受)\s*$/;
/** A count closing its clause: 创建党建工作示范校2所. */
const CLAUSE_END = /^\s*($|[，,。；;、）)])/;
/** 56人及以上大班额, 3天及以上无正当理由: a threshold that defines a term. */
const DEFINING = /^\s*(?:及以上|及以下)[\p{Script=Han}]/u;
/** 3000人以上大规模学校, 600分以上人数, 5岁以下儿童: a bound followed by the noun it qualifies. */
const THRESHOLD_NOUN = /^\s*(以上|以下|以内)(?![在并和且或为到的及与就从向对于要应须，,。；;、）)])[\p{Script=Han}]/u;
const DOUBLING = /翻\s*([一两二三四])\s*番/g;
/** 主要从…8个方面, 包括65个指标: figures that describe, even in a task list. */
const DESCRIBING = /(包括|包含|分为|涵盖|围绕|主要从|共有|共计|其中有|沿用)/;
/** 新增了34个指标, 目前已有120所: figures that report what is so. */
const REPORTING = /(了|现有|目前|已有|已经|已达)/;
/** 依托…9门学科送教帮扶机制: a clause about the means, whose figures describe what is used. */
const MEANS = /^\s*(依托|依靠|借助|利用|围绕|按照|根据|通过|结合|对照|参照|基于|按|沿用)/;
const COUNT_VERBS =
  '(?:掌握|学会|参加|开设|选派|培养|招聘|引进|补充|新增|建设|新建|建成|创建|打造|培育|改造|培训|输送|招收|安排|达到|达|下派|派出|资助|奖励|救治)';
const COUNT_VERB_BEFORE = new RegExp(`${COUNT_VERBS}\\s*$`);
const COUNT_VERB_ANYWHERE = new RegExp(COUNT_VERBS);
/** 到2025年, 在“十四五”期间: the time that opens a clause. */
const DATE_OPENING = /^\s*(?:到|至|在|于)?\s*(?:\d{4}\s*年(?:底|末)?|“?[十]?[一二三四五六七八九十]五”?期间)?\s*(?:前)?\s*/;
/** 建设300个以上A、150个以上B: a later item of a list a count verb opened. */
const COUNT_VERB_LISTING = new RegExp(`${COUNT_VERBS}[^，,。；;：:]*\\d[^，,。；;：:]*、\\s*$`);

interface Figure {
  value: number;
  unit: string;
  chinese: boolean;
}

const A_FEW = /^(?:一两|两三|二三|三四|三五|四五|五六|六七|七八|八九)$/;

/** A Chinese numeral whose magnitudes fall (三千五百, 两万三千), not a run of them (百千万). */
function isWellFormedNumeral(numeral: string): boolean {
  const order = '十百千';
  let last = Infinity;
  let bare = 0;
  for (const c of numeral) {
    const rank = order.indexOf(c);
    if (rank >= 0) {
      if (rank >= last) return false;
      last = rank;
    } else if (c === '万' || c === '亿') {
      last = Infinity;
    }
    if (/[十百千万亿]/.test(c)) bare++;
  }
  return bare < numeral.length || numeral.length === 1 || /^十/.test(numeral);
}

function readFigure(m: RegExpMatchArray): Figure | null {
  let value: number | null;
  let unit: string;
  let chinese = false;
  if (m[1] !== undefined) {
    value = parseNumber(m[1] + (m[2] ?? ''));
    unit = m[3].replace(/\s+/g, '');
  } else if (m[4] !== undefined) {
    value = parseNumber(m[4]);
    unit = '%';
  } else {
    // 百千万人才工程: a name made of magnitudes, not a number; 万元/ and 陆家嘴 hold no number either;
    // 零部件, 零星 are words. A magnitude alone counts after a verb of reaching: 达到千座以上.
    const before = (m.input ?? '').slice(0, m.index);
    // 一两项, 三五名: two numerals side by side say "a few", no number.
    if (!isWellFormedNumeral(m[5]) || /^[零〇壹贰叁肆伍陆柒捌玖拾佰仟]$/.test(m[5]) || A_FEW.test(m[5])) return null;
    if (/^[百千万亿]$/.test(m[5]) && !/(达到|达|超过|突破|增至|逾|近)\s*$/.test(before)) return null;
    value = parseNumber(m[5]);
    unit = m[6];
    chinese = true;
  }
  if (value === null) return null;
  // 6个学分 is 6 学分: a classifier before a measure.
  if (/^个(学时|课时|学分|小时)$/.test(unit)) unit = unit.slice(1);
  // 万/亿 belong to the value: 2.5亿元 → 250000000 元.
  if (unit === '万元') [value, unit] = [value * 1e4, '元'];
  if (unit === '亿元') [value, unit] = [value * 1e8, '元'];
  if (unit === '万美元') [value, unit] = [value * 1e4, '美元'];
  if (unit === '亿美元') [value, unit] = [value * 1e8, '美元'];
  return { value: Number(value.toPrecision(12)), unit, chinese };
}

function comparatorOf(before: string, after: string, clauseBefore: string): Comparator {
  if (ABOUT_BEFORE.test(before) || ABOUT_AFTER.test(after)) return '~';
  if (STRICT_GE_BEFORE.test(before)) return '>=';
  if (LE_AFTER.test(after) || STRICT_LE_BEFORE.test(before)) return '<=';
  if (GE_AFTER.test(after)) return '>=';
  if (LE_BEFORE.test(before) || LE_OF_BEFORE.test(before)) return '<=';
  // The last bound word of the clause reaches the figure unless another figure came
  // between, outside a list of the same kind (至少建成1个…和1个…).
  const bounds = [...clauseBefore.matchAll(GE_IN_CLAUSE_ALL)];
  const last = bounds[bounds.length - 1];
  if (last && !/\d/.test(clauseBefore.slice(last.index).replace(/\d+\s*\S{1,2}[^，,\d]*?[和及与]/g, ''))) return '>=';
  return '=';
}

const BOUND = '[约近]?\\s*(?:不低于|不少于|不超过|至少|超过)?\\s*[约近]?';
const FALL = new RegExp(`(下降|降低|减少|削减|压减|缩减)\\s*${BOUND}\\s*$`);
const RISE = new RegExp(`(增长|提高|提升|增加|上升)\\s*${BOUND}\\s*$`);
/** 压减一般性支出30%: the verb, then what it cuts, then the rate. */
const FALL_OF = /(下降|降低|减少|削减|压减|缩减)[\p{Script=Han}]{1,8}\s*$/u;
const RISE_OF = /(增长|提高|提升|增加|上升)[\p{Script=Han}]{1,8}\s*$/u;
/** 累计净增森林面积24万亩, 人均公园绿地面积增加1平方米: a change of a stock, whatever its measure. */
const NET = /净(增|减)[\p{Script=Han}]{0,8}\s*$/u;
const STOCK_CHANGE = /(面积|寿命|年限|总量|里程|密度)\s*(增加|提高|增长|减少|下降|降低)\s*[约近]?\s*$/;

/** 居民消费价格涨幅控制在3%左右: the figure is itself a rise (or a fall). */
const RATE_OF_CHANGE = /(涨幅|增幅|增速|增长率|降幅)\s*(?:控制在|保持在|为|达到)?\s*[约近]?\s*$/;

function changeOf(before: string, unit: string, hasBase: boolean): 'increase' | 'decrease' | null {
  const rateOfChange = RATE_OF_CHANGE.exec(before);
  if (rateOfChange) return rateOfChange[1] === '降幅' ? 'decrease' : 'increase';
  if (/(提高到|提升到|增加到|增长到|下降到|降低到|减少到|降至|达到|控制在)\s*[约近]?\s*$/.test(before)) return null;
  const net = NET.exec(before) ?? STOCK_CHANGE.exec(before);
  if (net) return /增|提高/.test(net[0]) ? 'increase' : 'decrease';
  // A relative change needs a rate, or a base it is measured from (比2023年提高1岁).
  const rate = ['%', '个百分点', '百分点', '‰'].includes(unit);
  if (!rate && !hasBase) return null;
  if (FALL.test(before)) return 'decrease';
  if (RISE.test(before)) return 'increase';
  if (rate && FALL_OF.test(before)) return 'decrease';
  if (rate && RISE_OF.test(before)) return 'increase';
  return null;
}

/** Figures that are dates, codes, names, ordinals, denominators or definitions. */
function isNotAFigure(fig: Figure, digits: string | undefined, before: string, after: string, text: string, end: number): boolean {
  const { unit } = fig;
  if (unit === '年' && /^\d{4}$/.test(digits ?? '')) return true;
  if ((unit === '月' || unit === '日') && /\d{4}\s*年\s*(\d{1,2}\s*月\s*)?$/.test(before)) return true;
  if (unit === '月' && /每年度?\s*$/.test(before)) return true;
  if (/(第|〕|\]|】)\s*$/.test(before) || /^(周年|号文|届)/.test(text.slice(end - 1))) return true;
  // 对三次投放不规范的居民上门约谈: a number of times that picks out whom the measure is for
  // (对50所校舍不达标的学校进行改造 counts what is worked on).
  if (/^(次|回|遍)$/.test(unit) && /对\s*$/.test(before) && /^[^，,。；;\d]{1,10}?(不|未|没有|无)[^，,。；;\d]{0,6}的/.test(after)) return true;
  // 按500户配1名: the base of a ratio, per so many, when a figure follows its verb (按50%配套 is a rate).
  if (unit !== '%' && /按\s*$/.test(before) && /^[^，,。；;\d]{0,3}(配|设|建)[^，,。；;]{0,4}[\d一两二三四五六七八九十]/.test(after)) return true;
  // 每百名学生: the denominator of a rate (每五年一周期 is a cycle, kept).
  if (/每\s*$/.test(before) && !isDuration(unit)) return true;
  // “1+2+3”理念, 1+X证书: a figure of a formula or a name (3节技能教学课＋2节活动课 is a sum of courses).
  if (/(?<!\p{Script=Han})[+＋]\s*$/u.test(before) || /^\s*[+＋]/.test(after)) return true;
  // “1+2+3”理念，即1名“黄马夹”与2名居委干部配合…: the figures that spell out a formula define its name.
  // (即 right after the formula's name, not 立即 or 即将; a figure built or set up is a count all the same)
  const formula = /[“"]([^”"]*\d\s*[+＋][^”"]*)[”"]\s*[\p{Script=Han}]{0,4}[，,]?\s*即(?![将时刻使便申])[^。；;]*$/u.exec(before);
  if (formula && digits !== undefined && !COUNT_VERB_BEFORE.test(before) && !/扩建\s*$/.test(before) && formula[1].split(/[^\d.]+/).includes(digits))
    return true;
  if (DEFINING.test(after)) return true;
  const counted = COUNT_VERB_BEFORE.test(before) || COUNT_VERB_LISTING.test(before);
  // 确保170个以上项目竣工: 个 counts the noun after its bound (10个以上班级的学校 qualifies a noun).
  const countedAfter = unit === '个' && /^\s*以上[\p{Script=Han}]{1,6}?(竣工|开工|建成|投产|落地|达效|签约|完工)/u.test(after);
  if (unit !== '%' && THRESHOLD_NOUN.test(after) && (!counted || /^周?岁$/.test(unit)) && !countedAfter) return true;
  // 一批, 一支队伍, 一系列: an unspecified number (不少于1套 is a count).
  if (fig.value === 1 && /^(批|支|套|系列)$/.test(unit) && !/(不少于|至少|不低于)\s*$/.test(before)) return true;
  // 充分发挥2所示范校的引领作用, 沿用65个基础性指标: resources that exist, put to use.
  if (/发挥[^，,。；;]*$/.test(before) && /^[^，,。；;]*作用/.test(after)) return true;
  if (/(沿用|延用)[^，,。；;]*$/.test(before)) return true;
  // 占全球种群数量1%以上的水鸟物种数: a threshold that defines what is counted.
  if (/^\s*(以上|以下)的[^，,。；;]{0,12}数(?![据字])/.test(after)) return true;
  // 成熟一块、使用一块: a pace, said twice, not a count.
  if (
    fig.value === 1 &&
    fig.chinese &&
    (new RegExp(`^[、，,]\\s*[\\p{Script=Han}]{1,3}一${unit}`, 'u').test(after) || new RegExp(`一${unit}[、，,]\\s*[\\p{Script=Han}]{1,3}$`, 'u').test(before))
  )
    return true;
  // 3-5年一遇雨水排水能力: a return period that qualifies a standard.
  if (unit === '年' && /^\s*一遇/.test(after)) return true;
  // PM2.5等六项大气污染物…, 到2025年五类专业化泊位…: a count that names the subject, no verb before it.
  const opening = before.slice(Math.max(before.search(/[^，,。；;：:]*$/), 0));
  if (
    /^(类|项|种)$/.test(unit) &&
    !COUNT_VERB_LISTING.test(opening) &&
    (/等\s*$/.test(before) || !/[\p{Script=Han}]{2}/u.test(opening.replace(DATE_OPENING, '')))
  )
    return true;
  // 北京建工、庆龙公司、宝武集团三个建筑垃圾处置中心: the count of the names just listed, no verb before them.
  if (fig.chinese && /、[\p{Script=Han}]{1,10}(公司|集团|中心|局|院|厂|站|社|馆)$/u.test(before) && !COUNT_VERB_ANYWHERE.test(opening)) return true;
  // 做好以下八项工作: the count of the parts that follow.
  if (/以下\s*$/.test(before)) return true;
  // 投资上1000万元的30个工业项目, 5000万元以上的10个项目: a bound on the size of the things counted after it.
  const countFollows = /^\s*(?:以上|以下)?的\s*(?:\d+|[一二三四五六七八九十两百千]+)\s*(?:个|项|所|家|户|座|条|名|处|批|件)/.test(after);
  if (countFollows && (/[^以]上\s*$/.test(before) || /^\s*(?:以上|以下)/.test(after))) return true;
  // 四分类垃圾桶: the number of kinds sorted, not points.
  if (unit === '分' && /^类/.test(after)) return true;
  // 8个方面, 3个维度: the scope of a work, not a measure of it.
  if (unit === '个' && /^\s*(方面|领域|维度|层面)/.test(after)) return true;
  // 入围企业只有1家的，采取…: a condition, not a commitment.
  if (/^[^，,。；;]*的\s*[，,]/.test(after) && !/(达到|确保|力争|实现)/.test(before.slice(-12))) return true;
  // 16—24岁失业青年, 3岁以下婴幼儿: an age that names a group.
  if (/^周?岁$/.test(unit) && /^\s*[\p{Script=Han}]/u.test(after) && !/^\s*(以上|以下|左右|及以上|及以下)?\s*[，,。；;]/u.test(after)) return true;
  // 8部门联合发布: 部门 is a word, not 部 as a measure.
  if (unit === '部' && /^门/.test(after)) return true;
  // 三期工程, 二期项目, 达诺尔二期、和远电子: a phase of a project, named by its number.
  if (
    unit === '期' &&
    (/^\s*(工程|项目|建设|改造|改建|扩建)/.test(after) ||
      (fig.chinese && !counted && /[\p{Script=Han}]$/u.test(before) && !/(班|培训|课程|讲座)$/.test(before) && /^\s*[、等]/.test(after)))
  )
    return true;
  // 十二届五次全会: a meeting named by its number (第十二次党代会 is read by 第 above).
  if (unit === '次' && /届\s*$/.test(before) && /^\s*(全会|全体会议|代表大会)/.test(after)) return true;
  // 2000吨级航道, 10万吨级泊位: a class of thing named by its size.
  if (/^\s*级/.test(after) && unit !== '') return true;
  // 营收过10亿元企业, 经营性收入过10万元的行政村占70%: a bound on the things counted, not a figure of its own.
  if (unit !== '%' && /(?:^|[^超不])过\s*$|(?<!不)超过\s*$/.test(before) && /^\s*的?\s*(?![以左多]|[，,。；;])[\p{Script=Han}]/u.test(after)) return true;
  // 将使今年财政收入同比减收3亿元以上: an expected effect of something, not a commitment.
  if (/(将使(?!用)|会使(?!用)|致使|导致|(?<![打改塑])造成)[^，,。；;]*$/.test(before)) return true;
  // 站点周边50米内配套: a distance that draws a zone.
  if (/^(米|公里|千米)$/.test(unit) && /^\s*(内|范围内|半径)/.test(after)) return true;
  return false;
}

/** An aside that sets a bound of its own: （各单位全年不少于一场）, （原则上按500户配1名）. */
export const BINDING_ASIDE =
  /\((?=[^()]*(?:不少于|至少|不低于|不超过|原则上))(?![^()]*(?:收入|年薪|营业|从业人员|人均|资产|产值|规模))[^()《“]*\)(?=\s*(?:[，,。；;]|$))/g;

export interface QuantityOptions {
  /**
   * Whether a figure needs a word of commitment before it (达到, 新增, 建成 …). Inside a
   * plan's goals and tasks every measured figure is one unless it is shown not to be
   * (a date, a name, a threshold); in running text of unknown role it needs its verb.
   */
  cue: boolean;
}

/** All commitment figures of one (folded) sentence. */
export function findQuantities(text: string, options: QuantityOptions = { cue: true }): Quantity[] {
  // Figures inside 《…》, “…” and (…) asides are names or explanations; an aside that sets a
  // bound or a ratio of its own (各单位全年不少于一场, 原则上按500户配1名) is a commitment.
  const shield = insideBrackets(text, '《“「(');
  for (const m of text.matchAll(BINDING_ASIDE)) shield.fill(false, m.index, m.index + m[0].length);
  // The number of a heading (2.3.2 人民群众…) is no figure.
  const marker = numberingAt(text);
  if (marker) shield.fill(true, 0, marker.marker.length);
  const found: Quantity[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (shield[start]) continue;
    const fig = readFigure(m);
    if (!fig) continue;
    const before = text.slice(0, start);
    const after = text.slice(end);
    const clause = clauseBounds(text, start);
    const clauseBefore = text.slice(clause[0], start);
    if (isNotAFigure(fig, m[1], before, after, text, end)) continue;

    // 5000余名, 80多辆: more than the figure.
    const more = /[余多]/.test(m[0]);
    // The lower end of a range printed without its unit (16～18课时) stands before this figure.
    const lower = m[1] !== undefined ? RANGE_LOWER.exec(before) : null;
    const previous = found[found.length - 1];
    // 分别减少8%、9%, 分别增长6%左右、8.5%左右: a figure listed after another shares its bound and direction.
    const listed =
      previous && previous.end <= start && /^\s*(?:左右|上下|以上|以下|以内)?\s*[、和及]\s*$/.test(text.slice(previous.end, start)) ? previous : null;
    const own =
      more || RANGE_DASH.test(after)
        ? '>='
        : lower || /\d\s*[%‰a-z\p{Script=Han}]*\s*[-—–~～]{1,2}\s*$/u.test(before)
          ? '<='
          : comparatorOf(before, after, clauseBefore);
    const comparator = listed && listed.comparator !== '=' && own === '=' ? listed.comparator : own;
    // Durations are commitments only when bounded (不少于1年) or a cycle (3年核定一次,
    // 每五年一周期, 每天一小时); a cycle needs no verb to be one.
    const cycle =
      isDuration(fig.unit) && (/^[^，,。；;]{0,8}(一|1)\s*(次|周期|轮)/.test(after) || /每(天|日|周|月)?\s*$/.test(before) || /周期(为|是)?\s*$/.test(before));
    // 平均受教育年限达到13年, 平均受教育年限9.1年 (a list of indicators): a duration that is itself the measure reached.
    const spanReached =
      /(年限|时长|期限)\s*(达到|达|提高到|提升到|延长到|延长至)\s*$/.test(before) || /\d[^。；;]*[，,；;][^，,；;。\d]*(年限|时长)\s*$/.test(before);
    if (isDuration(fig.unit) && comparator === '=' && !cycle && !spanReached) continue;
    // The count of a cycle is part of it: 15天完成1次 is a 15-day cycle, 1次 is no target of its own.
    if (fig.value === 1 && fig.unit === '次' && previous && isDuration(previous.unit) && !/[，,；;。]/.test(text.slice(previous.end, start))) continue;
    if (!cycle && !listed && !isCommitment(fig, m[5], before, after, clauseBefore, text, clause, options.cue)) continue;

    const hasBase = /(比|较)\s*(\d{4}\s*年|上年)/.test(clauseBefore);
    const change = listed && !changeOf(before, fig.unit, hasBase) ? listed.change : changeOf(before, fig.unit, hasBase);
    if (lower && !found.some((q) => q.end > start - lower[0].length)) {
      const lowStart = start - lower[0].length + (lower[0].length - lower[0].trimStart().length);
      const value = Number(lower[1]) * (m[2] ? (m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1e12) : 1);
      found.push({ start: lowStart, end: start, value: Number(value.toPrecision(12)), unit: fig.unit, comparator: '>=', change, clause });
    }
    found.push({ start, end, value: fig.value, unit: fig.unit, comparator, change, clause });
  }
  // 比重45%和32%左右: a bound written after the last of a list holds for the figures before it.
  for (let i = found.length - 2; i >= 0; i--) {
    const [q, next] = [found[i], found[i + 1]];
    if (q.comparator === '=' && next.comparator !== '=' && /^\s*[、和及]\s*$/.test(text.slice(q.end, next.start)) && TRAILING_BOUND.test(text.slice(next.end)))
      q.comparator = next.comparator;
  }
  // 翻一番, 翻两番: doubling, as many times as it says (value 1 / 2, measure 番).
  for (const m of text.matchAll(DOUBLING)) {
    if (shield[m.index]) continue;
    const value = parseNumber(m[1]);
    if (value === null) continue;
    found.push({ start: m.index, end: m.index + m[0].length, value, unit: '番', comparator: '=', change: 'increase', clause: clauseBounds(text, m.index) });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isCommitment(
  fig: Figure,
  numeral: string | undefined,
  before: string,
  after: string,
  clauseBefore: string,
  text: string,
  clause: [number, number],
  cue: boolean,
): boolean {
  // Chinese numerals are words as often as numbers (一体化, 一把手, 一个教联体): a lone
  // 一 or 两 counts only right after its verb; larger numerals (五万人, 十五个) like digits.
  if (fig.chinese && numeral && /^[一二两]$/.test(numeral)) {
    if (!NUMERAL_CUE.test(before)) return false;
    return fig.unit !== '次' || /(至少|不少于|不低于|每)/.test(text.slice(clause[0], clause[1]));
  }
  if (REPORTING.test(clauseBefore)) return false;
  return (
    (!cue && !MEANS.test(text.slice(clause[0], clause[1])) && !DESCRIBING.test(clauseBefore)) ||
    CUE.test(clauseBefore) ||
    CLAUSE_END.test(after) ||
    GE_AFTER.test(after) ||
    LE_AFTER.test(after) ||
    ABOUT_AFTER.test(after) ||
    /^\s*的(比例|标准)/.test(after) ||
    /的\s*$/.test(before)
  );
}
