import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../../src/pipeline/docx/docx-to-text.ts';
import { InputError } from '../../../src/pipeline/errors.ts';
import { buildDocx } from '../../fixtures/docx/build-docx.ts';

// Paragraphs of a sample policy, as Word would hold them: one <w:p> each.
const enshi = readFileSync(new URL('../../../content/sources/enshi-county-alliance-2022-2025.txt', import.meta.url), 'utf8');
const paragraphs = enshi
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '')
  .slice(0, 8);

async function inputErrorOf(run: () => Promise<unknown>): Promise<InputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

describe('docxToText', () => {
  it('gives the paragraphs of a sample policy as lines, exactly', async () => {
    expect(paragraphs.length).toBe(8);
    const docx = await buildDocx(paragraphs.map((p) => [p]));
    expect(await docxToText(docx, 'enshi.docx')).toBe(paragraphs.join('\n'));
  });

  it('joins the runs of a paragraph and drops empty paragraphs', async () => {
    const docx = await buildDocx([['一、', '指导思想'], [], [''], ['  '], ['到2025年，', '毛入园率达', '９５％', '以上。']]);
    expect(await docxToText(docx, 'runs.docx')).toBe('一、指导思想\n到2025年，毛入园率达９５％以上。');
  });

  it('trims indentation at paragraph ends but keeps ideographic spaces inside', async () => {
    const docx = await buildDocx([['\u3000\u3000中共镇康县委办公室\u3000镇康县人民政府办公室 ']]);
    expect(await docxToText(docx, 'indent.docx')).toBe('中共镇康县委办公室\u3000镇康县人民政府办公室');
  });

  it('gives a table row as one line, as a web page does, and keeps XML special characters', async () => {
    const docx = await buildDocx([
      {
        table: [
          ['指标', '现状'],
          ['毛入园率', '>=95% & <100%'],
        ],
      },
    ]);
    expect(await docxToText(docx, 'table.docx')).toBe('指标 现状\n毛入园率 >=95% & <100%');
  });

  it('writes a year-keyed cell after its column label', async () => {
    const docx = await buildDocx([
      {
        table: [
          ['指标', '2025年'],
          ['毛入园率', '95%以上'],
        ],
      },
    ]);
    expect(await docxToText(docx, 'table.docx')).toBe('毛入园率 2025年：95%以上');
  });

  it('reads a 分工 table as numbered tasks followed by their 牵头单位/完成时限 notes', async () => {
    const docx = await buildDocx([
      {
        table: [
          ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
          ['1', '企业开办全流程压缩至1个工作日以内。', '市市场监管局', '市公安局、市税务局', '2024年6月底前'],
        ],
      },
    ]);
    expect(await docxToText(docx, 'tasks.docx')).toBe(
      '1.企业开办全流程压缩至1个工作日以内。\n牵头单位：市市场监管局；配合单位：市公安局、市税务局；完成时限：2024年6月底前',
    );
  });

  it('rejects a .docx cut short, naming the file', async () => {
    const docx = await buildDocx(paragraphs.map((p) => [p]));
    const error = await inputErrorOf(() => docxToText(docx.subarray(0, Math.floor(docx.length / 2)), 'cut.docx'));
    expect(error.file).toBe('cut.docx');
    expect(error.format()).toMatch(/^cut\.docx: this is not a readable \.docx file/);
    expect(error.hint).toMatch(/save it again as \.docx/);
  });

  it('rejects bytes that are not a zip at all', async () => {
    const error = await inputErrorOf(() => docxToText(Buffer.from('一、指导思想\n'), 'text.docx'));
    expect(error.file).toBe('text.docx');
  });

  it('rejects a zip without a Word document in it', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const error = await inputErrorOf(async () => docxToText(await zip.generateAsync({ type: 'uint8array' }), 'sheet.docx'));
    expect(error.file).toBe('sheet.docx');
  });
});
