import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseBounds, splitSentences } from '../../../src/pipeline/text/sentences.ts';
import { squashSpaces } from '../../../src/pipeline/text/fold.ts';
import { real } from '../support.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at 。！？；and their half-width forms', () => {
    expect(texts('第一句。第二句！第三句？第四;第五!第六?第七；第八')).toEqual([
      '第一句。',
      '第二句！',
      '第三句？',
      '第四;',
      '第五!',
      '第六?',
      '第七；',
      '第八',
    ]);
  });

  it('splits a paragraph of the 镇康 plan into its sentences', () => {
    const text = real(
      'zhenkang-education-2023-2025',
      '加快学前教育更加普及普惠,30%以上义务教育学校达到优质均衡标准,普通高中教学质量稳步提升,职业教育产教融合深入推进。20%以上基础教育学校建成数字校园。平安校园创建率达到100%。',
    );
    expect(texts(text)).toEqual([
      '加快学前教育更加普及普惠,30%以上义务教育学校达到优质均衡标准,普通高中教学质量稳步提升,职业教育产教融合深入推进。',
      '20%以上基础教育学校建成数字校园。',
      '平安校园创建率达到100%。',
    ]);
  });

  it('keeps a cited title whole, even when it holds a sentence end', () => {
    const text = real('chuanhui-compulsory-balance-2019', '认真落实《河南省普通中小学管理基本规范》,对各学校不下达升学指标');
    expect(texts(text)).toEqual([text]);
    expect(texts('印发《关于…的通知。》后。下一句。')).toEqual(['印发《关于…的通知。》后。', '下一句。']);
  });

  it('keeps a quotation whole, and the closing quote or bracket with its sentence', () => {
    expect(texts('他说“好。再见。”然后。')).toEqual(['他说“好。再见。”然后。']);
    expect(texts('（责任单位：市教育局。）下一句。')).toEqual(['（责任单位：市教育局。）', '下一句。']);
  });

  it('gives offsets into the text, trimmed of white space', () => {
    const text = '  到2025年，毛入学率达到95%以上。  每年至少补充20名专业保育员。 ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(['到2025年，毛入学率达到95%以上。', '每年至少补充20名专业保育员。']);
  });

  it('survives hostile input', () => {
    expect(texts('')).toEqual([]);
    expect(texts('   \n\t')).toEqual([]);
    expect(texts('。。。')).toEqual(['。', '。', '。']);
    const long = '无标点'.repeat(3334);
    expect(texts(long)).toEqual([long]);
    expect(texts('😀达到95%😀。\u0000')).toEqual(['😀达到95%😀。', '\u0000']);
    // Unbalanced 《 and “: nothing is lost, whatever the cut.
    for (const text of ['《未闭合。仍在书名号里。', '“未闭合。仍在引号里。', '》多余。“”。']) expect(texts(text).join('')).toBe(text);
  });

  it('loses nothing: the sentences are the text, in order, without overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('到2025年', '，', '。', '；', '！', '？', '“', '”', '《', '》', '（', '）', ')', ' ', '\n', '达到95%', '每年'), {
          maxLength: 40,
        }),
        (parts) => {
          const text = parts.join('');
          const found = splitSentences(text);
          let at = 0;
          for (const s of found) {
            expect(s.start).toBeGreaterThanOrEqual(at);
            expect(text.slice(s.start, s.end)).toBe(s.text);
            at = s.end;
          }
          expect(squashSpaces(found.map((s) => s.text).join(''))).toBe(squashSpaces(text));
        },
      ),
    );
  });
});

describe('clauseBounds', () => {
  it('the clause a figure stands in: between commas, not at 、', () => {
    const text = real('zhenkang-education-2023-2025', '到2025年,全县学前教育三年毛入园率达95%以上,公办幼儿园占比保持在70%以上,学前教育实现普及普惠。');
    const [s, e] = clauseBounds(text, text.indexOf('95%'));
    expect(text.slice(s, e)).toBe('全县学前教育三年毛入园率达95%以上');
    const list = '启动勐捧中学教学楼、南伞中学宿舍楼等17个基础设施项目,3年新增';
    const [a, b] = clauseBounds(list, list.indexOf('17'));
    expect(list.slice(a, b)).toBe('启动勐捧中学教学楼、南伞中学宿舍楼等17个基础设施项目');
  });

  it('the whole text when there is no boundary, an empty clause at a boundary', () => {
    expect(clauseBounds('毛入学率达到95%以上', 3)).toEqual([0, 11]);
    expect(clauseBounds('', 0)).toEqual([0, 0]);
  });
});
