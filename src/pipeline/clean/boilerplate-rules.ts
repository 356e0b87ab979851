// Lines that web pages and document-sharing sites add around a policy. Each rule
// names why the line goes, so the record can list what was removed.
import { LABELLED_FIELD } from '../meta/labelled-fields.ts';

export interface BoilerplateRule {
  reason: string;
  test: RegExp;
}

/** Lines that are never part of a policy, wherever they stand. */
export const LINE_RULES: BoilerplateRule[] = [
  { reason: 'previous/next article link', test: /^(上一篇|下一篇|上一条|下一条)\s*[:：]?/ },
  {
    reason: 'page tools (print, close, font size, hit count)',
    test: /(【\s*(打印|关闭|关闭窗口|打印本页)\s*】|打印本页|关闭窗口|点击率\s*[:：]|访问量\s*[:：]|浏览次数|阅读次数|字体\s*[:：]?\s*[【\[]?\s*大\s*中\s*小|字体大小|字号\s*[:：]?\s*[大中小])/,
  },
  { reason: 'share widget', test: /^(分享(到)?\s*[:：]?|扫一扫|用手机扫描|微信扫一扫|打开微信)/ },
  {
    reason: 'site navigation',
    test: /^(手机版|网站地图|首页|返回顶部|返回首页|当前位置\s*[:：]|您(现在)?的位置|网站导航|站内搜索|无障碍|English|繁体|简体)\s*([>›»|].*)?$/,
  },
  { reason: 'breadcrumb', test: /^(首页|网站首页)\s*[>›»]/ },
  {
    reason: 'site footer',
    test: /(网站标识码|ICP备|ICP证|公网安备|版权所有|主办单位\s*[:：]|承办单位\s*[:：]|技术支持\s*[:：]|联系我们|建议使用.*浏览器|分辨率)/,
  },
  { reason: 'editor credit', test: /^(责任编辑|编辑|审核|校对|来源)\s*[:：]\s*\S{0,30}$/ },
  { reason: 'related-articles list', test: /^(最近更新|相关文章|相关阅读|相关链接|热点推荐|推荐阅读|猜你喜欢)/ },
  {
    reason: 'document-sharing site notice',
    test: /(由会员分享|可在线阅读|请在.{1,12}上搜索|珍藏版|配套讲稿|如PPT文件|双击word图标|特殊限制|部分文档作品中含有|仅作为作品整体效果示例|设计者仅对作品|禁止商用)/,
  },
  { reason: 'document-sharing site notice', test: /^-?\s*关\s*键\s*词\s*[:：]?/ },
  {
    reason: 'archive notice (the copy is for reference, the official page prevails)',
    test: /(仅供(检索|查阅|参考|学习)[^。]{0,20}(以|请以)[^。]{0,30}为准|不适用著作权法|本文正文由[^。]{0,20}提取)/,
  },
  { reason: 'document-sharing site link', test: /^(链接地址|原文链接|本文链接|文章链接)\s*[:：]/ },
  { reason: 'stray table border', test: /^[|｜\s]+$/ },
  { reason: 'stray punctuation (a quote or mark left by the page or its crawler)', test: /^["'“”‘’「」『』()（）\[\]<>《》、，。.,;；:：·\-—_*#|\\/]{1,3}$/ },
];

/** Lines describing the page rather than the policy: metadata is read from them. */
export const HEADER_RULES: BoilerplateRule[] = [
  { reason: 'page metadata (来源, 时间, 栏目)', test: /^(来源|发布时间|时间|日期|栏目|作者|发布日期|信息来源)\s*[:：]/ },
  { reason: 'page metadata (来源, 时间, 栏目)', test: /(来源|时间|栏目)\s*[:：].*(时间|访问量|点击|作者)\s*[:：]/ },
  { reason: 'document metadata table (索引号, 标题, 发文字号 …)', test: LABELLED_FIELD },
  { reason: 'legal database export header (北大法宝)', test: /法宝引证码|^原文链接\s*[:：]/ },
  { reason: 'document-sharing site file name', test: /^\S+\.(docx?|pdf|wps|pptx?)$/i },
];

/** After the body, these lines and everything below them are page furniture. */
export const TAIL_RULES: BoilerplateRule[] = [
  { reason: 'page footer', test: /^(上一篇|下一篇|网站地图|最近更新|相关文章|相关阅读|【\s*关闭窗口\s*】|责任编辑\s*[:：]|- 配套讲稿)/ },
];
