// A short name of what a target measures: 高中阶段教育毛入学率, 城区幼儿学位, 专业保育员.

const LEADING =
  /^(?:[，,\s]|到|至|在|于|\d{4}\s*年(?:底|末)?(?:前)?|[一二三四五六七八九十]+年|全县|全市|全州|全区|全省|全国|确保|力争|争取|保持|实现|推动|加快|其中|每年度?|每学期|每半年|每季度|每月|每生|原则上|要|应|并|同时|进一步|逐步|持续)+/;
const TRAILING =
  /(?:要|应|须|必须|力争|争取|确保|年均|分别|比\d{4}年|较\d{4}年)*(?:达到|达|保持在|保持|控制在|提高到|提升到|增加到|下降到|降低到|降至|不低于|不少于|不超过|不得超过|不高于|至少|超过|突破|为|占|约|下降|降低|减少|增长|提高|提升|增加|新增|新建|建设|建成|培养|补充|选派|投资|开展|召开|举办|研究|达标)*\s*(?:约|近)?\s*$/;
const MAX = 24;

export function indicatorOf(clauseBefore: string, after: string): string | null {
  // 30%以上义务教育学校达到优质均衡标准: the share is of what the rest of the clause says.
  const share = /^\s*(?:以上|以下)?(?:的)?([\p{Script=Han}“”]{4,30})$/u.exec(after);
  if (share && clauseBefore.replace(LEADING, '').trim() === '') return clip(share[1].replace(/[“”]/g, ''));
  const subject = clauseBefore.replace(LEADING, '').replace(TRAILING, '').replace(/[“”"]/g, '').trim();
  const object = /^\s*(?:以上|以下|以内|左右)?(?:的)?([\p{Script=Han}“”]{2,16}?)(?=[，,。；;、]|$|到|的|和|并|或|，)/u.exec(after)?.[1]?.replace(/[“”]/g, '');
  const verb = /(新增|新建|建设|建成|培养|补充|选派|招聘|引进|投资|开展|召开|举办|创建|下派)\s*(?:约|近|至少|不少于)?\s*$/.exec(clauseBefore)?.[1];
  const han = (s: string | undefined) => (s ? [...s].filter((c) => /\p{Script=Han}/u.test(c)).length : 0);
  let name: string | null = null;
  // …幼儿园等13所公办幼儿园建设: after 等 the figure counts what follows it.
  if (han(subject) >= 2 && !/等$/.test(subject)) name = subject.replace(/^(等|和|及)/, '');
  else if (object) name = `${verb ?? ''}${object}`;
  else if (verb) name = verb;
  return name ? clip(name) : null;
}

function clip(name: string): string {
  return name.length > MAX ? name.slice(name.length - MAX) : name;
}
