// The units a plan as a whole makes its lead or coordinator, apart from what each item
// gives them: 县委教育工委、县教育体育局牵头做好三年行动计划的统筹推进和督促指导工作,
// 由市教育局牵头统筹, 办公室设在教育部. Read from the parts that organise the plan (its
// safeguards: 组织领导, 保障措施) and from a plan-wide 由…牵头 anywhere.
import type { SectionRole } from '../../schema/record.ts';
import type { AnalysedSentence } from './analyse-body.ts';
import { isActor } from './item-context.ts';

/** Words that make the names before them the plan's lead. */
const LEADING = /^\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:要|负责)?\s*(牵头|总牵头|负总责|统筹|统一领导|负责统筹|负责组织|负责协调|具体负责|组织实施|会同)/;
/** 成立交通领域精细化管理工作专班: a body set up to run the plan. */
const SET_UP = /成立(?:以[^，。；]{1,20}为组长的)?\s*((?:(?![，。；、])[\p{Script=Han}]){2,30}?(?:领导小组|工作专班|工作小组|工作组|指挥部|委员会|联席会议))/gu;
/** 办公室设在教育部: where a plan's coordinating office sits. */
const SEAT = /(办公室|工作专班)\s*设在\s*$/;
/** A lead for the whole plan, wherever it is said: …的统筹推进, 本方案的组织实施. */
const WHOLE_PLAN = /(本(方案|计划|意见|规划|行动)|三年行动|实施方案|行动计划|工作方案|统筹推进|组织实施|督促指导|总体协调)/;

export function planLeads(sentences: readonly AnalysedSentence[], roleOf: (section: string | null) => SectionRole): string[] {
  const leads: string[] = [];
  for (const a of sentences) {
    const organising = roleOf(a.section) === 'safeguards';
    const actors = a.mentions.filter(isActor);
    for (const [i, m] of actors.entries()) {
      // The lead word follows the last name of a list: 县委教育工委、县教育体育局牵头.
      let last = i;
      while (last + 1 < actors.length && /^\s*[、和及与]\s*$/.test(a.view.slice(actors[last].end, actors[last + 1].start))) last++;
      const after = a.view.slice(actors[last].end, actors[last].end + 16);
      const leading = LEADING.test(after) && (organising || WHOLE_PLAN.test(a.view.slice(actors[last].end)));
      if (leading) leads.push(m.name);
    }
    if (organising) for (const m of a.view.matchAll(SET_UP)) leads.push(a.sentence.text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length));
    // The office's seat is named as an object (设在教育部), yet it coordinates.
    for (const m of a.mentions) if (SEAT.test(a.view.slice(Math.max(0, m.start - 10), m.start))) leads.push(m.name);
  }
  return [...new Set(leads)];
}
