import { describe, expect, it } from 'vitest';
import { findMentions, isBuiltName, maskPlaces } from '../../../src/pipeline/units/find-mentions.ts';
import { fold } from '../../../src/pipeline/text/fold.ts';
import { real, realCorpus } from '../support.ts';

/** [name, role] of each mention, as found in the folded text. */
const mentions = (text: string, places: string[] = []) => findMentions(fold(text), places).map((m) => [m.name, m.role]);
const actors = (text: string, places: string[] = [], known: string[] = []) =>
  findMentions(fold(text), places, known)
    .filter((m) => m.role === 'actor')
    .map((m) => m.name);

describe('findMentions on the sample plans', () => {
  it('「县委教育工委、县教育体育局牵头」 → both units', () => {
    expect(actors(real('zhenkang-education-2023-2025', '县委教育工委、县教育体育局牵头做好三年行动计划的统筹推进和督促指导工作。'))).toEqual([
      '县委教育工委',
      '县教育体育局',
    ]);
  });

  it('a shared suffix is distributed: 会同人社、编制部门 → 人社部门, 编制部门', () => {
    const text = real('chuanhui-compulsory-balance-2019', '教育部门要会同人社、编制部门,加大对本行政区域内教师资源的调配力度');
    const found = findMentions(fold(text));
    expect(found.map((m) => [m.name, m.written])).toEqual([
      ['教育部门', '教育部门'],
      ['人社部门', '人社'],
      ['编制部门', '编制部门'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.written);
  });

  it('levels of government: 各县(市、区), 乡(镇)党委政府', () => {
    expect(actors(real('dezhou-county-high-school-2023', '各县(市、区)要坚持和加强党对县域内普通高中的全面领导'))).toEqual(['各县(市、区)']);
    expect(actors(real('zhenkang-education-2023-2025', '压实乡(镇)党委政府的属地责任'))).toEqual(['乡(镇)党委政府']);
  });

  it('a place name is part of the unit when the document names the place: 镇康县教育体育局', () => {
    expect(actors('镇康县教育体育局要加强指导', ['镇康县', '镇康'])).toEqual(['镇康县教育体育局']);
  });

  it('a bureau whose stem opens with a level character is found whole: 城乡规划局, not 乡规划局', () => {
    const line = realCorpus('22-city-quanzhou-school-arts-implementation-plan-2017.txt', '配合部门：市财政局、住建局、城乡规划局');
    expect(findMentions(fold(line)).map((m) => m.name)).toEqual(['市财政局', '住建局', '城乡规划局']);
  });

  it('agencies and offices: 市教科院, 市政府教育督导委员会办公室, 州政府教育督导室', () => {
    expect(actors(real('dezhou-county-high-school-2023', '市教科院要加大教研支持力度'))).toEqual(['市教科院']);
    expect(actors(real('dezhou-county-high-school-2023', '市政府教育督导委员会办公室将县中发展提升情况纳入'))).toEqual(['市政府教育督导委员会办公室']);
    expect(actors(real('enshi-county-alliance-2022-2025', '州政府教育督导室负责定期组织专项督导评估'))).toEqual(['州政府教育督导室']);
  });

  it('a body the text reports to is a recipient, not an actor: 报州教育局, 向县委报告', () => {
    expect(mentions(real('enshi-county-alliance-2022-2025', '各县市分别研究确定3个教联体申报试点报州教育局'))).toContainEqual(['州教育局', 'recipient']);
    expect(mentions(real('zhenkang-education-2023-2025', '乡(镇)党委书记抓教育成效每年向县委报告'))).toEqual([['县委', 'recipient']]);
  });

  it('people and roles are not units: 县(区)主要领导, 乡(镇)党委书记, 校长、教师', () => {
    expect(mentions(real('basic-education-action-plan', '县(区)主要领导是第一责任人'))).toEqual([]);
    expect(mentions(real('basic-education-action-plan', '校长、教师和教研员被评选或认定为相关人才后'))).toEqual([]);
  });

  it('schools are partners, units only when given work: 各中小学校要…', () => {
    expect(mentions(real('chuanhui-compulsory-balance-2019', '各中小学校要按年度公用经费预算总额的5%安排教师培训经费'))).toEqual([['各中小学校', 'partner']]);
    expect(mentions(real('enshi-county-alliance-2022-2025', '以1所核心学校牵头'))).toEqual([]);
  });

  it('bodies that issued a cited document are not actors', () => {
    expect(
      mentions(
        real(
          'chuanhui-compulsory-balance-2019',
          '积极落实教育部、全国妇联、中央综治办、共青团中央和中国关工委联合下发的《关于加强义务教育阶段农村留守儿童关爱和教育工作的意见》',
        ),
      ),
    ).toEqual([]);
  });

  it('a body named inside a cited title is not an actor', () => {
    expect(mentions(real('zhenkang-education-2023-2025', '严格落实《云南省义务教育控辍保学工作管理规定(试行)》'))).toEqual([]);
    expect(mentions('根据《河南省人民政府办公厅关于开展评估认定工作的通知》精神')).toEqual([]);
  });

  it('a name used as a modifier is not an actor: 省政府救助平台', () => {
    expect(mentions(real('zhenkang-education-2023-2025', '充分运用省政府救助平台和义教动态管理系统'))).toEqual([]);
  });

  it('a level acts when followed by its verb: 市级建立…; a collective: 各教联体制定…', () => {
    expect(actors(real('dezhou-county-high-school-2023', '市级建立县中校长后备人才库'))).toEqual(['市级']);
    expect(actors(real('enshi-county-alliance-2022-2025', '各教联体制定共同发展愿景'))).toEqual(['各教联体']);
  });
});

describe('findMentions on other sectors and scripts', () => {
  it('health: （市卫生健康委牵头，市民政局、市医保局配合）', () => {
    expect(actors('（市卫生健康委牵头，市民政局、市医保局配合）')).toEqual(['市卫生健康委', '市民政局', '市医保局']);
  });

  it('environment: 省生态环境厅、省发展改革委', () => {
    expect(actors('省生态环境厅会同省发展改革委负责')).toEqual(['省生态环境厅', '省发展改革委']);
  });

  it('traditional characters, full-width brackets: 各縣（市、區）教育局', () => {
    const text = '各縣（市、區）教育局要加強統籌';
    const found = findMentions(fold(text));
    expect(found.map((m) => m.name)).toEqual(['各县(市、区)教育局']);
    expect(text.slice(found[0].start, found[0].end)).toBe('各縣（市、區）教育局');
  });

  it('survives hostile input', () => {
    expect(mentions('')).toEqual([]);
    expect(mentions('。，；！？、“”《》')).toEqual([]);
    expect(mentions('无'.repeat(10_000))).toEqual([]);
    // An unclosed 《 masks nothing: what follows is read as text.
    expect(mentions('《县教育局要加强')).toEqual([['县教育局', 'actor']]);
    expect(actors('{}<>import 县教育局要加强')).toEqual(['县教育局']);
  });
});

describe('findMentions on real texts of other kinds', () => {
  it('the members of a joint conference share its work: 联席会议由教育部、发展改革委…组成', () => {
    const text = realCorpus(
      '06-national-vocational-education-joint-conference-approval-2018.html',
      '联席会议由教育部、发展改革委、工业和信息化部、财政部、人力资源社会保障部、农业农村部、国资委、税务总局、扶贫办9个部门和单位组成',
    );
    expect(actors(text, [], ['税务总局', '扶贫办'])).toEqual([
      '教育部',
      '发展改革委',
      '工业和信息化部',
      '财政部',
      '人力资源社会保障部',
      '农业农村部',
      '国资委',
      '税务总局',
      '扶贫办',
    ]);
  });

  it('a post held in a body is a person, not the body: 贺懋燮 省住房城乡建设厅厅长 (an annex of members)', () => {
    expect(actors(realCorpus('11-provincial-anhui-industrial-internet-action-plan-2021.txt', '贺懋燮 省住房城乡建设厅厅长'))).toEqual([]);
    expect(actors('省住房城乡建设厅副厅长，省财政厅负责')).toEqual(['省财政厅']);
  });

  it('a district named as the subject given work: 浦东新区要…', () => {
    expect(actors(realCorpus('20-provincial-shanghai-14th-fyp-outline-2021.txt', '浦东新区要按照社会主义现代化建设引领区要求，'))).toEqual(['浦东新区']);
  });

  it('levels listed as the subject: 市、区、街镇加快…', () => {
    expect(actors(realCorpus('20-provincial-shanghai-14th-fyp-outline-2021.txt', '五级应用”架构，市、区、街镇加快构建并完善城运中心和信息').slice(6))).toEqual([
      '市',
      '区',
      '街镇',
    ]);
  });

  it('the departments of a list of levels are given work together: 市、县（市、区）教育行政部门每年要…', () => {
    const text = realCorpus(
      '17-city-nantong-school-arts-and-sports-opinions-2018.txt',
      '学校每年编制美育工作自评报告。市、县（市、区）教育行政部门每年要全面总结',
    );
    expect(actors(text)).toContain('县(市、区)教育行政部门');
  });

  it("a zone's administration, shared by the zones listed before it: 泉州开发区、泉州台商投资区管委会要…", () => {
    const text = realCorpus(
      '22-city-quanzhou-school-arts-implementation-plan-2017.txt',
      '各县（市、区）人民政府，泉州开发区、泉州台商投资区管委会要落实属地责任',
    );
    expect(actors(text, ['泉州市', '泉州'])).toEqual(['各县(市、区)人民政府', '泉州开发区管委会', '泉州台商投资区管委会']);
    // a verb or preposition before a zone is no part of its name
    expect(actors('由高新区管委会负责')).toEqual(['高新区管委会']);
    expect(actors('加快推进泉州开发区管委会体制改革，支持高新区管委会开展试点')).toEqual([]);
  });

  it('governments directed to act: 鼓励各区市政府…; 区市 is a level (districts and county-level cities)', () => {
    expect(actors(realCorpus('19-city-qingdao-ai-education-opinions-2020.txt', '鼓励各区市政府先行先试、大胆探索'))).toEqual(['各区市政府']);
    expect(actors('各区市要加强统筹')).toEqual(['各区市']);
    expect(actors('区市场监管局、区市民中心要加强')).toEqual(['区市场监管局', '区市民中心']);
  });

  it('collectives written together both act: 各地各有关部门要…, but not 省委省政府 in a report of what was done', () => {
    expect(actors(realCorpus('03-national-employment-promotion-opinions-2018.html', '各地各有关部门要积极开展政策宣传'))).toEqual(['各地', '各有关部门']);
    expect(actors('省委省政府重磅出台“虾十条”')).toEqual(['省委']);
  });

  it('each of the levels listed without brackets: 各县、市、区人民政府', () => {
    expect(actors('各县、市、区人民政府要加强统筹')).toEqual(['各县、市、区人民政府']);
  });

  it('offices in a bracket after their department are units of their own: 区委宣传部（区文明办、区政府新闻办、区委网信办）', () => {
    const text = realCorpus(
      '13-county-baoshan-household-waste-sorting-implementation-plan-2019.md',
      '区委宣传部（区文明办、区政府新闻办、区委网信办）、区民政局',
    );
    expect(actors(text)).toEqual(['区委宣传部', '区文明办', '区政府新闻办', '区委网信办', '区民政局']);
  });

  it('how a school is run is no office: 公办幼儿园; 政府办学 is no 政府办', () => {
    expect(mentions('，全市公办幼儿园全部达到规范化幼儿园标准')).toEqual([]);
    expect(mentions(real('dezhou-county-high-school-2023', '强化县级政府办学主体与管理责任')).map(([name]) => name)).not.toContain('县级政府办');
  });

  it('the Youth League’s committee, and departments of any sector in a shared-suffix list', () => {
    expect(actors(realCorpus('22-city-quanzhou-school-arts-implementation-plan-2017.txt', '配合部门：市人社局、文广新局，团市委'))).toEqual([
      '市人社局',
      '文广新局',
      '团市委',
    ]);
    expect(actors(realCorpus('18-county-changping-school-arts-education-opinions-2018.txt', '宣传、文化等部门要统筹整合各类美育资源'))).toEqual([
      '宣传部门',
      '文化部门',
    ]);
  });

  it('levels written with their alternative in brackets: 街道（乡镇）、居（村）委, 各县（市）、区', () => {
    expect(
      actors(realCorpus('21-provincial-shanghai-natural-disaster-prevention-opinions-2020.txt', '街道（乡镇）、居（村）委和自然灾害防御重点单位建立完')),
    ).toEqual(['街道(乡镇)', '居(村)委']);
    expect(actors(realCorpus('17-city-nantong-school-arts-and-sports-opinions-2018.txt', '各县（市）、区要同步举办艺术节'))).toEqual(['各县(市)、区']);
    expect(actors('各级党委和政府要高度重视')).toEqual(['各级党委和政府']);
  });

  it('a verb or preposition before a collective is no part of its name: 在贫困地区建立…, 组织成员单位开展…', () => {
    expect(mentions(realCorpus('02-national-consumption-poverty-alleviation-opinions-2018.html', '，在贫困地区建立生产基地').slice(1))).toEqual([]);
    expect(mentions('，组织成员单位开展联合督导调研')).toEqual([]);
    expect(mentions('，推进全市应急避难场所设施标准化建设改造')).toEqual([]);
    expect(actors('，试点地区要加强组织领导')).toEqual(['试点地区']);
  });

  it('a clause that ends in a name is no name: 区级体检指标传导沿用住房城乡建设部65个基础性指标', () => {
    const text = realCorpus('14-county-chongming-city-health-check-work-plan-2021.md', '区级体检指标传导沿用住房城乡建设部65个基础性指标');
    expect(actors(text)).toEqual([]);
  });

  it('a name that takes a verb as its object is no actor: 对区教育局进行考核', () => {
    expect(mentions('对区教育局进行考核')).toEqual([['区教育局', 'object']]);
  });
  it('a body named as the one answerable for the work is given it: 区政府是…的责任主体; one described otherwise is not', () => {
    const text = realCorpus('14-county-chongming-city-health-check-work-plan-2021.md', '区政府是推进本区城市体检工作的责任主体');
    expect(actors(text)).toEqual(['区政府']);
    expect(actors('县教育局是全县教育系统的主管部门')).toEqual([]);
    expect(actors('区政府是城市体检的组织者')).toEqual([]);
  });

  it('divisions in brackets after a body are the units given the work: 市交通委（科信处、宣传处）', () => {
    const plan = '12-provincial-shanghai-transport-refined-management-plan-2024.md';
    expect(actors(realCorpus(plan, '市交通委（科信处、宣传处）、市港航中心'))).toEqual(['科信处', '宣传处', '市港航中心']);
    expect(actors(realCorpus(plan, '市交通委（运行处）、道运中心'))).toEqual(['运行处']);
    const found = findMentions(fold('由市交通委（科信处、宣传处）负责'));
    expect(found.map((m) => fold('由市交通委（科信处、宣传处）负责').slice(m.start, m.end))).toEqual(['科信处', '宣传处']);
  });

  it('a bracket that is no list of divisions leaves the body as it is: （区公务员局）, （相关处室）, （本科）, （2024年）', () => {
    expect(actors('市教育局（本科）负责')).toEqual(['市教育局']);
    expect(actors('市教育局（基教科）负责')).toEqual(['基教科']);
    expect(actors('区委组织部（区公务员局）牵头')).toContain('区委组织部');
    expect(actors('市交通委（相关处室）负责')).toEqual(['市交通委']);
    expect(actors('市交通委（2024年）负责')).toEqual(['市交通委']);
    expect(actors('市交通委（）负责')).toEqual(['市交通委']);
  });
});

describe('findMentions: names that run on past a body word', () => {
  it('党政机关 and 党政办 are whole names, not 区党政 or 县党政', () => {
    const cell = realCorpus('13-county-baoshan-household-waste-sorting-implementation-plan-2019.md', '区党政机关、公共机构');
    expect(actors(`配合部门：${cell}`)).toContain('区党政机关');
    expect(actors('县党政办负责汇总')).toEqual(['县党政办']);
  });

  it('each province concerned, written 各有关省（市）, with its department', () => {
    const notice = '05-national-inland-tibetan-classes-expansion-notice-1996.html';
    expect(actors(realCorpus(notice, '各有关省（市）教育主管部门要明确一位负责同志分管内地西藏班（校）工作'))).toEqual(['各有关省(市)教育主管部门']);
    expect(actors('各有关部门要加强协作')).toEqual(['各有关部门']);
  });

  it('a 部际联席会议 is no 部: 国务院职业教育工作部际联席会议 gives no 国务院职业教育工作部', () => {
    const text = realCorpus(
      '06-national-vocational-education-joint-conference-approval-2018.html',
      '同意建立由国务院领导同志牵头负责的国务院职业教育工作部际联席会议制度',
    );
    expect(mentions(text).map(([name]) => name)).not.toContain('国务院职业教育工作部');
    expect(actors('国务院职业教育工作部际联席会议负责统筹')).not.toContain('国务院职业教育工作部');
  });
});

describe('places in names', () => {
  const M = '\uE000';
  it('a place is masked up to its level, a short form whole (泉州 of 泉州市), keeping the length and what each character opens or ends', () => {
    expect(maskPlaces('镇康县委、镇康教育', ['镇康县', '镇康'])).toBe(`${M}${M}县委、${M}${M}教育`);
    expect(maskPlaces('泉州台商投资区管委会', ['泉州市', '泉州'])).toBe(`${M}${M}台商投资区管委会`);
    expect(maskPlaces('川汇区教育局', ['川汇区', '周口市', '周口'])).toBe(`${M}${M}区教育局`);
    // 会同: a name may start after 同; 三: no name of its own runs through it
    expect(maskPlaces('会同县', ['会同县', '会同'])).toBe('\uE002\uE002县');
    expect(maskPlaces('三明市', ['三明市', '三明'])).toBe(`\uE003${M}市`);
    expect(maskPlaces('县教育局', ['一', ''])).toBe('县教育局');
  });

  it('a private-use character in the text (a glyph PDF conversion could not map) is no place', () => {
    expect(maskPlaces(`${M}县教育局`, [])).toBe('\uFFFD县教育局');
    expect(findMentions(fold(`${M}${M}县教育局要加强指导`), ['镇康县', '镇康']).map((m) => m.name)).toEqual(['县教育局']);
  });

  it('names after and inside places whose characters are words too: 会同县, 三明, 和平区', () => {
    expect(actors('县教育局会同县健康促进委员会负责。', ['会同县', '会同'])).toEqual(['县教育局', '县健康促进委员会']);
    expect(actors('，市健康三明行动推进委员会负责统筹。', ['三明市', '三明'])).toEqual([]);
    expect(mentions('组建和平区工业互联网专家咨询委员会，开展研究。', ['和平区'])).toEqual([]);
  });

  it('a district with its body is one name: 宝山区妇联, 周口市川汇区人民政府, 中共市南区委', () => {
    expect(actors('宝山区妇联负责组织。', ['上海市', '上海', '宝山区'])).toEqual(['宝山区妇联']);
    expect(actors('周口市川汇区人民政府负责统筹。', ['周口市', '周口', '川汇区'])).toEqual(['周口市川汇区人民政府']);
    expect(actors('中共市南区委负责。', ['青岛市', '青岛', '市南区'])).toEqual(['中共市南区委']);
  });

  it('a name of its own does not end in a word: …大局 is no 局', () => {
    expect(mentions('过去五年，镇康县主动服务上海改革发展大局，圆满完成任务。', ['镇康县', '镇康'])).toEqual([]);
  });

  it("a document's places are part of its units, whatever the document before it named", () => {
    expect(actors('镇康县委、县政府统筹推进', ['镇康县', '镇康'])).toContain('镇康县委');
    expect(actors('云南省临沧市镇康县教育体育局要加强指导', ['云南省', '云南', '临沧市', '临沧', '镇康县', '镇康'])).toEqual(['云南省临沧市镇康县教育体育局']);
    expect(actors('德州市教育和体育局要加强指导', ['德州市', '德州'])).toEqual(['德州市教育和体育局']);
    // a document of 恩施 names 德州's bureau from its level: the places of another document do not stay
    expect(mentions('德州市教育和体育局要加强指导', ['恩施州', '恩施']).map(([name]) => name)).toEqual(['市教育和体育局']);
  });

  it('a place ending in a level character is no level of its own: 泉州 is not 泉 + 州', () => {
    // the zones share the 管委会 (zone bodies), no 州台商投资区管委会 of a level 州
    const found = findMentions(fold('泉州开发区、泉州台商投资区管委会要落实属地责任'), ['泉州市', '泉州']);
    expect(found.map((m) => m.written)).toEqual(['泉州开发区', '泉州台商投资区']);
  });

  it("a place inside a body's own name is part of it: 市健康沅州行动推进委员会", () => {
    expect(actors('由市健康沅州行动推进委员会负责统筹', ['沅州市', '沅州'])).toEqual(['市健康沅州行动推进委员会']);
  });

  it('a name built of known parts with the place: 镇康县教育体育局, not 镇康县茶叶协会', () => {
    expect(isBuiltName('镇康县教育体育局', ['镇康县', '镇康'])).toBe(true);
    expect(isBuiltName('镇康县人民政府', ['镇康县', '镇康'])).toBe(true);
    expect(isBuiltName('镇康县茶叶协会', ['镇康县', '镇康'])).toBe(false);
  });
});
