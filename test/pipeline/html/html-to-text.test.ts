import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/pipeline/html/html-to-text.ts';
import { NestingTooDeep } from '../../../src/pipeline/html/parse-html.ts';

const govPage = readFileSync(new URL('../../fixtures/html/gov-page.html', import.meta.url), 'utf8');
const page = (body: string, head = ''): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const textOf = (body: string): string => htmlToText(page(body)).text;

describe('htmlToText on a saved county government page', () => {
  const { text, title, sourceUrl } = htmlToText(govPage);
  const lines = text.split('\n');

  it('gives the article paragraphs as whole lines', () => {
    expect(lines).toContain('各乡(镇)党委、政府，县委各部委，县直国家机关各办局，各人民团体、企事业单位，省市驻镇康单位，驻镇康军警部队：');
    expect(lines).toContain('一、指导思想');
    expect(lines).toContain('(一)抓实强党建推进立德树人工作');
    expect(lines).toContain('2.把思政课作为立德树人关键载体。');
  });

  it('gives the title, meta line and article in page order', () => {
    expect(lines.slice(0, 3)).toEqual([
      '中共镇康县委办公室 镇康县人民政府办公室关于印发《镇康县教育高质量发展三年行动计划实施方案(2023—2025年)》的通知',
      '来源：镇康县教育体育局 发布时间：2023-11-07 浏览次数：',
      '各乡(镇)党委、政府，县委各部委，县直国家机关各办局，各人民团体、企事业单位，省市驻镇康单位，驻镇康军警部队：',
    ]);
  });

  it('turns &nbsp; into spaces and trims them off line ends', () => {
    expect(lines).toContain('《镇康县教育高质量发展三年行动计划实施方案(2023—2025年)》已经县委、县政府同意，现印发给你们，请结合实际认真贯彻落实。');
    expect(text).not.toContain('\u00A0');
  });

  it('breaks lines at <br>', () => {
    const signature = lines.indexOf('中共镇康县委办公室');
    expect(lines.slice(signature, signature + 3)).toEqual(['中共镇康县委办公室', '镇康县人民政府办公室', '2023年11月7日']);
  });

  it('joins a source line break between Chinese characters without a space', () => {
    expect(text).toContain('落实立德树人根本任务，着力扩大优质教育资源供给');
  });

  it('keeps full-width digits and punctuation', () => {
    expect(lines).toContain('到2025年，全县学前教育三年毛入园率达９５％以上，公办幼儿园占比保持在70%以上，学前教育实现普及普惠。');
  });

  it('gives each row of a year-keyed table as one line, each value after its year', () => {
    expect(lines).toContain('义务教育学校达到优质均衡标准 2023年：30%以上；2025年：70%以上');
    expect(lines).not.toContain('指标 2023年 2025年');
  });

  it('keeps 上一篇/下一篇 and print links for the cleaning stage to remove and record', () => {
    expect(lines).toContain('上一篇：镇康县2023年秋季学期学生资助工作安排');
    expect(lines).toContain('下一篇：镇康县教育体育局2023年政府信息公开工作年度报告');
    expect(lines).toContain('【打印本页】 【关闭窗口】');
  });

  it('leaves out scripts, styles, header, navigation, search, breadcrumb, share widget, sidebar and footer', () => {
    for (const chrome of [
      '_hmt',
      'document.write',
      'text-indent',
      '_bd_share_config', // scripts and styles
      '设为首页',
      '无障碍浏览',
      '请输入关键字',
      '搜索', // header and search form
      '政务服务',
      '互动交流', // navigation
      '当前位置',
      '规划信息', // breadcrumb
      '分享到',
      '微博',
      'QQ空间', // share widget
      '相关链接',
      '临沧市人民政府', // sidebar
      '网站标识码',
      'ICP备',
      '主办单位', // footer
    ]) {
      expect(text, chrome).not.toContain(chrome);
    }
  });

  it('has no blank lines and no lines with surrounding spaces', () => {
    expect(lines.every((line) => line !== '' && line === line.trim())).toBe(true);
  });

  it('reads the title and the address the page was saved from', () => {
    expect(title).toBe('中共镇康县委办公室 镇康县人民政府办公室关于印发《镇康县教育高质量发展三年行动计划实施方案(2023—2025年)》的通知_镇康县人民政府');
    expect(sourceUrl).toBe('http://www.ynzk.gov.cn/zfxxgk/ghxx/202311/t20231107_1209.html');
  });
});

