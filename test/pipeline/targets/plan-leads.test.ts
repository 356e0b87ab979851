// The units a plan as a whole makes its lead, from the parts that organise it.
import { describe, expect, it } from 'vitest';
import { extract } from '../support.ts';

const leads = (text: string) => extract(text).record.leads;

describe('plan leads', () => {
  it('the organising part names who leads the whole plan: 县委教育工委、县教育体育局牵头做好…统筹推进', () => {
    expect(
      leads(
        '镇康县教育行动计划\n一、重点任务\n（一）新建幼儿园3所。\n二、保障措施\n（一）加强组织领导。县委教育工委、县教育体育局牵头做好三年行动计划的统筹推进和督促指导工作。',
      ),
    ).toEqual(['县委教育工委', '县教育体育局']);
  });

  it('a body set up to run the plan, a body that works with others, and the seat of its office', () => {
    expect(leads('某市交通方案\n一、任务\n新建站点5个。\n二、保障措施\n成立交通领域精细化管理工作专班，加强统筹协调。')).toEqual([
      '交通领域精细化管理工作专班',
    ]);
    expect(leads('某区体检方案\n一、任务\n完成体检。\n四、组织保障\n区建设管理委会同区发展改革委、区经委等部门推进城市体检工作。')).toEqual(['区建设管理委']);
    expect(leads('国务院关于同意建立联席会议制度的批复\n联席会议办公室设在教育部，承担日常工作。')).toEqual(['教育部']);
  });

  it('an item that gives a unit a task is no plan lead', () => {
    expect(leads('某县方案\n一、重点任务\n（一）县教育体育局牵头新建幼儿园3所。')).toEqual([]);
  });
});
