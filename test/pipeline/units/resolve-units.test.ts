import { describe, expect, it } from 'vitest';
import { buildDirectory, lookUp, parseDirectory, type DirectoryEntry } from '../../../src/pipeline/units/directory.ts';
import { resolveName, resolveUnits } from '../../../src/pipeline/units/resolve-units.ts';
import { InputError } from '../../../src/pipeline/errors.ts';
import { realCorpus, unitDirectory } from '../support.ts';

const entries: DirectoryEntry[] = [
  { name: '县教育体育局', level: 'county', kind: 'department', aliases: ['县教体局', '县教育和体育局'] },
  { name: '人社部门', level: 'unknown', kind: 'department', aliases: ['人力资源社会保障部门', '人社'] },
  { name: '各县(市、区)', level: 'county', kind: 'government', aliases: ['各地', '县级人民政府'] },
  { name: '各中小学校', level: 'unknown', kind: 'school', aliases: [] },
];
const directory = buildDirectory(entries);
const zhenkang = ['镇康县', '镇康'];

describe('resolveName', () => {
  it('镇康县教育体育局 in a 镇康县 plan is 县教育体育局', () => {
    expect(resolveName('镇康县教育体育局', zhenkang, directory)).toEqual({ name: '县教育体育局', level: 'county', kind: 'department' });
    expect(resolveName('镇康县教育体育局', zhenkang, unitDirectory())).toMatchObject({ name: '县教育体育局', level: 'county' });
  });

  it('the place goes, its level stays: 川汇区教育体育局 → 区教育体育局; 恩施州教育局 → 州教育局', () => {
    expect(resolveName('川汇区教育体育局', ['周口市', '川汇区', '川汇'], buildDirectory([])).name).toBe('区教育体育局');
    expect(resolveName('恩施州教育局', ['恩施土家族苗族自治州', '恩施州', '恩施'], buildDirectory([]))).toEqual({
      name: '州教育局',
      level: 'prefecture',
      kind: null,
    });
  });

  it('a short form of a place takes the level of its full form: 泉州 of 泉州市 is a 市, 恩施 of 恩施州 a 州', () => {
    expect(resolveName('泉州教育局', ['泉州市', '泉州'], buildDirectory([])).name).toBe('市教育局');
    expect(resolveName('恩施教育局', ['恩施土家族苗族自治州', '恩施州', '恩施'], buildDirectory([])).name).toBe('州教育局');
  });

  it('a body not built from the parts of government names keeps its place: 泉州晚报社, 泉州广播电视台', () => {
    const line = realCorpus('22-city-quanzhou-school-arts-implementation-plan-2017.txt', '泉州晚报社、泉州广播电视台');
    for (const name of line.split('、')) expect(resolveName(name, ['泉州市', '泉州'], buildDirectory([])).name).toBe(name);
  });

  it('中共 goes: 中共镇康县委 → 县委', () => {
    expect(resolveName('中共镇康县委', zhenkang, directory)).toEqual({ name: '县委', level: 'county', kind: null });
  });

  it('directory aliases name the same body: 县教体局 → 县教育体育局; 人力资源社会保障部门 → 人社部门', () => {
    expect(resolveName('县教体局', [], directory).name).toBe('县教育体育局');
    expect(resolveName('人力资源社会保障部门', [], directory).name).toBe('人社部门');
  });

  it('各/每个 prefixes go unless they are part of the name', () => {
    expect(resolveName('各级教育部门', [], buildDirectory([])).name).toBe('教育部门');
    expect(resolveName('各县(市、区)', [], directory).name).toBe('各县(市、区)');
  });

  it("a level's government is the level: 各县(市、区、特区)人民政府 → 县(市、区、特区)", () => {
    expect(resolveName('各县(市、区、特区)人民政府', [], buildDirectory([]))).toEqual({ name: '县(市、区、特区)', level: 'county', kind: null });
    expect(resolveName('各区市政府', [], buildDirectory([]))).toEqual({ name: '区市', level: 'county', kind: null });
  });

  it('levels listed without brackets are the bracketed level: 各县、市、区人民政府 → 县(市、区)', () => {
    expect(resolveName('各县、市、区人民政府', [], buildDirectory([]))).toEqual({ name: '县(市、区)', level: 'county', kind: null });
    expect(resolveName('各县、市、区', [], directory)).toMatchObject({ name: '各县(市、区)', level: 'county' });
  });

  it('levels from the name', () => {
    const none = buildDirectory([]);
    expect(resolveName('乡(镇)党委政府', [], none).level).toBe('township');
    expect(resolveName('市教科院', [], none).level).toBe('prefecture');
    expect(resolveName('省教育厅', [], none).level).toBe('province');
    expect(resolveName('教育部', [], none).level).toBe('national');
    expect(resolveName('人社部门', [], none).level).toBe('unknown');
  });

  it('a name that is only the place keeps its name', () => {
    expect(resolveName('镇康县', zhenkang, buildDirectory([])).name).toBe('镇康县');
  });
});