describe('htmlToText: blocks and lines', () => {
  it('gives one line per block and per list item, inline elements joined', () => {
    expect(textOf('<h2>第一章 总则</h2><p>第一条 <b>为了</b><a href="#">规范</a>管理。</p><ul><li>甲</li><li>乙</li></ul>')).toBe(
      '第一章 总则\n第一条 为了规范管理。\n甲\n乙',
    );
  });

  it('does not make blank lines from nested or empty blocks', () => {
    expect(textOf('<div><div><div><p>甲</p></div></div><p>&nbsp;</p><p>\u3000</p><div></div><p>乙</p></div>')).toBe('甲\n乙');
  });

  it('collapses runs of <br> to one blank line', () => {
    expect(textOf('<p>甲<br><br><br><br>乙<br/>丙</p>')).toBe('甲\n\n乙\n丙');
  });

  it('collapses HTML whitespace inside a line, keeping a space between Latin words', () => {
    expect(textOf('<p>Article   1\n\t of   the <i>plan</i></p>')).toBe('Article 1 of the plan');
  });

  it('keeps ideographic spaces inside a line and decodes entities', () => {
    expect(textOf('<p>中共镇康县委办公室\u3000镇康县人民政府办公室 &lt;印发&gt; &amp; &#x4E00;&ldquo;</p>')).toBe(
      '中共镇康县委办公室\u3000镇康县人民政府办公室 <印发> & 一“',
    );
  });

  it('keeps the lines of <pre> as they are', () => {
    expect(textOf('<pre>一、总体要求\n  (一) 指导思想\n\n二、主要目标</pre>')).toBe('一、总体要求\n  (一) 指导思想\n\n二、主要目标');
  });

  it('gives each task of a 分工 table whose 牵头单位 cell spans rows that unit, and keeps the table title', () => {
    const table =
      '<table><tr><td colspan="3">重点任务分工表</td></tr>' +
      '<tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>' +
      '<tr><td>1</td><td>新建公办幼儿园3所</td><td rowspan="2">县教育体育局</td></tr>' +
      '<tr><td>2</td><td>每年至少补充20名专业保育员</td></tr></table>';
    expect(textOf(table).split('\n')).toEqual([
      '重点任务分工表',
      '1.新建公办幼儿园3所',
      '牵头单位：县教育体育局',
      '2.每年至少补充20名专业保育员',
      '牵头单位：县教育体育局',
    ]);
  });

  it('reads a layout table (a whole old-style page) as blocks, not as one line', () => {
    const article = '<p>一、指导思想</p><p>以习近平新时代中国特色社会主义思想为指导。</p><p>二、工作目标</p><p>到2025年，毛入园率达95%以上。</p>';
    const layout = `<table><tr><td><table><tr><td>首页</td><td>政务公开</td></tr></table></td></tr><tr><td width="200">栏目</td><td>${article}</td></tr></table>`;
    expect(textOf(layout).split('\n')).toEqual([
      '首页 政务公开',
      '栏目',
      '一、指导思想',
      '以习近平新时代中国特色社会主义思想为指导。',
      '二、工作目标',
      '到2025年，毛入园率达95%以上。',
    ]);
  });

  it('reads a one-column row as a block', () => {
    expect(textOf('<table><tr><td><p>甲</p><p>乙</p></td></tr></table>')).toBe('甲\n乙');
  });
});

describe('htmlToText: page chrome', () => {
  it('drops elements whose id or class marks them as chrome', () => {
    const body = [
      '<div id="topnav">首页</div>',
      '<ul class="menu">政务公开</ul>',
      '<div class="bdsharebuttonbox">分享到</div>',
      '<div class="share-box">微信</div>',
      '<div class="crumbs">当前位置</div>',
      '<div class="dqwz">当前位置：首页</div>',
      '<div id="copyright">版权所有</div>',
      '<div class="left-sidebar">热点</div>',
      '<div class="toolbar">字号 大 中 小</div>',
      '<div id="footer">网站标识码</div>',
      '<div class="content"><p>正文第一段。</p></div>',
    ].join('');
    expect(textOf(body)).toBe('正文第一段。');
  });

  it('keeps a chrome-named wrapper that holds most of the page', () => {
    const article = '<p>为全面贯彻落实省委省政府决策部署，加快推进教育高质量发展，特制定本实施方案。</p>'.repeat(3);
    expect(textOf(`<div class="main-with-sidebar"><div class="sidebar">热点</div>${article}</div>`).split('\n')).toHaveLength(3);
    expect(htmlToText(`<html><body class="has-navbar">${article}</body></html>`).text.split('\n')).toHaveLength(3);
  });

  it('keeps the ASP.NET form that wraps a whole page, but drops a search form', () => {
    const body = `<form id="form1" method="post"><input type="hidden" name="__VIEWSTATE" value="x"><div class="content"><p>第一条 为规范教育经费管理，根据有关法律法规，制定本办法。</p></div></form><form class="search"><label>站内搜索</label></form>`;
    expect(textOf(body)).toBe('第一条 为规范教育经费管理，根据有关法律法规，制定本办法。');
  });

  it("keeps an article's own header and footer, drops the page's", () => {
    const body =
      '<header>镇康县人民政府</header><article><header><h1>关于印发实施方案的通知</h1></header><p>正文。</p><footer>2023年11月7日</footer></article><footer>网站标识码</footer>';
    expect(textOf(body)).toBe('关于印发实施方案的通知\n正文。\n2023年11月7日');
  });

  it('drops scripts, styles, noscript, templates, iframes, svg and buttons wherever they are', () => {
    const body =
      '<p>甲<script>var a = "脚本";</script><style>p{}</style><noscript>请启用</noscript></p><template>模板</template><iframe src="x">框架</iframe><svg><text>图形</text></svg><button>打印</button><p>乙</p>';
    expect(textOf(body)).toBe('甲\n乙');
  });
});

