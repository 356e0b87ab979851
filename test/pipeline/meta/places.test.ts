import { describe, expect, it } from 'vitest';
import { leadingPlaces, placesIn, shortForms } from '../../../src/pipeline/meta/places.ts';
import { clean } from '../../../src/pipeline/clean/clean.ts';
import { real, realCorpus, sample } from '../support.ts';

describe('leadingPlaces', () => {
  it('the place a body name starts with, with the chain before it', () => {
    expect(leadingPlaces('镇康县人民政府办公室')).toEqual(['镇康县']);
    expect(leadingPlaces('中共镇康县委办公室')).toEqual(['镇康县']);
    expect(leadingPlaces('周口市川汇区人民政府办公室')).toEqual(['周口市', '川汇区']);
    expect(leadingPlaces('德州市教育和体育局')).toEqual(['德州市']);
    expect(leadingPlaces('恩施土家族苗族自治州')).toEqual(['恩施土家族苗族自治州']);
  });

  it('a title naming a place and then no body keeps only the place: 恩施州推动县域教联体', () => {
    expect(leadingPlaces('恩施州推动县域教联体建设')).toEqual(['恩施州']);
  });

  it('no place in generic names: 州教育局, 全市, 城区教育局', () => {
    expect(leadingPlaces('州教育局')).toEqual([]);
    expect(leadingPlaces('全市')).toEqual([]);
    expect(leadingPlaces('城区教育局')).toEqual([]);
    expect(leadingPlaces('')).toEqual([]);
  });
});

describe('placesIn', () => {
  it('places named as the seat of a body in the top of the 镇康 and 德州 texts', () => {
    expect(placesIn(clean(sample('zhenkang-education-2023-2025')).lines.slice(0, 10))).toContain('镇康县');
    expect(placesIn(clean(sample('dezhou-county-high-school-2023')).lines.slice(0, 10))).toContain('德州市');
  });

  it('not a word that only ends like a place', () => {
    expect(placesIn(['已经县委、县政府同意'])).toEqual([]);
    expect(placesIn(['各县市区教育局要'])).toEqual([]);
    expect(placesIn([])).toEqual([]);
  });

  it('not the speaker of a work report, nor bodies listed before a place: 我代表市人民政府, 省政府和市委', () => {
    expect(placesIn([realCorpus('09-city-yuxi-government-work-report-2007.txt', '我代表市人民政府，向大会作政府')])).toEqual([]);
    expect(placesIn([realCorpus('09-city-yuxi-government-work-report-2007.txt', '2006年，在省委、省政府和市委的正确领导下')])).toEqual([]);
    expect(placesIn([realCorpus('07-provincial-guizhou-government-work-report-2021.txt', '群众苦干实干的结果。我代表省人民政府，向全省人民')])).toEqual([]);
  });

  it('not a verb before a body, nor a kind of place without a name: 根据省关于, 聚焦省委, 各省、自治区、直辖市人民政府', () => {
    expect(placesIn([real('basic-education-action-plan', '根据省关于印发推动基础教育')])).toEqual([]);
    expect(placesIn([real('zhenkang-education-2023-2025', '聚焦省委“3815”战略发')])).toEqual([]);
    expect(placesIn([realCorpus('08-city-fangchenggang-government-work-report-2009.txt', '落实市委提出的“两个定')])).toEqual([]);
    expect(placesIn([realCorpus('09-city-yuxi-government-work-report-2007.txt', '深入贯彻市委二届四次全会')])).toEqual([]);
    expect(placesIn([realCorpus('03-national-employment-promotion-opinions-2018.html', '各省、自治区、直辖市人民政府')])).toEqual([]);
    // A place before its body still counts, with a verb before it or not.
    expect(placesIn([realCorpus('22-city-quanzhou-school-arts-implementation-plan-2017.txt', '泉州市人民政府')])).toEqual(['泉州市']);
    expect(placesIn(['根据镇康县人民政府'])).toEqual(['镇康县']);
  });
});

describe('shortForms', () => {
  it('镇康县 → 镇康; 恩施土家族苗族自治州 → 恩施州, 恩施', () => {
    expect(shortForms('镇康县')).toEqual(['镇康县', '镇康']);
    expect(shortForms('恩施土家族苗族自治州')).toEqual(['恩施土家族苗族自治州', '恩施州', '恩施']);
    expect(shortForms('川汇区')).toEqual(['川汇区']);
  });
});