describe('resolveUnits', () => {
  it('merges the names of one body, with every written form as an alias', () => {
    const { units, canonical } = resolveUnits(
      [
        { written: '镇康县教育体育局', partner: false },
        { written: '县教体局', partner: false },
        { written: '县教育体育局', partner: false },
        { written: '人社', partner: false },
      ],
      zhenkang,
      '镇康县',
      directory,
    );
    expect(units).toEqual([
      { name: '县教育体育局', aliases: ['镇康县教育体育局', '县教体局'], level: 'county', region: '镇康县', optional: false },
      { name: '人社部门', aliases: ['人社'], level: 'unknown', region: '镇康县', optional: false },
    ]);
    expect(canonical('县教体局')).toBe('县教育体育局');
    expect(canonical('人力资源社会保障部门')).toBe('人社部门');
  });

  it("a level's finance is its finance bureau when the plan names one: 市财政 and 市财政局", () => {
    const names = (written: string[]) =>
      resolveUnits(
        written.map((w) => ({ written: w, partner: false })),
        [],
        '桐江市',
        buildDirectory([]),
      ).units.map((u) => [u.name, u.aliases]);
    expect(names(['市财政', '市人力资源社会保障局', '市财政局'])).toEqual([
      ['市财政局', ['市财政']],
      ['市人力资源社会保障局', []],
    ]);
    expect(names(['县级财政', '县财政局'])).toEqual([['县财政局', ['县级财政']]]);
    // Without the bureau, the finance stays as written; another level's bureau is another body.
    expect(names(['市财政', '县财政局'])).toEqual([
      ['市财政', []],
      ['县财政局', []],
    ]);
  });

  it('short and full forms of one stem are one body, named by the full form: 省市场监管局, 省市场监督管理局', () => {
    const anhui = '11-provincial-anhui-industrial-internet-action-plan-2021.txt';
    expect(realCorpus(anhui, '经济和信息化厅、省市场监管局，各市人民政')).toContain('省市场监管局');
    expect(realCorpus(anhui, '（责任单位：省市场监督管理局、省经济和信')).toContain('省市场监督管理局');
    const { units } = resolveUnits(
      ['省市场监管局', '省市场监督管理局', '省住建厅', '市人社局', '发改委'].map((written) => ({ written, partner: false })),
      ['安徽省', '安徽'],
      '安徽省',
      directory,
    );
    expect(units.map((u) => [u.name, u.aliases])).toEqual([
      ['省市场监督管理局', ['省市场监管局']],
      ['省住房城乡建设厅', ['省住建厅']],
      ['市人力资源社会保障局', ['市人社局']],
      ['发展改革委', ['发改委']],
    ]);
  });

  it('the provincial governments of a national text go by one name: 各有关省级人民政府, 各省（区、市）人民政府', () => {
    const text = '02-national-consumption-poverty-alleviation-opinions-2018.html';
    const names = [realCorpus(text, '各有关省级人民政府'), realCorpus(text, '各省（区、市）人民政府').replace(/（/g, '(').replace(/）/g, ')')];
    for (const written of names) expect(resolveName(written, [], unitDirectory(), true).name).toBe('省级人民政府');
  });

  it('the governments of a level are one unit of a plan: 各市人民政府, 各市, 相关市人民政府 in a provincial plan', () => {
    const anhui = '11-provincial-anhui-industrial-internet-action-plan-2021.txt';
    const written = [
      realCorpus(anhui, '任单位：各市人民政府，省经济').slice(4, 10),
      realCorpus(anhui, '高融资服务效率。各市要积极摸排企业融资').slice(8, 10),
      realCorpus(anhui, '省经济和信息化厅，相关市人民政府）').slice(9, 16),
    ];
    expect(written).toEqual(['各市人民政府', '各市', '相关市人民政府']);
    const { units } = resolveUnits(
      written.map((w) => ({ written: w, partner: false })),
      ['安徽省', '安徽'],
      '安徽省',
      directory,
    );
    expect(units.map((u) => [u.name, u.aliases])).toEqual([['市人民政府', ['各市人民政府', '各市', '相关市人民政府']]]);
  });

  it('a stem is only read as short when a kind of body follows it: 应急预案办 is no 应急管理 office', () => {
    expect(resolveName('市应急局', [], directory).name).toBe('市应急管理局');
    expect(resolveName('市应急指挥部', [], directory).name).toBe('市应急指挥部');
  });

  it('keeps the printed (traditional) form as an alias', () => {
    const { units } = resolveUnits([{ written: '县教育体育局', shown: '縣教育體育局', partner: false }], [], null, directory);
    expect(units[0].aliases).toEqual(['縣教育體育局']);
  });

  it('schools and partners are optional units; a body given work elsewhere is not', () => {
    const { units } = resolveUnits(
      [
        { written: '各中小学校', partner: true },
        { written: '县教育体育局', partner: false },
      ],
      [],
      null,
      directory,
    );
    expect(units.map((u) => [u.name, u.optional])).toEqual([
      ['各中小学校', true],
      ['县教育体育局', false],
    ]);
  });

  it('the generic county-level names fold into the name this plan uses for its counties', () => {
    const { units, canonical } = resolveUnits(
      [
        { written: '各县(市、区)', partner: false },
        { written: '县级政府', partner: false },
        { written: '各地', partner: false },
      ],
      [],
      null,
      directory,
    );
    expect(units.map((u) => u.name)).toEqual(['各县(市、区)']);
    expect(canonical('县级政府')).toBe('各县(市、区)');
  });

  it('a bureau written without its level is the one body of that name at a level: 市人社局、文广新局 … 市文广新局', () => {
    const mention = (written: string) => ({ written, partner: false });
    const { units, canonical } = resolveUnits(
      [mention('市文广新局'), mention('文广新局'), mention('市人社局'), mention('区人社局'), mention('人社局')],
      [],
      null,
      buildDirectory([]),
    );
    expect(canonical('文广新局')).toBe('市文广新局');
    // two bodies of that name at different levels: which one is meant is not known (its stem is written in full)
    expect(canonical('人社局')).toBe('人力资源社会保障局');
    expect(units.find((u) => u.name === '市文广新局')?.aliases).toEqual(['文广新局']);
  });

  describe("a sector's departments and the plan's bureau of that sector", () => {
    const mention = (written: string) => ({ written, partner: false });
    const quanzhou = '22-city-quanzhou-school-arts-implementation-plan-2017.txt';

    it('are one body when the plan names one bureau of the sector: 财政部门要… and 配合部门：市财政局', () => {
      realCorpus(quanzhou, '财政部门要加大学校美育工');
      realCorpus(quanzhou, '配合部门：市财政局、人社局');
      const { units, canonical } = resolveUnits(
        ['财政部门', '市财政局', '人社部门', '市人力资源社会保障局', '编制部门', '市编办', '发展改革部门', '市发展改革委'].map(mention),
        ['泉州市', '泉州'],
        '泉州市',
        buildDirectory([]),
      );
      expect(canonical('财政部门')).toBe('市财政局');
      expect(canonical('人社部门')).toBe('市人力资源社会保障局');
      expect(canonical('编制部门')).toBe('市编办');
      expect(canonical('发展改革部门')).toBe('市发展改革委');
      expect(units.map((u) => [u.name, u.aliases])).toEqual([
        ['市财政局', ['财政部门']],
        ['市人力资源社会保障局', ['人社部门']],
        ['市编办', ['编制部门']],
        ['市发展改革委', ['发展改革部门']],
      ]);
    });

    it('are not when the plan gives the sector to every level or to a lower one (各级教育部门, 县(市、区)教育行政部门)', () => {
      realCorpus('17-city-nantong-school-arts-and-sports-opinions-2018.txt', '市、县（市、区）教育行政部门每年要全面总结');
      for (const every of ['各级教育部门', '县(市、区)教育行政部门']) {
        const { canonical } = resolveUnits([mention(every), mention('教育部门'), mention('市教育局')], [], null, buildDirectory([]));
        expect(canonical('教育部门')).toBe('教育部门');
        expect(canonical('市教育局')).toBe('市教育局');
      }
    });

    it('are not when the plan writes the sector for a lower level too (县级财政部门, 市县财政部门)', () => {
      for (const lower of ['县级财政部门', '市县财政部门', '区县财政部门']) {
        const { canonical } = resolveUnits([mention('财政部门'), mention(lower), mention('市财政局')], [], null, buildDirectory([]));
        expect(canonical('财政部门')).toBe('财政部门');
      }
    });

    it('are not a party commission or the government’s office: 政法部门, 政府部门', () => {
      const { canonical } = resolveUnits([mention('政法部门'), mention('市委政法委'), mention('政府部门'), mention('市政府办')], [], null, buildDirectory([]));
      expect(canonical('政法部门')).toBe('政法部门');
      expect(canonical('政府部门')).toBe('政府部门');
    });

    it('are not when the plan names bureaus of the sector at two levels', () => {
      const { canonical } = resolveUnits([mention('财政部门'), mention('市财政局'), mention('县财政局')], [], null, buildDirectory([]));
      expect(canonical('财政部门')).toBe('财政部门');
    });

    it('a people’s organisation written without its level is the plan’s one of that name: 文联 … 市文联', () => {
      realCorpus(quanzhou, '工会、团市委、妇联、文联');
      realCorpus(quanzhou, '人社局、文广新局，市文联');
      const { canonical } = resolveUnits(
        [mention('文联'), mention('市文联'), mention('妇联'), mention('总工会'), mention('市总工会')],
        [],
        null,
        buildDirectory([]),
      );
      expect(canonical('文联')).toBe('市文联');
      expect(canonical('总工会')).toBe('市总工会');
      expect(canonical('妇联')).toBe('妇联');
    });
  });

  it('a level’s party committee and government are the level: 各区党委和政府承担… and 各区负责落实', () => {
    const shanghai = '21-provincial-shanghai-natural-disaster-prevention-opinions-2020.txt';
    realCorpus(shanghai, '各区党委和政府承担本地区自然灾害防');
    realCorpus(shanghai, '各区负责落实');
    const { units } = resolveUnits(
      ['各区党委和政府', '各区'].map((written) => ({ written, partner: false })),
      ['上海市', '上海'],
      '上海市',
      buildDirectory([]),
    );
    expect(units.map((u) => [u.name, u.aliases])).toEqual([['区党委和政府', ['各区党委和政府', '各区']]]);
  });

  it('the units written after the departments are of that collective: 有关部门、单位要…', () => {
    realCorpus('21-provincial-shanghai-natural-disaster-prevention-opinions-2020.txt', '以及有关部门、单位要高度重视');
    const { units, canonical } = resolveUnits(
      ['有关部门', '单位'].map((written) => ({ written, partner: false })),
      [],
      null,
      buildDirectory([]),
    );
    expect(canonical('单位')).toBe('有关部门');
    expect(units.map((u) => u.name)).toEqual(['有关部门']);
  });

  it('各县（市）、区 is 各县(市、区)', () => {
    expect(resolveName('各县(市)、区政府', [], buildDirectory([]))).toEqual({ name: '县(市、区)', level: 'county', kind: null });
  });

  it('no mentions, no units', () => {
    expect(resolveUnits([], [], null, directory).units).toEqual([]);
  });
});

