import { describe, expect, it } from 'vitest';
import { taskTableLines } from '../../../src/pipeline/tables/keyed-rows.ts';
import { htmlToText } from '../../../src/pipeline/html/html-to-text.ts';
import { extract } from '../support.ts';

const rows = (...cells: string[][]) => cells.map((c) => ({ cells: c }));

describe('taskTableLines', () => {
  it('turns each row into a numbered task and its labelled notes', () => {
    expect(
      taskTableLines(
        rows(
          ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
          ['1', '压缩企业开办时间，全流程压缩至1个工作日以内。', '市市场监管局', '市公安局、市税务局', '2024年6月底前'],
          ['2', '政务服务事项网上可办率达到98%以上。', '市政务服务数据管理局', '', '长期坚持'],
        ),
      ),
    ).toEqual([
      '1.压缩企业开办时间，全流程压缩至1个工作日以内。',
      '牵头单位：市市场监管局；配合单位：市公安局、市税务局；完成时限：2024年6月底前',
      '2.政务服务事项网上可办率达到98%以上。',
      '牵头单位：市政务服务数据管理局；完成时限：长期坚持',
    ]);
  });

  it('a table whose columns are not keyed (no 牵头单位, no years) is left as it is', () => {
    expect(taskTableLines(rows(['指标', '现状', '目标'], ['毛入园率', '91.1%', '95%']))).toBeNull();
  });

  it('a row that does not fit the header is kept as plain text', () => {
    expect(taskTableLines(rows(['序号', '任务', '责任单位'], ['一、提升政务服务效能']))).toEqual(['一、提升政务服务效能']);
  });
});

describe('a 分工 table in a web page, through extraction', () => {
  const html = `<html><body><h1>清江市优化营商环境重点任务分工方案</h1>
<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>
<tr><td>1</td><td>企业开办全流程压缩至1个工作日以内。</td><td>市市场监管局</td><td>市公安局</td><td>2024年6月底前</td></tr>
<tr><td>2</td><td>“免申即享”事项不少于50项。</td><td>市发展改革委</td><td>市财政局</td><td>2024年12月底前</td></tr></table></body></html>`;

  it('gives each task its own units and deadline', () => {
    const { record } = extract(htmlToText(html).text);
    expect(record.targets.map((t) => [t.value, t.unit, t.comparator, t.deadline, t.responsible])).toEqual([
      [1, '个工作日', '<=', '2024-06', ['市市场监督管理局', '市公安局']],
      [50, '项', '>=', '2024-12', ['市发展改革委', '市财政局']],
    ]);
  });
});

describe('a target table keyed by year', () => {
  it('writes each value after its year, so each gets its own deadline', () => {
    const lines = taskTableLines(rows(['指标', '2023年', '2025年'], ['义务教育学校达到优质均衡标准', '30%以上', '70%以上']));
    expect(lines).toEqual(['义务教育学校达到优质均衡标准 2023年：30%以上；2025年：70%以上']);
    const { record } = extract(`某县教育发展实施方案\n一、主要指标\n${lines!.join('\n')}`);
    expect(record.targets.map((t) => [t.value, t.comparator, t.deadline])).toEqual([
      [30, '>=', '2023'],
      [70, '>=', '2025'],
    ]);
  });
});
