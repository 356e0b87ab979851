// The policy area, for filtering: guessed from words of the title, then the body.

const SECTORS: Array<[string, RegExp]> = [
  ['教育', /教育|学校|教师|学前|义务教育|高中|职教|教联体|校长|招生/g],
  ['卫生健康', /卫生|健康|医疗|医院|医保|疾病|疫苗|妇幼|养老|托育/g],
  ['生态环境', /生态|环境|污染|排放|碳|大气|水质|固废|节能|绿色/g],
  ['农业农村', /农业|农村|农田|粮食|耕地|乡村振兴|种植|畜牧/g],
  ['交通运输', /交通|公路|铁路|运输|航运|机场|道路/g],
  ['营商环境', /营商|市场主体|审批|政务服务|企业开办/g],
  ['经济发展', /生产总值|GDP|经济|产业|投资|消费|工业/g],
];

export function guessSector(title: string | null, lines: string[]): string | null {
  for (const text of [title ?? '', lines.join('')]) {
    const scores = SECTORS.map(([name, re]) => [name, text.match(re)?.length ?? 0] as const).sort((a, b) => b[1] - a[1]);
    if (scores[0][1] > 0) return scores[0][0];
  }
  return null;
}