describe('parseDirectory', () => {
  it('reads data/units.yaml and data/units-national.yaml', () => {
    const real = unitDirectory();
    expect(real.byName.get('县教体局')?.name).toBe('县教育体育局');
    expect(real.national.get('人力资源和社会保障部')?.name).toBe('人力资源社会保障部');
    expect(real.entries.length).toBeGreaterThan(100);
  });

  it('a short name shared by a national and a local body is the national one only in a national document', () => {
    const real = unitDirectory();
    expect(lookUp(real, '发展改革委', true)?.name).toBe('国家发展改革委');
    expect(lookUp(real, '发展改革委', false)?.name).toBe('发展改革部门');
    expect(lookUp(real, '国家卫生健康委', false)?.name).toBe('国家卫生健康委');
    expect(lookUp(real, '统计局', false)).toBeUndefined();
  });

  it('bad YAML and bad entries are InputErrors naming the file', () => {
    expect(() => parseDirectory({ text: '- { name: x, level: [', file: 'data/units.yaml' })).toThrow(InputError);
    try {
      parseDirectory({ text: '- { name: 县教育局, level: galaxy, kind: department }', file: 'data/units.yaml' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).format()).toMatch(/^data\/units\.yaml: unit directory entry 0\.level/);
    }
  });
});