describe('htmlToText: address and title', () => {
  it('takes the canonical link first, then og:url, then the saved-from mark, then <base>', () => {
    const head = (...tags: string[]): string =>
      htmlToText(`<!-- saved from url=(0024)http://saved.gov.cn/a.htm -->${page('<p>正文</p>', tags.join(''))}`).sourceUrl ?? 'none';
    const canonical = '<link rel="canonical" href="https://www.gov.cn/zhengce/content/2023-11/07/content_1.htm">';
    const og = '<meta property="og:url" content="https://og.gov.cn/a.htm">';
    const base = '<base href="http://base.gov.cn/">';
    expect(head(canonical, og, base)).toBe('https://www.gov.cn/zhengce/content/2023-11/07/content_1.htm');
    expect(head(og, base)).toBe('https://og.gov.cn/a.htm');
    expect(head(base)).toBe('http://saved.gov.cn/a.htm');
    expect(htmlToText(page('<p>正文</p>', base)).sourceUrl).toBe('http://base.gov.cn/');
  });

  it('ignores relative and non-web addresses', () => {
    expect(htmlToText(page('<p>正文</p>', '<link rel="canonical" href="/zhengce/1.htm"><base href="file:///C:/saved/">')).sourceUrl).toBeNull();
    expect(htmlToText(page('<p>正文</p>', '<meta property="og:url" content="javascript:alert(1)">')).sourceUrl).toBeNull();
  });

  it('gives a null title when there is none or it is blank', () => {
    expect(htmlToText(page('<p>正文</p>')).title).toBeNull();
    expect(htmlToText(page('<p>正文</p>', '<title> \n </title>')).title).toBeNull();
    expect(htmlToText(page('<p>正文</p>', '<title>\n  关于印发\n  方案的通知 -  Zhenkang   County </title>')).title).toBe(
      '关于印发方案的通知 - Zhenkang County',
    );
  });
});

describe('htmlToText: hostile markup', () => {
  it('survives empty input, a fragment, and broken markup', () => {
    expect(htmlToText('')).toEqual({ text: '', sourceUrl: null, title: null });
    expect(htmlToText('只有一句话').text).toBe('只有一句话');
    expect(htmlToText('<p>甲<div>乙</p>丙</div><<>><p>丁').text.split('\n')).toEqual(['甲', '乙', '丙', '<<>>', '丁']);
  });

  it('handles markup nested deeper than the call stack, when the limit allows it', () => {
    expect(htmlToText(page(`${'<div>'.repeat(5000)}<p>深处的正文</p>${'</div>'.repeat(5000)}`), 6000).text).toBe('深处的正文');
  });

  it('reads a page nested up to the limit (500 by default; real pages nest 10 to 20 deep)', () => {
    // <html> and <body> are two levels of the 500.
    expect(textOf(`${'<div>'.repeat(497)}<p>深处的正文</p>${'</div>'.repeat(497)}`)).toBe('深处的正文');
  });

  it('refuses 100,000 nested <div>s at the limit instead of parsing them for minutes', () => {
    const html = page(`${'<div>'.repeat(100_000)}正文${'</div>'.repeat(100_000)}`);
    expect(() => htmlToText(html)).toThrow(NestingTooDeep);
    expect(() => htmlToText(html)).toThrow('elements nested more than 500 deep');
  });

  it('refuses unclosed formatting elements that the parser would reopen in every paragraph', () => {
    // Each <b> differs, so all of them are reopened at every <p>: the tree grows as the square.
    const html = page(Array.from({ length: 5000 }, (_, i) => `<p><b id="b${i}">第${i}段</p>`).join(''));
    expect(() => htmlToText(html, 500)).toThrow(NestingTooDeep);
  });

  it('keeps reading the same unclosed formatting element in every paragraph (the parser reopens at most three)', () => {
    const html = page(Array.from({ length: 2000 }, (_, i) => `<p><font size="3">第${i}段`).join(''));
    expect(textOf(html).split('\n')).toHaveLength(2000);
  });
});
